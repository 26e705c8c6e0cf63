"""Names of the source replaced in the translation, as transcompare.crosscheck compares them: word by
word, a name of the source the translation does not write in any spelling or translation, where the
translation has a name the source does not (see crosscheck._match_names_across)."""

from __future__ import annotations

from ..crosscheck import Change
from ..datamodel import Severity
from . import PairHit, check
from .pair import Pair


@check("name", "accuracy/mistranslation", Severity.MAJOR, "A name of the source replaced by another in the translation.")
def name_changes(pair: Pair):
    for _, difference in pair.differences("names"):
        if difference.change is Change.CHANGED:
            yield PairHit(difference.target_span, difference.source_span,
                          f"name changed: the source says {difference.old}, the translation {difference.new} "
                          f"(the source sentence has no {difference.new}, the translation no {difference.old})",
                          f"write {difference.old}")
