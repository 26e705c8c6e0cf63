"""Repetition loops typical of neural MT: a word or phrase three or more times in a row."""

from __future__ import annotations

import re

from ..model import Severity, Span
from . import AuditContext, Hit, detector

_REPEAT = re.compile(r"\b(?P<unit>[^\W\d_]+(?:\s+[^\W\d_]+){0,3}?)(?:(?:\s*,\s*|\s+)(?P=unit)\b){2,}", re.IGNORECASE)


@detector("mt.repetition", "accuracy/addition", Severity.MAJOR,
          "A word or phrase repeated three or more times in a row (a decoder loop).")
def repetition(ctx: AuditContext):
    text = ctx.text
    for match in _REPEAT.finditer(text, ctx.document.body.start, ctx.document.body.end):
        unit = match["unit"]
        count = len(re.findall(rf"\b{re.escape(unit)}\b", match.group(0), re.IGNORECASE))
        span = Span(match.start(), match.end())
        # People do say "no, no, no": inside a quotation a single word needs a longer loop.
        if ctx.inside_quote(span) and len(unit.split()) == 1 and count < 4:
            continue
        yield Hit(span, f"“{unit}” repeated {count} times in a row", f"keep one “{unit}”")
