"""HTML entities and tags leaked into the text (`&quot;` written for a quotation mark, `<br>`).

Machine translation of web pages and LLM output often escape or keep markup. One finding per
run of the same problem (an entity, or tags) over consecutive paragraphs, with its count, so a
system that wrote `&quot;` 400 times gives a few readable lines rather than 400.

Also home of :func:`non_prose_spans`: markup, web addresses and handles, which other
detectors skip (a quotation mark inside a tag attribute is no quotation; a URL is no
untranslated text).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from ..datamodel import Severity, Span
from . import AuditContext, Hit, detector

_ENTITY = re.compile(r"&(?:[a-zA-Z][a-zA-Z0-9]{1,9};|#\d{2,7};|#[xX][0-9a-fA-F]{2,6};|(?:quot|amp|lt|gt|nbsp|apos|#39|#34)\b)")
_TAG = re.compile(r"</?(?P<name>[a-zA-Z][a-zA-Z0-9]*)(?:\s+[^<>]{0,500}?)?\s*/?>")
# Only real HTML elements count as a leak; other tag-like text (a scraper's <tweet>) is only skipped.
HTML_TAGS = frozenset(
    """a abbr article aside b big blockquote body br caption center cite code dd del div dl dt em figcaption
    figure font footer h1 h2 h3 h4 h5 h6 head header hr html i iframe img ins kbd li link mark meta nav ol
    p pre q s script section small source span strike strong style sub sup table tbody td tfoot th thead
    time title tr tt u ul video""".split()
)
# Web and e-mail addresses, handles, hashtags and code are found from a mark they must contain
# (://, www., @, #, a top-level domain, _, `, {) and widened to the whole token: a regex that
# tried every word as the start of an address would read the text many times over. Every branch opens
# with a literal character (@|#, not [@#]), so the search skips to those characters in C.
_ANCHOR = re.compile(r"https?://|www\.|@|#|\.(?:com|org|net|gov|edu|ly|co|io|es|mx|ar|uk)\b|_|`|\{")
_TOKEN_CHAR = re.compile(r"[\w.+\-/:%?=&~#@]")
_ADDRESS_BODY = re.compile(r"[^\s<>\"“”«»()\[\]]*")
_HANDLE = re.compile(r"[@#][A-Za-z_]\w*")
_CALL = re.compile(r"\([^()\n]{0,300}\)")
_BACKTICKS = re.compile(r"`[^`\n]{1,500}`")
_BRACES = re.compile(r"\{[^{}\n]{0,500}\}")
_EXPLAINED = {'"': "a quotation mark", "'": "an apostrophe", "’": "an apostrophe", "&": "an ampersand (&)",
              "\xa0": "a space", "<": "the sign <", ">": "the sign >"}


def non_prose_spans(text: str) -> list[Span]:
    """Sorted, disjoint spans of markup, web and e-mail addresses, @handles/#hashtags and code."""
    spans: list[Span] = []
    if "<" in text:
        spans += (Span(m.start(), m.end()) for m in _TAG.finditer(text))
    if "&" in text:
        spans += (Span(m.start(), m.end()) for m in _ENTITY.finditer(text) if _decoded(m.group(0)) is not None)
    covered = -1
    for anchor in _ANCHOR.finditer(text):
        if anchor.start() < covered:
            continue
        span = _widen(text, anchor)
        if span is not None:
            spans.append(span)
            covered = span.end
    spans.sort()
    merged: list[Span] = []
    for span in spans:
        if merged and span.start < merged[-1].end:
            merged[-1] = Span(merged[-1].start, max(merged[-1].end, span.end))
        else:
            merged.append(span)
    return merged


def _widen(text: str, anchor: re.Match) -> Span | None:
    """The address, handle or piece of code around ``anchor``; None when it is prose after all."""
    mark, at = anchor.group(0), anchor.start()
    if mark == "`":
        found = _BACKTICKS.match(text, at)
        return Span(at, found.end()) if found else None
    if mark == "{":
        found = _BRACES.match(text, at)
        return Span(at, found.end()) if found else None
    start = at
    while start > 0 and _TOKEN_CHAR.match(text, start - 1):
        start -= 1
    if mark in "@#" and start == at:  # a handle or hashtag, not inside a word
        found = _HANDLE.match(text, at)
        return Span(at, found.end()) if found else None
    body = _ADDRESS_BODY.match(text, at)
    end = body.end() if body else at
    while end > at and text[end - 1] in ".,;:!?'’":  # the sentence's punctuation is no part of it
        end -= 1
    if mark == "_":
        if not (start < at and text[start].isalnum()):
            return None
        call = _CALL.match(text, end)
        end = call.end() if call else end
    elif mark in "@#" and "." not in text[at:end]:
        return None  # "a@b" without a domain, "C#"
    return Span(start, end) if end > start else None


def _decoded(entity: str) -> str | None:
    """What an entity stands for; None for text that only looks like one (AT&T;)."""
    full = entity if entity.endswith(";") else entity + ";"
    decoded = html.unescape(full)
    return None if decoded == full else decoded


@dataclass
class _Run:
    kind: str  # the entity as written, or "tags"
    first: Span  # first to last occurrence in the run's first paragraph
    count: int
    paragraphs: int
    last_paragraph: int
    examples: list[str]


def _problems(text: str, paragraph: Span):
    """(kind, span, written) of each leak in a paragraph."""
    for match in _ENTITY.finditer(text, paragraph.start, paragraph.end):
        if _decoded(match.group(0)) is not None:
            yield match.group(0), Span(match.start(), match.end()), match.group(0)
    if "<" in paragraph.of(text):
        for match in _TAG.finditer(text, paragraph.start, paragraph.end):
            if match["name"].lower() in HTML_TAGS:
                yield "tags", Span(match.start(), match.end()), match.group(0)


def _message(run: _Run) -> tuple[str, str]:
    times = f"{run.count} times" if run.count > 1 else "once"
    where = f" in {run.paragraphs} consecutive paragraphs" if run.paragraphs > 1 else ""
    if run.kind == "tags":
        shown = ", ".join(dict.fromkeys(run.examples))[:80]
        return (f"HTML tags left in the text ({shown}), {times}{where}",
                "remove the tags: they are page markup, not article text")
    meant = _decoded(run.kind) or ""
    fix = "a quotation mark (“ or ”)" if meant == '"' else "a space" if meant.isspace() else meant
    return (f"HTML entity {run.kind} written for {_EXPLAINED.get(meant, meant)}, {times}{where}",
            f"replace every {run.kind} with {fix}")


@detector("markup.leak", "structure/leak", Severity.MAJOR,
          "HTML entities (&quot; &amp; &#39;) and tags (<br>, <p>) left in the text; one finding per run.")
def leaked_markup(ctx: AuditContext):
    text, doc = ctx.text, ctx.document
    if "&" not in text and "<" not in text:
        return
    open_runs: dict[str, _Run] = {}
    finished: list[_Run] = []
    for index, paragraph in enumerate(doc.paragraphs):
        for kind, span, written in _problems(text, paragraph):
            run = open_runs.get(kind)
            if run is not None and run.last_paragraph < index - 1:
                finished.append(open_runs.pop(kind))
                run = None
            if run is None:
                open_runs[kind] = run = _Run(kind, span, 0, 0, index - 1, [])
            if run.last_paragraph != index:
                run.paragraphs += 1
                run.last_paragraph = index
            if run.paragraphs == 1:
                run.first = Span(run.first.start, span.end)
            run.count += 1
            if len(run.examples) < 8:
                run.examples.append(written if len(written) <= 12 else written[:10] + "…>")
    finished.extend(open_runs.values())
    for run in sorted(finished, key=lambda r: r.first.start):
        message, suggestion = _message(run)
        yield Hit(run.first, message, suggestion, evidence=f"{run.count}× {run.kind}")
