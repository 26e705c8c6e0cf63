"""Quotations of the source lost, emptied, added or given another speaker in the translation.

Lost and added are judged sentence by sentence, not quotation by quotation: across two
languages the words of a quotation rarely meet, so a quotation counts as kept when the
sentences aligned with it hold any quotation (or quotation mark) at all. A translation
that drops the marks around a quotation leaves those sentences without any.
"""

from __future__ import annotations

import re

from ..datamodel import Document, Quote, Severity, Span
from ..entities import TITLES
from ..fold import fold
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
    for quote in source.top_level_quotes:
        inner = quote.inner.of(source.text)
        targets = sorted({j for i in _sentences(source, quote) for j in pair.alignment.targets_of(i)})
        # A sentence with no translation at all is the omission check's.
        if len(inner.split()) >= MIN_WORDS and targets and not _quoted(pair, target, targets):
            where = Span(target.sentences[targets[0]].start, target.sentences[targets[-1]].end)
            yield PairHit(where, quote.span, f"the source quotes “{shorten(inner)}”; the translation of that "
                          "sentence has no quotation marks", "restore the quotation marks and the quoted words")
    for quote in target.top_level_quotes:
        inner = quote.inner.of(target.text)
        sources = sorted({i for j in _sentences(target, quote) for i in pair.sources_of(j)})
        if len(inner.split()) >= MIN_WORDS and sources and not _quoted(pair, source, sources):
            yield PairHit(quote.span, None, f"quotation with no counterpart in the source: “{shorten(inner)}” (the "
                          "source sentence has no quotation marks)", "check that the source quotes these words",
                          severity=Severity.MINOR)
    for match in pair.quote_matches:
        if match.status in ("lost", "added") or not match.counterparts:
            continue
        quote = source.quotes[match.quote]
        inner = quote.inner.of(source.text)
        if len(inner.split()) < MIN_WORDS:
            continue
        counterparts = [target.quotes[k] for k in match.counterparts]
        where = Span(counterparts[0].span.start, counterparts[-1].span.end)
        if not match.counterpart_text.strip():
            yield PairHit(where, quote.span, f"quotation emptied: the source quotes “{shorten(inner)}”",
                          "restore the quoted words", severity=Severity.CRITICAL)
        elif match.fidelity is not None and not match.fidelity.speaker_kept and _reattributed(pair, quote, counterparts[0]):
            yield PairHit(where, quote.span,
                          f"quotation attributed to {counterparts[0].speaker}, whom the source never names; "
                          f"the source attributes it to {quote.speaker}",
                          f"attribute it to {quote.speaker}")


def _sentences(document: Document, quote: Quote) -> range:
    return range(document.sentence_of(quote.span.start), document.sentence_of(max(quote.span.start, quote.span.end - 1)) + 1)


def _quoted(pair: Pair, document: Document, sentences: list[int]) -> bool:
    """Whether any of these sentences holds a quotation, or a quotation mark the parser left unpaired."""
    key = ("quoted sentences", document.name, id(document))
    if key not in pair.cache:
        quoted: set[int] = set()
        for quote in document.top_level_quotes:
            quoted.update(_sentences(document, quote))
        quoted.update(document.sentence_of(m.start) for m in document.stray_marks)
        pair.cache[key] = quoted
    return any(i in pair.cache[key] for i in sentences)


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
    # Not when named in the source, or a common word ("el Centro") rather than a name.
    return told not in pair.cache["folded source"] and zipf(told, pair.target.language) < COMMON_WORD
