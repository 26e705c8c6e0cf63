"""Decimal and thousands separators of the wrong locale.

English writes 1.5 million and 13,000; Spain writes 1,5 millones and 13.000; Mexico and the
US Spanish press write 1.5 millones and 13,000. So in English text a decimal comma or a
thousands point is wrong (a reader takes "1,5 million" for fifteen), while Spanish text is
only wrong when it mixes the two conventions: the minority is reported. A number counts
only where its reading is clear: a decimal before a unit or after a currency sign, a
thousands group before a word; dates, times, versions and addresses are left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..datamodel import Severity, Span
from . import AuditContext, Hit, detector

_UNIT = (r"%|per\s?cent\b|percent\b|million|billion|trillion|points?\b|degrees?\b|times\b|km\b|kilomet(?:er|re)s?\b"
         r"|miles?\b|met(?:er|re)s?\b|kg\b|kilos?\b|tons?\b|tonnes?\b|euros?\b|dollars?\b|pesos?\b|pounds?\b"
         r"|por\s?ciento\b|millones\b|millón\b|mil\s+millones\b|billones\b|puntos?\b|grados?\b|veces\b|kilómetros?\b"
         r"|millas?\b|metros?\b|toneladas?\b|dólares?\b|libras?\b")
_UNIT_AFTER = re.compile(rf"\s?(?:{_UNIT})")
_MAGNITUDE_AFTER = re.compile(r"\s?(?:million|billion|trillion|millones|millón|mil\s+millones|billones)\b")
_WORD_AFTER = re.compile(r"\s?(?:[^\W\d_]|[$€£¥])")
# The first digit, then a look back at what comes before it: opening with the digit lets the search
# skip to digits in C (a pattern opening with a look-behind is tried at every character).
_CANDIDATE = re.compile(r"\d(?<![\w.,]\d)\d*(?:[.,]\d+)+(?![\w]|[.,]\d)")
_TIME_BEFORE = re.compile(r"(?:\b(?:las|la|a las|at)\s+)$", re.IGNORECASE)
_TIME_AFTER = re.compile(r"\s?(?:h\b|hrs?\b|horas\b|am\b|pm\b|a\.m\.|p\.m\.)", re.IGNORECASE)
# Shapes: (regex on the number, locale: "comma" writes 1,5 and 13.000, "point" 1.5 and 13,000; role)
_SHAPES = (
    (re.compile(r"\d{1,3},\d{1,2}"), "comma", "decimal"),
    (re.compile(r"\d{1,3}(?:\.\d{3})+"), "comma", "thousands"),
    (re.compile(r"\d{1,3}(?:\.\d{3})+,\d+"), "comma", "thousands"),
    (re.compile(r"\d{1,3}\.\d{1,2}"), "point", "decimal"),
    (re.compile(r"\d{1,3}(?:,\d{3})+"), "point", "thousands"),
    (re.compile(r"\d{1,3}(?:,\d{3})+\.\d+"), "point", "thousands"),
)


@dataclass(frozen=True)
class Number:
    span: Span
    locale: str  # "comma" (1,5 / 13.000) or "point" (1.5 / 13,000)
    role: str  # decimal or thousands


def _numbers(ctx: AuditContext) -> list[Number]:
    """Numbers whose separators show a locale: a decimal before a unit or after a currency sign,
    a thousands group before a word. Times (a las 10.30) are no decimals."""
    text = ctx.text
    found = []
    for match in _CANDIDATE.finditer(text, ctx.document.body.start, ctx.document.body.end):
        written = match.group(0)
        shape = next(((locale, role) for regex, locale, role in _SHAPES if regex.fullmatch(written)), None)
        if shape is None:
            continue
        locale, role = shape
        start, end = match.start(), match.end()
        sign = _currency_before(text, start)
        if role == "decimal":
            if sign is None and not _UNIT_AFTER.match(text, end):
                continue  # "1,5" alone may be a list or a score
            if _TIME_BEFORE.search(text, max(0, start - 8), start) or _TIME_AFTER.match(text, end):
                continue
        elif not _WORD_AFTER.match(text, end) or _MAGNITUDE_AFTER.match(text, end):
            continue  # "6,925 millones" may be 6.925 million or 6,925 million: no sign of either locale
        elif sign is not None and ctx.document.language == "en" and locale == "comma":
            continue  # "$2.459 a gallon": prices quoted to a tenth of a cent
        span = Span(start if sign is None else sign, end)
        if not ctx.inside_markup(span):
            found.append(Number(span, locale, role))
    return found


def _currency_before(text: str, start: int) -> int | None:
    """Where a currency sign right before the number (a space between allowed) is."""
    for i in (start - 1, start - 2):
        if i >= 0 and text[i] in "$€£¥":
            return i
        if i >= 0 and text[i] != " ":
            return None
    return None


def _rewrite(written: str, role: str) -> str:
    """1,5 → 1.5; 13.000 → 13,000 (and back)."""
    return written.translate(str.maketrans(",.", ".,"))


@detector("number.locale", "fluency/punctuation", Severity.MAJOR,
          "Decimal or thousands separators of another locale (1,5 million in English; both 2,5 and 2.5 in one Spanish text).",
          languages=("en", "es"))
def separators(ctx: AuditContext):
    numbers = _numbers(ctx)
    if not numbers:
        return
    text = ctx.text
    if ctx.document.language == "en":
        wrong = [n for n in numbers if n.locale == "comma"]
        for number in wrong:
            written = number.span.of(text)
            digits = written.lstrip("$€£¥ ")
            if number.role == "decimal":
                message = f"decimal comma in English: “{digits}” reads as a whole number; English writes a decimal point"
            else:
                message = f"point as a thousands separator in English: “{digits}” reads as a decimal; English writes a comma"
            yield Hit(number.span, message, f"write {_rewrite(written, number.role)}")
        return
    counts = {"comma": sum(n.locale == "comma" for n in numbers), "point": sum(n.locale == "point" for n in numbers)}
    if not (counts["comma"] and counts["point"]):
        return
    minority = "point" if counts["point"] <= counts["comma"] else "comma"
    majority = "comma" if minority == "point" else "point"
    example = next(n for n in numbers if n.locale == majority).span.of(text)
    others = counts[majority] - 1
    elsewhere = f"“{example}”" + (f" and {others} more number{'s' if others > 1 else ''}" if others else "")
    for number in (n for n in numbers if n.locale == minority):
        written = number.span.of(text)
        yield Hit(number.span,
                  f"“{written}” follows another convention than {elsewhere} in this text "
                  f"({'decimal comma, thousands point' if majority == 'comma' else 'decimal point, thousands comma'})",
                  f"write {_rewrite(written, number.role)}", severity=Severity.MINOR)
