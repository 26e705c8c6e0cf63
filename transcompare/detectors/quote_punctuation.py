"""Spanish quotation conventions in English text: punctuation after the closing mark, “!,”,
angle quotation marks, and first-person speech printed without quotation marks."""

from __future__ import annotations

import re

from ..cues import SAY_EN, SAY_OF_PEOPLE, SPEECH_NOUNS
from ..datamodel import Severity, Span
from ..quotation_marks import SPEECH_VERBS
from . import AuditContext, Hit, RarePattern, detector
from .evidence import origin_evident, signal

_ENDS_WITH_STOP = re.compile(r"[.!?…]$")
# “…”, the minister said: the speaker and the verb after the comma (not “…”, but he also warned).
_ATTRIBUTION_AFTER = re.compile(
    rf"\s*(?!(?:but|and|or|while|as|because|although|though|so|yet|which|who|that|when|where|if|after|before)\b)"
    rf"(?:\S+\s+){{0,4}}?(?:{SPEECH_VERBS})\b")
# Two closing marks of a quotation inside a quotation, then the stop: …the planet''. / …”’.
_DOUBLED_CLOSING = re.compile(r"(?:''|’’|'”|’”|\"'|”’)[.,](?![\w'’”\"])")  # after a word: checked in code
_INCHES = re.compile(r"\d['’]\d{1,2}$")
# A quotation glued to the sentence before, with no stop or colon: …at the Summit "We have created …," he added.
_RUN_ON = re.compile(rf"(?P<mark>[“\"])(?=(?:We|I|There|This|It|The|Our|They|You|He|She|My|In|If)\b)"
                     rf"[^“”\"\n]{{10,400}}[,.!?][”\"]\s+(?:he|she|they|the\s+[\w-]+|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+"
                     rf"(?:{SPEECH_VERBS})\b")
_EXCLAMATION_COMMA = RarePattern(r"[!?],(?=\s*[”’\"'»])", ("!,", "?,"))
_ANGLE = RarePattern(r"[«»]", "«»")
_SPEECH = ("said|says|added|adds|stressed|stresses|noted|notes|explained|explains|stated|states|declared|declares|"
           "remarked|emphasi[sz]ed|insisted|insists|warned|warns|affirmed|affirms|assured|assures|highlighted|"
           "pointed out|indicated|concluded|recalled|asserted|underlined|maintained|reiterated|commented|expressed|"
           "told reporters|wrote|tweeted|posted|acknowledged|admitted|argued|claimed|continued|specified")
_SPEAKER = r"(?:he|she|they|the\s+[\w-]+(?:\s+[\w-]+){0,4}?|(?:(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep)\.\s+)?(?:[A-ZÁÉÍÓÚÑ][\w’'-]*\s*){1,4})"
_ATTRIBUTION_AT_END = re.compile(
    rf",\s+(?P<attr>(?:{_SPEECH})\s+{_SPEAKER}|{_SPEAKER}\s*(?:{_SPEECH}))\s*\.?\s*$")
_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s|[Oo]urs|[Oo]urselves|[Mm]y|[Mm]e|I)\b(?!['’]\w)|\bI['’](?:m|ve|ll|d)\b")
_QUOTE_MARKS = re.compile(r"[“”\"«»‘]|(?<!\w)'|'(?!\w)")


def _closed_quotes(ctx: AuditContext):
    """(quote, position of its closing mark) for every closed, non-empty quotation."""
    for quote in ctx.document.quote_marks:
        if quote.closed and quote.inner.of(ctx.text).strip():
            yield quote, quote.span.end - 1


@detector("quote.punct-order", "fluency/punctuation", Severity.MINOR,
          "Spanish punctuation order around quotes in English text (”, and ”. and ’”.).", languages=("en",))
def punctuation_order(ctx: AuditContext):
    text = ctx.text
    reported: set[int] = set()
    for quote, pos in _closed_quotes(ctx):
        # One space before the comma or stop is still the Spanish order (”, typed as ” ,).
        gap = 1 if text[pos + 1 : pos + 2] == " " and text[pos + 2 : pos + 3] in (",", ".") else 0
        if pos + 1 + gap >= len(text) or text[pos + 1 + gap] not in ",.":
            continue
        if _DOUBLED_CLOSING.match(text, pos - 1):
            continue  # a quotation inside one, both closed before the stop: reported below, both marks
        inner = quote.inner.of(text).strip()
        punct = text[pos + 1 + gap]
        if _ENDS_WITH_STOP.search(inner) or len(inner.split()) < 3:
            continue  # a stop already inside, or a short term in quotes (“reckless”, too)
        if punct == "." and pos + 2 + gap < len(text) and text[pos + 2 + gap].isalnum():
            continue  # “…”.com and the like
        if _INCHES.search(text, max(0, pos - 5), pos):
            continue  # he's like 6’2”, a height
        # British style also leaves the stop outside a quoted fragment: alone, only a quoted sentence
        # (“Capital … six words”.) or a quotation with its attribution after the comma tells Spanish.
        spanish_only = quote.depth == 0 and (
            punct == "." and len(inner.split()) >= 6 and inner[:1].isupper()
            or punct == "," and _ATTRIBUTION_AFTER.match(text[pos + 2 + gap : pos + 80]))
        # With other signs of Spanish, a period after any quoted clause counts too; a comma does only
        # before its attribution (“…”, he said): before the rest of a sentence it is British usage.
        if not spanish_only and (punct == "," or len(inner.split()) < 4 or not origin_evident(ctx, "es")):
            continue
        reported.add(pos + 1 + gap)
        yield Hit(Span(pos, pos + 2 + gap), f"“{punct}” after the closing mark follows Spanish usage",
                  f"put the {'comma' if punct == ',' else 'period'} inside: {punct}{text[pos]}",
                  likely_source=f"«…»{punct}")
    # A quotation inside a quotation closed with two marks, then the stop: …the planet''. (often not
    # parsed as two quotations, since both open with the same mark).
    body = ctx.document.body
    for match in _DOUBLED_CLOSING.finditer(text, body.start, body.end):
        if match.end() - 1 in reported or not (text[match.start() - 1].isalnum() or text[match.start() - 1] in ")…"):
            continue
        marks, punct = match.group(0)[:-1], match.group(0)[-1]
        yield Hit(Span(match.start(), match.end()), f"“{punct}” after the two closing marks {marks} follows Spanish usage",
                  f"put the {'comma' if punct == ',' else 'period'} inside both quotations: {punct}’”",
                  likely_source=f"«…“…”»{punct}")


@detector("quote.run-on", "fluency/punctuation", Severity.MINOR,
          "A quotation glued to the sentence before it, with no stop or colon (…at the summit \"We have …,\" he added).",
          languages=("en",))
def run_on_quotation(ctx: AuditContext):
    text, body = ctx.text, ctx.document.body
    for match in _RUN_ON.finditer(text, body.start, body.end):
        at = match.start()
        if at < 2 or text[at - 1] != " " or not text[at - 2].isalpha():
            continue  # after a stop, a colon or a comma the quotation is well placed
        before = text[max(0, at - 20) : at].split()
        if before and before[-1].lower() in _INTRODUCES_QUOTE:
            continue  # said "I …", the slogan "We …": the quotation completes the clause
        span = Span(at - 1, match.end("mark"))
        yield Hit(span, "the quotation starts inside the sentence before, with no stop or colon before its mark",
                  "end the sentence before it (or add a colon), then open the quotation",
                  likely_source="… Cumbre «Hemos…», agregó")


_INTRODUCES_QUOTE = frozenset("""said says say told tells asked asks wrote writes tweeted tweets added adds saying
    that as of called slogan words phrase chanted chant read reads stated states declared declares replied replies
    answered answers titled entitled headlined captioned message""".split())


@detector("quote.exclamation-comma", "fluency/punctuation", Severity.MINOR,
          "An exclamation or question mark followed by a comma before the closing mark (¡Viva!,).", languages=("en",))
def exclamation_comma(ctx: AuditContext):
    text, body = ctx.text, ctx.document.body
    if not origin_evident(ctx, "es"):
        return  # English writers use “!,” too; it tells Spanish only beside other signs
    for match in _EXCLAMATION_COMMA.finditer(text, body.start, body.end):
        yield Hit(Span(match.start(), match.end()), f"“{match.group(0)}”: a comma after {match.group(0)[0]}, as Spanish writes it",
                  f"drop the comma: {match.group(0)[0]}” he said", likely_source=f"¡…{match.group(0)}»")


@detector("quote.angle-marks", "fluency/punctuation", Severity.MINOR,
          "Angle quotation marks (« ») in English text, kept from Spanish.", languages=("en",))
def angle_marks(ctx: AuditContext):
    text, body = ctx.text, ctx.document.body
    for match in _ANGLE.finditer(text, body.start, body.end):
        english = "“" if match.group(0) == "«" else "”"
        yield Hit(Span(match.start(), match.end()), f"angle quotation mark {match.group(0)} kept from Spanish",
                  f"use {english}", likely_source=match.group(0))


@signal
def angle_mark_signal(ctx: AuditContext, source: str) -> int:
    if source != "es" or ctx.document.language != "en":
        return 0
    body = ctx.document.body
    return min(2, len(_ANGLE.findall(ctx.text, body.start, body.end)))


@detector("quote.unquoted-speech", "fluency/punctuation", Severity.MINOR,
          "First-person speech printed without quotation marks (…we will win, he said.), as Spanish agencies do.",
          languages=("en",))
def unquoted_speech(ctx: AuditContext):
    text, doc = ctx.text, ctx.document
    for index, sentence in enumerate(doc.sentences):
        if not doc.body.contains(sentence):
            continue
        body = sentence.of(text)
        attribution = _ATTRIBUTION_AT_END.search(body, max(0, len(body) - 90))
        if not attribution:
            continue
        # The speech may run over the two sentences before it in the paragraph: none of it quoted.
        paragraph = doc.paragraphs[doc.paragraph_of(sentence.start)]
        start = max(paragraph.start, doc.sentences[max(0, index - 2)].start)
        speech = text[start : sentence.start + attribution.start()]
        if _QUOTE_MARKS.search(text, start, sentence.end) or not _FIRST_PERSON.search(speech):
            continue
        words = attribution["attr"].strip()
        at = sentence.start + attribution.start("attr")
        yield Hit(Span(at, at + len(words)), f"first-person speech before “{words}” has no quotation marks",
                  "put the speaker's words in quotation marks, or report them in the third person",
                  likely_source="…, dijo (Spanish agencies print speech without marks)")


# “We will win” said the minister. / “We will win.” stressed the president: the attribution joined to the
# quotation with no comma (Spanish “«…», dijo” loses its comma, or keeps the stop where English has a comma).
_SPEAKER_AFTER = r"(?:he|she|they|the\s+[\w-]+(?:\s+[\w-]+){0,3}?|(?:[A-ZÁÉÍÓÚÑ][\w’'-]*\s*){1,3})"
_ATTRIBUTION_UNJOINED = re.compile(
    rf"\s+(?P<attr>(?:{_SPEECH})\s+{_SPEAKER_AFTER}(?=[\s.,;:])|(?:he|she|they)\s+(?:{_SPEECH})\b)")


@detector("quote.attribution-comma", "fluency/punctuation", Severity.MINOR,
          "A quoted sentence joined to its attribution with no comma (“We will win” said the minister), or with "
          "a stop where English puts a comma (“We will win.” stressed the president).", languages=("en",))
def attribution_comma(ctx: AuditContext):
    if not origin_evident(ctx, "es"):
        return  # English copy slips a comma too, and quotations inside quotations mislead the pairing
    text = ctx.text
    for quote, pos in _closed_quotes(ctx):
        if quote.depth != 0:
            continue
        inner = quote.inner.of(text).strip()
        if len(inner.split()) < 3 or not inner[:1].isupper() or inner[-1:] in ",!?…":
            continue
        attribution = _ATTRIBUTION_UNJOINED.match(text, pos + 1, pos + 80)
        if not attribution:
            continue
        stop = inner.endswith(".")
        at = pos - 1 if stop else pos
        yield Hit(Span(at, attribution.end("attr")),
                  f"the quotation {'ends with a stop' if stop else 'has no comma'} before “{attribution['attr']}”"
                  + (", where English puts a comma" if stop else ""),
                  f"a comma inside the closing mark: …,{text[pos]} {attribution['attr']}", likely_source="«…», dijo")


# “We will win”, added. / “…”, complaint.: the quotation closed with a comma and one word, no speaker: Spanish
# leaves the subject in the verb («…», se quejó), and the translation kept the verb alone or made it a noun.
_BARE_WORD_AFTER = re.compile(r" ?, +(?P<word>[a-z][a-z’'-]+) ?[.;](?!\w)")
# Only a verb or noun of saying stands for the missing speaker: British English sets the comma outside the mark
# before any word (“…”, twice. / “…”, eggs.).
_SAYING = SAY_EN | SAY_OF_PEOPLE | SPEECH_NOUNS


def _speakerless(ctx: AuditContext) -> list[tuple[int, re.Match]]:
    """(closing mark, the bare word after it) of each quotation closed with a comma and one word."""
    def find(c: AuditContext) -> list[tuple[int, re.Match]]:
        found = []
        for quote, pos in _closed_quotes(c):
            if quote.depth != 0 or len(quote.inner.of(c.text).split()) < 3:
                continue
            bare = _BARE_WORD_AFTER.match(c.text, pos + 1, pos + 40)
            if bare and bare["word"] in _SAYING:
                found.append((pos, bare))
        return found
    return ctx.memo("quote_punctuation.speakerless", find)


@signal
def speakerless_signal(ctx: AuditContext, source: str) -> int:
    """Native English never closes a quotation this way: a strong sign of Spanish."""
    if source != "es" or ctx.document.language != "en":
        return 0
    return min(2, len(_speakerless(ctx)))


@detector("quote.speaker-missing", "fluency/grammar", Severity.MINOR,
          "A quotation closed with a comma and one word, no speaker (“…”, added.): Spanish leaves the subject in the "
          "verb («…», añadió).", languages=("en",))
def speaker_missing(ctx: AuditContext):
    text = ctx.text
    for pos, bare in _speakerless(ctx):
        word = bare["word"]
        yield Hit(Span(bare.start("word"), bare.end("word")),
                  f"“{word}” follows the quotation with no speaker: Spanish leaves the subject in the verb («…», añadió)",
                  f"name the speaker with a verb of saying: …,{text[pos]} she {'said' if not word.endswith('ed') else word}.",
                  likely_source="«…», + a verb with no subject (añadió, se quejó)")


# —We will win —said the minister: the Spanish dialogue dash (raya) before the speech verb.
_DIALOGUE_DASH = RarePattern(rf"[—–](?P<attr>(?:{_SPEECH})\s+(?:the\s+[\w-]+|he|she|[A-ZÁÉÍÓÚÑ][\w’'-]*))", "—–")


@detector("quote.dialogue-dash", "fluency/punctuation", Severity.MINOR,
          "Speech set off by dashes in the Spanish manner (—We will win —said the minister), not by quotation marks.",
          languages=("en",))
def dialogue_dash(ctx: AuditContext):
    text, body = ctx.text, ctx.document.body
    if "—" not in text and "–" not in text:
        return
    for match in _DIALOGUE_DASH.finditer(text, body.start, body.end):
        before = text[match.start() - 2 : match.start()] if match.start() >= body.start + 2 else ""
        if not before or not (before[-1].isalnum() or before[-1] in ".!?”\"" or before[-1] == " " and (
                before[0].isalnum() or before[0] in ".!?”\"")):
            continue
        span = Span(match.start(), match.end("attr"))
        yield Hit(span, f"the speech ends with a dash before “{match['attr']}”, as Spanish dialogue does (raya)",
                  f"put the words in quotation marks: “…,” {match['attr']}", likely_source="—… —dijo")
