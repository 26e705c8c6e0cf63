"""Paragraph and sentence splitting with character offsets.

Rule-based and fast (linear in the text): a sentence ends at . ! ? … (with any
closing quotes or brackets after it) followed by space and a word that can start a
sentence. Abbreviations are handled per language; a period followed by a lowercase
word never ends a sentence (that pattern is a translation artifact the audit reports).
"""

from __future__ import annotations

import re

from .model import Span

LANGUAGES = ("en", "es", "fr", "de", "pt")

# Abbreviations after which a sentence never ends (titles, "No. 5", initials).
NEVER_FINAL = frozenset(
    """mr mrs ms messrs dr prof gen col lt sgt capt cmdr adm gov sen rep rev hon st mt vs
    sr sra srta sres dra dres lic ing gral arq dña dn ee mme mlle mm hr fr frau bzw ca dt""".split()
)
# Abbreviations that never end a sentence when a number follows ("No. 10", "art. 5").
BEFORE_NUMBER = frozenset("no nos nr nº art arts fig p pp vol núm".split())
# Abbreviations that can also end a sentence: split only before a typical sentence opener.
MAY_BE_FINAL = frozenset(
    """u.s u.k u.n e.u ee.uu uu a.m p.m etc inc ltd co corp jr e.g i.e approx jan feb mar apr
    jun jul aug sep sept oct nov dec d.c u.s.a ene abr ago dic cía etc usw z.b""".split()
)
# AP-style US state abbreviations (headlines: "Calif. may raise the minimum wage"), matched with
# their capital so that "ill." or "wash." at the end of a sentence still end it.
STATES = frozenset(
    """Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont
    Neb Nev Okla Ore Pa Tenn Tex Vt Va Wash Wis Wyo""".split()
)
SENTENCE_OPENERS = frozenset(
    """the a an he she it they we i you this that these those there but and in on at for his her
    its their our however meanwhile after before when while if as so yet also some many most
    el la los las un una él ella ellos ellas este esta esto estos estas pero y en por para sin
    con su sus además sin también según le les il elle ils elles nous mais et dans pour der die
    das er sie es wir aber und o os as ele ela eles mas""".split()
)

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
        or token in STATES
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
