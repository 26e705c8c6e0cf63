"""Quotations of the source lost, emptied, added or given another speaker in the translation."""

from __future__ import annotations

from ..model import Severity, Span
from . import PairHit, check
from .omission import shorten
from .pair import Pair

MIN_WORDS = 3  # a quoted word or two ("so-called" labels, titles) often loses its marks in translation


@check("quote", "accuracy/mistranslation", Severity.MAJOR,
       "A quotation of the source lost, emptied, added or attributed to someone else in the translation.")
def quotations(pair: Pair):
    source, target = pair.source, pair.target
    for match in pair.quote_matches:
        if match.status == "added":
            quote = target.quotes[match.quote]
            inner = quote.inner.of(target.text)
            if len(inner.split()) >= MIN_WORDS and pair.sources_of(target.sentence_of(quote.span.start)):
                yield PairHit(quote.span, None, f"quotation with no counterpart in the source: “{shorten(inner)}”",
                              "check that the source quotes these words", severity=Severity.MINOR)
            continue
        quote = source.quotes[match.quote]
        inner = quote.inner.of(source.text)
        if len(inner.split()) < MIN_WORDS:
            continue
        sentence = source.sentence_of(quote.span.start)
        targets = pair.alignment.targets_of(sentence)
        if match.status == "lost":
            if targets:  # a sentence with no translation at all is the omission check's
                where = Span(target.sentences[targets[0]].start, target.sentences[targets[-1]].end)
                yield PairHit(where, quote.span, f"the source quotes “{shorten(inner)}”: the translation has no quotation here",
                              "restore the quotation marks and the quoted words")
            continue
        counterparts = [target.quotes[k] for k in match.counterparts]
        if not counterparts:
            continue
        where = Span(counterparts[0].span.start, counterparts[-1].span.end)
        if not match.counterpart_text.strip():
            yield PairHit(where, quote.span, f"quotation emptied: the source quotes “{shorten(inner)}”",
                          "restore the quoted words", severity=Severity.CRITICAL)
        elif match.fidelity is not None and not match.fidelity.speaker_kept:
            yield PairHit(where, quote.span,
                          f"quotation attributed to {counterparts[0].speaker}; the source attributes it to {quote.speaker}",
                          f"attribute it to {quote.speaker}")
