"""Language identification, limited to the languages the tool handles so it stays fast."""

from __future__ import annotations

import re
from functools import lru_cache

SUPPORTED = ("en", "es", "fr", "de", "pt")

# Function words: a cheap first look that lets most sentences skip the identifier.
STOPWORDS = {
    "en": frozenset("the of and to in is that for it with was on as be by at from this have are were has not but an or which".split()),
    "es": frozenset("el la los las de del que y en un una por con para es se no al lo su como más pero sus le ya o fue este ha".split()),
    "fr": frozenset("le la les de des du et en un une est que qui dans pour pas sur au avec ce il elle ne se plus par".split()),
    "de": frozenset("der die das und ist nicht ein eine zu den von mit sich des auf für im dem auch es an werden aus er".split()),
    "pt": frozenset("o a os as de do da dos das e em um uma que não para com por é se mais ao na no seu sua".split()),
}

# Function words of other languages that are also ordinary words (or frequent names) in a language:
# "a", "no", "do" in English; "Los Angeles", "Las Vegas", "de Blasio", "et al."; "da", "dos" in Spanish.
_HOMOGRAPHS = {
    "en": frozenset("a no do an die plus par pour con et mit von den dem des im er son lo su la le el de al da e o "
                    "em um ya sur ce il ne qui ha os as se es en un los las del san".split()),
    "es": frozenset("a o e no se en un la le el de da dos os do as son me mi".split()),
    "fr": frozenset("a o e en un la le de des du se".split()),
    "de": frozenset("a o e in an am so die den".split()),
    "pt": frozenset("a o e as os no se em um de da do dos das mais para por com que".split()),
}

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
    lang, _ = detect(sample)
    return lang or "en"


_LANGUAGES_OF: dict[str, tuple[str, ...]] = {}
for _lang, _words in STOPWORDS.items():
    for _word in _words:
        _LANGUAGES_OF[_word] = _LANGUAGES_OF.get(_word, ()) + (_lang,)


def stopword_profile(tokens: list[str]) -> dict[str, float]:
    """Share of tokens that are function words of each language."""
    counts = dict.fromkeys(STOPWORDS, 0)
    for token in tokens:
        for lang in _LANGUAGES_OF.get(token, ()):
            counts[lang] += 1
    return {lang: (count / len(tokens) if tokens else 0.0) for lang, count in counts.items()}


@lru_cache(maxsize=None)
def foreign_markers(own: str) -> re.Pattern:
    """Function words of the other supported languages that cannot be read as ``own`` words:
    one pass of this over lower-cased text finds the few places worth a closer look."""
    others = set().union(*(words for lang, words in STOPWORDS.items() if lang != own))
    markers = others - STOPWORDS.get(own, frozenset()) - _HOMOGRAPHS.get(own, frozenset())
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, markers), key=len, reverse=True)) + r")\b")
