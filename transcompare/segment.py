"""Paragraph and sentence splitting with character offsets.

Rule-based and fast (linear in the text): a sentence ends at . ! ? … (with any
closing quotes or brackets after it) followed by space and a word that can start a
sentence. Abbreviations are handled per language (languages.abbreviation_rules); a
period followed by a lowercase word never ends a sentence (that pattern is a
translation artifact the audit reports).
"""

from __future__ import annotations

import re

from . import languages
from .cues import SPEECH_VERBS
from .datamodel import Span
from .quotation_marks import NAME

# Every language's abbreviations, for callers that do not know the language (the stray-period
# detector asks whether a token is an abbreviation at all).
_EVERY_LANGUAGE = languages.abbreviation_rules(None)
NEVER_FINAL = _EVERY_LANGUAGE.titles
BEFORE_NUMBER = _EVERY_LANGUAGE.before_number

_BLANK_LINES = re.compile(r"\n[ \t]*\n\s*")
# The lookbehind starts a match only at the first mark of a run, so a long run of marks is read once; it
# comes after the first mark, so the search skips to the marks in C. Closing marks may follow the final
# mark, the curly ones and guillemets after a space too (“… así. ”, « … fin. »).
_CANDIDATE = re.compile(
    r"(?P<end>[.!?…](?<![.!?…].)[.!?…]*)(?P<closers>(?:[\"'”’»)\]]|[ \t\xa0\u202f][”»](?=\s))*)(?P<space>\s+)"
)
_OPENERS = "\"“‘«(¿¡[—–-'„"
_CLOSING_MARKS = "”’»"
_NEXT_WORD = re.compile(r"\w[\w’'.-]*")
_INITIALS = re.compile(r"(?:\w\.)+\w")
_LIST_MARKER = re.compile(r"\d{1,3}|[IVXivx]{1,4}|[A-Za-z]")
_HAS_WORD = re.compile(r"\w")
# word_before looks this far back: enough for any abbreviation, and constant per call, so a long
# paragraph is not rescanned from its start at every candidate sentence end.
_LOOKBACK = 64


# After a quotation that ends with its own mark, a named speaker and a speech verb finish the same
# sentence: “We will win!” Ana Ruiz said. (Not when the verb introduces another quotation: “…” He
# added, “…” or He added: “…”.)
_ATTRIBUTION = re.compile(rf"(?:{NAME})\s+(?:{SPEECH_VERBS})(?=\s*[.;!?]|\s*,(?!\s*[\"“‘«'])|\s*\Z)")
_ATTRIBUTION_REACH = 200


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
    rules = languages.abbreviation_rules(language)
    spans: list[Span] = []
    start = 0
    for match in _CANDIDATE.finditer(chunk):
        if _is_boundary(chunk, match, rules, start):
            end = match.start("space")
            if end > start:
                _add(spans, chunk, paragraph.start, start, end)
            start = match.end()
    if start < len(chunk):
        _add(spans, chunk, paragraph.start, start, len(chunk))
    return spans


def _add(spans: list[Span], chunk: str, base: int, start: int, end: int) -> None:
    """A piece without a letter or digit (a stray “”,” or “.”) belongs to the sentence before it."""
    if spans and not chunk[start].isalnum() and not _HAS_WORD.search(chunk, start, end):
        spans[-1] = Span(spans[-1].start, base + end)
    else:
        spans.append(Span(base + start, base + end))


def next_word(chunk: str, pos: int) -> str:
    """The word starting at ``pos`` after any opening (or stray closing) marks and the spaces among them
    ("-- a movie")."""
    while pos < len(chunk) and (chunk[pos] in _OPENERS or chunk[pos] in _CLOSING_MARKS or chunk[pos] == "…"
                                or (chunk[pos].isspace() and chunk[pos - 1] in _OPENERS)):
        pos += 1
    match = _NEXT_WORD.match(chunk, pos, pos + 40)
    return match.group(0) if match else chunk[pos : pos + 1]


def _token_before(chunk: str, end: int) -> tuple[str, int]:
    """The word before ``end`` without its opening marks, and where it starts (with them): the run of
    non-space characters that ends at ``end`` (or at a line break just before it), none when it starts
    more than _LOOKBACK characters back. Read with str.rsplit, a third of the time of a regex search."""
    low = max(0, end - _LOOKBACK)
    stop = end - 1 if end > low and chunk[end - 1] == "\n" else end
    window = chunk[low:stop]
    if not window or window[-1].isspace():
        return "", end
    token = window.rsplit(None, 1)[-1]
    start = stop - len(token)
    if start == low and low > 0 and not chunk[low - 1].isspace():
        return "", end  # a longer run: no word that short ends here
    return token.lstrip(_OPENERS), start


def word_before(chunk: str, end: int) -> str:
    return _token_before(chunk, end)[0]


def is_abbreviation(token: str, language: str | None = None) -> bool:
    """``token`` is the word before a period (without the period); every language's when none is given."""
    return (
        languages.abbreviation_rules(language).is_abbreviation(token)
        or (len(token) == 1 and token.isalpha())
        or bool(_INITIALS.fullmatch(token))
    )


def _continues(chunk: str, pos: int) -> bool:
    """What follows the space goes on with the sentence: a comma or colon, or a detached closing mark
    before one (“… dárselo. ”, dijo”)."""
    char = chunk[pos : pos + 1]
    return char in (",", ";", ":") or (char in ("”", "»") and not chunk[pos + 1 : pos + 2].isalnum())


def _attribution_follows(chunk: str, pos: int) -> bool:
    limit = min(len(chunk), pos + _ATTRIBUTION_REACH)
    match = _ATTRIBUTION.match(chunk, pos, limit)
    return match is not None and (limit == len(chunk) or match.end() < limit)


def _is_boundary(chunk: str, match: re.Match, rules: languages.AbbreviationRules, sentence_start: int) -> bool:
    after = match.end()
    # Most often a word starts right after the space: nothing to skip.
    word = _NEXT_WORD.match(chunk, after, after + 40) if after < len(chunk) and chunk[after].isalpha() else None
    if word:
        following = word.group(0)
    else:
        if _continues(chunk, after):
            return False
        following = next_word(chunk, after)
        if not following:
            return False
    first = following[0]
    if first.islower():
        return False
    end = match["end"]
    if end.endswith("…") or end == "...":
        start = match.start("end")
        if start > 0 and chunk[start - 1] in "([":  # "(…)" marks an elision, not an end
            return False
        return first.isupper()  # a number after an ellipsis goes on: "rose to… 1987"
    closers = match["closers"]
    if closers:
        if any(mark in closers for mark in "\"'”’»"):  # a quotation ends here, unless its speaker follows
            return not _attribution_follows(chunk, after)
        return True  # `.)` closes something: the sentence ends with it
    if end != ".":
        return True  # ? ! and combinations
    token, token_start = _token_before(chunk, match.start("end"))
    return _period_ends(chunk, token, token_start, following, rules, sentence_start)


def _period_ends(chunk: str, token: str, token_start: int, following: str, rules: languages.AbbreviationRules,
                 sentence_start: int) -> bool:
    """Whether the period after ``token`` ends the sentence, given the word that follows it."""
    lower, first = token.lower(), following[0]
    if lower in rules.titles or (lower in rules.foreign_titles and token[:1].isupper()):
        return False
    if lower in rules.final_unless_number:
        return not first.isdigit()
    if lower in rules.before_number and first.isdigit():
        return False
    short = len(token) <= 4
    if short and _LIST_MARKER.fullmatch(token) and _starts_item(chunk, token_start, sentence_start):
        return False  # "1. Cut taxes. 2. Raise wages."
    if (short and len(token) == 1 and token.isalpha()) or lower in rules.may_end or token in rules.capitalised \
            or ("." in token and _INITIALS.fullmatch(token)):
        return following.lower() in rules.sentence_openers
    return True


def _starts_item(chunk: str, token_start: int, sentence_start: int) -> bool:
    """The token opens its sentence, or follows a colon: a list marker."""
    if token_start <= sentence_start:
        return True
    before = chunk[max(sentence_start, token_start - 3) : token_start].rstrip()
    return before.endswith(":")
