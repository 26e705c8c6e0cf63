"""First names by usual gender (a hand-written gazetteer in data/first_names.txt).

``gender_of("Ana") == "f"``, ``gender_of("Pedro") == "m"``; a name used for both
genders, or not listed, gives None. Used to resolve "she said" to the right person and
by the pronoun-agreement detector. Lookups ignore case and accents (Jose finds José).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Literal, cast

from .fold import fold as fold_text

Gender = Literal["f", "m"]

# Words before a name, or nouns for a person, that tell the gender on their own.
GENDERED_WORDS: dict[str, Gender] = {
    **dict.fromkeys(
        "mrs mrs. ms ms. miss madam madame mme sra sra. señora srta doña dona lady queen princess duchess "
        "woman women's spokeswoman congresswoman chairwoman businesswoman councilwoman assemblywoman "
        "sister mother wife daughter grandmother aunt niece girl widow actress "
        "ministra presidenta secretaria senadora diputada alcaldesa gobernadora consejera "
        "directora jueza abogada esposa madre hija hermana mujer reina princesa".split(), "f"),
    **dict.fromkeys(
        "mr mr. sir lord sr sr. señor don king prince duke "
        "man spokesman congressman chairman businessman councilman assemblyman "
        "brother father husband son grandfather uncle nephew boy widower actor "
        "ministro presidente secretario senador diputado alcalde gobernador consejero "
        "juez abogado esposo marido padre hijo hermano hombre rey príncipe".split(), "m"),
}


@lru_cache(maxsize=1 << 16)  # names recur: a bounded cache keeps attribution fast
def fold(word: str) -> str:
    """Lower case without accents: 'José' -> 'jose' (the project's one fold, cached for names)."""
    return fold_text(word)


_GENDERED_FOLDED = {fold(word): gender for word, gender in GENDERED_WORDS.items()}  # "señor" -> "senor"


@lru_cache(maxsize=1)
def _table() -> dict[str, Gender | None]:
    from .data import sectioned_lines

    seen: dict[str, set[str]] = {}
    for section, line in sectioned_lines("first_names.txt"):
        for name in line.split():
            seen.setdefault(fold(name), set()).add(section)
    # A name listed under both genders, or under [both], has none.
    return {name: (cast(Gender, next(iter(kinds))) if len(kinds) == 1 and kinds != {"both"} else None)
            for name, kinds in seen.items()}


@lru_cache(maxsize=1 << 16)  # asked of every capitalised word: the same words recur
def is_first_name(word: str) -> bool:
    """True when ``word`` is a listed first name (of either or both genders)."""
    return fold(word.strip(".,;:")) in _table()


def gender_of(first_name: str) -> Gender | None:
    """'f' or 'm' for a first name of one usual gender, else None (unknown or used for both).

    Stable interface: the pronoun-agreement detector imports it.
    """
    word = fold(first_name.strip(" .,;:"))
    if not word:
        return None
    table = _table()
    if word in table:
        return table[word]
    if "-" in word:  # Marie-Laure, Jean-Yves: the first part decides unless it is ambiguous
        return table.get(word.split("-", 1)[0])
    return None


def gender_of_words(words: list[str]) -> Gender | None:
    """The gender a person's mention shows: a gendered title or noun, else the first listed first name
    that stands before another capitalised word (a surname).

    ``["Mrs.", "Clinton"]`` -> 'f'; ``["the", "spokesman"]`` -> 'm'; ``["Hillary", "Clinton"]`` -> 'f';
    ``["Clinton"]`` -> None (a surname alone, though Clinton is also a first name).
    """
    for word in words:
        gender = _GENDERED_FOLDED.get(fold(word))
        if gender:
            return gender
    for word, after in zip(words, words[1:]):
        if word[:1].isupper() and after[:1].isupper() and fold(word) in _table():
            return gender_of(word)
    return None
