"""Quotation marks written twice, mixed or turned the wrong way, with the right explanation.

`""¿Tuviste…` is a doubled opening mark, not an empty quotation whose words were lost;
`“It is late," she said` opens with a curly mark and closes with a straight one; `here,“ said`
uses an opening mark to close. The quotation scanner reads these as an empty quotation or as
unbalanced marks; :func:`explained_marks` lists the marks explained here so that quote.empty and
quote.unbalanced stay silent about them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from ..datamodel import Severity, Span
from . import AuditContext, Hit, detector

# Two double marks in a row: the same mark (a space between allowed), or a straight and a curly one.
_PAIR = re.compile(r'(["“”«»„])(?:[ \t]?\1|(?<=")[“”]|(?<=[“”])")')
_OPENS_AFTER = "([{—–-:"  # what may stand before an opening mark besides a space
_CLOSING_PUNCTUATION = ".,;:!?…)]"
_STYLE = {'"': "straight", "“": "curly", "”": "curly", "«": "guillemet", "»": "guillemet", "„": "low"}
_MARK = re.compile('["“”«»„]')
# ‘ typed for an apostrophe: Trump‘s, ‘08, ‘em (the literal first, so the regex skips ahead fast).
_LEFT_APOSTROPHE = re.compile(r"‘(?=[^\W_])")
_ELIDED = re.compile(r"(?:\d\ds?|em|tis|twas|til|cause)\b", re.IGNORECASE)
_ELISION = re.compile(r"’(?=(?:em|tis|twas|til|cause)\b)", re.IGNORECASE)


@dataclass(frozen=True)
class MarkProblem:
    span: Span
    kind: str  # doubled-opening|-closing, mixed, reversed-opening|-closing, apostrophe; silent: partner, inches, elision
    explained: tuple[int, ...]  # positions of marks the quotation detectors should not report


def find_problems(ctx: AuditContext) -> list[MarkProblem]:
    return ctx.memo("quote_marks.problems", _find)


def explained_marks(ctx: AuditContext) -> frozenset[int]:
    """Positions of quotation marks whose problem this module reports (or that are no quotation
    marks at all: the inches in 6’2”)."""
    return ctx.memo("quote_marks.explained", lambda c: frozenset(p for problem in find_problems(c) for p in problem.explained))


def _find(ctx: AuditContext) -> list[MarkProblem]:
    body = ctx.document.body
    doubled = list(_doubled(ctx, body))
    problems = doubled + list(_pairs(ctx, body, doubled)) + list(_apostrophes(ctx, body)) + list(_mixed_single(ctx))
    problems.sort(key=lambda p: p.span.start)
    return _group_mixed(problems)


@dataclass(frozen=True)
class MixedRun(MarkProblem):
    count: int = 1
    last: int = 0  # where the last mixed quotation starts


def _group_mixed(problems: list[MarkProblem]) -> list[MarkProblem]:
    """A text that mixes styles usually does it throughout (a CMS or a model's habit): one finding,
    at the first such quotation, counts them all; the others are explained, not repeated."""
    mixed = [p for p in problems if p.kind == "mixed"]
    if len(mixed) < 2:
        return problems
    first = mixed[0]
    run = MixedRun(first.span, "mixed", tuple(i for p in mixed for i in p.explained), len(mixed), mixed[-1].span.start)
    return [run if p is first else p for p in problems if p.kind != "mixed" or p is first]


def _is_opening_side(text: str, start: int, end: int) -> bool | None:
    """True: the pair opens a quotation (glued to the next word); False: it closes one; None: neither."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if (before.isspace() or before in _OPENS_AFTER) and (after.isalnum() or after in "¿¡‘'(["):
        return True
    if (before.isalnum() or before in _CLOSING_PUNCTUATION) and (after.isspace() or after in _CLOSING_PUNCTUATION):
        return False
    return None


def _doubled(ctx: AuditContext, body: Span):
    text = ctx.text
    for match in _PAIR.finditer(text, body.start, body.end):
        span = Span(match.start(), match.end())
        side = _is_opening_side(text, span.start, span.end)
        if side is None or ctx.inside_markup(span):
            continue
        if side is False and span.of(text) == '""':
            paragraph = ctx.document.paragraphs[ctx.document.paragraph_of(span.start)]
            opened = text.count('"', paragraph.start, span.start)
            if opened >= 2 and opened % 2 == 0:
                continue  # `"… the "end of war,"" he said`: a nested quotation and its outer one close together
        yield MarkProblem(span, "doubled-opening" if side else "doubled-closing", (span.start, span.end - 1))


def _direction(text: str, i: int, open_count: int) -> tuple[str, bool]:
    """("open"|"close", turned the wrong way) for the double mark at ``i``."""
    ch = text[i]
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if ch == '"':
        left = (before.isspace() or before in _OPENS_AFTER) and not after.isspace()
        right = not before.isspace() and (after.isspace() or after in _CLOSING_PUNCTUATION)
        if left != right:
            return ("open" if left else "close"), False
        return ("close" if open_count else "open"), False
    if ch == "“":
        closing = (before.isalnum() or before in _CLOSING_PUNCTUATION) and (after.isspace() or after in _CLOSING_PUNCTUATION)
        return ("close", True) if closing and open_count else ("open", False)
    if ch == "”":
        at_start = i == 0 or text[i - 1] == "\n" or unicodedata.category(before) == "Cf"
        opening = at_start or ((before.isspace() or before in "([") and after.isalnum())
        return ("open", True) if opening else ("close", False)
    return ("open" if ch in "«„" else "close"), False


def _pairs(ctx: AuditContext, body: Span, doubled: list[MarkProblem]):
    """Pair each paragraph's double marks by direction alone, whatever their style, and report the
    pairs whose marks do not match (“…") and the marks turned the wrong way (word“ said)."""
    text, doc = ctx.text, ctx.document
    skip = {p.span.end - 1 if p.kind == "doubled-opening" else p.span.start for p in doubled}
    partner_of_doubled = {p.span.start: p for p in doubled if p.kind == "doubled-opening"}
    stack: list[tuple[int, bool]] = []
    stray = ctx.document.stray_marks
    paragraph_end = -1
    for match in _MARK.finditer(text, body.start, body.end):
        i = match.start()
        if i >= paragraph_end:  # quotations are paired within a paragraph
            stack.clear()
            paragraph = doc.paragraphs[doc.paragraph_of(i)] if doc.paragraphs else body
            paragraph_end = paragraph.end if paragraph.end > i else body.end
        if i in skip or ctx.inside_markup(Span(i, i + 1)):
            continue
        if text[i] in '"”' and _is_inches(text, i):  # 6’2”: a measure, not a quotation mark
            # The scanner closed the quotation there, so its real closing mark was left over.
            later = next((m.start for m in stray if i < m.start < paragraph_end and text[m.start] == text[i]), None)
            yield MarkProblem(Span(i, i + 1), "inches", (i,) if later is None else (i, later))
            continue
        direction, turned = _direction(text, i, len(stack))
        if direction == "open":
            stack.append((i, turned))
            continue
        if not stack:
            continue
        j, opening_turned = stack.pop()
        if j in partner_of_doubled:
            yield MarkProblem(Span(i, i + 1), "partner", (i,))
        opening, closing = text[j], text[i]
        if turned or opening_turned:
            at = i if turned else j
            yield MarkProblem(Span(at, at + 1), "reversed-opening" if turned else "reversed-closing", (j, i))
        elif _STYLE[opening] != _STYLE[closing] and not (opening == "„" and closing in "“”"):
            yield MarkProblem(Span(j, i + 1), "mixed", (j, i))


def _mixed_single(ctx: AuditContext):
    """A quotation opened with ‘ and closed with a straight ' (the scanner leaves the ‘ unclosed)."""
    doc, text = ctx.document, ctx.text
    for quote in doc.quote_marks:
        if quote.closed or text[quote.span.start] != "‘":
            continue
        paragraph = doc.paragraphs[doc.paragraph_of(quote.span.start)]
        for k in range(quote.span.start + 1, min(paragraph.end, quote.span.start + 2000)):
            if text[k] == "'" and not text[k - 1].isspace() and not text[k + 1 : k + 2].isalnum():
                yield MarkProblem(Span(quote.span.start, k + 1), "mixed", (quote.span.start,))
                break


def _is_inches(text: str, i: int) -> bool:
    return bool(re.search(r"\d['’]\d{1,2}$", text[max(0, i - 5) : i]))


def _apostrophes(ctx: AuditContext, body: Span):
    text = ctx.text
    for match in _LEFT_APOSTROPHE.finditer(text, body.start, body.end):
        at = match.start()
        before = text[at - 1] if at > 0 else " "
        if before.isalpha() or (not (before.isalnum() or before in "‘’") and _ELIDED.match(text, at + 1)):
            yield MarkProblem(Span(at, at + 1), "apostrophe", (at,))
    for match in _ELISION.finditer(text, body.start, body.end):  # ’Twas, ’em: no quotation mark
        at = match.start()
        if at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "‘’"):
            yield MarkProblem(Span(at, at + 1), "elision", (at,))


_OPENING_FOR = {'"': '"', "“": "“", "”": "“", "«": "«", "»": "«", "„": "„", "'": "'", "‘": "‘", "’": "‘"}
_CLOSING_FOR = {'"': '"', "“": "”", "”": "”", "«": "»", "»": "»", "„": "“", "'": "'", "‘": "’", "’": "’"}


def _describe(problem: MarkProblem, document) -> tuple[str, str]:
    written = problem.span.of(document.text)
    if problem.kind == "doubled-opening":
        mark = _OPENING_FOR[written[-1]]
        return (f"doubled opening quotation mark {written.replace(' ', '')}: the quotation is all there, "
                "the mark is written twice", f"keep one opening mark: {mark}")
    if problem.kind == "doubled-closing":
        mark = _CLOSING_FOR[written[0]]
        return (f"doubled closing quotation mark {written.replace(' ', '')}", f"keep one closing mark: {mark}")
    if problem.kind == "mixed":
        opening, closing = written[0], written[-1]
        more = ""
        if isinstance(problem, MixedRun):
            more = f" ({problem.count} quotations in this text mix styles, the last at line {document.position(problem.last)[0]})"
        return (f"quotation opened with {opening} but closed with {closing}{more}",
                (f"close it with {_CLOSING_FOR[opening]}" if opening != '"' else f"open it with {_OPENING_FOR[closing]}")
                + ("; use one style of marks throughout" if more else ""))
    if problem.kind == "reversed-opening":
        return "opening mark “ used to close the quotation", "write ” here"
    if problem.kind == "reversed-closing":
        return "closing mark ” used to open the quotation", "write “ here"
    return "opening single mark ‘ used as an apostrophe", "write ’ here"


_REPORTED = frozenset({"doubled-opening", "doubled-closing", "mixed", "reversed-opening", "reversed-closing", "apostrophe"})


@detector("quote.marks", "fluency/punctuation", Severity.MINOR,
          "Quotation marks doubled (\"\"word), mixed (“…\") or turned the wrong way (word“ said).")
def quotation_marks(ctx: AuditContext):
    for problem in find_problems(ctx):
        if problem.kind not in _REPORTED:
            continue
        message, suggestion = _describe(problem, ctx.document)
        yield Hit(problem.span, message, suggestion)
