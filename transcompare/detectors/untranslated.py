"""Sentences or clauses left in another language than the document's.

One pass of a regex finds the function words of the other languages ("que", "para", "the",
"with"…); only sentences with a few of them are looked at closely (stop-word profile, then the
language identifier, cached). Not reported: titles and names (mostly capitalised words inside a
sentence: a book, a song, a newspaper), short quotations (a slogan in the original language),
web addresses, markup and code, lists of figures ("Brazil (n = 105);"), and a chat model's own
words (llm.refusal / llm.commentary report those).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter

from .. import language_id
from ..datamodel import Severity, Span
from . import AuditContext, Hit, detector
from .llm import commentary_spans

MIN_WORDS = 5  # words of two letters or more
MIN_MARKERS = 2  # foreign function words a sentence needs before it is looked at (a headline: 1)
MIN_CONFIDENCE = 0.8
MIN_LETTER_SHARE = 0.6  # of the non-space characters: less is figures, code or markup
SHORT_QUOTATION = 12  # words: a quotation this short in another language is a name, title or slogan
TITLE_SHARE = 0.6  # of the longer words capitalised: a title or a name
_CLAUSE = re.compile(r"[^,;:()“”\"«»]+")
_WORDS = re.compile(r"[^\W\d_]{2,}(?:['’][^\W\d_]+)?")
_LONG_WORDS = re.compile(r"[^\W\d_]{4,}")


def _candidates(text: str, span: Span):
    """The sentence and, for long sentences, its clauses."""
    yield span
    for match in _CLAUSE.finditer(text, span.start, span.end):
        if match.end() - match.start() < span.end - span.start:
            yield Span(match.start(), match.end())


def _prose(ctx: AuditContext, span: Span) -> str:
    """The span's text (same length) with blanks for markup, addresses and handles, and for short
    quotations inside it (a title or a name in the original language says nothing about the rest)."""
    chunk = list(span.of(ctx.text))
    starts, spans = ctx.non_prose
    blanks = _overlapping(starts, spans, span)
    quote_starts, quotes = ctx._top_level_quotes
    blanks += [q for q in _overlapping(quote_starts, quotes, span)
               if not q.contains(span) and len(_WORDS.findall(q.of(ctx.text))) <= SHORT_QUOTATION]
    for other in blanks:
        a, b = max(other.start, span.start) - span.start, min(other.end, span.end) - span.start
        chunk[a:b] = " " * (b - a)
    return "".join(chunk)


def _overlapping(starts: list[int], spans: list[Span], span: Span) -> list[Span]:
    """The spans (sorted, disjoint) that overlap ``span``."""
    found = []
    for index in range(max(0, bisect.bisect_right(starts, span.start) - 1), len(spans)):  # no copy of the rest
        other = spans[index]
        if other.start >= span.end:
            break
        if other.end > span.start:
            found.append(other)
    return found


def _common_words(chunk: str) -> list[str]:
    """The words that can tell a language, lower-cased. Where the text has lower-case words, the capitalised
    ones after the first are names and are left out (“entre St. Louis y Des Moines” is Spanish, whatever
    “Des” says); a headline in title case keeps them all."""
    words = _WORDS.findall(chunk)
    if all(w[0].isupper() for w in words):
        return [w.lower() for w in words]
    return [w.lower() for i, w in enumerate(words) if i == 0 or not w[0].isupper()]


def _title_like(chunk: str) -> bool:
    words = _LONG_WORDS.findall(chunk)
    return bool(words) and sum(w[0].isupper() for w in words) >= TITLE_SHARE * len(words)


def _letter_share(chunk: str) -> float:
    visible = [c for c in chunk if not c.isspace()]
    return sum(c.isalpha() for c in visible) / len(visible) if visible else 0.0


@detector("language.untranslated", "accuracy/untranslated", Severity.MAJOR,
          "A sentence or clause in another language than the document's.", languages=language_id.SUPPORTED)
def untranslated(ctx: AuditContext):
    doc, text = ctx.document, ctx.text
    own = doc.language
    markers = Counter(doc.sentence_of(m.start())
                      for m in language_id.foreign_markers(own).finditer(ctx.folded_text, doc.body.start, doc.body.end))
    if not markers:
        return
    commentary = [c.span for c in commentary_spans(ctx)]
    reported_until = -1
    for index, count in sorted(markers.items()):
        sentence = doc.sentences[index]
        # A headline (a paragraph of one sentence) has few function words: one will do.
        whole_paragraph = doc.paragraphs[doc.paragraph_of(sentence.start)] == sentence
        if count < (1 if whole_paragraph else MIN_MARKERS) or any(c.overlaps(sentence) for c in commentary):
            continue
        for span in _candidates(text, sentence):
            if span.start < reported_until:
                continue
            chunk = _prose(ctx, span)
            tokens = _common_words(chunk)
            if len(tokens) < MIN_WORDS or _letter_share(chunk) < MIN_LETTER_SHARE:
                continue
            profile = language_id.stopword_profile(tokens)
            foreign = max((lang for lang in profile if lang != own), key=profile.__getitem__)
            # Cheap look first: most sentences are plainly in the document's language.
            if (profile[own] >= profile[foreign] and profile[own] > 0.1) or profile[foreign] == 0:
                continue
            if (not whole_paragraph and _title_like(chunk)) or (ctx.inside_quote(span) and len(tokens) <= SHORT_QUOTATION):
                continue
            lang, confidence = language_id.detect(chunk.strip(), tuple(sorted({own, foreign})))
            if lang and lang != own and confidence >= MIN_CONFIDENCE:
                trimmed = _trim(text, span)
                yield Hit(trimmed, f"text in {lang} inside a {own} document (confidence {confidence:.2f})",
                          "translate it, or mark it as a quotation in the original language")
                reported_until = trimmed.end


def _trim(text: str, span: Span) -> Span:
    chunk = span.of(text)
    left = len(chunk) - len(chunk.lstrip())
    return Span(span.start + left, span.start + len(chunk.rstrip()))
