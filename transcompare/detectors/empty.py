"""A translation that came back empty, or with no words at all ("…", "2021", markup only).

A file a user gives that is empty is bad input (exit 2); a system's output inside `evaluate` that
is empty is a finding about the system: :func:`empty_finding` on :func:`empty_document` gives it for text that
cannot become a Document (auditing.audit_text uses it).
"""

from __future__ import annotations

import re

from ..datamodel import Document, Finding, LineMap, Severity, Span
from . import AuditContext, Hit, detector

_LETTER = re.compile(r"[^\W\d_]")
ID, CATEGORY, MESSAGE = "output.empty", "accuracy/omission", "the translation is empty: nothing came back"
SUGGESTION = "translate the source again"


@detector(ID, CATEGORY, Severity.CRITICAL, "A translation that is empty or has no words.")
def no_words(ctx: AuditContext):
    body = ctx.document.body
    if not _LETTER.search(ctx.text, body.start, body.end):
        yield Hit(body, "the translation has no words", SUGGESTION)


def empty_document(name: str, language: str) -> Document:
    return Document(name=name, language=language, text="", body=Span(0, 0), paragraphs=(), sentences=(), quote_marks=(),
                    stray_marks=(), metadata=(), line_map=LineMap((0,)))


def empty_finding(document: Document) -> Finding:
    return Finding(ID, CATEGORY, Severity.CRITICAL, Span(0, 0), MESSAGE, SUGGESTION, evidence="", version=document.name)
