"""Names of the source changed or missing in the translation."""

from __future__ import annotations

import re

from ..crosscheck import fold, similar_name
from ..model import Severity
from . import PairHit, check
from .lexicon import zipf
from .pair import Pair

INVARIANT_MARGIN = 0.75  # a name much more frequent in one language is that language's spelling ("Greece")
COMMON_WORD = 5.0  # a capitalised common word ("Centro", "Assembly") is not a name to check


@check("name", "accuracy/mistranslation", Severity.MAJOR,
       "A name of the source replaced by another, or missing from the whole translation.")
def name_changes(pair: Pair):
    target_words = _words(pair.target.text)
    source_words = _words(pair.source.text)
    src_lang, tgt_lang = pair.source.language, pair.target.language
    for bead, source_span, target_span, difference in pair.differences("name"):
        # Only names written alike in both languages (people, most firms) can be missed; "Grecia", "Asamblea"
        # or "Welsh" have translations of their own.
        if difference.old and not (invariant(difference.old, src_lang, tgt_lang) or _anywhere(difference.old, target_words)):
            continue
        if difference.change == "changed":
            if fold(difference.old) == fold(difference.new) or not (
                    invariant(difference.new, tgt_lang, src_lang) or _anywhere(difference.new, source_words)):
                continue
            yield PairHit(difference.new_span.shift(target_span.start), difference.old_span.shift(source_span.start),
                          f"name changed: the source says {difference.old}, the translation {difference.new}",
                          f"write {difference.old}")
        elif difference.change == "missing" and not _anywhere(difference.old, target_words):
            yield PairHit(target_span, difference.old_span.shift(source_span.start),
                          f"{difference.old} (named in the source) appears nowhere in the translation",
                          f"name {difference.old} where the source does", severity=Severity.MINOR)
        elif difference.change == "added" and invariant(difference.new, tgt_lang, src_lang) \
                and not _anywhere(difference.new, source_words):
            yield PairHit(difference.new_span.shift(target_span.start), source_span,
                          f"{difference.new} is named here but nowhere in the source", "check the name against the source")


def invariant(name: str, language: str, other: str) -> bool:
    """A name both languages spell alike: no more common in ``language`` than in ``other``, and no common word."""
    word = name.split()[-1].lower()
    here, there = zipf(word, language), zipf(word, other)
    return here - there < INVARIANT_MARGIN and max(here, there) < COMMON_WORD


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[^\W\d_]+", text) if w[:1].isupper()}


def _anywhere(name: str, words: set[str]) -> bool:
    last = name.split()[-1]
    return any(similar_name(last, word) for word in words)
