"""Sentences or clauses left in another language than the document's."""

from __future__ import annotations

import re

from .. import langid
from ..model import Severity, Span
from . import AuditContext, Hit, detector

MIN_WORDS = 5
MIN_CONFIDENCE = 0.8
_CLAUSE = re.compile(r"[^,;:()“”\"«»]+")


def _candidates(text: str, span: Span):
    """The sentence and, for long sentences, its clauses."""
    yield span
    for match in _CLAUSE.finditer(text, span.start, span.end):
        if match.end() - match.start() < span.end - span.start:
            yield Span(match.start(), match.end())


@detector("language.untranslated", "accuracy/untranslated", Severity.MAJOR,
          "A sentence or clause in another language than the document's.", languages=langid.SUPPORTED)
def untranslated(ctx: AuditContext):
    doc, text = ctx.document, ctx.text
    own = doc.language
    reported_until = -1
    for sentence in doc.sentences:
        for span in _candidates(text, sentence):
            if span.start < reported_until:
                continue
            tokens = langid.words(span.of(text))
            if len(tokens) < MIN_WORDS:
                continue
            profile = langid.stopword_profile(tokens)
            foreign = max((lang for lang in profile if lang != own), key=profile.get)
            # Cheap look first: most sentences are plainly in the document's language.
            if profile[own] >= profile[foreign] and profile[own] > 0.1:
                continue
            if profile[foreign] == 0:
                continue
            lang, confidence = langid.detect(span.of(text).strip(), tuple(sorted({own, foreign})))
            if lang and lang != own and confidence >= MIN_CONFIDENCE:
                trimmed = _trim(text, span)
                yield Hit(trimmed, f"text in {lang} inside a {own} document (confidence {confidence:.2f})",
                          "translate it, or mark it as a quotation in the original language")
                reported_until = trimmed.end


def _trim(text: str, span: Span) -> Span:
    chunk = span.of(text)
    left = len(chunk) - len(chunk.lstrip())
    return Span(span.start + left, span.start + len(chunk.rstrip()))
