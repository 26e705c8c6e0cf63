"""Language identification, limited to the languages the tool handles so it stays fast."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from . import languages
from .alternation import trie_regex  # an alternation factored by prefixes: a third faster

# Only the table's detectable languages are considered, so identification stays fast.
SUPPORTED = languages.detectable()
# Function words: a cheap first look that lets most sentences skip the identifier.
STOPWORDS = {code: languages.BY_CODE[code].stopwords for code in SUPPORTED}

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


@lru_cache(maxsize=8)
def _detector(languages: tuple[str, ...]):
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [getattr(IsoCode639_1, code.upper()) for code in languages]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).build()


@lru_cache(maxsize=4096)
def detect(text: str, languages: tuple[str, ...] = SUPPORTED) -> tuple[str | None, float]:
    """The most likely language among ``languages`` and its confidence (0..1)."""
    values = _detector(tuple(sorted(languages))).compute_language_confidence_values(text)
    if not values:
        return None, 0.0
    best = values[0]
    return best.language.iso_code_639_1.name.lower(), float(best.value)


def detect_document_language(text: str, sample_chars: int = 20_000) -> str:
    """Language of a whole document; defaults to English when nothing can be told."""
    sample = text[:sample_chars]
    if not words(sample):
        return "en"
    obvious = obvious_language(sample)
    if obvious:
        return obvious
    lang, _ = detect(sample)
    return lang or "en"


# Function words of one supported language that are not function words of another.
_OWN_STOPWORDS = {lang: frozenset(w for w in ws if not any(w in other for code, other in STOPWORDS.items()
                                                        if code != lang))
                  for lang, ws in STOPWORDS.items()}


def obvious_language(text: str, sample_chars: int = 5_000) -> str | None:
    """The language when its own function words alone leave no doubt (most articles), else None:
    a cheap first look that spares loading the statistical identifier."""
    tokens = words(text[:sample_chars])
    counts = sorted(((sum(t in own for t in tokens), lang) for lang, own in _OWN_STOPWORDS.items()), reverse=True)
    (first, lang), (second, _) = counts[0], counts[1]
    return lang if first >= 5 and first >= 2.5 * second else None


_LANGUAGES_OF: dict[str, tuple[str, ...]] = {}
for _lang, _words in STOPWORDS.items():
    for _word in _words:
        _LANGUAGES_OF[_word] = _LANGUAGES_OF.get(_word, ()) + (_lang,)


def stopword_profile(tokens: list[str]) -> dict[str, float]:
    """Share of tokens that are function words of each language with rules in the table."""
    counts = dict.fromkeys(STOPWORDS, 0)
    for token in tokens:
        for lang in _LANGUAGES_OF.get(token, ()):
            counts[lang] += 1
    return {lang: (count / len(tokens) if tokens else 0.0) for lang, count in counts.items()}


@cache
def foreign_markers(own: str) -> re.Pattern:
    """Function words of the other supported languages that cannot be read as ``own`` words:
    one pass of this over lower-cased text finds the few places worth a closer look."""
    others = set().union(*(words for lang, words in STOPWORDS.items() if lang != own))
    table = languages.BY_CODE.get(own)
    markers = others - STOPWORDS.get(own, frozenset()) - (table.foreign_lookalikes if table else frozenset())

    return re.compile(r"\b(?:" + trie_regex(markers) + r")\b")
