"""Sentences cut by a stray period."""

from __future__ import annotations

import re

from .. import segment
from ..datamodel import Severity, Span
from ..quotation_marks import SPEECH_VERBS
from . import AuditContext, Hit, detector

# The lookbehind starts "before" at the start of a token, so a long token is read once.
_PERIOD_LOWER = re.compile(r"(?<![^\s.])(?P<before>[^\s.]+)\.[ \t]+(?P<after>[a-záéíóúñü][\w’'-]*)")
_STOP_LOWER = re.compile(r"\.[ \t]+[a-záéíóúñü]")  # where _PERIOD_LOWER can match: its period
# A URL or web address right after the period ("… at the convention. https://…", "pic.twitter.com/…").
_ADDRESS = re.compile(r"(?:https?://|www\.|[a-z0-9-]+\.(?:[a-z]{2,}\.)*(?:com|org|net|gov|edu|ly|co|io|es|mx|ar)\b)")
# Words people who do not capitalise (tweets, chat, transcripts) start sentences with.
_INFORMAL_OPENERS = frozenset(
    """i i'm im we you he she they it its there here what why how who when where well so if but and
    also meanwhile oh ok okay yes no lol thanks thank please let let's just now then maybe sorry""".split()
)
_LOWERCASE_START = re.compile(r"[.!?][ \t]+[a-z]")
_FIRST_LETTER = re.compile(r"[^\W\d_]")
_INFORMAL_WINDOW = 600  # characters each side of the period where other lowercase starts are looked for

# Closed-class words and frequent verbs: a piece without any of these (and without
# -ed/-ing forms) has no finite verb.
_VERBS = {
    "en": frozenset(
        """is are was were be been being am has have had do does did will would shall should can could
        may might must said says say told made make makes went go goes came come comes took take takes
        gave give gives got get gets saw see sees knew know think thought wants want wanted need needs
        seems seem became become left leave keep kept put puts let lets ran run began begin found find
        held hold brought bring stood meant means felt feel wrote writes spoke speaks knows""".split()
    ),
    "es": frozenset(
        """es son era eran fue fueron ser sido está están estaba estaban estar ha han había habían hay
        tiene tienen tenía tuvo dijo dice hizo hace puede pueden podría va van iba será serán sería
        quiere quieren debe deben""".split()
    ),
}
_SPEECH_VERB = re.compile(SPEECH_VERBS)
_FUNCTION_WORDS = frozenset("to of the a an in for with on at by from de del la el los las en a por para con".split())
_VERB_SUFFIXES = {"en": ("ed", "ing"), "es": ("ó", "aba", "ía", "ará", "erá", "irá", "ando", "iendo")}


@detector("sentence.stray-period", "fluency/punctuation", Severity.MAJOR,
          "A period that cuts a sentence: followed by a lowercase word, or leaving a short verbless piece.")
def stray_period(ctx: AuditContext):
    text = ctx.text
    for paragraph in ctx.document.paragraphs:
        for match in _periods_before_lowercase(text, paragraph):
            before = match["before"].lstrip("\"“‘«(")
            if segment.is_abbreviation(before) or any(c in before for c in "/@") or before.isdigit():
                continue
            if _ADDRESS.match(text, match.start("after")) or _informal(ctx, match, paragraph):
                continue
            period = match.end("before")
            yield Hit(Span(period - len(before), match.end("after")),
                      f"period before the lowercase word “{match['after']}” cuts the sentence",
                      f"remove the period: “{before} {match['after']}”")
    yield from _verbless_pieces(ctx)


def _periods_before_lowercase(text: str, paragraph: Span):
    """_PERIOD_LOWER's matches in the paragraph, tried only at the few periods before a lowercase word (a
    search from every token start cost this detector most of its time)."""
    resume = paragraph.start  # where the search would go on after the last match
    for stop in _STOP_LOWER.finditer(text, paragraph.start, paragraph.end):
        period = start = stop.start()
        while start > 0 and not (text[start - 1].isspace() or text[start - 1] == "."):
            start -= 1  # back to where the token before the period starts (\s is str.isspace)
        if resume <= start < period and (match := _PERIOD_LOWER.match(text, start, paragraph.end)):
            yield match
            resume = match.end()


def _informal(ctx: AuditContext, match: re.Match, paragraph: Span) -> bool:
    """A writer who does not capitalise: a common sentence opener after the period, in a quoted post
    or chat, in markup, or in a paragraph with other lowercase sentence starts."""
    if match["after"] not in _INFORMAL_OPENERS:
        return False
    period = Span(match.end("before"), match.end("before") + 1)
    if ctx.inside_quote(period) or ctx.inside_markup(period):
        return True
    sentence = ctx.document.sentences[ctx.document.sentence_of(period.start)]
    clause = max(sentence.start, *(ctx.text.rfind(mark, sentence.start, period.start) + 1 for mark in ':;>“"'))
    first_letter = _FIRST_LETTER.search(ctx.text, clause, period.start)
    if ctx.text[paragraph.start].islower() or (first_letter and first_letter.group(0).islower()):
        return True  # what the writer wrote before the period does not start with a capital either
    window = (max(paragraph.start, period.start - _INFORMAL_WINDOW), min(paragraph.end, period.end + _INFORMAL_WINDOW))
    return any(m.start() != period.start for m in _LOWERCASE_START.finditer(ctx.text, *window))


def _has_verb(words: list[str], language: str) -> bool:
    verbs = _VERBS.get(language, frozenset())
    suffixes = _VERB_SUFFIXES.get(language, ())
    return any(
        w in verbs or (w.endswith(suffixes) and len(w) > 4) or _SPEECH_VERB.fullmatch(w) or w.endswith(("n't", "n’t"))
        for w in (x.lower() for x in words)
    )


def _verbless_pieces(ctx: AuditContext):
    doc, text = ctx.document, ctx.text
    if doc.language not in _VERBS:
        return
    sentences = doc.sentences
    for i in range(1, len(sentences)):
        previous, piece = sentences[i - 1], sentences[i]
        # The cheap tests first (on the characters: the piece is not empty when its first one is upper case).
        if not (text[previous.end - 1] == "." and piece.end > piece.start and text[piece.start].isupper()
                and text[piece.end - 1] == "."):
            continue
        if doc.paragraph_of(previous.start) != doc.paragraph_of(piece.start):
            continue
        body = piece.of(text)
        words = re.findall(r"[\w’'-]+", body)
        if not 3 <= len(words) <= 7 or any(ch.isdigit() for ch in body) or ctx.inside_quote(piece):
            continue
        # The cut falls inside a phrase: "…of former nations. Soviet Union to the…": a lowercase
        # word before the period, a capitalised name after it.
        last_word = re.findall(r"[\w’'-]+", previous.of(text))[-1:]
        if not (last_word and last_word[0].islower() and words[1][:1].isupper()):
            continue
        if _has_verb(words, doc.language) or not any(w.lower() in _FUNCTION_WORDS for w in words[1:]):
            continue
        tail = text[max(previous.start, previous.end - 30) : previous.end]
        yield Hit(Span(previous.end - 1, piece.end),
                  f"“{body}” has no verb: a stray period probably split one sentence",
                  f"join it to the previous sentence: “…{tail[:-1].split()[-1] if tail[:-1].split() else ''} {body}”")
