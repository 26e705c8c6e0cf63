"""Quotation artifacts: empty or unbalanced quotations, misplaced closing marks."""

from __future__ import annotations

import bisect
import re

from ..cues import FUNCTION_WORDS
from ..datamodel import Severity, Span
from . import AuditContext, Hit, detector
from .quote_marks import explained_marks

# Marks whose direction is unambiguous; straight quotes are told apart by spacing, so a
# misplaced straight quote cannot be recognised. French « » legitimately take spaces.
_SPACED_STYLES = ("curly", "low", "single")


@detector("quote.empty", "accuracy/omission", Severity.CRITICAL, "A quotation with nothing between its marks.")
def empty_quotation(ctx: AuditContext):
    for quote in ctx.document.quote_marks:
        if quote.closed and not quote.inner.of(ctx.text).strip() and not _explained(ctx, quote.span.start):
            yield Hit(quote.span, "empty quotation: the quoted words were lost",
                      "restore the quoted words from the source, or remove the marks")


@detector("quote.unbalanced", "fluency/punctuation", Severity.MAJOR, "An opening mark never closed, or a closing mark never opened.")
def unbalanced_marks(ctx: AuditContext):
    text = ctx.text
    quotes = ctx.document.quote_marks
    starts = [p.start for p in ctx.document.paragraphs]
    for quote in quotes:
        if not quote.closed and not _explained(ctx, quote.span.start):
            mark = Span(quote.span.start, quote.span.start + 1)
            if _reopened(text, quote, ctx.document.paragraphs, starts):
                continue  # “A. “B.” : the quotation goes on, reopened as at a paragraph's start
            spaced = _spaced_close(text, quote, ctx.document.paragraphs)
            if spaced is not None:  # “… prepared. ' That's”: the closing mark is there, set apart by a space
                yield Hit(Span(spaced - 1, spaced + 1), f"space before the closing mark {mark.of(text)}",
                          "remove the space: the closing mark follows the last word")
                continue
            yield Hit(mark, f"opening mark {mark.of(text)} is never closed",
                      "add the closing mark where the quotation ends")
    for mark in ctx.document.stray_marks:
        if _explained(ctx, mark.start):
            continue
        early = _early_close(text, quotes, mark)
        if early is not None:
            yield Hit(early, f"the closing mark {early.of(text)} ends the quotation too early: the words after it "
                             f"run on to a second closing mark",
                      "remove this mark (or the later one), so that one pair of marks holds the quoted words")
            continue
        plural = _PLURAL_BEFORE.search(text[max(0, mark.start - 40) : mark.start])
        if mark.of(text) == '"' and plural is not None and _possessive_apostrophe(ctx, mark.end):
            yield Hit(mark, f"closing mark \" has no opening mark: after “{plural.group(0)}” it reads as a "
                            f"possessive apostrophe typed as a double mark", f"write {plural.group(0)}’")
            continue
        yield Hit(mark, f"closing mark {mark.of(text)} has no opening mark",
                  "add the opening mark where the quotation starts, or remove this one")


_CLOSER = {"“": "”", '"': '"', "«": "»", "„": "“"}
_OPENS_SENTENCE = re.compile(r"[.!?…:]\s+$")  # a quotation opens a sentence, or follows a colon
_SENTENCE_BREAK = re.compile(r"[.!?…]+\s+(?=\S)")
_LOOKAHEAD = 3000  # characters: bounded, so a long paragraph stays linear


# A plural right before a stray double mark that a word follows: the Lakers" website, Dragons" Den.
_PLURAL_BEFORE = re.compile(r"\b\w+[sS]$")
_WORD_AFTER = re.compile(r" (\w+)")


def _possessive_apostrophe(ctx: AuditContext, after_mark: int) -> bool:
    """Whether the word after a stray double mark could be what a plural possessive owns (the players" coach):
    English only (Spanish writes no possessive apostrophe), and a content word, not "and" or "to" (great news" and)."""
    word = _WORD_AFTER.match(ctx.text, after_mark)
    return ctx.document.language == "en" and word is not None and word.group(1).lower() not in FUNCTION_WORDS


def _reopened(text: str, quote, paragraphs, starts: list[int]) -> bool:
    """A quotation opened at a sentence's start whose next mark of its kind opens the very next sentence, after
    its full stop and no closing mark (“… considerable. “Back then …”): the newspaper convention
    for a quotation over several paragraphs (each paragraph reopens it, only the last closes it), where the
    paragraph breaks were lost (flattened copy, a translation made sentence by sentence)."""
    start = quote.span.start
    opening = text[start]
    closer = _CLOSER.get(opening)
    index = bisect.bisect_right(starts, start) - 1
    paragraph = paragraphs[index] if index >= 0 else Span(0, len(text))
    if closer is None or not (start == paragraph.start
                              or _OPENS_SENTENCE.search(text[max(paragraph.start, start - 3) : start])):
        return False
    end = min(paragraph.end, start + _LOOKAHEAD)
    candidates = [k for k in (text.find(opening, start + 1, end), text.find(closer, start + 1, end)) if k >= 0]
    if not candidates:
        return False
    at = min(candidates)
    after = text[at + 1 : at + 2]
    if text[at] != opening or not after or not (after.isalnum() or after in "¿¡"):  # "" at the text's end
        return False
    # It reopens the very next sentence: the quoted one ends right before it (no unquoted sentence between).
    first_end = _SENTENCE_BREAK.search(text, start + 1, at + 1)
    return first_end is not None and first_end.end() == at


def _spaced_close(text: str, quote, paragraphs) -> int | None:
    """Where a mark like the unclosed opening one stands between spaces later in its paragraph, after a
    sentence's end (“… prepared. ' That”): the closing mark, written with a space before it."""
    opening = text[quote.span.start]
    end = next((p.end for p in paragraphs if p.start <= quote.span.start < p.end), len(text))
    at = text.find(" " + opening, quote.span.start + 1, end)
    if at < 0 or text[at - 1] not in ".!?,":
        return None
    after = at + 2
    return at + 1 if after >= end or text[after] in " \n" else None


# After a closing mark, words that carry on as an attribution (“,” he said) or a following clause: not a run-on.
_ATTRIBUTION_AFTER = re.compile(r"\s*(?:[,.;:!?)\]—–-]|(?:he|she|they|it|we|I|said|says|added|adds|according|and|"
                                r"but|or|as|which|who|when|while|because|in|on|at|of|for|from|with|by)\b|[A-Z\d]|$)")


def _early_close(text: str, quotes, stray: Span) -> Span | None:
    """A quotation closed after a sentence's end (“… addressed.” leave the …”) whose words run on, in lowercase and
    with no opening mark, to a closing mark with no opening one: the first mark is the one out of place."""
    before = [q for q in quotes if q.closed and q.span.end <= stray.start and q.depth == 0]
    if not before:
        return None
    last = before[-1]
    close = last.span.end - 1
    between = text[last.span.end : stray.start]
    if "\n" in between or len(between) > 200 or text[close - 1] not in ".!?":
        return None
    if _ATTRIBUTION_AFTER.match(text, last.span.end):
        return None
    return Span(close - 1, close + 1)


def _explained(ctx: AuditContext, position: int) -> bool:
    """A mark inside markup (an HTML attribute), or one quote.marks explains (doubled, mixed, reversed)."""
    return position in explained_marks(ctx) or ctx.inside_markup(Span(position, position + 1))


def _closing_marks(ctx: AuditContext):
    for quote in ctx.document.quote_marks:
        if quote.closed and quote.style in _SPACED_STYLES and quote.inner.of(ctx.text).strip():
            yield quote, quote.span.end - 1
    for mark in ctx.document.stray_marks:
        if not ctx.inside_markup(mark):
            yield None, mark.start


@detector("quote.mark-spacing", "fluency/punctuation", Severity.MAJOR,
          "A closing mark with a space before it or glued to the next word.")
def closing_mark_spacing(ctx: AuditContext):
    text = ctx.text
    for _, pos in _closing_marks(ctx):
        space_before = pos > 0 and text[pos - 1] in " \t"
        glued_after = pos + 1 < len(text) and text[pos + 1].isalnum()
        if not (space_before or glued_after):
            continue
        mark = text[pos]
        last_word = re.search(r"(\S*)\s*$", text[max(0, pos - 40) : pos])
        previous = last_word.group(1) if last_word else ""
        next_word = re.match(r"\w*", text[pos + 1 : pos + 41])
        following = next_word.group(0) if next_word else ""
        span = Span(pos - 1 if space_before else pos, pos + 1 + (len(following) if glued_after else 0))
        if space_before and glued_after:
            message = "closing mark detached from the quotation and glued to the next word"
        elif space_before:
            message = "space before the closing quotation mark"
        else:
            message = "closing quotation mark glued to the next word"
        fixed = f"{previous}{mark}" + (f" {following}" if glued_after else "")
        yield Hit(span, message, f"write: {fixed}")
    # Opening marks followed by a space (“ word): a typical tokenizer artifact.
    for quote in ctx.document.quote_marks:
        if (quote.style in _SPACED_STYLES and quote.inner.of(text)[:1] == " " and quote.inner.of(text).strip()
                and not _explained(ctx, quote.span.start)):
            yield Hit(Span(quote.span.start, quote.span.start + 2), "space after the opening quotation mark",
                      "remove the space", severity=Severity.MINOR)
