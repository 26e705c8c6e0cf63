"""A translation that stops before its source does: mid-document or mid-sentence."""

from __future__ import annotations

from ..datamodel import Severity, Span
from . import PairHit, check
from .pair import Pair


@check("truncation", "accuracy/omission", Severity.CRITICAL,
       "The translation stops before the end of its source (mid-document or mid-sentence).")
def truncation(pair: Pair):
    cut = pair.truncation
    if cut is None:
        return
    beads = pair.alignment.beads
    first_missing = next((b.source[0] for b in beads[cut.bead :] if b.source), None)
    source_span = (Span(pair.source.sentences[first_missing].start, pair.source.body.end)
                   if first_missing is not None else None)
    tail = f"; {cut.missing} more source sentence{'s' if cut.missing != 1 else ''} after it" if cut.missing else ""
    if cut.mid_sentence:
        last = pair.target.sentences[beads[cut.bead].target[-1]]
        yield PairHit(last, source_span, f"the translation stops in the middle of a sentence{tail}",
                      "translate the rest of the source")
    else:
        end = pair.target.body.end
        yield PairHit(Span(end, end), source_span,
                      f"the translation stops before the end of its source: {cut.missing} source sentences have no "
                      "translation", "translate the rest of the source")
