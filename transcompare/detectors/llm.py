"""What a chat model wrote around (or instead of) the translation, in English and Spanish.

A refusal ("I apologize, but I cannot translate…", "Lo siento, no puedo traducir…"), a preamble
("Here is the translation:", "Aquí tienes la traducción:", "Here are a few options:") or a note
after the translation ("Note: I kept the original names", "Espero que te sirva"). They are
reported as such, never as untranslated text: language.untranslated skips :func:`commentary_spans`.
A quotation in the article ("“I apologize, but…,” the senator said") is not commentary.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..datamodel import Severity, Span
from . import AuditContext, Hit, detector

_APOSTROPHE = "['’]"
_REFUSAL = re.compile(
    rf"(?:I{_APOSTROPHE}m|I am) sorry,? but I\b|I apologi[sz]e,? but\b"
    rf"|I (?:can(?:not|{_APOSTROPHE}t)|am unable to|{_APOSTROPHE}m unable to|am not able to|{_APOSTROPHE}m not able to|won{_APOSTROPHE}t)"
    r" (?:translate|help|assist|provide|comply|fulfil|do that|complete)"
    r"|As an AI\b|As a language model\b"
    r"|Lo siento,? (?:pero )?no (?:puedo|me es posible|es posible)|(?:Me disculpo|Mis disculpas|Pido disculpas),? pero"
    r"|No puedo (?:traducir|ayudar|proporcionar|cumplir|asistir|completar)|Lamento no poder"
    r"|Como (?:un )?(?:modelo de lenguaje|asistente de IA|IA)\b",
)
_TRANSLATION_WORD = (r"translat\w*|rendition|rendering|traduc\w*|versi[oó]n\w*|options?|alternatives?|opci[oó]n\w*"
                     r"|alternativas?|possibilities|posibilidades")
_PREAMBLE = re.compile(
    r"(?:(?:Sure|Certainly|Of course|Absolutely|Okay|OK|Claro|¡Claro|Por supuesto|Desde luego|Con gusto)[!,.]?\s+)?"
    rf"(?:Here{_APOSTROPHE}s|Here (?:is|are)|Below (?:is|are)|Aquí (?:tienes|tiene|está|están|va|van|te dejo|le dejo)|He aquí"
    r"|A continuación,? (?:te |le )?(?:presento|dejo|tienes|tiene|encontrarás|está|están))\b"
    rf"[^.:\n]{{0,80}}?\b(?:{_TRANSLATION_WORD})\b[^.:\n]{{0,80}}[:.]"
    r"|(?:(?:English|Spanish) )?Translation:|Translated text:|(?:Traducción|Texto traducido)(?: al (?:español|inglés|castellano))?:"
    rf"|(?:Sure|Certainly|Of course|Claro|¡Claro|Por supuesto)[!,.]\s+(?:I{_APOSTROPHE}d be happy|I can|Con gusto|Puedo)\b[^.\n]{{0,80}}[.:!]",
)
_NOTE = re.compile(
    r"\(?(?:Translator{_a}s note|Translation note|Note|N\.B\.|Please note|Nota del traductor|Nota de (?:la )?traducción"
    r"|Nota|N\. del T\.)\s*:".replace("{_a}", _APOSTROPHE)
    + r"|I hope (?:this|that|it) helps|Let me know if you\b|Feel free to (?:ask|let me know)"
    r"|If you (?:need|want|would like|prefer) (?:any|more|further|another|a different|a more)\b"
    r"|(?:The|This|My) translation (?:above |below )?(?:is|keeps|preserves|maintains|tries|aims|uses|follows)\b"
    r"|I (?:have )?(?:translated|kept the|left the|preserved the|maintained the|retained the)\b"
    r"|Espero que (?:esto |esta traducción )?(?:te |le |les )?(?:ayude|sirva)|(?:Avísame|Dime|Hazme saber|Házmelo saber) si\b"
    r"|(?:La|Esta|Mi) traducción (?:anterior |de arriba )?(?:es|mantiene|conserva|intenta|busca|respeta|sigue)\b"
    r"|He (?:traducido|mantenido|dejado|conservado)\b",
)
# A note must be about the translation (an editor's note about the story is ordinary news).
_NOTE_TOPIC = re.compile(
    r"translat|tradu|original|literal|\bterms?\b|\bwords?\b|phrase|idiom|context|render|\bkept\b|preserv|retain"
    r"|Spanish|English|español|inglés|castellano|palabra|término|expresión|frase|contexto|mantuv|conserv|helps|sirva|ayude"
    r"|let me know|avísame|dime|hazme saber|feel free",
    re.IGNORECASE,
)


# The letters the patterns can start with: other sentences are skipped at once.
_FIRST_LETTERS = frozenset("IAiaLlMmNnCcSsHhBbETtOoPpRrFfEeDdKk(¡")


@dataclass(frozen=True)
class Commentary:
    span: Span
    kind: str  # refusal, preamble, note


def commentary_spans(ctx: AuditContext) -> list[Commentary]:
    return ctx.memo("llm.commentary", _find)


_LEAD = " \t(*#>-–—•\"“«'"


def _find(ctx: AuditContext) -> list[Commentary]:
    """Commentary starts a sentence: each sentence start is tried against the three patterns."""
    doc, text = ctx.document, ctx.text
    found: list[Commentary] = []
    for sentence in doc.sentences:
        start = sentence.start
        while start < sentence.end and text[start] in _LEAD:
            start += 1
        if start >= sentence.end or text[start] not in _FIRST_LETTERS:
            continue
        paragraph_index = doc.paragraph_of(start)
        paragraph = doc.paragraphs[paragraph_index]
        for kind, pattern in (("refusal", _REFUSAL), ("preamble", _PREAMBLE), ("note", _NOTE)):
            match = pattern.match(text, start, paragraph.end)
            if not match or ctx.inside_quote(Span(match.start(), match.end())):
                continue
            if kind == "preamble" and not _is_preamble(match, paragraph_index):
                continue
            end = {"refusal": max(match.end(), sentence.end), "preamble": match.end(), "note": paragraph.end}[kind]
            if kind == "note" and not _NOTE_TOPIC.search(text, match.start(), end):
                continue
            found.append(Commentary(Span(match.start(), end), kind))
            break
    merged: list[Commentary] = []
    for item in found:
        if merged and item.span.start < merged[-1].span.end:
            continue
        merged.append(item)
    return merged


def _is_preamble(match: re.Match, paragraph_index: int) -> bool:
    """"Here are a few options:" opens a chat answer; "Here are the candidates' answers." opens news."""
    written = match.group(0)
    if re.search(r"translat|traduc|rendition|rendering|Translation|Traducción|Texto traducido|happy|gusto|I can|Puedo",
                 written):
        return True
    return paragraph_index == 0 and written.rstrip().endswith(":")


_MESSAGES = {
    "refusal": ("a chat model's refusal instead of a translation", "translate the source again (another model or a person)"),
    "preamble": ("a chat model's preamble before the translation, not article text", "remove the preamble"),
    "note": ("a chat model's note about its translation, not article text", "remove the note"),
}


@detector("llm.refusal", "accuracy/omission", Severity.CRITICAL,
          "A chat model's refusal (“I apologize, but I cannot translate…”) where the translation should be.")
def refusal(ctx: AuditContext):
    for item in commentary_spans(ctx):
        if item.kind == "refusal":
            yield Hit(item.span, *_MESSAGES["refusal"])


@detector("llm.commentary", "accuracy/addition", Severity.MAJOR,
          "A chat model's preamble (“Here is the translation:”, “Here are a few options:”) or note after the translation.")
def commentary(ctx: AuditContext):
    for item in commentary_spans(ctx):
        if item.kind != "refusal":
            yield Hit(item.span, *_MESSAGES[item.kind])
