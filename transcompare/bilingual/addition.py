"""Translated text with no counterpart in the source."""

from __future__ import annotations

from ..model import Severity
from . import PairHit, check
from .omission import MIN_WORDS, shorten
from .pair import Pair

ADDITION_Z = 3.5  # additions are rarer than omissions in human translation: a stricter bar


@check("addition", "accuracy/addition", Severity.MAJOR,
       "A translated sentence with no counterpart in the source, or a translation far longer than its source.")
def addition(pair: Pair):
    text = pair.target.text
    for bead in pair.alignment.beads:
        if bead.target and not bead.source:
            span = pair.target_span(bead)
            if len(span.of(text).split()) >= MIN_WORDS:
                yield PairHit(span, None, f"sentence with no counterpart in the source: “{shorten(span.of(text))}”",
                              "remove it unless the source says it elsewhere")
        elif bead.source and bead.target:
            source_length, target_length = pair.source_length(bead), pair.target_length(bead)
            if source_length >= 20 and pair.length_z(source_length, target_length) > ADDITION_Z \
                    and not pair.is_headline(bead):
                extra = target_length * pair.source_per_target / source_length - 1
                yield PairHit(pair.target_span(bead), pair.source_span(bead),
                              f"the translation is about {extra:.0%} longer than its source usually makes it: "
                              "it may add something", "compare with the source and remove what it does not say",
                              severity=Severity.MINOR)
