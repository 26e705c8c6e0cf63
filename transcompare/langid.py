"""Language identification, limited to the languages the tool handles so it stays fast."""

from __future__ import annotations

import re
from functools import lru_cache

from . import languages

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


def stopword_profile(tokens: list[str]) -> dict[str, float]:
    """Share of tokens that are function words of each language with rules in the table."""
    if not tokens:
        return {lang: 0.0 for lang in STOPWORDS}
    return {lang: sum(t in sw for t in tokens) / len(tokens) for lang, sw in STOPWORDS.items()}
