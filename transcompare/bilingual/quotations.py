"""Quotations of the source lost, emptied, added or given another speaker in the translation."""

from __future__ import annotations

import re

from ..entities import TITLES
from ..fidelity import fold
from ..datamodel import Quote, Severity, Span
from . import PairHit, check
from .lexicon import zipf
from .omission import shorten
from .pair import Pair, function_words

COMMON_WORD = 4.0  # Zipf frequency above which a capitalised word is more likely a noun than a surname
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
        elif match.fidelity is not None and not match.fidelity.speaker_kept and _reattributed(pair, quote, counterparts[0]):
            yield PairHit(where, quote.span,
                          f"quotation attributed to {counterparts[0].speaker}, whom the source never names; "
                          f"the source attributes it to {quote.speaker}",
                          f"attribute it to {quote.speaker}")


_CAPITALISED = re.compile(r"[A-ZÁÉÍÓÚÑ][\w'’-]+")


def _surname(speaker: str | None, *codes: str) -> str | None:
    """The last capitalised word of a speaker that is a name (not a title, article or pronoun); None for a
    description ("a Labour member", "Un miembro del partido")."""
    first = (speaker or "").split()[:1]
    if first and any(first[0].lower() in function_words(c) for c in codes):
        return None
    words = [w for w in _CAPITALISED.findall(speaker or "")
             if w.lower() not in TITLES and not any(w.lower() in function_words(c) for c in codes)]
    return fold(words[-1]) if words else None


def _reattributed(pair: Pair, quote: Quote, counterpart: Quote) -> bool:
    """The translation gives the quotation to someone the source never names.

    Attribution read in two languages disagrees far more often than translators change
    speakers, so two names that both occur in the source are not evidence."""
    codes = (pair.source.language, pair.target.language)
    said, told = _surname(quote.speaker, *codes), _surname(counterpart.speaker, *codes)
    if not said or not told or said == told:
        return False
    if "folded source" not in pair.cache:
        pair.cache["folded source"] = fold(pair.source.text)
    if told in pair.cache["folded source"] or zipf(told, pair.target.language) >= COMMON_WORD:
        return False  # named in the source, or a common word ("el Centro") rather than a name
    return True
