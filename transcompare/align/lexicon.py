"""A bilingual word list: which words of two languages tend to translate each other.

The data (transcompare/data/lexicon/en-es.tsv) is written for this project and ships under its
MIT licence; the format is described at the top of the file. Lookups are symmetric: an English
and a Spanish word meet when they share a concept, whichever side each is on.
"""

from __future__ import annotations

import os
from functools import lru_cache

LANGUAGES = frozenset({"en", "es"})


class Lexicon:
    def __init__(self, text: str):
        self._forms: dict[str, set[str]] = {}
        self._acronyms: dict[str, set[str]] = {}
        self._stems: dict[str, set[str]] = {}
        self._function_words: set[str] = set()
        for line in text.splitlines():
            if not line.strip() or line.startswith("# ") or line == "#":
                continue
            concept, *sides = line.split("\t")
            forms = [form for side in sides for form in side.split()]
            if concept == "-":
                self._function_words.update(forms)
                continue
            key = concept if concept.startswith("#") else "=" + concept
            for form in forms:
                if form.endswith("*"):
                    self._stems.setdefault(form[:-1], set()).add(key)
                elif form != form.lower():
                    self._acronyms.setdefault(form, set()).add(key)
                else:
                    self._forms.setdefault(form, set()).add(key)
        self._longest_stem = max(map(len, self._stems), default=0)
        self.concepts = lru_cache(maxsize=65536)(self._concepts)


    def _concepts(self, word: str, written: str = "") -> frozenset[str] | None:
        """Concept keys of a folded word (``written``: the word as it appears, for acronyms)."""
        if written and written.isupper():
            found = self._acronyms.get(written)
            if found:
                return frozenset(found)
        for candidate in _base_forms(word):
            if candidate in self._forms:
                return frozenset(self._forms[candidate])
        for end in range(min(len(word), self._longest_stem), 2, -1):
            found = self._stems.get(word[:end])
            if found:
                return frozenset(found)
        return None

    def is_function_word(self, word: str) -> bool:
        return word in self._function_words


_ENDINGS = (("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"))


def _base_forms(word: str):
    """The word, then what it may be an inflection of (plural -s/-es; English -ed, -ing): not listed twice."""
    yield word
    for ending, base in _ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            yield word[: -len(ending)] + base


@lru_cache(maxsize=1)
def english_spanish() -> Lexicon:
    path = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data", "lexicon", "en-es.tsv")
    with open(path, encoding="utf-8") as handle:
        return Lexicon(handle.read())


def for_languages(first: str | None, second: str | None) -> Lexicon | None:
    """The word list that serves this pair: English–Spanish, or none (unknown languages: try it)."""
    if first is None or second is None or {first, second} == LANGUAGES:
        return english_spanish()
    return None
