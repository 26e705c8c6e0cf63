"""A negation of the source lost, added or garbled in the translation, as transcompare.crosscheck
compares them: as meaning, not words (see crosscheck._match_negations_across)."""

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
        yield PairHit(where, source, message(difference, shorten(pair.source_span(bead).of(pair.source.text))),
                      "check the sentence against the source", severity=difference.severity)


def message(difference, source_sentence: str) -> str:
    """What differs and what was checked to say so."""
    old, new = difference.old, difference.new
    if difference.change is Change.DROPPED:
        if difference.unchecked:
            return (f"the source says “{old}”, and the translation of this sentence, close elsewhere, has no negation "
                    f"for it: the meaning may be reversed (source: “{source_sentence}”)")
        return f"the source says “{old}”; the translation has “{new}” with no negation: the meaning is reversed"
    if difference.change is Change.ADDED:
        if difference.unchecked:
            return (f"the translation says “{new}”, and its source sentence, close elsewhere, has no negation there: "
                    f"the meaning may be reversed (source: “{source_sentence}”)")
        return f"the translation says “{new}”; the source has “{old}” with no negation: the meaning is reversed"
    return f"{difference.explanation()} (“{difference.summary}”; source: “{source_sentence}”)"
