"""Names of the source changed in the translation, as transcompare.crosscheck compares them."""

from __future__ import annotations

from ..crosscheck import Change
from ..datamodel import Severity
from . import PairHit, check
from .lexicon import zipf
from .pair import Pair

INVARIANT_MARGIN = 0.75  # a name much more frequent in one language is that language's spelling ("Greece")
COMMON_WORD = 5.0  # a capitalised common word ("Centro", "Assembly") is not a name to check


def invariant(name: str, language: str, other: str) -> bool:
    """A name both languages spell alike (people, most firms): not far more common in ``language``
    than in ``other``, and no common word."""
    word = name.split()[-1].lower()
    here, there = zipf(word, language), zipf(word, other)
    return here - there < INVARIANT_MARGIN and max(here, there) < COMMON_WORD


@check("name", "accuracy/mistranslation", Severity.MAJOR, "A name of the source replaced by another in the translation.")
def name_changes(pair: Pair):
    src_lang, tgt_lang = pair.source.language, pair.target.language
    by_bead: dict = {}
    for bead, difference in pair.differences("names"):
        by_bead.setdefault(bead, []).append(difference)
    for bead, differences in by_bead.items():
        changed = [(d.old, d.new, d.source_span, d.target_span) for d in differences if d.change is Change.CHANGED]
        # A name gone and another come in one sentence is a swap when both are spelled alike in both languages;
        # names that have translations of their own ("Gales", "Welsh") come and go in any faithful translation.
        dropped = [d for d in differences if d.change is Change.DROPPED and invariant(d.old, src_lang, tgt_lang)]
        added = [d for d in differences if d.change is Change.ADDED and invariant(d.new, tgt_lang, src_lang)]
        changed += [(d.old, a.new, d.source_span, a.target_span) for d, a in zip(dropped, added)]
        for old, new, source_span, target_span in changed:
            yield PairHit(target_span, source_span, f"name changed: the source says {old}, the translation {new}",
                          f"write {old}")
