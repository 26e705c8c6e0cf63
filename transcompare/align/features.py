"""What a sentence offers an aligner without a model: its words, numbers, names and punctuation.

Across languages a sentence becomes a set of keys two translations tend to share:

- ``#2017``: a number, digits only (1,000.5 and 1.000,5 are the same number);
- ``=say``: a concept from the bilingual lexicon (``dijo`` and ``said``);
- ``~presi``: an orthographic skeleton prefix, so cognates and names meet (``presidente`` and
  ``president``, ``Tymoshenko`` on both sides): accents folded, ph→f, th→t, ch→c (``technology``,
  ``tecnología``), y→i, k→c, ti+vowel→ci,
  double letters single, and the Spanish e- before s+consonant dropped (``estudiante``/``student``);
- ``?``, ``!``, ``"``, ``:``, ``(``: punctuation a translation keeps.

Within one language a sentence is its folded words and numbers.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..fold import fold
from .lexicon import Lexicon

# Numbers, words, punctuation; single quotes only where they open or close a quotation (not in "it's").
_TOKEN = re.compile(r"\d+(?:[.,:’']\d+)*|[^\W\d_]+|[¿?¡!“”«»\"„():]"
                    r"|(?<!\w)['‘](?=\w)|(?<=[\w.,!?])['’](?=[\s.,;:!?)]|$)")
_ACRONYM_DOTS = re.compile(r"\b([A-Z]{1,2})\.\s?([A-Z]{1,2})\.(?:\s?([A-Z]{1,2})\.)?")
_PUNCTUATION = {"¿": "?", "?": "?", "¡": "!", "!": "!", "“": '"', "”": '"', "«": '"', "»": '"', '"': '"',
                "„": '"', "‘": '"', "’": '"', "'": '"', "(": "(", ")": "(", ":": ":"}
_SKELETON = ((re.compile(r"ph"), "f"), (re.compile(r"th"), "t"), (re.compile(r"ch"), "c"), (re.compile(r"y"), "i"),
             (re.compile(r"k"), "c"),
             (re.compile(r"ti(?=[aeiou])"), "ci"), (re.compile(r"(.)\1"), r"\1"))
_SPANISH_E = re.compile(r"^es(?=[bcdfgklmnpqrstvz])")
# English negative contractions, written out so that "didn't" meets "no" and "did not": won't, can't and
# shan't lose more than n't.
_NOT = re.compile(r"\b(?:(wo)|(ca)|(sha)|(\w+?))n['’]t\b", re.IGNORECASE)
_NOT_BASES = ("will", "can", "shall")


def _expand_not(match: re.Match) -> str:
    for base, group in zip(_NOT_BASES, match.groups()):
        if group:
            return base + " not"
    return match.group(4) + " not"


def expand_contractions(text: str) -> str:
    """English negative contractions written out ("doesn't" → "does not"); other text unchanged."""
    return _NOT.sub(_expand_not, text) if "n't" in text or "n’t" in text else text


@lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """A folded word reduced to the spelling cognates share: 'philosophy' and 'filosofía' meet."""
    for pattern, replacement in _SKELETON:
        word = pattern.sub(replacement, word)
    return word


@lru_cache(maxsize=65536)
def _cognate_keys(word: str) -> tuple[str, ...]:
    base = skeleton(word)
    stems = [base] + ([base[1:]] if _SPANISH_E.match(base) else [])
    keys = []
    for stem in stems:
        if len(stem) >= 5:
            keys.append("~" + stem[:5])
            if len(stem) >= 8:
                keys.append("~" + stem[:7])
        elif len(stem) >= 2:
            keys.append("~" + stem)
    return tuple(keys)


def _number_key(token: str) -> str:
    return "#" + "".join(c for c in token if c.isdigit()).lstrip("0")


def cross_language_keys(text: str, lexicon: Lexicon | None) -> set[str]:
    """Keys a sentence and its translation into another language tend to share."""
    return set(cross_language_key_list(text, lexicon))


def cross_language_key_list(text: str, lexicon: Lexicon | None) -> list[str]:
    """cross_language_keys once per word that gives them (a name said twice is there twice). The aligner
    writes English negative contractions out first (expand_contractions); crosscheck, which reads
    negation on its own, and its closeness threshold take the words as written."""
    keys: list[str] = []
    text = _ACRONYM_DOTS.sub(_acronym, text)  # EE. UU. → EEUU
    for position, token in enumerate(_TOKEN.findall(text)):
        keys.extend(_token_keys(token, position == 0, lexicon))
    return keys


def _acronym(match: re.Match) -> str:
    return "".join(g for g in match.groups() if g)


@lru_cache(maxsize=1 << 18)
def _token_keys(token: str, first_token: bool, lexicon: Lexicon | None) -> tuple[str, ...]:
    """The keys one token gives (a capitalised first token is not taken for a name)."""
    first = token[0]
    if first.isdigit():
        return (_number_key(token),)
    mark = _PUNCTUATION.get(token)
    if mark is not None:
        return (mark,)
    word = fold(token)
    concepts = lexicon.concepts(word, token) if lexicon is not None else None
    if concepts:
        return tuple(concepts)
    if lexicon is not None and lexicon.is_function_word(word):
        return ()
    if len(word) >= 4 or (first.isupper() and (not first_token or token.isupper())):
        return _cognate_keys(word)
    return ()


def same_language_keys(text: str) -> set[str]:
    """Folded words and numbers: what two versions of a sentence in one language share."""
    return set(same_language_key_list(text))


def same_language_key_list(text: str) -> list[str]:
    """same_language_keys once per word."""
    return [key for token in _TOKEN.findall(expand_contractions(text)) if (key := _word_key(token)) is not None]


@lru_cache(maxsize=1 << 18)
def _word_key(token: str) -> str | None:
    if token[0].isdigit():
        return _number_key(token)
    return None if token in _PUNCTUATION else fold(token)


# Helpers kept for quotation alignment and other callers.

def trigrams(text: str) -> frozenset[str]:
    folded = " ".join(re.findall(r"\w+", fold(text)))
    return frozenset(folded[i : i + 3] for i in range(max(1, len(folded) - 2)))


def anchors(text: str) -> frozenset[str]:
    """Language-independent clues of one sentence (numbers, names, cognates, dictionary words, punctuation)."""
    from .lexicon import english_spanish

    return frozenset(cross_language_keys(text, english_spanish()))


def dice(a: frozenset, b: frozenset) -> float:
    if not a and not b:
        return 0.5  # neither side has a clue: weak evidence they correspond
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))
