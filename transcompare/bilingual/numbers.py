"""Numbers of the source changed in the translation (units, dates, times, percentages, locale formats),
as transcompare.crosscheck compares them."""

from __future__ import annotations

from ..crosscheck import Change
from ..datamodel import Severity
from . import PairHit, check
from .pair import Pair


@check("number", "accuracy/mistranslation", Severity.CRITICAL,
       "A number of the source replaced by another in the translation.")
def number_changes(pair: Pair):
    # A figure on one side alone is far more often rephrased ("100 percent" → "absolutely", "6-foot-6" →
    # "over two metres") than lost, and a number in words is often paraphrased: neither is reported.
    for _bead, difference in pair.differences("numbers"):
        if difference.change is Change.CHANGED and not difference.weak:
            yield PairHit(difference.target_span, difference.source_span,
                          f"number changed: the source says {difference.old}, the translation {difference.new}",
                          f"write {difference.old} (in this language's format)")
