"""A negation of the source lost, added, garbled or moved in the translation, as transcompare.crosscheck
compares them."""

from __future__ import annotations

from ..crosscheck import Change
from ..datamodel import Severity
from . import PairHit, check
from .omission import shorten
from .pair import Pair


@check("negation", "accuracy/mistranslation", Severity.CRITICAL,
       "A negation of the source lost in the translation, or one the source does not have.")
def negation_flips(pair: Pair):
    for bead, difference in pair.differences("negation"):
        if difference.change is Change.MOVED or pair.is_headline(bead):
            continue  # a negation on another word, or a headline's free wording, is rarely a reversal
        where = difference.target_span or pair.target_span(bead)
        source = difference.source_span or pair.source_span(bead)
        yield PairHit(where, source, f"{difference.explanation()} (“{difference.summary}”; source: "
                      f"“{shorten(source.of(pair.source.text))}”)", "check the sentence against the source",
                      severity=difference.severity)
