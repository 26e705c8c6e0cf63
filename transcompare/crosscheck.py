"""The facts a translation must keep, compared between two versions of one passage:
numbers (units, dates, percentages, locale formats), names, and negation.

The two sides may be in one language (a round trip, another outlet's copy) or in two
(a translation and its source; English and Spanish have full tables, French, German
and Portuguese negation and dates). Mentions are matched occurrence by occurrence, so
"the United States or the United Kingdom" → "the United States or the United States"
is a changed name even though every word of the second exists on the first side.

The API (stable: ``compare`` and the bilingual ``audit --source`` both rely on it)::

    compare_pair(source_text, source_lang, target_text, target_lang, *, source_names=frozenset(),
                 target_names=frozenset()) -> list[Difference]
    known_names(text, lang) -> frozenset[str]   # a document's names, to recognise them at a sentence start
    number_mentions(text, lang) / name_mentions(text, lang) / negation_mentions(text, lang)

A :class:`Difference` has a ``kind`` (numbers, names, negation), a ``change`` (changed,
dropped, added, garbled), the ``old`` and ``new`` text, their character spans in
``source_text`` and ``target_text`` (``None`` on the side where it is missing), a
severity, and ``summary`` ("13,000 → 31,000"). Passages are sentence-sized: the cost
grows with the number of mentions in them.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from difflib import SequenceMatcher
from enum import Enum
from functools import cache, lru_cache
from importlib import resources
from typing import NamedTuple

from .datamodel import Severity, Span
from .fold import LETTERS, fold


class Kind(str, Enum):
    NUMBERS = "numbers"
    NAMES = "names"
    NEGATION = "negation"


class Change(str, Enum):
    CHANGED = "changed"  # both sides have it, with another value
    DROPPED = "dropped"  # only the source has it
    ADDED = "added"  # only the target has it
    GARBLED = "garbled"  # a negation the target's grammar no longer carries ("the Alliance no compromise")
    # No longer produced (a negation on another word is reported as dropped and added); kept because
    # callers of the first published API test for it.
    MOVED = "moved"


MISSING = "(gone)"
NONE = "(none)"

_SEVERITY = {
    (Kind.NUMBERS, Change.CHANGED): Severity.CRITICAL,
    (Kind.NUMBERS, Change.DROPPED): Severity.MAJOR,
    (Kind.NUMBERS, Change.ADDED): Severity.MAJOR,
    (Kind.NAMES, Change.CHANGED): Severity.MAJOR,
    (Kind.NAMES, Change.DROPPED): Severity.MINOR,
    (Kind.NAMES, Change.ADDED): Severity.MINOR,
    (Kind.NEGATION, Change.DROPPED): Severity.CRITICAL,
    (Kind.NEGATION, Change.ADDED): Severity.CRITICAL,
    (Kind.NEGATION, Change.GARBLED): Severity.CRITICAL,
    (Kind.NEGATION, Change.MOVED): Severity.MAJOR,
}
_NOUN = {Kind.NUMBERS: "number", Kind.NAMES: "name", Kind.NEGATION: "negation"}


@dataclass(frozen=True)
class Difference:
    kind: Kind
    change: Change
    old: str  # as written on the source side ("" when added)
    new: str  # as written on the target side ("" when dropped)
    source_span: Span | None  # offsets into source_text
    target_span: Span | None  # offsets into target_text
    weak: bool = False  # weak evidence (a number in words, which translations often paraphrase): minor
    # Across languages: a negation whose negated word has no recognisable counterpart on the other side,
    # reported because the rest of the passage is translated closely.
    unchecked: bool = False

    @property
    def severity(self) -> Severity:
        return Severity.MINOR if self.weak else _SEVERITY[(self.kind, self.change)]

    @property
    def label(self) -> str:
        """"number changed", "negation dropped", …"""
        return f"{_NOUN[self.kind]} {self.change.value}"

    @property
    def summary(self) -> str:
        """Old → new, as a reader checks it: "13,000 → 31,000", "will not compromise → no compromise"."""
        return f"{self.old or NONE} → {self.new or MISSING}"

    def explanation(self) -> str:
        """What the change does to the meaning, in a few words."""
        if self.kind is Kind.NEGATION:
            return {Change.DROPPED: "the negation is gone: the meaning may be reversed",
                    Change.ADDED: "a negation was added: the meaning may be reversed",
                    Change.GARBLED: "the negation no longer governs the verb: the meaning may be reversed or lost",
                    Change.MOVED: "the negation bears on another word"}[self.change]
        return self.label

    def shift(self, source_offset: int, target_offset: int) -> Difference:
        """The same difference with spans moved into a larger text (a passage's position in its document)."""
        return Difference(self.kind, self.change, self.old, self.new,
                          self.source_span.shift(source_offset) if self.source_span else None,
                          self.target_span.shift(target_offset) if self.target_span else None, self.weak,
                          self.unchecked)

    def as_dict(self) -> dict:
        def span(s: Span | None):
            return {"start": s.start, "end": s.end} if s else None

        return {"kind": self.kind.value, "change": self.change.value, "label": self.label, "old": self.old, "new": self.new,
                "summary": self.summary, "severity": self.severity.label, "explanation": self.explanation(),
                "source_span": span(self.source_span), "target_span": span(self.target_span)}


# ---------------------------------------------------------------- language tables

@dataclass(frozen=True)
class _Tables:
    negation_cues: frozenset[str]
    concord: frozenset[str]
    need_lead: frozenset[str]
    idioms: tuple[tuple[str, ...], ...]
    idioms_by_first: dict[str, tuple[tuple[str, ...], ...]]
    contractions: tuple[str, ...]
    light: frozenset[str]
    auxiliaries: frozenset[str]
    subjects: frozenset[str]
    determiner_follow: frozenset[str]
    comparatives: frozenset[str]  # an n-word after "que"/"como" that follows one means "ever" ("mejor que nunca")
    weak: frozenset[str]  # cues that negate a noun phrase or say "without"
    degree: frozenset[str]  # "not very", "no demasiado": a negated degree, which renders a negative word ("poor")
    adverb_endings: tuple[str, ...]
    continues: frozenset[str]
    clause_openers: frozenset[str]
    lexical_negation: re.Pattern | None
    lexical_phrases: tuple[tuple[str, ...], ...]
    number_connectors: frozenset[str]
    number_words: dict[str, int]
    before_scale: dict[str, int]
    tens_joiner: str
    scales: dict[str, int]
    alone: frozenset[str]
    scale_starts: frozenset[str]  # first words of scales written in several ("mil millones")
    number_vocabulary: frozenset[str]  # every word that can start or end a number or a date
    # Letter runs of the words a number in words or a date needs (a number word, a scale's first word, a month,
    # a weekday; "a", "one" only count before a scale): a passage without any has none (see _number_words).
    number_letters: frozenset[str]
    currency_scales: dict[str, int]
    months: dict[str, int]
    ambiguous_months: frozenset[str]
    weekdays: dict[str, int]
    units: dict[str, str]
    name_connectors: tuple[tuple[str, ...], ...]
    name_connector_starts: frozenset[str]
    titles: frozenset[str]
    demonyms: frozenset[str]
    demonym_suffixes: tuple[str, ...]
    openers: frozenset[str]


_EMPTY_TABLE: dict[str, dict] = {"negation": {}, "numbers": {}, "units": {}, "names": {}}


@cache
def _tables(lang: str) -> _Tables:
    folder = resources.files("transcompare.data.crosscheck")
    path = folder.joinpath(f"{lang}.toml")
    data = tomllib.loads(path.read_text("utf-8")) if path.is_file() else _EMPTY_TABLE
    neg, num, names = data["negation"], data["numbers"], data["names"]
    idioms = tuple(tuple(i.split()) for i in neg.get("idioms", ()))
    from . import languages

    row = languages.get(lang)
    openers = (row.stopwords | row.sentence_openers) if row else frozenset()
    openers |= frozenset(names.get("openers", ()))
    return _Tables(
        negation_cues=frozenset(neg.get("cues", ())),
        concord=frozenset(neg.get("concord", ())),
        need_lead=frozenset(neg.get("need_lead", ())),
        idioms=idioms,
        idioms_by_first={w: tuple(i for i in idioms if i[0] == w) for w in {i[0] for i in idioms}},
        contractions=tuple(neg.get("contractions", ())),
        light=frozenset(neg.get("light", ())),
        auxiliaries=frozenset(neg.get("auxiliaries", ())),
        subjects=frozenset(neg.get("subjects", ())),
        determiner_follow=frozenset(neg.get("determiner_follow", ())),
        comparatives=frozenset(neg.get("comparatives", ())),
        weak=frozenset(neg.get("weak", ())),
        degree=frozenset(neg.get("degree", ())),
        adverb_endings=tuple(neg.get("adverb_endings", ())),
        continues=frozenset(neg.get("continues", ())),
        clause_openers=frozenset(neg.get("clause_openers", ())),
        lexical_negation=re.compile(neg["lexical"]) if neg.get("lexical") else None,
        lexical_phrases=tuple(tuple(p.split()) for p in neg.get("lexical_phrases", ())),
        number_connectors=frozenset(num.get("connectors", ())),
        number_words=dict(num.get("words", {})),
        before_scale=dict(num.get("before_scale", {})),
        tens_joiner=num.get("tens_joiner", ""),
        scales=dict(num.get("scales", {})),
        alone=frozenset(num.get("alone", ("mil",) if lang == "es" else ())),
        scale_starts=frozenset(k.split()[0] for k in num.get("scales", {}) if " " in k),
        number_vocabulary=frozenset(w for table in ("words", "before_scale", "scales", "months", "weekdays")
                                    for k in num.get(table, {}) for w in k.split()),
        number_letters=frozenset(run for words in (num.get("words", {}), num.get("months", {}), num.get("weekdays", {}))
                                 for key in words for run in LETTERS.findall(key))
        | frozenset(run for key in num.get("scales", {}) for run in LETTERS.findall(key.split()[0])),
        currency_scales=dict(num.get("currency_scales", {})),
        months=dict(num.get("months", {})),
        ambiguous_months=frozenset(num.get("ambiguous_months", ())),
        weekdays=dict(num.get("weekdays", {})),
        units={k.lower(): v for k, v in data["units"].items()},
        name_connectors=tuple(tuple(c.split()) for c in sorted(names.get("connectors", ()), key=len, reverse=True)),
        name_connector_starts=frozenset(c.split()[0] for c in names.get("connectors", ()) if c.split()),
        titles=frozenset(names.get("titles", ())),
        demonyms=frozenset(names.get("demonyms", ())),
        demonym_suffixes=tuple(names.get("demonym_suffixes", ())),
        openers=frozenset(openers),
    )


def supported(lang: str) -> bool:
    """Whether crosscheck has a table for ``lang`` (other languages get digits and names only)."""
    return resources.files("transcompare.data.crosscheck").joinpath(f"{lang}.toml").is_file()


# ---------------------------------------------------------------- tokens

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_OPENING = set("“«\"‘'([—–-:;")


class _Token(NamedTuple):
    text: str
    lower: str
    start: int
    end: int
    at_start: bool  # first word of a sentence, clause after a colon, or quotation


_ENDS = frozenset(".!?…:;\n")
_OPENS = frozenset("“«\"‘([—")
_CLOSERS = "”’»\"')] \t\u00a0"


@lru_cache(maxsize=1024)
def _tokens(text: str) -> tuple[_Token, ...]:
    """Words with offsets; each says whether it opens a sentence, a clause after a colon, or a quotation.
    Cached: one passage is read for numbers, names and negation."""
    out: list[_Token] = []
    previous_end = -1
    for match in _WORD.finditer(text):
        word = match.group()
        start, end = match.span()
        if previous_end < 0:
            at_start = True
        elif start == previous_end + 1 and text[previous_end] == " ":
            at_start = False  # the usual gap: one space
        else:
            gap = text[previous_end:start].rstrip()
            at_start = bool(gap) and (gap[-1] in _OPENS or gap.rstrip(_CLOSERS)[-1:] in _ENDS)
        out.append(_Token(word, word.lower(), start, end, at_start))
        previous_end = end
    return tuple(out)


_CLAUSE_BREAK = re.compile(r"[.;:!?…]|,\s")
_SENTENCE_BREAK = re.compile(r"[.;!?…]")


def _clause_break(text: str, a: int, b: int) -> bool:
    """Whether punctuation that ends a clause lies between offsets a and b."""
    return b > a and _CLAUSE_BREAK.search(text, a, b) is not None


# ---------------------------------------------------------------- numbers

@dataclass(frozen=True)
class NumberMention:
    text: str
    span: Span
    values: frozenset  # every reading: Decimal values; "month:12", "weekday:4", "time:15:00" for dates and times
    unit: str | None = None
    spelled: bool = False  # written in words ("two"), which translations often render otherwise ("both")


_SEPARATORS = "\u00a0\u202f\u2009 "
_NUMBER = re.compile(
    r"(?<![^\W_])(?<!\d[.,])(?P<cur>US\$|\$|€|£|¥)?\s?"
    rf"(?P<num>\d{{1,3}}(?:[.,{_SEPARATORS}]\d{{3}}(?!\d))+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
    r"(?P<suffix>\s?%|s\b|(?:st|nd|rd|th)\b|º|ª|°C?)?(?P<glued>[^\W\d_]+)?"
)
# 3 p.m., 7.55am, 15:00, 9h30
_TIME = re.compile(r"(?<![\d.,:])(?P<h>\d{1,2})(?:[:.h](?P<m>\d{2}))?\s?(?P<half>[ap]\.?\s?m\b\.?)?(?!\d)",
                   re.IGNORECASE)
_ROMAN = re.compile(r"\b(?=[IVX]{2,7}\b)(X{0,3})(IX|IV|V?I{0,3})\b")
_ROMAN_VALUES = {"": 0, "I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9}
_GLUED_SCALES = {"k": 1000, "m": 1_000_000, "mn": 1_000_000, "b": 1_000_000_000, "bn": 1_000_000_000}
# Units a translation converts ("30 yards" → "27 metros"): factor to the metric unit.
_CONVERSIONS = {("mph", "km/h"): 1.609344, ("yard", "m"): 0.9144, ("ft", "m"): 0.3048, ("inch", "cm"): 2.54, ("mile", "km"): 1.609344,
                ("pound", "kg"): 0.45359237, ("ounce", "g"): 28.349523, ("acre", "hectare"): 0.4046856,
                ("gallon", "litre"): 3.785411}
_SAME_UNIT = {frozenset({"pound", "GBP"})}


def _readings(number: str) -> set[Decimal]:
    """Every value a written number can have: 13,000 is 13000 (or 13 with three decimals in
    a comma-decimal locale); 1.000,5 and 1,000.5 are both 1000.5."""
    digits = number.translate({ord(c): None for c in _SEPARATORS})
    dots, commas = digits.count("."), digits.count(",")
    try:
        if dots and commas:
            decimal = "." if digits.rfind(".") > digits.rfind(",") else ","
            group = "," if decimal == "." else "."
            return {Decimal(digits.replace(group, "").replace(decimal, "."))}
        separator = "." if dots else "," if commas else None
        if separator is None:
            return {Decimal(digits)}
        if digits.count(separator) > 1:
            return {Decimal(digits.replace(separator, ""))}
        whole, tail = digits.split(separator)
        as_decimal = Decimal(f"{whole}.{tail}")
        if len(tail) == 3 and whole != "0":
            return {Decimal(whole + tail), as_decimal}
        return {as_decimal}
    except InvalidOperation:
        return set()


_SPEED = re.compile(r"\s?(km/h|km/hr|kph|kmh|mph)\b", re.IGNORECASE)


def _unit_after(text: str, end: int, tables: _Tables) -> tuple[str | None, int, int]:
    """(unit, scale, new end) for the words right after a number: "million", "de dólares", "%"."""
    scale, unit = 1, None
    position = end
    speed = _SPEED.match(text, position)
    if speed:
        return "km/h" if speed.group(1).lower().startswith("k") else "mph", 1, speed.end()
    for _ in range(4):
        words = list(re.finditer(r"[^\W\d_]+|%", text[position : position + 60]))[:3]
        if not words or text[position : position + words[0].start()].strip().strip("-"):
            break
        phrases = [(text[position + words[0].start() : position + w.end()].lower(), position + w.end())
                   for k, w in enumerate(words) if not any(text[position + a.end() : position + b.start()].strip()
                                                          for a, b in zip(words[: k + 1], words[1 : k + 1]))]
        phrases.reverse()  # longest first: "miles de millones" before "miles"
        scale_hit = next(((p, e) for p, e in phrases if p in tables.scales), None) if scale == 1 else None
        unit_hit = next(((p, e) for p, e in phrases if p in tables.units), None)
        if scale_hit:
            scale, position = tables.scales[scale_hit[0]], scale_hit[1]
        elif unit_hit:
            unit, position = tables.units[unit_hit[0]], unit_hit[1]
            break
        elif phrases and phrases[-1][0] in tables.number_connectors and scale != 1:
            position = phrases[-1][1]  # "millones de dólares"
        else:
            break
    return unit, scale, position


def number_mentions(text: str, lang: str) -> list[NumberMention]:
    """Numbers in digits or words, with scale words and units folded into their value; times,
    Roman numerals (siglo XIX), months and weekdays."""
    tables = _tables(lang)
    times = _times(text)
    found = list(times)
    cursor = 0
    for match in _NUMBER.finditer(text):
        while cursor < len(times) and times[cursor].span.end <= match.start("num"):
            cursor += 1
        if cursor < len(times) and times[cursor].span.start <= match.start("num"):
            continue  # part of a time
        mention = _digits_mention(match, text, tables)
        if mention is not None:
            found.append(mention)
    for match in _ROMAN.finditer(text):
        value = 10 * len(match.group(1)) + _ROMAN_VALUES[match.group(2)]
        if value >= 2:  # siglo XIX; weak: the other side may say "nineteenth"
            found.append(NumberMention(match.group(), Span(match.start(), match.end()), frozenset({Decimal(value)}),
                                       spelled=True))
    found.sort(key=lambda m: m.span.start)
    found += _number_words(text, tables, [m.span for m in found])
    found.sort(key=lambda m: m.span.start)
    return _ranges_share_units(found, text)


_RANGE = re.compile(r"\s*(?:-|–|to|and|or|y|a|o|al|hasta)\s*", re.IGNORECASE)


def _ranges_share_units(found: list[NumberMention], text: str) -> list[NumberMention]:
    """"2 to 3 inches", "entre 5 y 8 centímetros": the first number has the unit of the second."""
    out = list(found)
    for k in range(len(out) - 2, -1, -1):
        first, second = out[k], out[k + 1]
        if first.unit is None and second.unit is not None and not first.spelled and \
                _RANGE.fullmatch(text[first.span.end : second.span.start]):
            out[k] = NumberMention(first.text, first.span, first.values, second.unit, first.spelled)
    return out


def _times(text: str) -> list[NumberMention]:
    out = []
    for match in _TIME.finditer(text):
        if not match["m"] and not match["half"]:
            continue
        if match["m"] and not match["half"] and text[match.end("h")] == ".":
            continue  # 7.55 alone is a decimal
        hour, minute = int(match["h"]), int(match["m"] or 0)
        if match["half"]:
            hour = hour % 12 + (12 if match["half"][0].lower() == "p" else 0)
        if hour > 23 or minute > 59:
            continue
        values: set[str | Decimal] = {f"time:{hour:02d}:{minute:02d}"}
        if not minute:
            values |= {Decimal(hour), Decimal(hour % 12 or 12)}  # "a las dos de la tarde"
        out.append(NumberMention(match.group().strip(), Span(match.start(), match.start() + len(match.group().rstrip())),
                                 frozenset(values), "time"))
    return out


def _digits_mention(match: re.Match, text: str, tables: _Tables) -> NumberMention | None:
    values = _readings(match["num"])
    unit = tables.units.get(match["cur"].lower()) if match["cur"] else None
    scale = 1
    glued = (match["glued"] or "").lower()
    if glued in tables.units:
        unit = tables.units[glued]  # 5km
    elif glued in tables.scales:
        scale = tables.scales[glued]  # £11million
    elif glued in _GLUED_SCALES and (match["cur"] or glued in ("bn", "mn")):
        scale = _GLUED_SCALES[glued]  # $5m, 3bn
    elif glued:
        return None  # a code, not a quantity: 3Q, 5G, 4x4
    if not values:
        return None
    suffix = (match["suffix"] or "").strip()
    if suffix == "%":
        unit = "percent"
    elif suffix.startswith("°"):
        unit = "degree"
    elif suffix == "s" and match["num"].isdigit() and len(match["num"]) in (2, 4) and match["num"].endswith("0"):
        decade = int(match["num"]) % 100
        values |= {Decimal(decade), Decimal(1900 + decade)}  # the 1990s, the 90s
    end = match.end()
    if not suffix and (not glued or scale != 1):
        after_unit, after_scale, after = _unit_after(text, end, tables)
        scale = after_scale if scale == 1 else scale
        unit = unit or after_unit
        end = max(end, after)
    if scale != 1:
        values = {v * scale for v in values}
    start = match.start("cur") if match["cur"] else match.start("num")
    return NumberMention(text[start:end], Span(start, end), frozenset(values), unit)


def _number_words(text: str, tables: _Tables, taken: list[Span]) -> list[NumberMention]:
    if tables.number_letters.isdisjoint(LETTERS.findall(text.lower())):
        return []  # no word a number or a date could start with (most sentences): nothing to read word by word
    tokens = _tokens(text)
    out: list[NumberMention] = []
    cursor = 0  # taken spans are sorted: one pass over both
    i = 0
    vocabulary = tables.number_vocabulary
    while i < len(tokens):
        token = tokens[i]
        key = token.lower[:-2] if token.lower.endswith(("'s", "’s")) else token.lower  # Friday's
        if "-" in key:  # mid-November, twenty-five
            key = key.rsplit("-", 1)[1]
        if key not in vocabulary:
            i += 1
            continue
        while cursor < len(taken) and taken[cursor].end <= token.start:
            cursor += 1
        if cursor < len(taken) and taken[cursor].start <= token.start:
            i += 1
            continue
        date = tables.months.get(key) if key in tables.months and (
            key not in tables.ambiguous_months or _next_to_digits(text, token)
            or (token.text[0].isupper() and not token.at_start and not _abbreviated(key, tables))) else None
        weekday = tables.weekdays.get(key)
        if (date or weekday) and not _inside_a_name(tokens, i, tables, bool(date), text):
            value = f"month:{date}" if date else f"weekday:{weekday}"
            out.append(NumberMention(token.text, Span(token.start, token.end), frozenset({value})))
            i += 1
            continue
        run, j = _number_run(tokens, i, tables, text)
        if run and token.text[0].isupper() and not token.at_start:
            run = []  # part of a name: "World War Two", "Formula One"
        if run:
            number = _run_value(run, tables)
            if number is not None:
                start, end = tokens[i].start, tokens[j - 1].end
                unit, _scale, after = _unit_after(text, end, tables)
                out.append(NumberMention(text[start:after], Span(start, after), frozenset({Decimal(number)}), unit,
                                         spelled=True))
            i = j
            continue
        i += 1
    return out


def _abbreviated(month: str, tables: _Tables) -> bool:
    """"Jan", "Mar": dates only next to a number ("Jan" is also a name)."""
    return any(len(other) > len(month) and value == tables.months[month] for other, value in tables.months.items())


def _inside_a_name(tokens: Sequence[_Token], i: int, tables: _Tables, month: bool, text: str) -> bool:
    """A month or weekday inside a capitalised name: "Theresa May" (a month after a name word, not
    before a day: "Macedonia September 30" is a date), "The Sunday Telegraph" (a weekday before one)."""
    def name_word(k: int) -> bool:
        if not 0 <= k < len(tokens) or abs(tokens[max(i, k)].start - tokens[min(i, k)].end) > 1:
            return False
        word = tokens[k]
        return word.text[0].isupper() and word.lower not in tables.months and word.lower not in tables.weekdays \
            and not (k < i and word.at_start)

    if month:
        return name_word(i - 1) and not re.match(r"\s*\d", text[tokens[i].end :])
    return name_word(i + 1)


def _next_to_digits(text: str, token: _Token) -> bool:
    return bool(re.search(r"\d[\s,]*(?:de\s+)?$", text[max(0, token.start - 8) : token.start])
                or re.match(r"[\s,]*(?:de\s+)?\d", text[token.end : token.end + 8]))


def _word_parts(token: _Token, tables: _Tables) -> list[str] | None:
    """The number words a token is made of ("twenty-five" → twenty, five), or None."""
    key = token.lower
    if key in tables.number_words or key in tables.scales or key in tables.before_scale:
        return [key]
    if "-" in key and tables.tens_joiner == "-":
        parts = key.split("-")
        if all(p in tables.number_words for p in parts):
            return parts
    return None


def _number_run(tokens: Sequence[_Token], i: int, tables: _Tables, text: str) -> tuple[list[str], int]:
    """The number words starting at token i ("dos mil", "treinta y cinco", "a million") and where they end."""
    run: list[str] = []
    j = i
    while j < len(tokens):
        if run and text[tokens[j - 1].end : tokens[j].start].strip(" -"):
            break  # number words are written next to each other
        phrase = next((n for n in (3, 2) if tokens[j].lower in tables.scale_starts and j + n <= len(tokens)
                       and _phrase(tokens, j, n, text) in tables.scales), 0)
        if phrase:
            run.append(_phrase(tokens, j, phrase, text))  # "mil millones", "miles de millones"
            j += phrase
            continue
        parts = _word_parts(tokens[j], tables)
        if parts is None:
            joiner = tokens[j].lower == tables.tens_joiner and tables.tens_joiner.isalpha()
            if joiner and run and j + 1 < len(tokens) and _word_parts(tokens[j + 1], tables):
                j += 1
                continue
            break
        run += parts
        j += 1
    # "one", "un", "a" count only before a scale word; a lone plural scale ("millions of") is vague.
    if run and run[0] in tables.before_scale and (len(run) == 1 or run[1] not in tables.scales):
        return [], i + 1
    if run and all(w in tables.scales for w in run) and not (len(run) == 1 and run[0] in tables.alone):
        return [], j
    return run, j


def _phrase(tokens: Sequence[_Token], j: int, n: int, text: str) -> str:
    """Tokens j..j+n as one lower-case phrase, or "" when anything but spaces separates them."""
    words = tokens[j : j + n]
    if any(text[a.end : b.start].strip() for a, b in zip(words, words[1:])):
        return ""
    return " ".join(t.lower for t in words)


def _run_value(run: list[str], tables: _Tables) -> int | None:
    total, current = 0, 0
    for word in run:
        if word in tables.number_words and word not in tables.scales:
            current += tables.number_words[word]
        elif word in tables.before_scale:
            current += tables.before_scale[word]
        elif word in tables.scales:
            scale = tables.scales[word]
            if scale == 100:
                current = max(current, 1) * 100
            else:
                total += max(current, 1) * scale
                current = 0
    value = total + current
    return value or None


def _units_conflict(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and a != b and frozenset({a, b}) not in _SAME_UNIT


def _close(value: float, written: Decimal) -> bool:
    """``value`` rounded as a translator converting a unit would write it: within 10%, or within one unit
    of the written number's last digit (3 inches, 7.62 cm, written "7 cm"; 5.5 is no rounding of 6.1)."""
    exponent = written.as_tuple().exponent
    last_digit = 10.0 ** min(0, exponent) if isinstance(exponent, int) else 1.0
    return abs(value - float(written)) <= max(0.1 * abs(float(written)), last_digit)


def _numbers(mention: NumberMention) -> list[Decimal]:
    return [v for v in mention.values if isinstance(v, Decimal)]


def _converted(s: NumberMention, t: NumberMention, unitless: bool = True) -> bool:
    """One quantity in two units a translation converts between (30 yards, 27 metres; 80 degrees
    Fahrenheit, 26 degrees Celsius). A number with no unit takes the other's ("1 to 4 inches" /
    "entre 2 y 10 cm"; "the 80s" / "26 grados")."""
    if not unitless and (s.unit is None or t.unit is None):
        return False
    if {s.unit, t.unit} <= {"degree", None} and "degree" in (s.unit, t.unit):
        return any(_close((float(v) - 32) * 5 / 9, w) or _close((float(w) - 32) * 5 / 9, v)
                   for v in _numbers(s) for w in _numbers(t))
    for (a, b), factor in _CONVERSIONS.items():
        for x, y in ((s, t), (t, s)):
            if (x.unit == a and y.unit in (b, None)) or (x.unit is None and y.unit == b):
                return any(_close(float(v) * factor, w) for v in _numbers(x) for w in _numbers(y))
    return False


def _kind(mention: NumberMention) -> str:
    """number, month, weekday or time: a leftover is only ever compared with one of its kind (a time on the
    hour is a number too: "a las 7" / "at 7 a.m.")."""
    if any(isinstance(v, Decimal) for v in mention.values):
        return "number"
    return next(iter(mention.values)).split(":", 1)[0] if mention.values else "number"


def _match_numbers(source: list[NumberMention], target: list[NumberMention]) -> list[Difference]:
    """Numbers matched by value (with compatible units), then as conversions of one another, then by
    value across a changed unit; what is left is paired in order, kind by kind."""
    if not source and not target:
        return []  # most passages: no number on either side
    by_value: dict = {}
    for j, t in enumerate(target):
        for value in t.values:
            by_value.setdefault(value, []).append(j)
    used_t: set[int] = set()
    left_s: list[NumberMention] = []
    for s in source:
        candidates = sorted({j for v in s.values for j in by_value.get(v, ()) if j not in used_t})
        same_unit = next((j for j in candidates if not _units_conflict(s.unit, target[j].unit)), None)
        if same_unit is not None:
            used_t.add(same_unit)
        else:
            left_s.append(s)
    left_t = [t for j, t in enumerate(target) if j not in used_t]
    for s in list(left_s):  # a converted unit
        converted = next((t for t in left_t if _converted(s, t)), None)
        if converted is not None:
            left_s.remove(s)
            left_t.remove(converted)
    unit_changes: list[tuple[NumberMention, NumberMention]] = []
    for s in list(left_s):  # the same figure in another unit
        same_figure = next((t for t in left_t if s.values & t.values), None)
        if same_figure is not None:
            left_s.remove(s)
            left_t.remove(same_figure)
            unit_changes.append((s, same_figure))
    # "800 km/h (497 mph)": a conversion in brackets the other side leaves out
    left_s = [m for m in left_s if not any(o is not m and _converted(m, o, unitless=False) for o in source)]
    left_t = [m for m in left_t if not any(o is not m and _converted(m, o, unitless=False) for o in target)]
    out = [Difference(Kind.NUMBERS, Change.CHANGED, s.text, t.text, s.span, t.span) for s, t in unit_changes]
    for kind in ("number", "month", "weekday", "time") if left_s or left_t else ():
        # Numbers in words are often rendered otherwise ("dos iglesias" / "both churches"): figures are
        # paired among themselves first.
        for spelled in (False, True):
            out += _pair_leftovers(Kind.NUMBERS, [m for m in left_s if _kind(m) == kind and m.spelled == spelled],
                                   [m for m in left_t if _kind(m) == kind and m.spelled == spelled])
    out.sort(key=lambda d: (d.source_span.start if d.source_span else 1 << 62, d.target_span.start if d.target_span else 0))
    return out


def _spelled(mention) -> bool:
    return getattr(mention, "spelled", False)


def _pair_leftovers(kind: Kind, left_s: list, left_t: list) -> list[Difference]:
    """Unmatched mentions: when both sides have as many, paired in order as changes ("13,000 → 31,000");
    otherwise dropped or added, since which replaced which cannot be told."""
    out = []
    pairs = len(left_s) if len(left_s) == len(left_t) else 0
    for s, t in zip(left_s[:pairs], left_t[:pairs]):
        out.append(Difference(kind, Change.CHANGED, s.text, t.text, s.span, t.span))
    out += [Difference(kind, Change.DROPPED, s.text, "", s.span, None, _spelled(s)) for s in left_s[pairs:]]
    out += [Difference(kind, Change.ADDED, "", t.text, None, t.span, _spelled(t)) for t in left_t[pairs:]]
    return out


# ---------------------------------------------------------------- names

@dataclass(frozen=True)
class NameMention:
    text: str
    span: Span
    keys: tuple[str, ...]  # folded, titles left out, names both languages spell differently made one
    demonym: bool = False  # "Russian", "Western": English capitalises them, other languages do not


@lru_cache(maxsize=1)
def _name_lexicon() -> tuple[dict[tuple[str, ...], str], int]:
    """Folded spelling (as a tuple of words) → canonical key, and the longest spelling in words."""
    from .acronyms import spelling_groups

    table: dict[tuple[str, ...], str] = {}
    text = resources.files("transcompare.data.crosscheck").joinpath("names.tsv").read_text("utf-8")
    groups = [[english, *others.split("|")] for english, _, others in
              (line.partition("\t") for line in text.splitlines() if line.strip() and not line.startswith("#"))]
    for group in [*groups, *spelling_groups()]:
        spellings = [tuple(_name_words(s)) for s in group]
        # Groups that share a spelling name one thing (US, USA, United States; NATO, OTAN).
        canonical = next((table[s] for s in spellings if s in table), " ".join(spellings[0]))
        for spelling in spellings:
            table[spelling] = canonical
    return table, max(map(len, table))


_LINKING = frozenset("of the de del la las los da do dos das di van von der".split())


def _name_words(text: str) -> list[str]:
    """Folded words of a name, without the words that join its parts ("America del Sur" → america, sur);
    acronyms stay in capitals (UN, the organisation, is not "un")."""
    words = [w if w.isupper() and len(w) > 1 else fold(w) for w in re.findall(r"[^\W\d_]+", text)]
    return [w for w in words if w not in _LINKING] or words


def _title_case(tokens: Sequence[_Token]) -> bool:
    """A headline in title case ("New Era of Crisis Begins"): its capitals say nothing about names."""
    long = [t for t in tokens if len(t.text) >= 4]
    return len(long) >= 3 and sum(t.text[0].isupper() for t in long) >= 0.7 * len(long)


_PARTICLES = ("al-", "el-", "bin-", "ibn-", "abu-")


@lru_cache(maxsize=1 << 16)  # a name is written again and again, in the source and in every translation
def _name_keys(word: str) -> tuple[str, ...]:
    """Folded parts of one capitalised word: possessive and Arabic article left out, hyphens split.
    Acronyms stay in capitals, so that acronyms of one name in two languages can be told (ECB/BCE)."""
    if len(word) > 2 and word.endswith("s") and word[:-1].isupper():
        word = word[:-1]  # a plural acronym: "AMs", "MWPs"
    acronym = word.isupper() and len(word) > 1
    key = fold(word)
    for suffix in ("'s", "’s"):
        if key.endswith(suffix):
            key = key[: -len(suffix)]
    key = key.rstrip("'’")
    if key.startswith(_PARTICLES):
        key = key.split("-", 1)[1]
    parts = tuple(p for p in key.split("-") if p)
    return tuple(p.upper() for p in parts) if acronym else parts


def _is_capitalised(token: _Token) -> bool:
    if token.text[0].isupper():
        return True
    if "-" not in token.text:
        return False
    head, _, rest = token.text.partition("-")
    return bool(rest) and head.lower() in ("al", "el", "bin", "ben", "abu", "ibn") and rest[:1].isupper()


_DOTTED = re.compile(r"\b(?:[A-Z]{1,2}\.\s?){2,}")


def name_mentions(text: str, lang: str, known: frozenset[str] | set[str] = frozenset()) -> list[NameMention]:
    """Runs of capitalised words ("Jens Stoltenberg", "North Atlantic Treaty Organization").

    A word that opens a sentence counts as a name only when it is an acronym, a place or
    organisation, or in ``known`` (words the document writes with a capital mid-sentence)."""
    tables = _tables(lang)
    masked = _DOTTED.sub(lambda m: m.group().replace(".", "").replace(" ", "") .ljust(len(m.group())), text)
    tokens = _tokens(masked)
    if _title_case(tokens):
        tokens = tuple(_Token(t.text, t.lower, t.start, t.end, True) for t in tokens)
    mentions: list[NameMention] = []
    i = 0
    while i < len(tokens):
        if not _is_capitalised(tokens[i]):
            i += 1
            continue
        run = [i]
        j = i + 1
        while j < len(tokens):
            if _is_capitalised(tokens[j]) and not masked[tokens[j - 1].end : tokens[j].start].strip():
                run.append(j)
                j += 1
                continue
            connector = _connector_at(tokens, j, tables, masked)
            if connector and j + connector < len(tokens) and _is_capitalised(tokens[j + connector]):
                run.append(j + connector)
                j += connector + 1
                continue
            break
        mention = _mention(text, tokens, run, tables, known)
        if mention is not None:
            mentions.append(mention)
        i = j
    return mentions


def _connector_at(tokens: Sequence[_Token], j: int, tables: _Tables, text: str) -> int:
    """How many tokens of a connector ("of", "de la") start at j, 0 if none."""
    if j >= len(tokens) or tokens[j].lower not in tables.name_connector_starts:
        return 0
    for connector in tables.name_connectors:
        n = len(connector)
        words = tokens[j : j + n]
        if len(words) == n and tuple(t.lower for t in words) == connector and all(
                not text[a.end : b.start].strip() for a, b in zip(tokens[j - 1 : j + n], tokens[j : j + n + 1])):
            return n
    return 0


def _mention(text: str, tokens: Sequence[_Token], run: list[int], tables: _Tables, known) -> NameMention | None:
    words = [tokens[k] for k in run]
    # A capital that only says a sentence starts: a function word before a name ("The Kremlin", "Between
    # July"), or a lone word that is not a name the document or the tables know ("Furthermore,").
    while words and words[0].at_start and (words[0].lower in tables.openers or words[0].lower in tables.negation_cues):
        words = words[1:]
    if len(words) == 1 and words[0].at_start and not _name_on_its_own(words[0], known):
        return None
    if not words:
        return None
    keys = [k for w in words for k in _name_keys(w.text)]
    if len(words) == 1 and (words[0].lower in tables.months or words[0].lower in tables.weekdays):
        return None  # a date: compared as a number ("Theresa May" stays a name)
    kept = [k for k in keys if k.lower() not in tables.titles and len(k) > 1]
    if not kept:
        return None
    canonical = _canonical(kept)
    demonym = len(canonical) == 1 and _is_demonym(canonical[0], tables)
    start, end = words[0].start, words[-1].end
    return NameMention(text[start:end], Span(start, end), canonical, demonym)


def _name_on_its_own(token: _Token, known) -> bool:
    """Whether a capitalised word is a name even where a sentence starts."""
    if token.text.isupper() and len(token.text) > 1:
        return True
    keys = _name_keys(token.text)
    return bool(keys) and all(k in known or (k,) in _name_lexicon()[0] or _is_place_or_organisation(k)
                              for k in keys)


def _is_place_or_organisation(key: str) -> bool:
    from .entities import ORGANISATIONS, PLACES

    if len(key) <= 3 and not key.isupper():
        return False  # "un" is not the UN
    key = key.lower()
    return key in PLACES or key in ORGANISATIONS


def _is_place(key: str) -> bool:
    from .entities import PLACES

    return key in PLACES or key in _lexicon_names()


@lru_cache(maxsize=1)
def _lexicon_names() -> frozenset[str]:
    return frozenset(_name_lexicon()[0].values())


def _is_demonym(key: str, tables: _Tables) -> bool:
    key = key.lower()
    if key in tables.demonyms:
        return True
    return key.endswith(tables.demonym_suffixes) and not _is_place_or_organisation(key) and \
        (key,) not in _name_lexicon()[0]


def _canonical(keys: list[str]) -> tuple[str, ...]:
    """Spellings the lexicon knows replaced by one key, longest first ("estados unidos" → "united states")."""
    lexicon, longest = _name_lexicon()
    out: list[str] = []
    i = 0
    while i < len(keys):
        for n in range(min(longest, len(keys) - i), 0, -1):
            found = lexicon.get(tuple(keys[i : i + n]))
            if found:
                out.append(found)
                i += n
                break
        else:
            out.append(keys[i])
            i += 1
    return tuple(out)


_TRANSLITERATION = (("kh", "j"), ("ph", "f"), ("th", "t"), ("ck", "k"), ("y", "i"), ("w", "v"), ("z", "s"))


@lru_cache(maxsize=65536)
def _translit(key: str) -> str:
    for a, b in _TRANSLITERATION:
        key = key.replace(a, b)
    return _DOUBLED.sub(r"\1", key)


_DOUBLED = re.compile(r"(.)\1")


@lru_cache(maxsize=65536)
def same_name(a: str, b: str) -> bool:
    """One name in two spellings: identical once folded, or close once transliteration
    conventions are evened out (Zelensky/Zelenski, Mikhail/Mijaíl), never Jens/Jan."""
    if a.lower() == b.lower():
        return True
    if a.isupper() and b.isupper():
        return sorted(a) == sorted(b)  # acronyms of the same words in another order: ECB / BCE
    if min(len(a), len(b)) < 4:
        return False
    a, b = _translit(a), _translit(b)
    # The ratio is at most 2·min(len)/(len+len) (SequenceMatcher.real_quick_ratio) and at most 2·(letters the two
    # share, counted with repeats)/(len+len) (quick_ratio): most pairs are told apart so, without building a matcher.
    total = len(a) + len(b)
    if 2.0 * min(len(a), len(b)) / total < 0.8 or 2.0 * _shared_letters(a, b) / total < 0.8:
        return False
    return SequenceMatcher(None, a, b).ratio() >= 0.8


def _shared_letters(a: str, b: str) -> int:
    return sum((Counter(a) & Counter(b)).values())


def _covered(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    return all(any(same_name(p, w) for w in whole) for p in part)


def _shares(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    return any(same_name(x, y) for x in a for y in b)


def _match_names(source: list[NameMention], target: list[NameMention], same_language: bool) -> list[Difference]:
    """Within one language: names matched whole, then by their parts; a name that shares a word with one
    on the other side and differs in another is changed."""
    left_s = list(range(len(source)))
    left_t = list(range(len(target)))
    # 1. the same name
    by_keys: dict[tuple[str, ...], list[int]] = {}
    for j in left_t:
        by_keys.setdefault(target[j].keys, []).append(j)
    still = []
    for i in left_s:
        bucket = by_keys.get(source[i].keys)
        if bucket:
            left_t.remove(bucket.pop(0))
        else:
            still.append(i)
    left_s = still
    # 2. a shorter form, or one name written as several ("Stoltenberg" / "NATO Secretary General Jens Stoltenberg")
    for first, second, left_a, left_b in ((source, target, left_s, left_t), (target, source, left_t, left_s)):
        for i in list(left_a):
            parts = [j for j in left_b if _covered(second[j].keys, first[i].keys)]
            if parts or any(_covered(first[i].keys, second[j].keys) for j in left_b):
                parts = parts or [next(j for j in left_b if _covered(first[i].keys, second[j].keys))]
                left_a.remove(i)
                for j in parts:
                    left_b.remove(j)
    out: list[Difference] = []
    # 3. a name that shares a word with one on the other side but differs in another: changed. Across
    # languages only a person's first name counts ("Jens Stoltenberg" / "Jan Stoltenberg"): the words of
    # an institution's name are translated ("Consejo Europeo" / "European Council").
    for i in list(left_s):
        partner = next((j for j in left_t if _shares(source[i].keys, target[j].keys)), None)
        if partner is None:
            continue
        left_s.remove(i)
        left_t.remove(partner)
        if same_language or _first_name_changed(source[i], target[partner]):
            out.append(Difference(Kind.NAMES, Change.CHANGED, source[i].text, target[partner].text,
                                  source[i].span, target[partner].span))
    dropped, added = [source[i] for i in left_s], [target[j] for j in left_t]
    if same_language:
        return out + _pair_leftovers(Kind.NAMES, dropped, added)
    # Across languages a name left on one side is most often one the other writes as a common noun or
    # a pronoun; only places the tables know are reported.
    return out + _pair_leftovers(Kind.NAMES, [m for m in dropped if _listed(m)], [m for m in added if _listed(m)])


@dataclass(frozen=True)
class _NameWord:
    key: str  # folded (or canonical, for a name the lexicon spells two ways)
    text: str
    span: Span
    name: NameMention  # the whole name it is part of
    demonym: bool = False  # may be a nationality ("Russian"; but "Erdogan" ends alike)


def _words_of_names(mentions: list[NameMention], text: str) -> list[_NameWord]:
    """The words of names, one by one, with where each is written (a name the lexicon spells two ways,
    "Estados Unidos", stays one word)."""
    out = []
    for mention in mentions:
        spans: dict[str, Span] = {}
        for w in _WORD.finditer(text, mention.span.start, mention.span.end):
            for key in _name_keys(w.group()):
                spans.setdefault(key, Span(w.start(), w.end()))
        for key in mention.keys:
            span = spans.get(key, mention.span)
            out.append(_NameWord(key, span.of(text), span, mention, mention.demonym))
    return out


@lru_cache(maxsize=8192)  # a source passage's names are read against every system's translation of it
def _name_words_of(mentions: tuple[NameMention, ...], text: str) -> tuple[_NameWord, ...]:
    return tuple(_words_of_names(list(mentions), text))


def _match_names_across(source: list[NameMention], source_text: str, source_lang: str, source_known: frozenset[str],
                        target: list[NameMention], target_text: str, target_lang: str, target_known: frozenset[str]
                        ) -> list[Difference]:
    """Across languages names are compared word by word: most are written alike in both ("Elin Jones",
    "Harlem"), a few have a spelling of their own that the lexicon knows ("Londres"), and the words of
    institutions' names are translated ("Consejo"/"Council"). A name word of the source that the
    translation does not have, in any spelling or translation, and a name word of the translation the
    source does not have, in one passage, are one name replaced by another, occurrence by occurrence:
    only a word that is a name in both languages counts (the other document writes it as a name, or it
    is no more common in one language than in the other), so a translated word is never taken for one."""
    words_s, words_t = _name_words_of(tuple(source), source_text), _name_words_of(tuple(target), target_text)
    left_s, left_t = [], list(words_t)
    for word in words_s:
        twin = next((t for t in left_t if same_name(t.key, word.key)), None)
        if twin is None:
            left_s.append(word)
        else:
            left_t.remove(twin)
    if not left_s or not left_t:
        return []  # a replaced name needs a word left on both sides
    matched_s = [w.span for w in words_s if w not in left_s]
    matched_t = [w.span for w in words_t if w not in left_t]
    left_s = _without_counterpart(left_s, source_lang, target_text, target_lang, matched_t)
    if not left_s:
        return []
    left_t = _without_counterpart(left_t, target_lang, source_text, source_lang, matched_s)
    # The name the translation put in must be one for sure; the one it replaced, a name of the source
    # that is as common in one language as in the other.
    known = source_known & target_known
    out = []
    for d in list(left_s):  # a person's first name changed, the surname kept: "Jens Stoltenberg" / "Jan Stoltenberg"
        a = next((a for a in left_t if _first_name_changed(d.name, a.name)), None)
        if a is not None:
            left_s.remove(d)
            left_t.remove(a)
            out.append((d, a))
    dropped = [w for w in left_s if _a_name_in_both(w, source_lang, target_lang, known, source_known)]
    if dropped:
        out += zip(dropped, [w for w in left_t if _a_name_put_in(w, target_lang, source_lang, known, target_known)])
    return [Difference(Kind.NAMES, Change.CHANGED, d.name.text, a.name.text, d.name.span, a.name.span)
            for d, a in sorted(out, key=lambda pair: pair[0].span.start)]


def _same_or_short(a: str, b: str) -> bool:
    """One name, or one the short form of the other ("Livi" for "Livingston")."""
    return same_name(a, b) or (min(len(a), len(b)) >= 3 and (a.startswith(b) or b.startswith(a)))


def _without_counterpart(words: list[_NameWord], lang: str, other_text: str, other_lang: str, taken: list[Span]
                         ) -> list[_NameWord]:
    """``words`` that the other passage does not write, in any case or spelling, nor translate (through the
    bilingual word list or a cognate); each of its words (but those ``taken`` by a name) counts once."""
    from .align.lexicon import for_languages

    if not words:
        return words
    lexicon = for_languages(lang, other_lang)
    pool = [t.text for t in _tokens(other_text) if not any(u.start <= t.start < u.end for u in taken)]
    out = []
    for word in words:
        writes = _counterpart_test(word.key.lower(), word.text, lexicon)
        match = next((i for i, text in enumerate(pool) if writes(text)), None)
        if match is None:
            out.append(word)
        else:
            del pool[match]
    return out


# At most 1,024 name words × 1,024 answers each are kept: memory stays bounded (~100 MB at worst) on any input.
_DECIDED_BOUND = 1024


class _Counterpart:
    """Whether a word of the other passage writes or translates one name word (see _without_counterpart),
    decided once per word: the same name is read against every system's translation, and the same
    translation's words against each of its names."""

    def __init__(self, key: str, text: str, lexicon):
        from .align.features import cross_language_keys

        self.key, self.lexicon = key, lexicon
        self.keys = frozenset(k for k in cross_language_keys(text, lexicon) if k[0] in "~=")
        self.decided: dict[str, bool] = {}

    def __call__(self, word: str) -> bool:
        found = self.decided.get(word)
        if found is None:
            if len(self.decided) >= _DECIDED_BOUND:
                self.decided.clear()
            found = self.decided[word] = _same_or_short(fold(word), self.key) or bool(
                self.keys and self.keys & _word_keys(word, self.lexicon))
        return found


@lru_cache(maxsize=1024)
def _counterpart_test(key: str, text: str, lexicon) -> _Counterpart:
    return _Counterpart(key, text, lexicon)


@lru_cache(maxsize=65536)
def _word_keys(text: str, lexicon) -> frozenset[str]:
    """cross_language_keys of one word, read once however many names it is compared with."""
    from .align.features import cross_language_keys

    return frozenset(cross_language_keys(text, lexicon))


RARE_WORD = 3.5  # Zipf (about three in a million words): a capitalised word rarer in both languages alike is a name
UNCOMMON_WORD = 2.5  # Zipf: below this in both languages a word is no common word of either
NAME_MARGIN = 1.0  # Zipf: a word this much more common in one language is a word of that language ("coroner")
PLACE_MARGIN = 1.5  # looser for a name of the source: local names are more common in the local language
COMMON_NAME = 5.0  # Zipf: a capitalised word this common in both languages is a common noun of both ("Internet")


WORDLIST_FLOOR = 1.0  # Zipf: the rarest words the word lists hold; below it a word is unseen, not rarer


def _frequencies(word: str, lang: str, other: str) -> tuple[float, float]:
    """How common ``word`` is in each language, an unseen word counted at the lists' floor ("Halvard", seen
    in English text and not in Spanish, is no more English than Spanish)."""
    from .bilingual.lexicon import zipf

    return max(zipf(word, lang), WORDLIST_FLOOR), max(zipf(word, other), WORDLIST_FLOOR)


def _a_name_in_both(word: _NameWord, lang: str, other: str, known: frozenset[str],
                    own: frozenset[str] | None = None) -> bool:
    """A name both languages write alike: both documents write it as a name somewhere, or it is a rare word,
    about as rare in both languages ("Kowalski"; not "escarpe", a Spanish word, nor "coroner"). With
    ``own`` (the names of the word's document, for the name a translation left out): also an uncommon word
    ("Blasey"), a rare word its document writes as a name ("Ibáñez"), or a name of its document about as common
    in both languages ("Jones", "Xochimilco"; not "Políticas"). Acronyms, which each language spells its own way,
    and words that may be nationalities ("Russian" is "ruso" in Spanish), only when both documents write them
    as names."""
    if word.key in known:
        return True
    if word.key.isupper() or word.demonym:
        return False
    written = re.sub(r"['’]s?$", "", word.text.lower())  # as written, accents and all: "montañas"
    here, there = _frequencies(written, lang, other)
    rare = here < RARE_WORD and there < RARE_WORD
    if own is None:
        return rare and abs(here - there) < NAME_MARGIN
    # A rare word its document writes as a name is one even if it is far more common in its own language
    # (surnames: "Ibáñez"); a common word needs both languages to use it alike.
    return (max(here, there) < UNCOMMON_WORD or (rare and word.key in own)
            or (abs(here - there) < PLACE_MARGIN and (rare or (word.key in own and max(here, there) < COMMON_NAME))))


def _a_name_put_in(word: _NameWord, lang: str, other: str, known: frozenset[str], own: frozenset[str]) -> bool:
    """A name the translation has where the source had another: a name both languages write alike (see
    _a_name_in_both), or a name its document writes that is about as common in both languages, as names are
    ("Johnson"; not "Escocia" nor "Liga", words of the translation's language, nor "Internet")."""
    if _a_name_in_both(word, lang, other, known) or word.key not in own or word.key.isupper() or word.demonym:
        return _a_name_in_both(word, lang, other, known)
    written = re.sub(r"['’]s?$", "", word.text.lower())
    here, there = _frequencies(written, lang, other)
    return abs(here - there) < NAME_MARGIN and max(here, there) < COMMON_NAME


def _listed(mention: NameMention) -> bool:
    return any(_is_place(k) for k in mention.keys)


def _first_name_changed(a: NameMention, b: NameMention) -> bool:
    """A person's name with the same surname and another first name; a longer name with words joined by
    "of"/"de" is an institution's or a title's, which translations translate ("Game of Thrones")."""
    if not (2 <= len(a.keys) <= 3 and 2 <= len(b.keys) <= 3) or not same_name(a.keys[-1], b.keys[-1]):
        return False
    return not any(w in _LINKING for m in (a, b) for w in m.text.lower().split())


_CAPITALISED = re.compile(r"(?<![^\W\d_])[A-ZÀ-ÖØ-ÞĀ-ŽА-Я][^\W\d_]*(?:[-'’][^\W\d_]+)*")
_LOWER_WORD = re.compile(r"(?<![^\W\d_])[a-zß-öø-ÿā-žа-я][^\W\d_]*")


@lru_cache(maxsize=8)  # evaluate reads one source segment against every system's translation of it
def known_names(text: str, lang: str) -> frozenset[str]:
    """Folded words ``text`` writes with a capital where no sentence starts, and never in lower case:
    its names. One pass over the capitalised words of a whole document."""
    lower = set(_LOWER_WORD.findall(text))
    capitalised: set[str] = set()
    settled: set[str] = set()  # words already counted, or written in lower case: nothing more to learn from them
    for match in _CAPITALISED.finditer(text):
        word = match.group()
        if word in settled:
            continue
        if word.lower() in lower:
            settled.add(word)
            continue
        before = text[max(0, match.start() - 12) : match.start()].rstrip()
        if not before or before[-1] in _OPENS or before.rstrip(_CLOSERS)[-1:] in _ENDS:
            continue  # opens a sentence
        capitalised.update(_name_keys(word))
        settled.add(word)
    return frozenset(capitalised)


# ---------------------------------------------------------------- negation

@dataclass(frozen=True)
class NegationMention:
    text: str  # from the auxiliary or cue to the word it bears on ("will not compromise")
    span: Span
    cue: str
    focus: str  # the folded word the negation bears on ("" when none in its clause)
    garbled: bool = False  # English "no" where a verb's negation belongs ("the Alliance no compromise")
    weak: bool = False  # a noun phrase's negation or "without" ("no plans", "sin problemas"), not a verb's
    focus_span: Span | None = None  # the words it bears on (up to FOCUS_WORDS of them)


_DETERMINERS = frozenset("the this that his her its their our my your".split())


def negation_mentions(text: str, lang: str) -> list[NegationMention]:
    """Negations, one per clause-level negation (Spanish "no dijo nada" is one)."""
    tables = _tables(lang)
    if not tables.negation_cues and not tables.contractions:
        return []
    tokens = _tokens(text)
    out: list[NegationMention] = []
    last_cue_end = -1
    skip_until = -1
    for k, token in enumerate(tokens):
        if k <= skip_until:
            continue
        idiom = _idiom_at(tokens, k, tables) if token.lower in tables.idioms_by_first else 0
        if idiom:
            skip_until = k + idiom - 1
            continue
        contracted = bool(tables.contractions) and token.lower.endswith(tables.contractions)
        if token.lower not in tables.negation_cues and not contracted:
            continue
        same_clause = last_cue_end >= 0 and not _clause_break(text, last_cue_end, token.start)
        same_sentence = last_cue_end >= 0 and _SENTENCE_BREAK.search(text, last_cue_end, token.start) is None
        if token.lower in tables.concord and (same_clause or (token.lower in tables.continues and same_sentence)):
            last_cue_end = token.end
            continue  # negative concord: part of the negation before it
        if token.lower in tables.need_lead and not same_clause:
            continue
        if token.lower in tables.concord and tables.comparatives and _after_comparison(tokens, k, tables, text):
            continue  # Spanish "el peor que he visto nunca", "más que nunca": "ever", not a negation
        if token.lower == "no" and re.match(r"\.?\s?\d", text[token.end : token.end + 3]):
            continue  # No. 1, No 10
        last_cue_end = token.end
        focus_index = _focus(tokens, k, tables, text)
        start = token.start
        if k > 0 and tokens[k - 1].lower in tables.auxiliaries and not _clause_break(text, tokens[k - 1].end, start):
            start = tokens[k - 1].start
        end = tokens[focus_index].end if focus_index is not None else token.end
        focus = fold(tokens[focus_index].text) if focus_index is not None else ""
        focus_span = None
        if focus_index is not None:
            second = _focus(tokens, focus_index, tables, text) if FOCUS_WORDS > 1 else None
            focus_span = Span(tokens[focus_index].start, tokens[second].end if second is not None else tokens[focus_index].end)
        # "has no power", "there is no way": after a verb, "no" negates the clause as "does not have" would.
        weak = token.lower in tables.weak and not (
            k > 0 and tokens[k - 1].lower in tables.auxiliaries | {"there"} and not _clause_break(text, tokens[k - 1].end, token.start))
        weak = weak or (token.lower == "no" and _ANSWER.match(text, token.end) is not None) or _degree(tokens, k, tables, text)
        out.append(NegationMention(text[start:end], Span(start, end), token.lower, focus,
                                   _garbled(tokens, k, tables, text), weak, focus_span))
    return out


DEGREE_REACH = 4  # words after a negation within which a degree word makes it an understatement


def _degree(tokens: Sequence[_Token], k: int, tables: _Tables, text: str) -> bool:
    """A negated degree in the negation's clause: "was not very good", "no había destacado demasiado",
    "no se aprovecha lo suficiente": an understatement, how translators render a negative word ("struggled",
    "is wasted"), so evidence of a negation as weak as a noun phrase's."""
    for token in tokens[k + 1 : k + 1 + DEGREE_REACH]:
        if _clause_break(text, tokens[k].end, token.start):
            return False
        if token.lower in tables.degree:
            return True
    return False


_ANSWER = re.compile(r"\s*[,.!?;:…]")  # "No, no, no": an answer or an exclamation, not a clause's negation
FOCUS_WORDS = 1  # content words after a negation that say what it negates


def _after_comparison(tokens: Sequence[_Token], k: int, tables: _Tables, text: str) -> bool:
    """An n-word after "que"/"como" that follows a comparative in its clause ("más que nunca", "la peor
    que he visto nunca"): it means "ever"."""
    for j in range(k - 1, max(-1, k - 6), -1):
        if _clause_break(text, tokens[j].end, tokens[j + 1].start):
            return False
        if tokens[j].lower in ("que", "como"):
            return any(tokens[i].lower in tables.comparatives for i in range(max(0, j - 3), j + 1))
    return False


def _idiom_at(tokens, k: int, tables: _Tables) -> int:
    for idiom in tables.idioms_by_first.get(tokens[k].lower, ()):
        n = len(idiom)
        words = tokens[k : k + n]
        if len(words) == n and all(w.lower == i or (i == "*ing" and w.lower.endswith("ing"))
                                   for w, i in zip(words, idiom)):
            return n
    return 0


def _focus(tokens: Sequence[_Token], k: int, tables: _Tables, text: str) -> int | None:
    """The first word after the cue, in its clause, that carries meaning."""
    for j in range(k + 1, min(len(tokens), k + 6)):
        if _clause_break(text, tokens[j - 1].end, tokens[j].start):
            return None
        word = tokens[j].lower
        if word in tables.light or word in tables.negation_cues or len(word) < 2:
            continue
        if word in ("for", "to", "from", "by", "about", "of", "in", "on", "at"):
            continue
        if tables.adverb_endings and word.endswith(tables.adverb_endings) and len(word) > 5:
            continue  # "not apparently suggesting": the negation bears on the verb
        return j
    return None


def _garbled(tokens: Sequence[_Token], k: int, tables: _Tables, text: str) -> bool:
    """English "no" left where Spanish puts "no" before a verb: after a subject, before a verb or a preposition."""
    if tokens[k].lower != "no" or not tables.subjects or k == 0 or k + 1 >= len(tokens):
        return False
    before, after = tokens[k - 1], tokens[k + 1]
    if _clause_break(text, before.end, tokens[k].start) or _clause_break(text, tokens[k].end, after.start):
        return False
    if after.lower in tables.determiner_follow or not after.text[0].islower():
        return False
    subject = (before.lower in tables.subjects
               or (_is_capitalised(before) and before.lower not in tables.openers)
               or (k >= 2 and tokens[k - 2].lower in _DETERMINERS and before.text[0].islower()
                   and not _clause_break(text, tokens[k - 2].end, before.start)))
    if not subject:
        return False
    # A determiner "no" is followed by a noun phrase; a verb's negation by a verb or a preposition.
    following = tokens[k + 2] if k + 2 < len(tokens) else None
    return after.lower in ("for", "to", "of", "in", "on", "at", "with") or (
        following is not None and following.lower in _DETERMINERS | {"a", "an", "any", "to"})


def _lexical_negations(text: str, lang: str) -> list[_Token]:
    """Words and phrases that say "not" without a negation cue ("unhealthy", "refused", "en vez de")."""
    tables = _tables(lang)
    tokens = _tokens(text)
    found = [t for t in tokens if tables.lexical_negation.match(t.lower)] if tables.lexical_negation else []
    for phrase in tables.lexical_phrases:
        n = len(phrase)
        found += [tokens[k] for k in range(len(tokens) - n + 1)
                  if tokens[k].lower == phrase[0] and tuple(t.lower for t in tokens[k : k + n]) == phrase]
    return found


# Negations this close in relative position are the same one (across languages word order moves them).
NEAR = {True: 0.3, False: 1.0}


def _match_negations(source_text: str, source_lang: str, target_text: str, target_lang: str) -> list[Difference]:
    if source_lang != target_lang:
        return _match_negations_across(source_text, source_lang, target_text, target_lang)
    source = negation_mentions(source_text, source_lang)
    target = negation_mentions(target_text, target_lang)
    same_language = source_lang == target_lang
    source_len, target_len = len(source_text), len(target_text)
    target_tokens = _tokens(target_text) if same_language else []
    out: list[Difference] = []
    left_s = list(source)
    left_t = list(target)
    pairs: list[tuple[NegationMention, NegationMention]] = []
    if same_language:  # the same negation bears on the same word
        for s in list(left_s):
            t = next((t for t in left_t if same_name(s.focus[:6], t.focus[:6]) and (s.focus or s.cue == t.cue)), None)
            if t is not None:
                left_s.remove(s)
                left_t.remove(t)
                pairs.append((s, t))

    # What is left is paired by where it stands in the passage (across languages the words differ);
    # one far from any on the other side was dropped or added.
    def position(m: NegationMention, length: int) -> float:
        return m.span.start / max(1, length)

    for s in sorted(left_s, key=lambda m: m.span.start):
        if not left_t:
            break
        t = min(left_t, key=lambda m: abs(position(m, target_len) - position(s, source_len)))
        if abs(position(t, target_len) - position(s, source_len)) <= NEAR[same_language]:
            left_t.remove(t)
            left_s.remove(s)
            pairs.append((s, t))
    out += [Difference(Kind.NEGATION, Change.GARBLED, s.text, t.text, s.span, t.span)
            for s, t in pairs if s.garbled != t.garbled]
    # A negation said with a word rather than a particle ("no es saludable" → "unhealthy") is kept: as
    # many unmatched negations are explained as one side has more such words than the other.
    if left_s or left_t:
        extra = len(_lexical_negations(target_text, target_lang)) - len(_lexical_negations(source_text, source_lang))
        left_s = left_s[max(0, extra):]
        left_t = left_t[max(0, -extra):]
    for s in left_s:
        # Show what the target says where the negation was: the same words, without it.
        where = _counterpart_words(s, target_tokens, target_text) if same_language and s.focus else None
        out.append(Difference(Kind.NEGATION, Change.DROPPED, s.text, where[0] if where else "", s.span,
                              where[1] if where else None))
    out += [Difference(Kind.NEGATION, Change.ADDED, "", t.text, None, t.span) for t in left_t]
    return out


def _match_negations_across(source_text: str, source_lang: str, target_text: str, target_lang: str
                            ) -> list[Difference]:
    """Negation compared as meaning across two languages.

    Translators say "not" in many ways: a verb's negation, a negated noun phrase ("no
    forgiveness" / "ni perdón"), a word ("refused", "sin litoral"), or a positive paraphrase
    ("headed wide" / "no entró"). So a verb's negation on one side is paired with one on the
    other that negates the same words, or stands at about the same place, or any left over
    (word order moves negations); one still alone is explained by a negated noun phrase or a
    negative word near the same place on the other side. What remains is reported when the word
    it negates has a counterpart on the other side that stands there without a negation (the
    same statement, reversed), or, with no such counterpart, when the passage is otherwise
    translated closely (:func:`literal`); a freely reworded passage is left alone."""
    source, target = list(_negations_of(source_text, source_lang)), list(_negations_of(target_text, target_lang))
    out: list[Difference] = []
    for t in target:
        if t.garbled:
            s = min(source, key=lambda m: abs(_place(m.span, source_text) - _place(t.span, target_text)), default=None)
            if s is None or not s.garbled:
                out.append(Difference(Kind.NEGATION, Change.GARBLED, s.text if s else "", t.text,
                                      s.span if s else None, t.span))
    strong_s = [m for m in source if not m.weak and not m.garbled]
    strong_t = [m for m in target if not m.weak and not m.garbled]
    lone_s, lone_t = _pair_negations(strong_s, source_text, source_lang, strong_t, target_text, target_lang)
    if not lone_s and not lone_t:
        return out  # every verb's negation has its partner: nothing for the softer ones to explain
    soft_s, soft_t = _unpaired_soft(list(_soft_of(source_text, source_lang)), source_text,
                                    list(_soft_of(target_text, target_lang)), target_text)
    sides = ((lone_s, source_text, source_lang, soft_t, target, target_text, target_lang, True),
             (lone_t, target_text, target_lang, soft_s, source, source_text, source_lang, False))
    for lone, text, lang, soft, their_all, their_text, their_lang, from_source in sides:
        for negation in lone:
            near = [a for a in soft if abs(_place(a, their_text) - _place(negation.span, text)) <= NEAR_SOFT]
            if near:
                soft.remove(min(near, key=lambda a: abs(_place(a, their_text) - _place(negation.span, text))))
                continue  # said with a word or a noun phrase there
            counterpart = _unnegated_counterpart(negation, text, lang, their_all, their_text, their_lang)
            if counterpart is None and not literal(source_text, source_lang, target_text, target_lang):
                continue  # a free rendering, and nothing to tell a reversal from a rewording
            words, span = counterpart or ("", None)
            if from_source:
                out.append(Difference(Kind.NEGATION, Change.DROPPED, negation.text, words, negation.span, span,
                                      unchecked=counterpart is None))
            else:
                out.append(Difference(Kind.NEGATION, Change.ADDED, words, negation.text, span, negation.span,
                                      unchecked=counterpart is None))
    return out


NEAR_SOFT = 0.5  # share of the passage within which a negative word on the other side explains a negation


def _place(span: Span, text: str) -> float:
    return span.start / max(1, len(text))


# A source passage is compared with every system's translation of it: its negations are read once.
@lru_cache(maxsize=8192)
def _negations_of(text: str, lang: str) -> tuple[NegationMention, ...]:
    return tuple(_coordinated(negation_mentions(text, lang), text))


@lru_cache(maxsize=8192)
def _soft_of(text: str, lang: str) -> tuple[Span, ...]:
    return tuple(_soft(list(_negations_of(text, lang)), text, lang))


def _soft(negations: list[NegationMention], text: str, lang: str) -> list[Span]:
    """Where a side says "not" without a verb's negation: negated noun phrases, negative words outside its
    negations ("can't be denied" is one "not", as "undeniable" is)."""
    inside = [Span(m.span.start, max(m.span.end, m.focus_span.end if m.focus_span else 0)) for m in negations]
    words = [Span(t.start, t.end) for t in _lexical_negations(text, lang)
             if not any(n.start <= t.start < n.end for n in inside)]
    return sorted([m.span for m in negations if m.weak] + words, key=lambda s: s.start)


def _unpaired_soft(source: list[Span], source_text: str, target: list[Span], target_text: str
                   ) -> tuple[list[Span], list[Span]]:
    """Each side's soft negations less those that face one on the other side (a "sin" for a "without")."""
    left = list(target)
    alone = []
    for span in source:
        twin = min(left, key=lambda t: abs(_place(t, target_text) - _place(span, source_text)), default=None)
        if twin is not None and abs(_place(twin, target_text) - _place(span, source_text)) <= NEAR_SOFT:
            left.remove(twin)
        else:
            alone.append(span)
    return alone, left


def _pair_negations(source: list[NegationMention], source_text: str, source_lang: str, target: list[NegationMention],
                    target_text: str, target_lang: str) -> tuple[list[NegationMention], list[NegationMention]]:
    """Verbs' negations of each side left alone once paired: first those that negate the same words, then
    those at about the same place, then any left on both sides (word order moved them)."""
    left_s, left_t = list(source), list(target)
    target_keys = {id(t): _focus_keys(target_text, t.focus_span, target_lang, source_lang) for t in target}
    for negation in source:
        keys = _focus_keys(source_text, negation.focus_span, source_lang, target_lang)
        twin = next((t for t in left_t if keys & target_keys[id(t)]), None)
        if twin is not None:
            left_s.remove(negation)
            left_t.remove(twin)
    for negation in list(left_s):
        twin = min(left_t, key=lambda t: abs(_place(t.span, target_text) - _place(negation.span, source_text)), default=None)
        if twin is not None and abs(_place(twin.span, target_text) - _place(negation.span, source_text)) <= SAME_PLACE:
            left_s.remove(negation)
            left_t.remove(twin)
    pairs = min(len(left_s), len(left_t))
    return left_s[pairs:] if len(left_s) > pairs else [], left_t[pairs:] if len(left_t) > pairs else []


SAME_PLACE = 0.25  # share of the passage within which two negations are taken for one


_COORDINATION = re.compile(r"[\s,;]*(?:(?:and|or|but|y|e|o|u|pero)\s+)?", re.IGNORECASE)


def _coordinated(mentions: list[NegationMention], text: str) -> list[NegationMention]:
    """One negation for coordinated ones ("no forgetting, no forgiveness", "ni olvido ni perdón"): a
    language says them once or twice as its grammar likes."""
    out: list[NegationMention] = []
    for mention in mentions:
        if out and mention.weak and out[-1].weak and _COORDINATION.fullmatch(text, out[-1].span.end, mention.span.start):
            continue
        out.append(mention)
    return out


def _focus_keys(text: str, span: Span | None, lang: str, other: str) -> frozenset[str]:
    from .align.features import cross_language_keys
    from .align.lexicon import for_languages

    if span is None:
        return frozenset()
    return frozenset(k for k in cross_language_keys(text[span.start : span.end], for_languages(lang, other))
                     if k[0] in "~=")


# Weighted Dice of the aligner's clues (numbers, names, cognates, dictionary words) above which a
# translation follows its source closely: calibrated on ntrex-dev documents 0-29, where sentences a
# translator rewords freely (and whose negations come and go with the wording) score below it.
LITERAL_DICE = 0.36


def literal(source_text: str, source_lang: str, target_text: str, target_lang: str) -> bool:
    """Whether a translation follows its source word for word closely enough that a negation one side
    has and the other lacks is a reversal, not a rewording."""
    from .align.features import cross_language_keys, dice
    from .align.lexicon import for_languages

    lexicon = for_languages(source_lang, target_lang)
    return dice(frozenset(cross_language_keys(source_text, lexicon)),
                frozenset(cross_language_keys(target_text, lexicon))) >= LITERAL_DICE


def _unnegated_counterpart(negation: NegationMention, text: str, lang: str, their_negations: list[NegationMention],
                           their_text: str, their_lang: str) -> tuple[str, Span] | None:
    """The word of the other side that translates what ``negation`` negates, when no negation stands before it."""
    from .align.features import cross_language_keys
    from .align.lexicon import for_languages

    keys = _focus_keys(text, negation.focus_span, lang, their_lang)
    if not keys:
        return None
    lexicon = for_languages(their_lang, lang)
    negated = [Span(m.span.start, max(m.span.end, m.focus_span.end if m.focus_span else 0)) for m in their_negations]
    for token in _tokens(their_text):
        if len(token.text) < 2 or not keys & frozenset(cross_language_keys(token.text, lexicon)):
            continue
        if any(n.start <= token.start < n.end for n in negated):
            return None  # negated there too, by a cue this comparison could not pair
        before = their_text[max(0, token.start - 40) : token.start]
        if _lexical_negations(before, their_lang):
            return None
        return token.text, Span(token.start, token.end)
    return None


def _counterpart_words(negation: NegationMention, tokens: Sequence[_Token], text: str) -> tuple[str, Span] | None:
    """The target's words that end on the negation's focus word, as many as the negation has."""
    width = len(_WORD.findall(negation.text))
    for k, token in enumerate(tokens):
        if same_name(fold(token.text)[:6], negation.focus[:6]):
            start = tokens[max(0, k - width + 1)].start
            return text[start : token.end], Span(start, token.end)
    return None


# ---------------------------------------------------------------- the pair

def compare_pair(source_text: str, source_lang: str, target_text: str, target_lang: str, *,
                 source_names: frozenset[str] = frozenset(), target_names: frozenset[str] = frozenset()
                 ) -> list[Difference]:
    """Numbers, names and negations of ``source_text`` that ``target_text`` does not keep, and
    those it adds, ordered by where they are in the source (additions last).

    ``source_names``, ``target_names``: the names each side's whole document writes mid-sentence
    (:func:`known_names`), so that "Moscow made…" at a sentence start is still read as a name."""
    return list(_compare(source_text, source_lang, target_text, target_lang, source_names, target_names))


@lru_cache(maxsize=8192)
def _compare(source_text: str, source_lang: str, target_text: str, target_lang: str, source_known: frozenset[str],
             target_known: frozenset[str]) -> tuple[Difference, ...]:
    """compare_pair, remembered: a passage repeated (a standfirst, boilerplate) is compared once."""
    same = source_lang == target_lang
    out = _match_numbers(list(_numbers_of(source_text, source_lang)), list(_numbers_of(target_text, target_lang)))
    source_names = list(_names_of(source_text, source_lang, source_known))
    target_names = list(_names_of(target_text, target_lang, target_known))
    if same:
        out += _match_names(source_names, target_names, same)
    else:  # nationalities, capitalised in English and not in Spanish, are told apart word by word
        out += _match_names_across(source_names, source_text, source_lang, source_known, target_names, target_text,
                                   target_lang, target_known)
    out += _match_negations(source_text, source_lang, target_text, target_lang)
    out.sort(key=lambda d: (d.source_span is None, d.source_span.start if d.source_span else 0,
                            d.target_span.start if d.target_span else 0))
    return tuple(out)



# A source passage is compared with many versions of it (evaluate: one per system): its mentions
# are read once. The mentions are frozen; callers get lists of their own.
@lru_cache(maxsize=8192)
def _numbers_of(text: str, lang: str) -> tuple[NumberMention, ...]:
    return tuple(number_mentions(text, lang))


@lru_cache(maxsize=8192)
def _names_of(text: str, lang: str, known: frozenset[str]) -> tuple[NameMention, ...]:
    return tuple(name_mentions(text, lang, known))


def comparable(first: str, second: str) -> bool:
    """Whether two languages can be compared without a translation: the same language, or two
    whose numbers, names and negation the tables read (English and Spanish)."""
    return first == second or {first, second} <= DIRECT_LANGUAGES


DIRECT_LANGUAGES = frozenset({"en", "es"})
