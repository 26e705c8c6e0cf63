"""Single source-language words and acronyms left in the translation."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.resources import files

from .. import languages
from ..acronyms import localised
from ..datamodel import Severity, Span
from ..fold import LETTERS
from . import PairHit, check
from .copy import copied, copied_runs, tokens
from .lexicon import belongs_to, unknown
from .pair import Pair, function_words

MIN_LENGTH = 4
UNKNOWN_LENGTH = 7
EXPANSION_REACH = 160  # characters before "(ACR)" where its spelled-out name is looked for
_ACRONYM = re.compile(r"(?<![\w-])(?:(?:[A-Z]{1,2}\.\s?){1,3}[A-Z]{1,2}\.?|[A-ZÁÉÍÓÚÑ]{2,6})(?![\w-])")
# An acronym followed by a capitalised word is part of a name kept as it is (a programme “AI Next”, a
# book “AI Superpowers”).
_NAME_GOES_ON = re.compile(r"\s[A-ZÁÉÍÓÚÑ][a-záéíóúñ]")


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
    copies += verbatim_runs(pair)  # or kept on purpose: a quotation in a third language, a name
    anglicisms = loanwords(tgt_lang)
    for bead in pair.matched:
        source_span = pair.source_span(bead)
        source_chunk = source_span.of(src_text)
        source_words = {w.lower() for w in LETTERS.findall(source_chunk)}
        source_acronyms = set(_ACRONYM.findall(source_chunk))
        target_span = pair.target_span(bead)
        for match in LETTERS.finditer(text, target_span.start, target_span.end):
            word = match.group(0)
            lower = word.lower()
            if len(word) < MIN_LENGTH or not word.islower() or lower not in source_words or lower in seen:
                continue
            if any(c.start <= match.start() < c.end for c in copies) or _in_address(text, match) or lower in anglicisms:
                continue
            # A long word the translation's language has never seen, copied from the source, is left too.
            if belongs_to(lower, src_lang, tgt_lang):
                why = f"“{word}” is a {_name(src_lang)} word left untranslated"
            elif len(word) >= UNKNOWN_LENGTH and unknown(lower, tgt_lang) and not unknown(lower, src_lang):
                why = f"“{word}” is copied from the source and is no {_name(tgt_lang)} word"
            else:
                continue
            seen.add(lower)
            yield PairHit(Span(match.start(), match.end()), _find(src_text, source_span, word), why, f"translate “{word}”")
        for match in _ACRONYM.finditer(text, target_span.start, target_span.end):
            acronym = match.group(0).strip()
            if acronym not in source_acronyms or acronym in seen or _NAME_GOES_ON.match(text, match.end()):
                continue
            seen.add(acronym)  # judged once per document
            if explained(text, acronym):
                continue
            own = localised(src_lang, tgt_lang).get(acronym)
            if own is not None:
                why, fix = f"“{acronym}” is the {_name(src_lang)} acronym", f"write {own}"
            elif expanded_in_source(src_text, acronym, src_lang, tgt_lang):
                why = f"“{acronym}” abbreviates a {_name(src_lang)} name the translation never spells out"
                fix = f"give the {_name(tgt_lang)} name the first time, e.g. “English Name ({acronym})”"
            else:
                continue
            yield PairHit(Span(match.start(), match.start() + len(acronym)), _find(src_text, source_span, acronym),
                          why, fix)


def verbatim_runs(pair: Pair) -> list[Span]:
    """Runs of words the translation writes as its source sentence does, whatever their language."""
    out = []
    for bead in pair.matched:
        source_words = [w for i in bead.source for w, _, _ in tokens(pair.source.text, pair.source.sentences[i].start,
                                                                        pair.source.sentences[i].end)]
        span = pair.target_span(bead)
        target = tokens(pair.target.text, span.start, span.end)
        out += [Span(target[first][1], target[last][2]) for first, last in copied_runs(source_words, target)]
    return out


@lru_cache(maxsize=8)
def loanwords(language: str) -> frozenset[str]:
    """Foreign words ``language``'s press writes as they are (style guides accept them): not left untranslated."""
    path = files("transcompare.data.crosscheck") / f"loanwords-{language}.txt"
    if not path.is_file():
        return frozenset()
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip().lower() for w in lines if w.strip() and not w.startswith("#"))


def expanded_in_source(text: str, acronym: str, src_lang: str, tgt_lang: str) -> bool:
    """The source spells the acronym out in its own language, initials matching: "Instituto Mexicano del
    Seguro Social (IMSS)" or "IMSS (Instituto ...)"; not a gloss of a foreign acronym."""
    own = function_words(src_lang) - function_words(tgt_lang)
    any_function = function_words(src_lang) | function_words(tgt_lang)
    letters = re.sub(r"[^A-ZÁÉÍÓÚÑ]", "", acronym.upper())
    escaped = re.escape(acronym)
    for match in re.finditer(rf"\(\s*{escaped}\s*[),]|\b{escaped}\s*\(([^()]{{5,160}})\)", text):
        if match.group(1) is None:  # "Name Words (ACR)": the words before the bracket
            words = text[max(0, match.start() - EXPANSION_REACH) : match.start()].split()[1:]
        else:
            words = match.group(1).split()
        words = [w.strip(",.;:“”\"«»") for w in words]
        content = [w for w in words if w and w.lower() not in any_function]
        window = content[-len(letters):] if match.group(1) is None else content[: len(letters)]
        if len(window) == len(letters) and "".join(w[0].upper() for w in window) == letters \
                and any(w.lower() in own for w in words):
            return True
    return False


def _in_address(text: str, match: re.Match) -> bool:
    """Part of a web or e-mail address ("weather.com", "@agency"): not prose."""
    before, after = text[max(0, match.start() - 1) : match.start()], text[match.end() : match.end() + 2]
    return before in ("@", "/", ".") or bool(re.match(r"\.[a-z]", after))


def _find(text: str, span: Span, word: str) -> Span:
    found = re.search(rf"\b{re.escape(word)}(?!\w)", text[span.start : span.end], re.IGNORECASE)
    return Span(span.start + found.start(), span.start + found.end()) if found else span


def _name(code: str) -> str:
    return languages.name(code)
