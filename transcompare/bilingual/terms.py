"""Single source-language words and acronyms left in the translation."""

from __future__ import annotations

import re

from ..model import Severity, Span
from . import PairHit, check
from .copy import copied
from .lexicon import belongs_to
from .pair import Pair

MIN_LENGTH = 4
_WORD = re.compile(r"[^\W\d_]+")
_ACRONYM = re.compile(r"\b(?:[A-ZÁÉÍÓÚÑ]{2,6}|(?:[A-Z]{1,2}\.){2,4})(?![\w.])|\b(?:[A-Z]{1,2}\.){2,4}")


def explained(text: str, acronym: str) -> bool:
    """The translation glosses the acronym somewhere: "(ACR)", "(ACR, ...)" or "ACR (...)"."""
    return re.search(rf"\(\s*{re.escape(acronym)}\b|\b{re.escape(acronym)}\s*\(", text) is not None


@check("term", "accuracy/untranslated", Severity.MAJOR,
       "A source-language word or acronym left in the translation (not a name, number or shared acronym).")
def source_term(pair: Pair):
    src_lang, tgt_lang = pair.source.language, pair.target.language
    if src_lang == tgt_lang:
        return
    src_text, text = pair.source.text, pair.target.text
    seen: set[str] = set()
    copies = [span for _, span, _ in copied(pair)]  # already reported as copied text
    for bead in pair.matched:
        source_span = pair.source_span(bead)
        source_chunk = source_span.of(src_text)
        source_words = {w.lower() for w in _WORD.findall(source_chunk)}
        source_acronyms = set(_ACRONYM.findall(source_chunk))
        target_span = pair.target_span(bead)
        for match in _WORD.finditer(text, target_span.start, target_span.end):
            word = match.group(0)
            lower = word.lower()
            if len(word) < MIN_LENGTH or not word.islower() or lower not in source_words or lower in seen:
                continue
            if any(c.start <= match.start() < c.end for c in copies):
                continue
            if belongs_to(lower, src_lang, tgt_lang):
                seen.add(lower)
                yield PairHit(Span(match.start(), match.end()), _find(src_text, source_span, word),
                              f"“{word}” is a {_name(src_lang)} word left untranslated", f"translate “{word}”")
        for match in _ACRONYM.finditer(text, target_span.start, target_span.end):
            acronym = match.group(0)
            if acronym not in source_acronyms or acronym in seen or explained(text, acronym):
                continue
            if belongs_to(acronym.replace(".", "").lower(), src_lang, tgt_lang, margin=1.5, ceiling=3.0):
                seen.add(acronym)
                yield PairHit(Span(match.start(), match.end()), _find(src_text, source_span, acronym),
                              f"“{acronym}” is the {_name(src_lang)} acronym; {_name(tgt_lang)} readers know another "
                              "or need it spelled out", f"use the {_name(tgt_lang)} acronym or name")


def _find(text: str, span: Span, word: str) -> Span:
    found = re.search(rf"\b{re.escape(word)}(?!\w)", text[span.start : span.end], re.IGNORECASE)
    return Span(span.start + found.start(), span.start + found.end()) if found else span


def _name(code: str) -> str:
    from ..translate.languages import NAMES

    return NAMES.get(code, code)
