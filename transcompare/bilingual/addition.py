"""Translated text with no counterpart in the source."""

from __future__ import annotations

from ..align import anchors, dice
from ..datamodel import Severity
from . import PairHit, check
from .omission import KEPT_FIT_Z, MERGED_Z, MIN_WORDS, abbreviated, acronyms, shorten
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
            extra = _extra_sentence(pair, bead, source_length, target_length)
            if extra is not None:
                yield PairHit(extra, pair.source_span(bead),
                              f"sentence with no counterpart in the source: “{shorten(extra.of(text))}”",
                              "remove it unless the source says it elsewhere")
                continue
            if source_length >= 20 and pair.length_z(source_length, target_length) > ADDITION_Z \
                    and not pair.is_headline(bead) and not _spelled_out(pair, bead, source_length, target_length):
                extra = target_length * pair.source_per_target / source_length - 1
                yield PairHit(pair.target_span(bead), pair.source_span(bead),
                              f"the translation is about {extra:.0%} longer than its source usually makes it: "
                              "it may add something", "compare with the source and remove what it does not say",
                              severity=Severity.MINOR)


def _extra_sentence(pair: Pair, bead, source_length: int, target_length: int):
    """Of several translated sentences for a source that one of them explains, the one left over."""
    if len(bead.target) <= len(bead.source) or pair.length_z(source_length, target_length) < MERGED_Z:
        return None  # as many source sentences as translated ones: none is left over
    clues = anchors(" ".join(pair.source_sentences[i] for i in bead.source))
    for extra in sorted(bead.target, key=lambda j: dice(anchors(pair.target_sentences[j]), clues)):
        kept = sum(len(pair.target_sentences[j]) + 1 for j in bead.target if j != extra) - 1
        span = pair.target.sentences[extra]
        if abs(pair.length_z(source_length, kept)) < KEPT_FIT_Z and len(span.of(pair.target.text).split()) >= MIN_WORDS:
            return None if pair.belongs_next_door(bead, extra, in_source=False) else span
    return None


def _spelled_out(pair: Pair, bead, source_length: int, target_length: int) -> bool:
    """Whether the translation is long for spelling out the source's initials ("MP" → "Miembro del
    Parlamento"): less those, it fits."""
    spelled = abbreviated(pair.target_span(bead).of(pair.target.text), acronyms(pair.source_sentences, bead.source))
    return spelled > 0 and pair.length_z(source_length, target_length - spelled) <= ADDITION_Z
