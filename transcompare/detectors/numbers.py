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

from ..model import Severity, Span
from . import AuditContext, Hit, detector

_UNIT = (r"%|per\s?cent\b|percent\b|million|billion|trillion|points?\b|degrees?\b|times\b|km\b|kilomet(?:er|re)s?\b"
         r"|miles?\b|met(?:er|re)s?\b|kg\b|kilos?\b|tons?\b|tonnes?\b|euros?\b|dollars?\b|pesos?\b|pounds?\b"
         r"|por\s?ciento\b|millones\b|millón\b|mil\s+millones\b|billones\b|puntos?\b|grados?\b|veces\b|kilómetros?\b"
         r"|millas?\b|metros?\b|toneladas?\b|dólares?\b|libras?\b")
_CURRENCY = r"[$€£¥]\s?"
_DECIMAL_COMMA = re.compile(rf"(?<![\d.,])(?P<cur>{_CURRENCY})?\d{{1,3}},\d{{1,2}}(?![\d]|[.,]\d)(?=\s?(?P<unit>{_UNIT})?)")
_DECIMAL_POINT = re.compile(rf"(?<![\d.,])(?P<cur>{_CURRENCY})?\d{{1,3}}\.\d{{1,2}}(?![\d]|[.,]\d)(?=\s?(?P<unit>{_UNIT})?)")
_THOUSANDS_POINT = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d]|[.,]\d)(?=\s?(?P<word>[^\W\d_]|[$€£¥]))")
_THOUSANDS_COMMA = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d]|[.,]\d)(?=\s?(?P<word>[^\W\d_]|[$€£¥]))")
_TIME_BEFORE = re.compile(r"(?:\b(?:las|la|a las|at)\s+)$", re.IGNORECASE)
_TIME_AFTER = re.compile(r"\s?(?:h\b|hrs?\b|horas\b|am\b|pm\b|a\.m\.|p\.m\.)", re.IGNORECASE)

# (regex, locale it belongs to: "comma" writes 1,5 and 13.000; "point" writes 1.5 and 13,000, what it is)
_FORMS = ((_DECIMAL_COMMA, "comma", "decimal"), (_THOUSANDS_POINT, "comma", "thousands"),
          (_DECIMAL_POINT, "point", "decimal"), (_THOUSANDS_COMMA, "point", "thousands"))


@dataclass(frozen=True)
class Number:
    span: Span
    locale: str  # "comma" (1,5 / 13.000) or "point" (1.5 / 13,000)
    role: str  # decimal or thousands


def _numbers(ctx: AuditContext) -> list[Number]:
    text = ctx.text
    found = []
    for regex, locale, role in _FORMS:
        for match in regex.finditer(text, ctx.document.body.start, ctx.document.body.end):
            if role == "decimal" and not (match["cur"] or match["unit"]):
                continue  # "1,5" alone may be a list or a score
            if role == "decimal" and (_TIME_BEFORE.search(text, max(0, match.start() - 8), match.start())
                                      or _TIME_AFTER.match(text, match.end())):
                continue  # a time: a las 10.30
            span = Span(match.start(), match.end())
            if not ctx.inside_markup(span):
                found.append(Number(span, locale, role))
    found.sort(key=lambda n: n.span.start)
    return found


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
    example = {"comma": "2,5 and 13.000", "point": "2.5 and 13,000"}
    for number in (n for n in numbers if n.locale == minority):
        written = number.span.of(text)
        yield Hit(number.span,
                  f"this text writes numbers as {example[majority]} ({counts[majority]} times) but here as "
                  f"{example[minority]}: one convention per text",
                  f"write {_rewrite(written, number.role)}", severity=Severity.MINOR)
