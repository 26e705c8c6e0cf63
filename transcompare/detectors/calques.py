"""Calques and false friends, from lexicons in transcompare/data/calques/<src>-<tgt>.tsv."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ..inflect import inflections
from ..model import Severity, Span
from . import AUTO, AuditContext, Hit, detector

WEEKDAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_PLACEHOLDERS = {"<ing>": r"\w+ing", "<weekday>": f"(?:{WEEKDAYS})", "<num>": r"\d[\d,.]*"}
_LANGUAGE_NAMES = {"en": "English", "es": "Spanish"}
# In auto mode, low-confidence entries wait for this many high-confidence matches.
AUTO_EVIDENCE = 2


@dataclass(frozen=True)
class Calque:
    pattern: str
    regex: re.Pattern
    explanation: str
    suggestion: str
    high_confidence: bool
    exceptions: frozenset[str]
    keyword: str  # a literal every match contains: a cheap test before the regex runs


def compile_pattern(pattern: str, language: str = "en") -> re.Pattern:
    """Turn the lexicon's token pattern into a case-insensitive regex ({verb}: inflected in ``language``)."""
    regex = ""
    for token in pattern.lower().split():  # matched against lower-cased text
        optional = token.endswith("?") and len(token) > 1
        token = token.removesuffix("?") if optional else token
        if token in _PLACEHOLDERS:
            part = _PLACEHOLDERS[token]
        elif token.startswith("{") and token.endswith("}"):
            forms = inflections(token[1:-1], language)
            part = "(?:" + "|".join(map(re.escape, forms)) + ")"
        elif token.startswith("[") and token.endswith("]"):
            part = "(?:" + "|".join(re.escape(a) for a in token[1:-1].split("|")) + ")"
        else:
            part = re.escape(token)
        regex += f"(?:{part}\\s+)?" if optional else f"{part}\\s+"
    return re.compile(r"\b" + regex.removesuffix(r"\s+") + r"\b")


@lru_cache(maxsize=None)
def load_lexicon(pair: str) -> tuple[Calque, ...]:
    text = resources.files("transcompare.data.calques").joinpath(f"{pair}.tsv").read_text("utf-8")
    source, target = pair.split("-")
    entries = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = [c.strip() for c in (line.split("\t") + [""] * 5)[:5]]
        if cols[4].split(" ")[0] in ("high", "low"):  # pattern, origin, fix, reason, confidence (en-es.tsv)
            pattern, origin, fix, reason, confidence = cols
            cols = [pattern, f"reads as {_LANGUAGE_NAMES.get(source, source)} “{origin}”: {reason}",
                    fix.replace("{", "").replace("}", ""), confidence.split(" ")[0], ""]
        pattern = cols[0]
        entries.append(
            Calque(pattern, compile_pattern(pattern, target), cols[1], cols[2],
                   cols[3] != "low", frozenset(w for w in cols[4].split(",") if w), _keyword(pattern, target))
        )
    return tuple(entries)


def _keyword(pattern: str, language: str = "en") -> str:
    """The longest plain word of a pattern, or the part every form of a verb in braces shares
    (assure → assur); empty when the pattern has neither (the regex then always runs)."""
    tokens = pattern.lower().split()
    words = [t for t in tokens if t.isalpha()]
    words += [os.path.commonprefix(inflections(t[1:-1], language)) for t in tokens if t.startswith("{")]
    return max(words, key=len, default="")


def available_lexicons() -> list[str]:
    folder = resources.files("transcompare.data.calques")
    return sorted(p.name.removesuffix(".tsv") for p in folder.iterdir() if p.name.endswith(".tsv"))


def _matches(text: str, span: Span, entry: Calque):
    """Matches of ``entry`` in ``text``, which must be lower-cased."""
    for match in entry.regex.finditer(text, span.start, span.end):
        previous = re.search(r"(\w+)\W*$", text[max(0, match.start() - 30) : match.start()])
        if previous and previous.group(1).lower() in entry.exceptions:
            continue
        yield match


@detector("calque.lexicon", "style/calque", Severity.MINOR,
          "Calques and false friends from the source language (lexicon per language pair).")
def calques(ctx: AuditContext):
    doc, text = ctx.document, ctx.text
    for pair in available_lexicons():
        source, target = pair.split("-")
        if target != doc.language or not ctx.source_may_be(source):
            continue
        found: list[tuple[Calque, re.Match]] = []
        for entry in load_lexicon(pair):
            if entry.keyword in ctx.folded_text:
                found.extend((entry, m) for m in _matches(ctx.folded_text, doc.body, entry))
        strong = {m.group(0) for e, m in found if e.high_confidence}
        trust_weak = ctx.source_language == source or (ctx.source_language == AUTO and len(strong) >= AUTO_EVIDENCE)
        for entry, match in found:
            if not entry.high_confidence and not trust_weak:
                continue
            weekday = re.search(WEEKDAYS, match.group(0))
            suggestion = entry.suggestion.replace("<weekday>", weekday.group(0).capitalize() if weekday else "…")
            span = Span(match.start(), match.end())
            yield Hit(span, entry.explanation, suggestion, evidence=f"{span.of(text)} ← {source}: {entry.pattern}")
