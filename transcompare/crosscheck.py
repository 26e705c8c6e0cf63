"""Numbers, names and negation compared between two versions of one sentence (or passage).

``compare_pair(old, new, old_language, new_language)`` returns the differences, each with
the value on both sides and where it is written. The two texts may be in different
languages: numbers are compared by value (13,000 = 13.000 = 13 000 = thirteen thousand
is not attempted, but "three" = "tres" = 3), times in 12- and 24-hour form agree, and a
quantity converted between imperial and metric units is not a change. Names are compared
through their folded spelling ("Francis" ~ "Francisco", "Londres" ~ "London"). Negation
counts negative statements, not negative words (Spanish "no … nada" is one).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher

from . import languages
from .entities import TITLES
from .model import Span


@dataclass(frozen=True)
class Difference:
    kind: str  # "number", "name", "negation"
    change: str  # "changed", "missing" (in new), "added" (in new)
    old: str  # the value as written in ``old`` ("" when added)
    new: str  # the value as written in ``new`` ("" when missing)
    old_span: Span | None  # offsets into ``old``
    new_span: Span | None  # offsets into ``new``


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in text if not unicodedata.combining(c))


# --- numbers ------------------------------------------------------------------------------------------

_NUMBER = re.compile(r"(?<![\d.,])(?<![^\W\d_]\d)\d{1,3}(?:(?:[.,]|\s|\u00a0|\u202f)\d{3})+(?:[.,]\d+)?(?![\d])|(?<![\d.,])\d+(?:[.,]\d+)?(?!\d)")
_TIME_12 = re.compile(r"\b(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s?m\b\.?", re.IGNORECASE)
_TIME_24 = re.compile(r"\b(\d{1,2})[:.h](\d{2})\b(?!\s*[ap]\.?\s?m\b)(?!\s*%)")
NUMBER_WORDS = {
    "en": "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
          "eighteen nineteen twenty",
    "es": "dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince dieciséis diecisiete "
          "dieciocho diecinueve veinte",
}
_NUMBER_VALUES = {lang: {w: str(i) for i, w in enumerate(words.split(), 2)} for lang, words in NUMBER_WORDS.items()}
# Units translators convert (imperial → metric); a converted quantity is not a changed one.
_UNITS = {
    "inch": ("cm", 2.54), "inches": ("cm", 2.54), "pulgadas": ("cm", 2.54),
    "foot": ("m", 0.3048), "feet": ("m", 0.3048), "pies": ("m", 0.3048),
    "yard": ("m", 0.9144), "yards": ("m", 0.9144), "yardas": ("m", 0.9144),
    "mile": ("km", 1.609), "miles": ("km", 1.609), "millas": ("km", 1.609), "mph": ("km", 1.609),
    "pound": ("kg", 0.4536), "pounds": ("kg", 0.4536), "lb": ("kg", 0.4536), "lbs": ("kg", 0.4536), "libras": ("kg", 0.4536),
    "ounce": ("g", 28.35), "ounces": ("g", 28.35), "onzas": ("g", 28.35),
    "gallon": ("l", 3.785), "gallons": ("l", 3.785), "galones": ("l", 3.785),
    "acre": ("ha", 0.4047), "acres": ("ha", 0.4047),
}
_METRIC = {"cm": "cm", "centímetros": "cm", "centimetres": "cm", "centimeters": "cm", "m": "m", "metros": "m",
           "metres": "m", "meters": "m", "km": "km", "kilómetros": "km", "kilometres": "km", "kilometers": "km",
           "kg": "kg", "kilos": "kg", "kilogramos": "kg", "kilograms": "kg", "g": "g", "gramos": "g", "grams": "g",
           "l": "l", "litros": "l", "litres": "l", "liters": "l", "ha": "ha", "hectáreas": "ha", "hectares": "ha",
           "km/h": "km"}


@dataclass(frozen=True)
class _Number:
    keys: frozenset[str]  # digits as the value reads, separators dropped ("13000"; "1.5" → "15"), and other readings
    value: float | None  # the value, when the locale does not matter to it
    text: str
    span: Span
    unit: str  # the word after it (or after the range it starts), lower-cased


# Words that scale the number before them; a figure written "2.8bn" and "2800 millones" is one value.
_SCALES = {"thousand": 1e3, "mil": 1e3, "million": 1e6, "millions": 1e6, "millón": 1e6, "millones": 1e6, "m": 1e6,
           "mn": 1e6, "billion": 1e9, "billions": 1e9, "bn": 1e9, "trillion": 1e12, "billones": 1e12}
_ROMAN = re.compile(r"\b(?:siglo|siglos)\s+([IVXL]{1,6})\b")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}


def _roman(numeral: str) -> int:
    total = 0
    for i, ch in enumerate(numeral):
        value = _ROMAN_VALUES[ch]
        total += -value if i + 1 < len(numeral) and _ROMAN_VALUES[numeral[i + 1]] > value else value
    return total


def _readings(key: str, number: str, text: str, after: str, before: str) -> set[str]:
    """Other ways the same figure is written: scaled ("2.8bn" = "2800 millones"), a decade ("1930s" = "años 30"),
    a year cut short ("'19" = "2019")."""
    keys = {key}
    scale = _SCALES.get(after)
    if after == "mil" and re.match(r"\s*mil\s+millones", text):
        scale = 1e9
    if scale:
        keys.update(_scaled(value * scale) for value in _values(number))
    if re.fullmatch(r"\d{3}0", key) and text.startswith("s"):
        keys.add(key[2:])
    if len(key) == 2 and before in "'’":
        keys.update({"19" + key, "20" + key})
    return keys


def _scaled(value: float) -> str:
    return f"={value:.6g}"


def _value(text: str) -> float | None:
    """The number's value when both locales read it alike (no separator, or a group of 3 digits is ambiguous)."""
    values = _values(text)
    return values[0] if len(values) == 1 else None


def _values(text: str) -> list[float]:
    """Every value the number can have in English or Spanish usage ("2.800": 2800, or 2.8)."""
    digits = re.sub(r"[\s\u00a0\u202f]", "", text)
    if re.fullmatch(r"\d+", digits):
        return [float(digits)]
    match = re.fullmatch(r"(\d+)[.,](\d+)", digits)
    if match:
        decimal = float(f"{match.group(1)}.{match.group(2)}")
        return [decimal] if len(match.group(2)) != 3 else [float(match.group(1) + match.group(2)), decimal]
    return [float(re.sub(r"\D", "", digits))]


def numbers(text: str, language: str) -> list[_Number]:
    found: list[_Number] = []
    taken: list[Span] = []
    for match in _TIME_12.finditer(text):
        hour = int(match.group(1)) % 12 + (12 if match.group(3).lower() == "p" else 0)
        minutes = match.group(2) if match.group(2) and match.group(2) != "00" else ""
        span = Span(match.start(), match.end())
        # "2pm" is also "las dos de la tarde": the 12-hour figure is a reading too.
        keys = frozenset({f"{hour}{minutes}", f"{int(match.group(1))}{minutes}"})
        found.append(_Number(keys, None, match.group(0), span, ""))
        taken.append(span)
    for match in _TIME_24.finditer(text):
        span = Span(match.start(), match.end())
        if any(span.overlaps(t) for t in taken):
            continue
        hour = int(match.group(1))
        minutes = match.group(2) if match.group(2) != "00" else ""
        keys = frozenset({f"{hour}{minutes}", f"{hour % 12 or 12}{minutes}"})
        found.append(_Number(keys, None, match.group(0), span, ""))
        taken.append(span)
    for match in _ROMAN.finditer(text):
        span = Span(match.start(1), match.end(1))
        found.append(_Number(frozenset({str(_roman(match.group(1)))}), None, match.group(1), span, "roman"))
    numbers_here = []
    for match in _NUMBER.finditer(text):
        span = Span(match.start(), match.end())
        if any(span.overlaps(t) for t in taken):
            continue
        rest = text[match.end() : match.end() + 24]
        after = re.match(r"[\s-]*([°º]?[^\W\d_]+(?:/h)?|[°º])", rest)
        unit = after.group(1).lower() if after else ""
        key = re.sub(r"\D", "", match.group(0)).lstrip("0") or "0"
        before = text[match.start() - 1] if match.start() else ""
        keys = _readings(key, match.group(0), rest, unit, before)
        numbers_here.append(_Number(frozenset(keys), _value(match.group(0)), match.group(0), span, unit))
    # In a range ("2 to 4 inches", "entre 5 y 10 centímetros") the unit after the last figure is every figure's.
    for i, number in enumerate(numbers_here):
        following = numbers_here[i + 1] if i + 1 < len(numbers_here) else None
        if following and re.fullmatch(r"\s*(?:to|and|-|–|y|a|or|o)\s*", text[number.span.end : following.span.start]):
            number = _Number(number.keys, number.value, number.text, number.span, following.unit)
            numbers_here[i] = number
        found.append(number)
    words = _NUMBER_VALUES.get(language, {})
    if words:
        for match in re.finditer(r"[^\W\d_]+", text):
            value = words.get(match.group(0).lower())
            if value:
                found.append(_Number(frozenset({value}), float(value), match.group(0), Span(match.start(), match.end()), "word"))
    return sorted(found, key=lambda n: n.span)


_DEGREES = frozenset({"degrees", "degree", "grados", "grado", "ºf", "°f", "ºc", "°c", "f", "c", "°", "º"})


def _converted(a: _Number, b: _Number) -> bool:
    """``b`` is ``a`` converted between imperial and metric units (either way), within rounding."""
    if a.unit in _DEGREES and b.unit in _DEGREES and a.value is not None and b.value is not None:
        # Fahrenheit to Celsius, for a temperature or a difference of temperatures.
        return any(abs(y.value - (x.value - 32) * 5 / 9) <= 1.5 or abs(y.value - x.value * 5 / 9) <= 1.5
                   for x, y in ((a, b), (b, a)))
    for x, y in ((a, b), (b, a)):
        unit = _UNITS.get(x.unit)
        if unit and _METRIC.get(y.unit) == unit[0] and x.value and y.value:
            expected = x.value * unit[1]
            if abs(y.value - expected) <= max(1.0, 0.15 * expected):
                return True
    return False


def compare_numbers(old: str, new: str, old_language: str, new_language: str) -> list[Difference]:
    left, right = numbers(old, old_language), numbers(new, new_language)
    unmatched_right = list(right)
    missing = []
    for number in left:
        partner = next((r for r in unmatched_right if r.keys & number.keys), None)
        if partner is None:
            partner = next((r for r in unmatched_right if _converted(number, r)), None)
        if partner is None:
            missing.append(number)
        else:
            unmatched_right.remove(partner)
    # A number word ("three") with no counterpart is usually rephrased ("a trio"), not a changed figure.
    missing = [n for n in missing if n.unit != "word"]
    added = [n for n in unmatched_right if n.unit != "word"]
    out = []
    for number in missing:
        # The nearest added number at about the same place is the changed value.
        partner = min(added, key=lambda r: abs(r.span.start / max(len(new), 1) - number.span.start / max(len(old), 1)),
                      default=None)
        if partner is not None:
            added.remove(partner)
            out.append(Difference("number", "changed", number.text, partner.text, number.span, partner.span))
        else:
            out.append(Difference("number", "missing", number.text, "", number.span, None))
    out += [Difference("number", "added", "", n.text, None, n.span) for n in added]
    return out


# --- names --------------------------------------------------------------------------------------------

_NAME = re.compile(r"\b[A-ZÁÉÍÓÚÑÜ][a-záéíóúñü'’]+(?:[-\s][A-ZÁÉÍÓÚÑÜ][a-záéíóúñü'’]+)*")
# Capitalised in English, lower-case in Spanish: not names.
_CALENDAR = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december lunes martes miercoles jueves viernes sabado domingo enero
    febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre jan feb mar apr jun
    jul aug sep sept oct nov dec ene abr ago dic""".split())


_HONORIFICS = frozenset("rev reverend reverendo sir dame lord lady saint san santa st sto sta don dona jr".split())


def names(text: str, language: str) -> list[tuple[str, Span]]:
    """Capitalised words and runs that are names: not sentence-initial, not function words, titles or dates."""
    function = _function_words()
    out = []
    for match in _NAME.finditer(text):
        before = text[: match.start()].rstrip()
        if not before or before[-1] in ".!?¿¡:\"“«—–-(" or before.endswith("\n"):
            continue
        words = [w for w in re.split(r"[-\s]", match.group(0)) if fold(w) not in function and fold(w) not in TITLES
                 and fold(w) not in _CALENDAR and fold(w) not in _HONORIFICS and len(w) > 2]
        if words:
            out.append((" ".join(words), Span(match.start(), match.end())))
    return out


_FUNCTION: frozenset[str] | None = None


def _function_words() -> frozenset[str]:
    global _FUNCTION
    if _FUNCTION is None:
        _FUNCTION = frozenset(fold(w) for code in languages.with_rules() for w in languages.get(code).stopwords)
    return _FUNCTION


def similar_name(a: str, b: str) -> bool:
    """Two spellings of one name across languages: equal, one a prefix of the other, or close."""
    a, b = fold(a), fold(b)
    if a == b or (min(len(a), len(b)) >= 4 and (a.startswith(b[:4]) and b.startswith(a[:4]))):
        return True
    return SequenceMatcher(None, a, b).ratio() >= 0.75


def _mentioned(part: str, words: list[str]) -> bool:
    return any(similar_name(part, word) for word in words)


def _parts(found: list[tuple[str, Span]], text: str) -> list[tuple[str, Span]]:
    """Each word of each name, with its own span ("Zoran Zaev" → Zoran, Zaev)."""
    out = []
    for _, span in found:
        for match in re.finditer(r"[^\W\d_][\w'’]*", text[span.start : span.end]):
            word = re.sub(r"['’]s?$", "", match.group(0))  # "Korea's" is Korea
            if fold(word) not in _function_words() and fold(word) not in TITLES and fold(word) not in _CALENDAR \
                    and fold(word) not in _HONORIFICS and len(word) > 2 and word[0].isupper():
                out.append((word, Span(span.start + match.start(), span.start + match.start() + len(word))))
    return out


def compare_names(old: str, new: str, old_language: str, new_language: str) -> list[Difference]:
    """Name words of ``old`` that ``new`` lacks, paired in order with name words of ``new`` that ``old`` lacks."""
    new_words = re.findall(r"[^\W\d_]+", new)
    old_words = re.findall(r"[^\W\d_]+", old)
    missing = [(w, s) for w, s in _parts(names(old, old_language), old) if not _mentioned(w, new_words)]
    added = [(w, s) for w, s in _parts(names(new, new_language), new) if not _mentioned(w, old_words)]
    out = []
    for name, span in missing:
        if added:
            other, other_span = added.pop(0)
            out.append(Difference("name", "changed", name, other, span, other_span))
        else:
            out.append(Difference("name", "missing", name, "", span, None))
    out += [Difference("name", "added", "", n, None, s) for n, s in added]
    return out


# --- negation ---------------------------------------------------------------------------------------

_NEGATORS = {
    "en": re.compile(r"\b(?:not|never|no|nobody|nothing|none|neither|nowhere|cannot|without)\b|n['’]t\b", re.IGNORECASE),
    "es": re.compile(r"\b(?:no|nunca|jamás|nadie|nada|ningún|ninguno|ninguna|ningunos|ningunas|tampoco|ni|sin)\b",
                     re.IGNORECASE),
}
# In Spanish a negative word after "no" in the same clause repeats the negation ("no dijo nada").
_CLAUSE_BREAK = re.compile(r"[,;:.!?]")


def negations(text: str, language: str) -> list[Span]:
    pattern = _NEGATORS.get(language)
    if pattern is None:
        return []
    found: list[Span] = []
    for match in pattern.finditer(text):
        word = match.group(0).lower()
        previous = found[-1] if found else None
        same_clause = previous is not None and not _CLAUSE_BREAK.search(text, previous.end, match.start())
        if same_clause and language == "es" and word != "no":
            continue  # "no … nada", "ni … ni": one negative statement
        found.append(Span(match.start(), match.end()))
    return found


def compare_negation(old: str, new: str, old_language: str, new_language: str) -> list[Difference]:
    if old_language not in _NEGATORS or new_language not in _NEGATORS:
        return []
    left, right = negations(old, old_language), negations(new, new_language)
    if len(left) == len(right):
        return []
    if len(left) > len(right):
        span = left[len(right)]
        return [Difference("negation", "missing", span.of(old), "", span, None)]
    span = right[len(left)]
    return [Difference("negation", "added", "", span.of(new), None, span)]


def compare_pair(old: str, new: str, old_language: str, new_language: str,
                 kinds: tuple[str, ...] = ("number", "name", "negation")) -> list[Difference]:
    """The differences in numbers, names and negation between ``old`` and ``new`` (spans into each)."""
    out: list[Difference] = []
    if "number" in kinds:
        out += compare_numbers(old, new, old_language, new_language)
    if "name" in kinds:
        out += compare_names(old, new, old_language, new_language)
    if "negation" in kinds:
        out += compare_negation(old, new, old_language, new_language)
    return out
