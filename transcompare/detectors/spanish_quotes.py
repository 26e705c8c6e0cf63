"""English quotation conventions in Spanish copy: the comma inside the closing mark.

English writes “We will win,” he said; Spanish puts the comma after the mark: «Ganaremos»,
dijo (or “Ganaremos”, dijo). Native Spanish news practically never writes ,” (none in
ntrex-dev/es.txt or newstest2012, against hundreds of ”,). A period inside the mark is
common in Spanish too, so it is left alone. A text that does it does it throughout: one
finding, at the first, counts them all.
"""

from __future__ import annotations

import re

from ..datamodel import Severity, Span
from . import AuditContext, Hit, detector

_COMMA_INSIDE = re.compile(r"(?<=[^\W\d_])(?P<mark>,)(?P<close>[”\"»’])")


@detector("quote.es-punctuation", "fluency/punctuation", Severity.MINOR,
          "A comma inside the closing quotation mark in Spanish text (English usage: “…,” dijo).", languages=("es",))
def comma_inside_closing_mark(ctx: AuditContext):
    text = ctx.text
    closing = {q.span.end - 1 for q in ctx.document.quote_marks if q.closed}
    found = [m for m in _COMMA_INSIDE.finditer(text, ctx.document.body.start, ctx.document.body.end)
             if m.start("close") in closing and not ctx.inside_markup(Span(m.start(), m.end()))]
    if not found:
        return
    first, last = found[0], found[-1]
    more = ""
    if len(found) > 1:
        more = f" ({len(found)} quotations in this text, the last at line {ctx.document.position(last.start())[0]})"
    yield Hit(Span(first.start(), first.end()),
              f"comma inside the closing mark, as English writes it; Spanish puts it after the mark{more}",
              f"write {first['close']}, (the mark, then the comma)")
