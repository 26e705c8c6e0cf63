"""Spanish writing conventions left in English text: the acute accent typed as an apostrophe,
hyphen-delimited asides, the '.-' dateline, Roman-numeral ordinals before an event, date
shorthands (28J), ordinal indicators (1º) and the decimal comma."""

from __future__ import annotations

import re

from ..datamodel import Severity, Span
from . import AuditContext, Hit, RarePattern, detector
from .evidence import signal

_ACUTE_APOSTROPHE = RarePattern(r"[´`](?=\w)", "´`")  # the letter before is checked in code: a literal first is fast
# " -word … word- " or "… word – ": an aside opened by a hyphen glued to its first word,
# closed by a hyphen or a dash; hyphens inside words (Díaz-Canel) belong to the aside.
_DASH_ASIDE = re.compile(r" (?P<aside>-(?=[^\W\d_])(?:[^\n.;:!?()\"“”\-–—]|(?<=\w)-(?=\w)){3,160}?(?<=[\w,])\s?[-–])"
                         r"(?=[\s,.;:])")
_DATELINE = re.compile(r"\.[-–](?=\s|[A-Z])")
_ROMAN = r"(?:X{0,3})(?:IX|IV|V?I{0,3})"
_EVENTS = ("Summit|Congress|Forum|Meeting|Conference|Session|Plenum|Plenary|Assembly|Festival|Games|Edition|"
           "Encounter|Conclave|Fair|Biennial|Symposium|Workshop|Seminar|Convention|Colloquium|Round|Cup|"
           "Championship|Tournament|Olympiad|Exhibition|Expo|Week|Dialogue|Gathering|Council|Ministerial|Cumbre")
_ROMAN_ORDINAL = re.compile(
    rf"(?P<numeral>[IVX][IVX]{{0,6}})\s+(?:(?:[A-Z][\w-]*|of|the|and)\s+){{0,4}}?(?P<event>{_EVENTS})\b")
_VALID_ROMAN = re.compile(_ROMAN)
_SHORTHAND = re.compile(r"(?P<day>[123](?:(?<=[12])\d|(?<=3)[01]))(?P<month>[EFMAJSOND])(?![\w-])")  # a digit first: a fast scan
_ORDINAL_INDICATOR = RarePattern(r"[ºª]", "ºª")  # after a digit (or N, for número): checked in code
# 1ro, 2da, 3er, 5to: Spanish ordinal abbreviations.
_SPANISH_ORDINAL = re.compile(r"\d(?:r[oa]|d[oa]|er|t[oa]|v[oa]|m[oa]|n[oa])(?![\w-])")  # a digit before: in code
_PERCENT = re.compile(r"%|percent\b|per cent\b")
_DECIMAL_COMMA_BEFORE = re.compile(r"(?<![\d.,])\d{1,3},\d{1,2}\s?$")
_NOT_BEFORE_SHORTHAND = re.compile(r"(?:apt|apartment|room|suite|no|gate|unit|flight|seat|route|highway|interstate|form|"
                                   r"bus|line|pier|terminal|building|floor|platform|class|grade|section|district|box)\.?\s*$", re.I)
_MONTH_INITIALS = {"E": "enero", "F": "febrero", "M": "marzo or mayo", "A": "abril or agosto", "J": "junio or julio",
                   "S": "septiembre", "O": "octubre", "N": "noviembre", "D": "diciembre"}
_ORDINAL_WORDS = ("", "First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth",
                  "Eleventh", "Twelfth", "Thirteenth", "Fourteenth", "Fifteenth", "Sixteenth", "Seventeenth",
                  "Eighteenth", "Nineteenth", "Twentieth")


def roman_value(numeral: str) -> int:
    values = {"I": 1, "V": 5, "X": 10}
    total = 0
    for i, ch in enumerate(numeral):
        value = values[ch]
        total += -value if i + 1 < len(numeral) and values[numeral[i + 1]] > value else value
    return total


def ordinal_word(number: int) -> str:
    if number < len(_ORDINAL_WORDS):
        return _ORDINAL_WORDS[number]
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def _after_word_char(text: str, at: int, chars: str = "") -> bool:
    return at > 0 and (text[at - 1].isalnum() or text[at - 1] in chars)


def _dateline_before(text: str, paragraph_start: int, at: int) -> bool:
    """Whether what opens the paragraph up to ``at`` reads as a dateline: a few capitalised words, a date,
    an agency in brackets (HAVANA, Cuba / Caracas, 3 May (EFE)); not U.S.-Mexican or a sentence."""
    before = text[paragraph_start:at]
    if not _after_word_char(text, at, ")") or re.search(r"\b[A-Z]\.[A-Z]$", before):
        return False
    words = before.replace("(", " ").split()
    return 0 < len(words) <= 8 and all(w[0].isupper() or w[0].isdigit() or w in ("de", "del", "la", "of") for w in words)


def _body(ctx: AuditContext) -> tuple[str, int, int]:
    return ctx.text, ctx.document.body.start, ctx.document.body.end


def _cached(ctx: AuditContext, key: str, find) -> list:
    if key not in ctx.cache:
        ctx.cache[key] = list(find(ctx))
    return ctx.cache[key]


def acute_apostrophes(ctx: AuditContext):
    return _cached(ctx, "acute-apostrophes", _acute_apostrophes)


def _acute_apostrophes(ctx: AuditContext):
    text, start, end = _body(ctx)
    return [Span(m.start(), m.end()) for m in _ACUTE_APOSTROPHE.finditer(text, start, end) if _after_word_char(text, m.start())]


def roman_ordinals(ctx: AuditContext):
    return _cached(ctx, "roman-ordinals", _roman_ordinals)


def _roman_ordinals(ctx: AuditContext):
    text, start, end = _body(ctx)
    for match in _ROMAN_ORDINAL.finditer(text, start, end):
        numeral = match["numeral"]
        if numeral == "I" or not _VALID_ROMAN.fullmatch(numeral) or _after_word_char(text, match.start(), ".-"):
            continue
        before = text[max(0, match.start() - 25) : match.start()]
        # A numeral after a capitalised word is a regnal or sequel number (World War II, Pope John Paul II).
        if re.search(r"[A-Z][\w.-]*\s+$", before) and not re.search(r"(?:^|[.!?:]\s+|\n)(?:The|At|In|Of)\s+$", before):
            continue
        yield match


def date_shorthands(ctx: AuditContext):
    return _cached(ctx, "date-shorthands", _date_shorthands)


def _date_shorthands(ctx: AuditContext):
    text, start, end = _body(ctx)
    for match in _SHORTHAND.finditer(text, start, end):
        if _after_word_char(text, match.start(), "#/@.-"):
            continue
        if not _NOT_BEFORE_SHORTHAND.search(text[max(0, match.start() - 20) : match.start()]):
            yield match


@signal
def spanish_conventions(ctx: AuditContext, source: str) -> int:
    if source != "es" or ctx.document.language != "en":
        return 0
    text, start, end = _body(ctx)
    found = len(acute_apostrophes(ctx)) + len(roman_ordinals(ctx)) + len(date_shorthands(ctx))
    found += sum(1 for paragraph in ctx.document.paragraphs[:4]
                 for m in _DATELINE.finditer(text, max(start, paragraph.start), min(end, paragraph.start + 120))
                 if _dateline_before(text, paragraph.start, m.start()))
    found += sum(1 for m in _ORDINAL_INDICATOR.finditer(text, start, end) if m.start() and text[m.start() - 1].isdigit())
    return found


@detector("convention.acute-apostrophe", "fluency/punctuation", Severity.MINOR,
          "An acute accent or backtick typed as an apostrophe (Cuba´s), as on a Spanish keyboard.", languages=("en",))
def acute_apostrophe(ctx: AuditContext):
    for span in acute_apostrophes(ctx):
        word = re.search(r"\w+$", ctx.text[max(0, span.start - 30) : span.start])
        shown = (word.group(0) if word else "") + "´" + ctx.text[span.end : span.end + 1]
        yield Hit(span, f"acute accent used as an apostrophe in “{shown}…”, as typed on a Spanish keyboard",
                  "use an apostrophe: ’", likely_source="´ (Spanish keyboard)")


@detector("convention.dash-aside", "fluency/punctuation", Severity.MINOR,
          "An aside set off by hyphens (-among other things-), as Spanish writes its incisos.", languages=("en",))
def dash_aside(ctx: AuditContext):
    text, start, end = _body(ctx)
    for match in _DASH_ASIDE.finditer(text, start, end):
        inner = match["aside"][1:-1].strip()
        if len(inner.split()) < 2:
            continue
        yield Hit(Span(match.start("aside"), match.end("aside")), f"aside set off by hyphens (“-{inner[:30]}…-”), as in Spanish",
                  f"use dashes — {inner[:30]}… — or commas", likely_source="—inciso— (Spanish raya)")


@detector("convention.dateline", "fluency/punctuation", Severity.MINOR,
          "The Spanish dateline '.-' (HAVANA, Cuba.-).", languages=("en",))
def dateline(ctx: AuditContext):
    text, start, end = _body(ctx)
    seen = set()
    for paragraph in ctx.document.paragraphs[:4]:
        for match in _DATELINE.finditer(text, max(start, paragraph.start), min(end, paragraph.start + 120)):
            if match.start() in seen or not _dateline_before(text, paragraph.start, match.start()):
                continue
            seen.add(match.start())
            yield Hit(Span(match.start(), match.end()), f"Spanish dateline punctuation “{match.group(0)}”",
                      "write the dateline as “HAVANA —” or “HAVANA (Agency) –”", likely_source="LA HABANA, Cuba.-")


@detector("convention.roman-ordinal", "style/calque", Severity.MINOR,
          "A Roman numeral before an event as an ordinal (VI Summit), as Spanish writes it.", languages=("en",))
def roman_ordinal(ctx: AuditContext):
    for match in roman_ordinals(ctx):
        number = roman_value(match["numeral"])
        word = ordinal_word(number)
        rest = ctx.text[match.end("numeral") : match.end()].strip()
        yield Hit(Span(match.start(), match.end()), f"“{match.group(0)}”: a Roman-numeral ordinal before the name, as in Spanish",
                  f"“{word} {rest}” (or “{rest} {match['numeral']}”)",
                  likely_source=f"{match['numeral']} {'Cumbre' if match['event'] == 'Summit' else match['event']}")


@detector("convention.date-shorthand", "style/calque", Severity.MINOR,
          "A Spanish date shorthand (28J for 28 July, 11S).", languages=("en",))
def date_shorthand(ctx: AuditContext):
    for match in date_shorthands(ctx):
        month = _MONTH_INITIALS[match["month"]]
        yield Hit(Span(match.start(), match.end()),
                  f"“{match.group(0)}” is a Spanish date shorthand ({match['day']} de {month})",
                  "write the date: “July 28” (the month in full)", likely_source=f"{match['day']} de {month}")


@detector("convention.number-format", "fluency/punctuation", Severity.MINOR,
          "Spanish number writing: an ordinal indicator or abbreviation (1º, 2do, Nº), a decimal comma before a percent, "
          "a space before % (63 %).",
          languages=("en",))
def number_format(ctx: AuditContext):
    text, start, end = _body(ctx)
    for match in _ORDINAL_INDICATOR.finditer(text, start, end):
        digits = re.search(r"\d+$", text[max(0, match.start() - 6) : match.start()])
        if not digits:
            if text[match.start() - 1 : match.start()] in ("N", "n") and not _after_word_char(text, match.start() - 1):
                yield Hit(Span(match.start() - 1, match.end()), f"“{text[match.start() - 1]}{match.group(0)}”: the Spanish "
                          "abbreviation of número", "“No.”", likely_source=f"{text[match.start() - 1]}{match.group(0)}")
            continue
        number = digits.group(0)
        mark = match.group(0)
        yield Hit(Span(match.start() - len(number), match.end()), f"“{number}{mark}”: a Spanish ordinal indicator",
                  f"“{ordinal_word(int(number)) if int(number) < 21 else number}” (English: 1st, 2nd, first)",
                  likely_source=f"{number}{mark}")
    for match in _PERCENT.finditer(text, start, end):
        at = match.start()
        if match.group(0) == "%" and at >= 2 and text[at - 1] in " \u00a0\u202f" and text[at - 2].isdigit() \
                and (spaced := re.search(r"[\d.,]+$", text[max(start, at - 12) : at - 1])):
            number = spaced.group(0)
            yield Hit(Span(at - 1, at + 1), f"“{number} %”: a space before the percent sign, as Spanish writes it",
                      f"“{number}%”", likely_source=f"{number} %")
        if at and text[at - 1].isalnum() and match.group(0) != "%":
            continue
        decimal = _DECIMAL_COMMA_BEFORE.search(text, max(start, at - 10), at)
        if decimal:
            written = decimal.group(0).strip()
            yield Hit(Span(decimal.start(), decimal.start() + len(written)), f"“{written}”: a decimal comma, as Spanish writes it",
                      f"“{written.replace(',', '.')}”", likely_source=written)
    for match in _SPANISH_ORDINAL.finditer(text, start, end):
        first = match.start() - 1 if match.start() > start and text[match.start() - 1].isdecimal() else match.start()
        if _after_word_char(text, first, ".,-"):
            continue
        written = text[first : match.end()]
        value = int(written[: len(written) - 2])
        yield Hit(Span(first, match.end()), f"“{written}”: a Spanish ordinal abbreviation",
                  f"“{ordinal_word(value) if value < 21 else value}” (English: 1st, 2nd, first)", likely_source=written)
