"""Numbers of the source changed or missing in the translation (units, dates, times, percentages, locales)."""

from __future__ import annotations

from ..model import Severity
from . import PairHit, check
from .pair import Pair


@check("number", "accuracy/mistranslation", Severity.CRITICAL,
       "A number of the source replaced by another in the translation.")
def number_changes(pair: Pair):
    # A figure missing on one side alone is far more often rephrased ("100 percent" → "absolutely", "6-foot-6"
    # → "over two metres") than lost; a figure replaced by another at the same place is an error.
    for bead, source_span, target_span, difference in pair.differences("number"):
        if difference.change == "changed":
            yield PairHit(difference.new_span.shift(target_span.start), difference.old_span.shift(source_span.start),
                          f"number changed: the source says {difference.old}, the translation {difference.new}",
                          f"write {difference.old} (in this language's format)")
