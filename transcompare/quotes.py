"""Quotation extraction: marks, nesting, multi-paragraph quotations, speakers.

One pass over the body with a stack of open marks. Unambiguous marks (“ ” « » ‘)
open or close; straight quotes and ’ are decided by what surrounds them, so the
apostrophes in Moscow’s, don’t or 1990s’ are never taken for quotation marks.
A quotation still open at the end of a paragraph continues when the next paragraph
opens with the same mark (the newspaper convention); otherwise it is reported as
unclosed rather than guessed.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from . import entities
from .model import Quote, Span

# style -> (opening marks, closing marks)
STYLES = {
    "curly": ("“", "”"),
    "low": ("„", "“”"),
    "guillemet": ("«", "»"),
    "single": ("‘", "’"),
    "straight": ('"', '"'),
    "straight-single": ("'", "'"),
}
MARKS = frozenset("“”„«»‘’\"'")
_MARK_RE = re.compile("[“”„«»‘’\"']")
_DETACHED_APOSTROPHE = re.compile(r"(?:s|re|ll|ve|d|m|t|\d\ds?|cause|em|til|tis|twas)\b", re.IGNORECASE)


@dataclass
class _Open:
    style: str
    position: int
    depth: int
    paragraphs: int = 1


@dataclass(frozen=True)
class Extraction:
    quotes: tuple[Quote, ...]
    stray_marks: tuple[Span, ...]


def _is_word_char(ch: str) -> bool:
    return ch.isalnum()


def _classify(text: str, i: int, stack: list[_Open]) -> tuple[str, str] | None:
    """('open'|'close', style) for the mark at ``i``, or None for an apostrophe."""
    ch = text[i]
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    open_styles = [o.style for o in stack]
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
        return ("open", "single") if not after.isspace() else None
    if ch == "’":
        if _is_word_char(before) and _is_word_char(after):
            return None  # Moscow’s, don’t
        if "single" in open_styles and not before.isspace():
            return "close", "single"
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
            return "open", "straight"
        return ("close", "straight") if "straight" in open_styles else ("open", "straight")
    if ch == "'":
        if _is_word_char(before) and _is_word_char(after):
            return None
        if before.isspace() and _DETACHED_APOSTROPHE.match(text, i + 1):
            return None  # a tokenizer's "Cronbach 's alpha", "they 're"; "the '60s", "in '16", "'cause"
        if "straight-single" in open_styles and not before.isspace() and not _is_word_char(after):
            return "close", "straight-single"
        if (before.isspace() or before in "([{—–-“\"") and _is_word_char(after):
            return "open", "straight-single"
        return None
    return None


def _scan(text: str, paragraphs: tuple[Span, ...]) -> tuple[list[tuple[_Open, int | None, int]], list[Span]]:
    """Quotation marks matched into (open, close position or None, end) triples."""
    found: list[tuple[_Open, int | None, int]] = []
    stray: list[Span] = []
    stack: list[_Open] = []
    for index, paragraph in enumerate(paragraphs):
        pos = paragraph.start
        if stack:
            continuing = text[pos] in STYLES[stack[0].style][0]
            if continuing:
                for item in stack:
                    item.paragraphs += 1
                pos += 1
            else:
                end = paragraphs[index - 1].end
                found.extend((item, None, end) for item in reversed(stack))
                stack.clear()
        for match in _MARK_RE.finditer(text, pos, paragraph.end):
            i = match.start()
            kind = _classify(text, i, stack)
            if kind is None:
                continue
            action, style = kind
            if action == "open":
                stack.append(_Open(style, i, len(stack)))
                continue
            depth = next((k for k in range(len(stack) - 1, -1, -1) if stack[k].style == style), None)
            if depth is None:
                stray.append(Span(i, i + 1))
                continue
            while len(stack) > depth + 1:  # inner quotations left open end here
                found.append((stack.pop(), None, i))
            found.append((stack.pop(), i, i + 1))
    if stack and paragraphs:
        found.extend((item, None, paragraphs[-1].end) for item in reversed(stack))
    return found, stray


def extract(text: str, paragraphs: tuple[Span, ...], sentences: tuple[Span, ...], language: str = "en") -> Extraction:
    starts = [s.start for s in sentences]
    found, stray = _scan(text, paragraphs)
    quotes: list[Quote] = []
    for opened, close, end in found:
        inner_end = close if close is not None else end
        quotes.append(
            Quote(
                span=Span(opened.position, end),
                inner=Span(opened.position + 1, max(opened.position + 1, inner_end)),
                style=opened.style,
                depth=opened.depth,
                closed=close is not None,
                sentence=max(0, bisect.bisect_right(starts, opened.position) - 1),
                paragraphs=opened.paragraphs,
            )
        )
    quotes.sort(key=lambda q: (q.span.start, q.depth))
    return Extraction(tuple(attribute_speakers(text, quotes, paragraphs)), tuple(stray))


# ---------------------------------------------------------------- speakers

SPEECH_VERBS = (
    # English
    "said|says|say|added|adds|declared|declares|stated|states|told|tells|asked(?: himself| herself)?|asks|"
    "explained|explains|insisted|insists|warned|warns|noted|notes|argued|argues|claimed|claims|assured|"
    "assures|maintained|maintains|continued|replied|replies|wrote|writes|tweeted|stressed|stresses|"
    "emphasi[sz]ed|acknowledged|admitted|announced|recalled|concluded|urged|commented|remarked|"
    "suggested|affirmed|indicated|asserted|reiterated|pointed out|went on|observed|conceded|"
    # Spanish
    "dijo|dice|afirmó|afirma|aseguró|asegura|señaló|señala|indicó|indica|agregó|agrega|añadió|añade|"
    "declaró|declara|sostuvo|sostiene|explicó|explica|advirtió|advierte|manifestó|expresó|subrayó|"
    "destacó|apuntó|insistió|recordó|comentó|preguntó|concluyó|reiteró|precisó|"
    # French, German, Portuguese
    "a déclaré|a dit|a affirmé|a ajouté|a souligné|a expliqué|a assuré|a indiqué|déclare|affirme|ajoute|"
    "sagte|erklärte|betonte|disse|afirmou|declarou"
)
_UPPER = "A-ZÁÉÍÓÚÑÜÀÈÇÂÊÔÖÄ"
NAME = rf"[{_UPPER}][\w’'.-]*(?:\s+(?:(?:de|del|la|van|von|der|da|dos|bin|al)\s+)?[{_UPPER}][\w’'.-]*){{0,4}}"
PRONOUN = r"he|she|they|él|ella|ellos|ellas|il|elle|ils|er|sie|ele|ela"
DESCRIPTION = r"(?:the|el|la|le|der|die|o|a)\s+(?:[\w-]+\s+){0,3}?[\w-]+"
SPEAKER = rf"(?P<speaker>{NAME}|(?i:{PRONOUN})|{DESCRIPTION})"

_AFTER = re.compile(
    rf"^\s*[,.;]?\s*(?:(?:{SPEECH_VERBS})\s+{SPEAKER.replace('speaker', 'speaker_a')}"
    # "…” Ana Ruiz said." attributes; "…” Ana Ruiz said that…" starts a new, reported statement.
    rf"|{SPEAKER}\s+(?:{SPEECH_VERBS})\b(?!\s+(?:that|que)\b)"
    rf"|(?:according to|según|selon|laut|segundo)\s+{SPEAKER.replace('speaker', 'speaker_b')}"
    rf"|(?P<bare>{SPEECH_VERBS})\s*[.,;]?\s*$)"
)
_BEFORE = re.compile(
    rf"(?:{SPEAKER}\s+(?:{SPEECH_VERBS})(?:\s+[\w-]+){{0,4}}?"
    rf"|(?:according to|según|selon|laut|segundo)\s+{SPEAKER.replace('speaker', 'speaker_b')})\s*[:,]?\s*$"
)
_PRONOUNS = frozenset(PRONOUN.split("|"))
_TITLE_WORDS = "|".join(sorted(entities.TITLES, key=len, reverse=True))
# A person is named after a title ("President Joe Biden") or as the subject of a speech verb.
_PERSON_MENTION = re.compile(
    rf"(?i:\b(?:{_TITLE_WORDS})\.?)\s+(?P<titled>{NAME})"
    rf"|(?P<subject>{NAME})\s+(?:(?:has|had|have|ha|había)\s+)?(?:{SPEECH_VERBS})\b"
)


def _clean(name: str) -> str:
    return name.strip(" ,;:.").removesuffix("’s").removesuffix("'s")


def _match_speaker(match: re.Match | None) -> tuple[str, Span] | None:
    if not match:
        return None
    for group in ("speaker", "speaker_a", "speaker_b"):
        if match.groupdict().get(group):
            return _clean(match[group]), Span(match.start(group), match.start(group) + len(_clean(match[group])))
    if match.groupdict().get("bare"):  # Spanish dropped subject: "”, aseguró."
        return "", Span(match.start("bare"), match.end("bare"))
    return None


def _is_person(name: str) -> bool:
    return bool(name) and name.lower() not in _PRONOUNS and name[0].isupper() and not entities.is_institution(name)


def attribute_speakers(text: str, quotes: list[Quote], paragraphs: tuple[Span, ...]) -> list[Quote]:
    """Attach a speaker to each top-level quotation, resolving pronouns to a named person."""
    bounds = {p.start: p for p in paragraphs}
    starts = sorted(bounds)

    out: list[Quote] = []
    last_person: str | None = None
    scanned = 0  # mentions before this offset have been read (keeps the pass linear)
    for quote in quotes:
        if quote.depth > 0 or not quote.inner.of(text).strip():
            out.append(quote)
            continue
        first = bounds[starts[max(0, bisect.bisect_right(starts, quote.span.start) - 1)]]
        last = bounds[starts[max(0, bisect.bisect_right(starts, quote.span.end - 1) - 1)]]
        after_text = text[quote.span.end : min(last.end, quote.span.end + 120)]
        before_start = max(first.start, quote.span.start - 160)
        before_text = text[before_start : quote.span.start]
        found = None
        after = _match_speaker(_AFTER.match(after_text))
        if after:
            found = (after[0], after[1].shift(quote.span.end))
        before = _match_speaker(_BEFORE.search(before_text))
        if before and (not found or not _is_person(found[0])) and _is_person(before[0]):
            found = (before[0], before[1].shift(before_start))
        elif before and not found:
            found = (before[0], before[1].shift(before_start))
        # Names mentioned since the last attributed person count as candidates too.
        for mention in _PERSON_MENTION.finditer(text, scanned, max(scanned, quote.span.start)):
            name = _clean(mention["titled"] or mention["subject"])
            if _is_person(name):
                last_person = name
        scanned = max(scanned, quote.span.start)
        speaker, span = (found if found else (None, None))
        if speaker is not None and not _is_person(speaker):
            if (not speaker or speaker.lower() in _PRONOUNS) and last_person:
                speaker = last_person
        if speaker == "":
            speaker = None
        if speaker and _is_person(speaker):
            last_person, scanned = speaker, max(scanned, quote.span.end)
        out.append(replace(quote, speaker=speaker, speaker_span=span))
    return out
