"""The versions an article is compared with: files (NAME=FILE, or ``file:`` model specs), and versions
made by models: round trips through a pivot, or direct translations of a source-language version;
and the offline default when no model is named."""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from . import languages
from .comparison import Version
from .datamodel import Document
from .document import load_document
from .errors import InputError
from .translate.backends import is_usable_offline, reverse_spec
from .translate.registry import registry, resolve
from .translate.session import TranslationSession

if TYPE_CHECKING:
    from .translate.base import GenerationSettings


def warn(message: str) -> None:
    print(f"transcompare: warning: {message}", file=sys.stderr)


def declared_language(*labels: str) -> str | None:
    """A language a version's name or file name announces: a language's name anywhere ("spanish",
    "español"), or its code as a file-name component or the last word of a name ("article.es.txt",
    "original-es"), so that "uk-outlet.txt" or "what-it-means.txt" announce nothing."""
    names = languages.label_words()
    for label in labels:
        base = Path(label).name.lower()
        stem, *components = base.split(".")
        words = [w for w in re.split(r"[\W_]+", stem) if w]
        named = next((names[w] for w in words + components if w in names and w not in languages.BY_CODE), None)
        if named:
            return named
        for candidate in components + words[-1:]:
            if candidate in languages.BY_CODE:
                return candidate
    return None


def load_version_file(name: str, path: str, expected: set[str] | None = None) -> Version:
    """A version from a file; warns when its language is not the one announced or expected.

    ``expected``: the languages the options imply (--from, --via), if any."""
    document = load_document(path)
    declared = declared_language(name, path)
    allowed = {declared} if declared else expected
    if allowed and document.language not in allowed:
        warn(f"version {name!r} ({path}) looks like {languages.name(document.language)}, "
             f"not {' or '.join(sorted(languages.name(code) for code in allowed))}")
    return Version(name, document, "file")


def parse_version_option(value: str) -> tuple[str, str]:
    name, sep, path = value.partition("=")
    if not sep or not name or not path:
        raise InputError(f"--version {value!r}: write NAME=FILE, e.g. --version original=article.es.txt")
    return name, path


def version_paths(versions: Sequence[str], models: Sequence[str]) -> list[str]:
    """The files versions are read from: NAME=FILE options and the specs of models that only read a
    file (``file:``). A command's outputs must keep off them."""
    specs = [resolve(m) for m in models]
    return [path for _, path in map(parse_version_option, versions)] + \
        [spec.target for spec in specs if not spec.backend_class.runnable]


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
        except Exception:  # no way back: not a round-trip candidate
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


def build_versions(article: Document, versions: Sequence[str] = (), models: Sequence[str] = (),
                   via: str | None = None, source: str | None = None, to: str | None = None,
                   settings: GenerationSettings | None = None, use_cache: bool = True) -> list[Version]:
    """The versions (NAME=FILE) and what the models make of the article.

    Models are aliases or specs; ``file:`` specs are versions too. Given versions and no model,
    only the versions are returned; with neither, or with --via/--from and no model, what is
    usable offline is used."""
    expected = {article.language, *(code for code in (via, source) if code)} if (via or source) else None
    files = [load_version_file(name, path, expected) for name, path in map(parse_version_option, versions)]
    # file: specs are existing translations: versions, with nothing to run.
    specs = [resolve(m) for m in models]
    files += [load_version_file(spec.label, spec.target, expected) for spec in specs if not spec.backend_class.runnable]
    runnable = [m for m, spec in zip(models, specs) if spec.backend_class.runnable]
    if not models and (not files or via or source):
        runnable, default_via, default_from = default_models(article, files)
        via, source = via or default_via, source or default_from
    session = TranslationSession(settings, use_cache=use_cache)
    return files + model_versions(session, article, files, runnable, via, source, to)
