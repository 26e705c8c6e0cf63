"""Quotation extraction: marks, nesting, multi-paragraph quotations, dash dialogue.

One pass over the body with a stack of open marks. Unambiguous marks (“ ” « » ‘)
open or close; straight quotes and ’ are decided by what surrounds them, so the
apostrophes in Moscow’s, don’t or 1990s’ are never taken for quotation marks.
Archive styles are read too: ``…'' and ''…'' (two characters each), and the HTML
entities &quot; &ldquo; &rdquo; left in scraped or machine-translated text (reading them
here; the leak itself is another detector's business). A straight quote right after
"=" opens a markup attribute (author="…"), not a quotation. A paragraph that opens with
a dash glued to a word is Spanish-style dialogue: "—No lo aceptaremos —dijo la
ministra—. Es tarde." holds two quotations around the narrator's words.
A quotation still open at the end of a paragraph continues when the next paragraph
opens with the same mark (the newspaper convention; a line counts as a paragraph for
this, since scraped copy often puts one paragraph a line), or when the first mark of the
next paragraphs closes it (a quotation over paragraphs, marked only at its ends);
otherwise it is reported as unclosed rather than guessed. Speakers are attached by ``attribution``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from .cues import FUNCTION_WORDS
from .datamodel import Quote, Span

# style -> (opening marks, closing marks)
STYLES = {
    "curly": ("“", "”"),
    "low": ("„", "“”"),
    "guillemet": ("«", "»"),
    "single": ("‘", "’"),
    "straight": ('"', '"'),
    "straight-single": ("'", "'"),
    "backtick": ("``", "''"),
    "doubled": ("''", "''"),
    "entity": ("&quot;", "&quot;"),
}
MARKS = frozenset("“”„«»‘’\"'")
# Two-character and entity marks first, so that '' is not read as two apostrophes.
_MARK_RE = re.compile(r"``|''|&(?:quot|#34|#x22|ldquo|rdquo|#8220|#8221);|[“”„«»‘’\"']")
_ENTITY_AS = {"&quot;": '"', "&#34;": '"', "&#x22;": '"', "&ldquo;": "“", "&#8220;": "“", "&rdquo;": "”", "&#8221;": "”"}
_DASHES = "—―"
_DETACHED_APOSTROPHE = re.compile(r"(?:s|re|ll|ve|d|m|t|\d\ds?|cause|em|til|tis|twas)\b", re.IGNORECASE)


_MAX_DEPTH = 6  # quotations inside quotations inside …: real text stops long before


@dataclass
class _Open:
    style: str
    position: int
    depth: int
    width: int = 1
    paragraphs: int = 1
    found_before: int = 0  # how many quotations had ended when this one opened


@dataclass(frozen=True)
class Extraction:
    quotes: tuple[Quote, ...]
    stray_marks: tuple[Span, ...]


def _is_word_char(ch: str) -> bool:
    return ch.isalnum()


def _closes_later(text: str, i: int, end: int, closer: str) -> bool:
    """Whether a closing ``closer`` comes later in the paragraph (before punctuation or a space at its end),
    so that the one at ``i``, after an s and before a word, is a plural possessive: 'the Workers' Day.'"""
    if not (text[i - 1:i] in ("s", "S") and text[i + 1:i + 2] == " " and text[i + 2:i + 3].isalnum()):
        return False
    following = re.match(r"\w+", text[i + 2:i + 30])
    if following is None or following.group().lower() in FUNCTION_WORDS:
        return False  # 'lies' and 'theories': a closing mark before "and"
    end = min(end, i + _LOOKAHEAD)
    k = text.find(closer, i + 1, end)
    while k >= 0:
        after = text[k + 1:k + 2]
        if not after or not after.isalnum():
            return not text[k - 1:k].isspace()
        k = text.find(closer, k + 1, end)
    return False


_LOOKAHEAD = 3000  # characters a mark looks ahead for its partner: bounded, so a long paragraph stays linear


def _later(text: str, i: int, end: int, mark: str) -> bool:
    """Whether ``mark`` or a closing curly mark comes again before the paragraph ends."""
    end = min(end, i + _LOOKAHEAD)
    return text.find(mark, i + 1, end) >= 0 or text.find("”", i + 1, end) >= 0 or text.find("»", i + 1, end) >= 0


def _classify(text: str, i: int, mark: str, stack: list[_Open], end: int | None = None) -> tuple[str, str] | None:
    """('open'|'close', style) for the mark at ``i``, or None for an apostrophe."""
    end = len(text) if end is None else end
    before = text[i - 1] if i > 0 else " "
    after = text[i + len(mark)] if i + len(mark) < len(text) else " "
    open_styles = [o.style for o in stack]
    if mark == "``":
        return "open", "backtick"
    if mark == "''":
        for style in reversed(open_styles):
            if style in ("backtick", "doubled"):
                return ("close", style) if not before.isspace() else None
        if (before.isspace() or before in "([{—–-") and not after.isspace():
            return "open", "doubled"
        return None
    if mark.startswith("&"):
        equivalent = _ENTITY_AS[mark]
        if equivalent == "“":
            return "open", "entity"
        if equivalent == "”":
            return "close", "entity"
        left = (before.isspace() or before in "([{—–-") and not after.isspace()
        right = not before.isspace() and (after.isspace() or after in ".,;:!?)]}—–-")
        if right and not left:
            return "close", "entity"
        if left and not right:
            return "open", "entity"
        return ("close", "entity") if "entity" in open_styles else ("open", "entity")
    ch = mark
    if ch == "“":
        return ("close", "low") if "low" in open_styles else ("open", "curly")
    if ch == "”":
        return "close", "curly"
    if ch == "„":
        return "open", "low"
    if ch == "«":
        return "open", "guillemet"
    if ch == "»":
        return "close", "guillemet"
    if ch == "‘":
        if _is_word_char(before) and _is_word_char(after) or after.isdigit():
            return None  # Trump‘s, ‘70s: an apostrophe typed as an opening mark
        return ("open", "single") if not after.isspace() else None
    if ch == "’":
        if _is_word_char(before) and _is_word_char(after):
            return None  # Moscow’s, don’t
        if "single" in open_styles and not before.isspace():
            return None if _closes_later(text, i, end, "’") else ("close", "single")
        if (before.isspace() or before in "“«(") and after.isalpha() and stack and not _DETACHED_APOSTROPHE.match(text, i + 1):
            return "open", "single"  # ’ typed for ‘ inside a quotation: “’Not an inch…’”
        return None  # 1990s’, ’tis
    if ch == '"':
        # Straight quotes are ambiguous: decide by which side touches a word.
        # Punctuation after the mark is no word it could open: `al 3% ", señaló` closes (spaced).
        left_flanking = (before.isspace() or before in "([{—–-") and not after.isspace() and after not in ",.;:!?)"
        right_flanking = not before.isspace() and (after.isspace() or after in ".,;:!?)]}—–-")
        if right_flanking and not left_flanking:
            return "close", "straight"
        if left_flanking and not right_flanking:
            if stack and stack[-1].style in ("curly", "guillemet") and after.islower() and not _later(text, i, end, '"'):
                return "close", stack[-1].style  # “… , "he said: machine translation closing “ with "
            return "open", "straight"
        return ("close", "straight") if "straight" in open_styles else ("open", "straight")
    if ch == "'":
        if _is_word_char(before) and _is_word_char(after):
            return None
        if before.isspace() and _DETACHED_APOSTROPHE.match(text, i + 1):
            return None  # a tokenizer's "Cronbach 's alpha", "they 're"; "the '60s", "in '16", "'cause"
        if "straight-single" in open_styles and not before.isspace() and not _is_word_char(after):
            return None if _closes_later(text, i, end, "'") else ("close", "straight-single")
        if (before.isspace() or before in "([{—–-“\"") and _is_word_char(after) and not after.isdigit():
            return "open", "straight-single"  # not '70s
        return None
    return None


def _opens_paragraph_with(text: str, position: int, style: str) -> str | None:
    """The opening mark of ``style`` that the paragraph at ``position`` starts with, if any."""
    marks = STYLES[style][0]
    candidates = (marks,) if len(marks) > 1 else tuple(marks)
    return next((m for m in candidates if text.startswith(m, position)), None)


CLOSED_WITHIN = 3  # paragraphs a quotation left open may run on before the mark that closes it


def _closed_later(text: str, paragraphs: tuple[Span, ...], index: int, stack: list[_Open]) -> bool:
    """A quotation open at a paragraph's end that the next paragraphs close without reopening it (“… /
    … ”, said X): the first mark of its style after it closes it, at the end of a sentence or clause."""
    style = stack[0].style
    for paragraph in paragraphs[index : index + CLOSED_WITHIN]:
        for match in _MARK_RE.finditer(text, paragraph.start, paragraph.end):
            at, mark = match.start(), match.group()
            kind = _classify(text, at, mark, stack)
            if kind is not None and kind[1] == style:  # quotations of another style may nest inside
                # It ends a sentence or a clause ("… somos”.", "… we are," she said), as a quotation's end does.
                return kind == ("close", style) and (text[at - 1 : at] in ".,!?…" or text[at + len(mark) : at + len(mark) + 1] in (".", ",", ";", ":"))
    return False


def _scan(text: str, paragraphs: tuple[Span, ...]) -> tuple[list[tuple[_Open, int | None, int]], list[Span]]:
    """Quotation marks matched into (open, close position or None, end) triples."""
    found: list[tuple[_Open, int | None, int]] = []
    stray: list[Span] = []
    stack: list[_Open] = []
    for index, paragraph in enumerate(paragraphs):
        pos = paragraph.start
        if stack:
            continuing = _opens_paragraph_with(text, pos, stack[0].style)
            if continuing or _closed_later(text, paragraphs, index, stack):
                for item in stack:
                    item.paragraphs += 1
                pos += len(continuing or "")
            else:
                end = paragraphs[index - 1].end
                found.extend((item, None, end) for item in reversed(stack))
                stack.clear()
        skip_to = pos
        for match in _MARK_RE.finditer(text, pos, paragraph.end):
            i, mark = match.start(), match.group()
            if i < skip_to:
                continue
            if mark == '"' and i > 0 and text[i - 1] == "=":  # markup attribute: author="…"
                closing = text.find('"', i + 1, paragraph.end)
                skip_to = closing + 1 if closing >= 0 else paragraph.end
                continue
            continuing = _opens_paragraph_with(text, i, stack[0].style) if stack and text[i - 1] == "\n" else None
            if continuing:  # one line per paragraph: a quotation open at a line's end goes on with a new mark
                for item in stack:
                    item.paragraphs += 1
                skip_to = i + len(continuing)
                continue
            marks = [(i, mark)]
            if mark == "''" and text.startswith("'", i + 2) and stack and stack[-1].style == "straight-single":
                marks = [(i, "'"), (i + 1, "''")]  # ''' closes the inner single quotation, then the outer
                skip_to = i + 3
            elif mark == "''" and len(stack) > 1 and stack[-1].style == stack[-2].style == "straight-single" \
                    and not text[i - 1].isspace():
                marks = [(i, "'"), (i + 1, "'")]  # '' after a word closes two single quotations: 'X said, 'Y''
            for at, one in marks:
                _apply(text, at, one, stack, found, stray, paragraph.end)
    if stack and paragraphs:
        found.extend((item, None, paragraphs[-1].end) for item in reversed(stack))
    return _without_open_apostrophes(found), stray


def _apply(text: str, i: int, mark: str, stack: list[_Open], found: list, stray: list[Span], end: int) -> None:
    """Open or close a quotation at the mark ``mark`` found at ``i`` (``end``: where its paragraph ends)."""
    kind = _classify(text, i, mark, stack, end)
    if kind is None:
        return
    action, style = kind
    if action == "open":
        if len(stack) >= _MAX_DEPTH:
            return  # no text nests quotations this deep: marks that would keep the scan linear stay unread
        same = None
        if style not in ("single", "straight-single") and any(o.style == style for o in stack):
            line_start = text.rfind("\n", 0, i)
            same = next((k for k, o in enumerate(stack) if o.style == style and o.position < line_start), None)
        if same is not None:
            # Quotations of one style do not nest: the one opened on an earlier line was left open there.
            while len(stack) > same:
                item = stack.pop()
                left_open = item.position < line_start and item.paragraphs == 1  # not carried onto this line
                end = line_start if left_open else i
                # It still holds what was quoted inside it, even past the line's end.
                end = max([end, *(inner_end for _, _, inner_end in found[item.found_before:])])
                found.append((item, None, end))
        stack.append(_Open(style, i, len(stack), len(mark), found_before=len(found)))
        return
    depth = next((k for k in range(len(stack) - 1, -1, -1) if stack[k].style == style), None)
    if depth is None:
        stray.append(Span(i, i + len(mark)))
        return
    while len(stack) > depth + 1:  # inner quotations left open end here
        found.append((stack.pop(), None, i))
    found.append((stack.pop(), i, i + len(mark)))


def _without_open_apostrophes(found: list[tuple[_Open, int | None, int]]) -> list[tuple[_Open, int | None, int]]:
    """Drop a single mark never closed that holds other quotations: an apostrophe, not a quotation
    ("the late '70s, … said: “…”"); what it held moves up a level."""
    found.sort(key=lambda f: f[0].position)
    positions = [f[0].position for f in found]
    keep = []
    for opened, close, end in found:
        if close is None and opened.style in ("single", "straight-single"):
            k = bisect.bisect_right(positions, opened.position)
            inside = bisect.bisect_left(positions, end)
            if inside > k:
                for other, _, _ in found[k:inside]:
                    other.depth -= 1
                continue
        keep.append((opened, close, end))
    return keep


# Any dash of dialogue, found in one search (a search per kind of dash ran to the paragraph's end for each
# kind it lacks: quadratic time on a long paragraph of dialogue).
_DIALOGUE_DASH = re.compile(f"[{_DASHES}–]")


def _dash_dialogue(text: str, paragraph: Span) -> list[tuple[int, int, int]]:
    """(mark, inner start, inner end) of the spoken parts of a paragraph in dash dialogue.

    "—No lo aceptaremos —dijo la ministra—. Es tarde." gives "No lo aceptaremos" and
    "Es tarde.": a dash after a space opens the narrator's words, the next dash closes them.
    """
    start, end = paragraph.start, paragraph.end
    if end - start < 3 or text[start] not in _DASHES + "–" or text[start + 1].isspace():
        return []
    if text[start] == "–" and not (text[start + 1].isupper() or text[start + 1] in "¿¡«"):
        return []
    parts: list[tuple[int, int, int]] = []
    mark, speech = start, start + 1
    while speech < end:
        narrator = speech
        while True:  # the next dash after a space, glued to the narrator's first word
            found = _DIALOGUE_DASH.search(text, narrator, end)
            narrator = found.start() if found else -1
            if narrator < 0 or (text[narrator - 1].isspace() and narrator + 1 < end and text[narrator + 1].isalpha()):
                break
            narrator += 1
        stop = narrator if narrator >= 0 else end
        inner_end = stop
        while inner_end > speech and text[inner_end - 1].isspace():
            inner_end -= 1
        if inner_end > speech:
            parts.append((mark, speech, inner_end))
        if narrator < 0:
            break
        closing = _DIALOGUE_DASH.search(text, narrator + 1, end)
        if closing is None:
            break
        resume = closing.end()
        while resume < end and (text[resume] in ".,;:" or text[resume].isspace()):
            resume += 1
        if resume >= end:
            break
        mark, speech = resume, resume  # the narrator's closing dash is not part of what is said
    return parts


def extract(text: str, paragraphs: tuple[Span, ...], sentences: tuple[Span, ...], language: str = "en") -> Extraction:
    """The quotations with their speakers (see ``attribution``), and the stray closing marks."""
    from . import attribution

    found = find(text, paragraphs, sentences)
    return Extraction(tuple(attribution.attribute(text, list(found.quotes), paragraphs, language)), found.stray_marks)


def find(text: str, paragraphs: tuple[Span, ...], sentences: tuple[Span, ...]) -> Extraction:
    """The quotations as their marks show them, in text order (outer before inner), without speakers."""
    starts = [s.start for s in sentences]
    found, stray = _scan(text, paragraphs)
    quotes: list[Quote] = []
    for opened, close, end in found:
        inner_end = close if close is not None else end
        quotes.append(
            Quote(
                span=Span(opened.position, end),
                inner=Span(opened.position + opened.width, max(opened.position + opened.width, inner_end)),
                style=opened.style,
                depth=opened.depth,
                closed=close is not None,
                sentence=max(0, bisect.bisect_right(starts, opened.position) - 1),
                paragraphs=opened.paragraphs,
            )
        )
    quotes = _with_dash_dialogue(text, paragraphs, starts, quotes)
    quotes.sort(key=lambda q: (q.span.start, q.depth))
    return Extraction(tuple(quotes), tuple(stray))


def _with_dash_dialogue(text: str, paragraphs: tuple[Span, ...], starts: list[int], quotes: list[Quote]) -> list[Quote]:
    """Add the spoken parts of dash dialogue; marks inside them nest one level deeper."""
    dashed: list[Quote] = []
    ordered = sorted(quotes, key=lambda q: q.span.start)
    quote_starts = [q.span.start for q in ordered]
    across = [q for q in ordered if q.paragraphs > 1]  # a quotation opened in an earlier paragraph (few)
    for paragraph in paragraphs:
        if text[paragraph.start] not in _DASHES + "–":
            continue
        # Quotations by marks in this paragraph, and those running into it from before.
        lo = bisect.bisect_left(quote_starts, paragraph.start)
        hi = bisect.bisect_left(quote_starts, paragraph.end)
        local = [q for q in across if q.span.start < paragraph.start < q.span.end] + ordered[lo:hi]  # by start
        # The parts come in text order: one sweep over the quotations finds those that cross a part (opened before
        # it and still open at its start, or opened inside it and closed after it), each quotation read once.
        passed, reach = 0, -1  # quotations opened before the part, and where the furthest of them ends
        for mark, inner_start, inner_end in _dash_dialogue(text, paragraph):
            while passed < len(local) and local[passed].span.start < mark:
                reach = max(reach, local[passed].span.end)
                passed += 1
            crossing, opened = reach > mark, passed
            while not crossing and opened < len(local) and local[opened].span.start < inner_end:
                crossing = local[opened].span.end > inner_end
                opened += 1
            if crossing:
                continue  # marks that cross the narrator's words: trust the marks
            span = Span(mark, inner_end)
            dashed.append(Quote(span=span, inner=Span(inner_start, inner_end), style="dash", depth=0, closed=True,
                                sentence=max(0, bisect.bisect_right(starts, mark) - 1)))
    if not dashed:
        return quotes
    dash_starts = [d.span.start for d in dashed]  # in text order, never overlapping
    out = []
    for q in quotes:
        k = bisect.bisect_right(dash_starts, q.span.start) - 1
        if k >= 0 and dashed[k].span.contains(q.span):
            q = replace(q, depth=q.depth + 1)
        out.append(q)
    return out + dashed


# ---------------------------------------------------------------- shared with the detectors

from .cues import SPEECH_VERBS  # noqa: E402,F401  (an alternation of speech verbs, for regular expressions)

_UPPER = "A-ZÁÉÍÓÚÑÜÀÈÇÂÊÔÖÄ"
# A capitalised name of up to five words ("Luis de Guindos"), for regular expressions. Its words are
# separated by spaces only: a name never runs over a line break ("…West Virginia\n\nThe President").
NAME_GAP = r"[^\S\r\n]+"
NAME = (rf"[{_UPPER}][\w’'.-]*(?:{NAME_GAP}(?:(?:de|del|la|van|von|der|da|dos|bin|al){NAME_GAP})?"
        rf"[{_UPPER}][\w’'.-]*){{0,4}}")
