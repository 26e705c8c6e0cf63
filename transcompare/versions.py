"""Versions made by models: round trips through a pivot, or direct translations of a
source-language version; and the offline default when no model is named."""

from __future__ import annotations

import sys

from .comparison import Version
from . import languages
from .errors import InputError
from .datamodel import Document
from .translate.backends import is_usable_offline, reverse_spec
from .translate.registry import registry, resolve
from .translate.session import TranslationSession

NO_MODEL_HELP = ("no translation model is usable offline here: install Apertium "
                 "(sudo apt-get install apertium apertium-eng-spa) or put a model on disk "
                 "(see models/README.md), then pass --model")


def round_trips(session: TranslationSession, article: Document, models: list[str], via: str) -> list[Version]:
    versions = []
    for spec in models:
        forward, back = session.round_trip(article, spec, via)
        label = resolve(spec).label
        versions.append(Version(f"{label} via {via}", back.document, "round-trip", label,
                                f"{article.language}→{via}→{article.language}", pivot=forward.document))
    return versions


def direct_translations(session: TranslationSession, source: Version, models: list[str], target: str) -> list[Version]:
    versions = []
    lang = source.document.language
    for spec in models:
        result = session.translate(source.document, spec, target, source=lang)
        label = resolve(spec).label
        versions.append(Version(f"{label} ({source.name})", result.document, "direct", label, f"{lang}→{target}",
                                translated_from=source.name, source_segments=result.segments))
    return versions


def default_models(article: Document, files: list[Version]) -> tuple[list[str], str | None, str | None]:
    """(models, via, from) usable offline: a direct translation of a foreign version if
    possible, else a round trip. Says what it chose on stderr."""
    usable = [alias for alias, spec in registry().items() if is_usable_offline(spec)]
    for version in files:
        lang = version.document.language
        if lang == article.language:
            continue
        direct = [a for a in usable if resolve(a).supports(lang, article.language) and "*" not in resolve(a).pairs]
        if direct:
            print(f"transcompare: no --model given; translating {version.name} ({lang}) with {direct[0]}", file=sys.stderr)
            return [direct[0]], None, lang
    for alias in usable:
        spec = resolve(alias)
        if "*" in spec.pairs or spec.default_source("es") != article.language:
            continue
        try:
            back = reverse_spec(spec)
        except Exception:  # noqa: BLE001 - no way back: not a round-trip candidate
            continue
        if is_usable_offline(back):
            print(f"transcompare: no --model given; round trip {article.language}→es→{article.language} with {alias}",
                  file=sys.stderr)
            return [alias], "es", None
    if files:
        print(f"transcompare: {NO_MODEL_HELP}; comparing the given versions only", file=sys.stderr)
        return [], None, None
    raise InputError(NO_MODEL_HELP)


def model_versions(session: TranslationSession, article: Document, files: list[Version], models: list[str],
                   via: str | None, source_lang: str | None, target: str | None) -> list[Version]:
    if not models:
        return []
    if via:
        return round_trips(session, article, models, via)
    if source_lang:
        source = next((v for v in files if v.document.language == source_lang), None)
        if source is None:
            raise InputError(_no_source_message(source_lang, files))
        return direct_translations(session, source, models, target or article.language)
    raise InputError("with --model, say how to use it: --via LANG (round trip) or --from LANG (translate a version)")


def _no_source_message(source_lang: str, files: list[Version]) -> str:
    wanted = languages.name(source_lang)
    if not files:
        return f"--from {source_lang}: give the {wanted} version to translate with --version NAME=FILE"
    found = ", ".join(f"{v.name} is {languages.name(v.document.language)}" for v in files)
    others = sorted({v.document.language for v in files})
    return (f"--from {source_lang}: no version is in {wanted} ({found}); give the {wanted} version with "
            f"--version NAME=FILE, or translate from {' or '.join(languages.name(c) for c in others)} with "
            f"--from {others[0]}")


def compare_article(article_path: str, versions: list[str] = (), models: list[str] = (), via: str | None = None,
                    source: str | None = None, to: str | None = None, source_language: str = "auto",
                    settings=None, use_cache: bool = True):
    """Load an article and its versions (NAME=FILE), run the models, compare everything.

    Models are aliases or specs; ``file:`` specs are versions too. Given versions and no model,
    only the versions are compared; with neither, or with --via/--from and no model, what is
    usable offline is used. Returns a :class:`~transcompare.comparison.CompareReport`.
    """
    from .comparison import compare_versions, load_version_file, parse_version_option
    from .document import load_document

    article = load_document(article_path)
    expected = {article.language, via, source} - {None} if (via or source) else None
    files = [load_version_file(name, path, expected) for name, path in map(parse_version_option, versions)]
    # file: specs are existing translations: versions, with nothing to run.
    specs = [resolve(m) for m in models]
    files += [load_version_file(spec.label, spec.target, expected) for spec in specs if not spec.backend_class.runnable]
    runnable = [m for m, spec in zip(models, specs) if spec.backend_class.runnable]
    if not models and (not files or via or source):
        runnable, default_via, default_from = default_models(article, files)
        via, source = via or default_via, source or default_from
    session = TranslationSession(settings, use_cache=use_cache)
    made = model_versions(session, article, files, runnable, via, source, to)
    return compare_versions(article, files + made, source_language)
