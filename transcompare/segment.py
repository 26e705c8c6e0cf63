"""Paragraph and sentence splitting with character offsets.

Rule-based and fast (linear in the text): a sentence ends at . ! ? … (with any
closing quotes or brackets after it) followed by space and a word that can start a
sentence. Abbreviations are handled per language; a period followed by a lowercase
word never ends a sentence (that pattern is a translation artifact the audit reports).
"""

from __future__ import annotations

import re

from . import languages
from .model import Span

# Abbreviations of every language in the table (a document quotes titles of others: "Sr. López").
# NEVER_FINAL never end a sentence; MAY_BE_FINAL end one only before a typical sentence opener;
# BEFORE_NUMBER never end one when a number follows ("No. 10", "art. 5").
NEVER_FINAL, MAY_BE_FINAL, SENTENCE_OPENERS, BEFORE_NUMBER = languages.all_abbreviations()
# Abbreviations that may end a sentence only as written, with their capital ("Calif.", "Wash."),
# so that "ill." or "wash." at the end of a sentence still end it.
CAPITALISED = languages.capitalised_abbreviations()

_BLANK_LINES = re.compile(r"\n[ \t]*\n\s*")
# The lookbehind starts a match only at the first mark of a run, so a long run of marks is read once.
_CANDIDATE = re.compile(r"(?<![.!?…])(?P<end>[.!?…]+)(?P<closers>[\"”’»)\]]*)(?P<space>\s+)")
_OPENERS = "\"“‘«(¿¡[—–-'„"
_CLOSING_MARKS = "”’»"
_WORD_BEFORE = re.compile(r"(\S+)$")
_NEXT_WORD = re.compile(r"\w[\w’'.-]*")
_INITIALS = re.compile(r"(?:\w\.)+\w")
# word_before looks this far back: enough for any abbreviation, and constant per call, so a long
# paragraph is not rescanned from its start at every candidate sentence end.
_LOOKBACK = 64


def paragraphs(text: str, body: Span) -> tuple[Span, ...]:
    """Blocks separated by blank lines; each line when the text has no blank lines."""
    chunk = body.of(text)
    splitter = _BLANK_LINES if _BLANK_LINES.search(chunk) else re.compile(r"\n\s*")
    spans: list[Span] = []
    start = 0
    for match in splitter.finditer(chunk):
        spans.extend(_stripped(chunk, start, match.start(), body.start))
        start = match.end()
    spans.extend(_stripped(chunk, start, len(chunk), body.start))
    return tuple(spans)


def _stripped(chunk: str, start: int, end: int, base: int) -> list[Span]:
    piece = chunk[start:end]
    left = len(piece) - len(piece.lstrip())
    right = len(piece.rstrip())
    if right <= left:
        return []
    return [Span(base + start + left, base + start + right)]


def sentences(text: str, paragraph_spans: tuple[Span, ...], language: str = "en") -> tuple[Span, ...]:
    out: list[Span] = []
    for paragraph in paragraph_spans:
        out.extend(split_sentences(text, paragraph, language))
    return tuple(out)


def split_sentences(text: str, paragraph: Span, language: str = "en") -> list[Span]:
    """Sentence spans inside one paragraph (sentences never cross paragraphs)."""
    chunk = paragraph.of(text)
    spans: list[Span] = []
    start = 0
    for match in _CANDIDATE.finditer(chunk):
        if _is_boundary(chunk, match):
            end = match.start("space")
            if end > start:
                spans.append(Span(paragraph.start + start, paragraph.start + end))
            start = match.end()
    if start < len(chunk):
        spans.append(Span(paragraph.start + start, paragraph.end))
    return spans


def next_word(chunk: str, pos: int) -> str:
    """The word starting at ``pos`` after any opening (or stray closing) marks."""
    while pos < len(chunk) and (chunk[pos] in _OPENERS or chunk[pos] in _CLOSING_MARKS or chunk[pos] == "…"):
        pos += 1
    match = _NEXT_WORD.match(chunk, pos, pos + 40)
    return match.group(0) if match else chunk[pos : pos + 1]


def word_before(chunk: str, end: int) -> str:
    match = _WORD_BEFORE.search(chunk, max(0, end - _LOOKBACK), end)
    return match.group(1).lstrip(_OPENERS) if match else ""


def is_abbreviation(token: str) -> bool:
    """``token`` is the word before a period (without the period)."""
    lower = token.lower()
    return (
        lower in NEVER_FINAL
        or lower in MAY_BE_FINAL
        or token in CAPITALISED
        or (len(token) == 1 and token.isalpha())
        or bool(_INITIALS.fullmatch(token))
    )


def _is_boundary(chunk: str, match: re.Match) -> bool:
    end = match["end"]
    following = next_word(chunk, match.end())
    if not following:
        return False
    first = following[0]
    if first.islower():
        return False
    if end.endswith("…") or end == "...":
        start = match.start("end")
        if start > 0 and chunk[start - 1] in "([":  # "(…)" marks an elision, not an end
            return False
        return first.isupper() or first.isdigit()
    if end != ".":
        return True  # ? ! and combinations
    if match["closers"]:
        return True  # `.”` or `.)` closes something: the sentence ends with it
    token = word_before(chunk, match.start("end"))
    lower = token.lower()
    if lower in NEVER_FINAL or (len(token) == 1 and token.isalpha()):
        return False
    if lower in BEFORE_NUMBER and first.isdigit():
        return False
    if is_abbreviation(token):
        return following.lower() in SENTENCE_OPENERS
    return True
