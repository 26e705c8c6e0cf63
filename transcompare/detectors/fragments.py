"""Short Spanish fragments left in English text (fewer words than the untranslated check needs):
"llegó, dijo, hasta el lunes", a half-translated hashtag (#60deResistencia). Names are never
fragments: only lower-case words count, and a word must be Spanish by the list or by its accents."""

from __future__ import annotations

import re

from ..alternation import trie_regex
from ..datamodel import Severity, Span
from ..fold import LETTERS
from . import AuditContext, Hit, detector
from .evidence import signal
from .untranslated import MIN_WORDS

# Function and common words that are Spanish and not English.
SPANISH_WORDS = frozenset("""que del los las una unos unas por para pero con sin muy también está están estaba fue fueron
    han hay dijo dice según desde hasta entre sobre cuando donde porque todo todos toda todas nuestro nuestra nuestros
    nuestras nosotros ellos ellas él ella usted ustedes este esta estos estas ese esa esos esas aquí allí ahora hoy
    ayer mañana siempre nunca nada algo alguien nadie cada otro otra otros otras mismo misma mucho mucha muchos muchas
    poco poca pocos pocas más menos tan tanto también tampoco aunque sino pues entonces luego así bien mal sí
    señor señora gobierno pueblo presidente ministro ministra lucha patria libre libertad revolución compañeros
    compañero hermanos hermano vamos viva vive venceremos hasta siempre lunes martes miércoles jueves viernes
    sábado domingo enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
    año años día días hace hacer tiene tienen tenemos somos son soy estamos era eran ser estar sus nos les
    les lo le se me te mi mis tu tus al el la un de y o en es""".split())
# Spanish words English uses as loanwords, or that are also English words.
_ENGLISH_TOO = frozenset("""a an as a in on no me he she we us son mañana fiesta siesta plaza patio amigo bodega
    junta mesa sierra loco gusto salsa taco tacos burrito nacho piñata jalapeño señor señora sí sin pan mal
    era bien die del mi""".split())
_SPANISH_ONLY = SPANISH_WORDS - _ENGLISH_TOO
# Letters Spanish has and English words do not (é is left out: café, fiancé, résumé).
_SPANISH_LETTERS = re.compile(r"[áíóúñ¿¡]")
_SPANISH_WORD_SHAPE = re.compile(r"ñ|(?:ción|sión|ía|ías|ío|ó|ás|é|ará|erá|irá|ían|aron|ieron|ándose|éndose|ático|ática|ísimo|ísima)$")
# Where a fragment may be: a Spanish-only word or a Spanish letter (a cheap first look).
# Short words (de, la, el, se) count inside a run but are too common in names to start one.
# Two scans that each open with a small set of characters (fast), merged by position: a word of the list
# after a space or a mark, and a Spanish letter.
_SEED_WORD = re.compile(rf"[ \t\n(“\"‘'«¡¿#/,;:.-](?P<word>{trie_regex({w for w in _SPANISH_ONLY if len(w) > 3})})(?![\w’'-])")
_SEED_LETTER = re.compile(r"[áíóúñ]")
_RUN_BEFORE = re.compile(r"(?<![\w’'-])[a-záéíóúñü]+(?:[\s,]+[a-záéíóúñü]+)*[\s,]*$")
_RUN = re.compile(r"(?<![\w’'-])[a-záéíóúñü]+(?:[\s,]+[a-záéíóúñü]+)*(?![\w’'-])")
# A hashtag whose Spanish link word sits after a number: #60deResistencia, #26deJulio.
_HASHTAG = re.compile(r"#\s?(?P<tag>\w*?\d(?:de|del|la|el|los|las|por|con|para|que|en|y)[A-ZÁÉÍÓÚÑ]\w*)")


def _is_spanish(word: str) -> bool:
    return word not in _ENGLISH_TOO and (word in _SPANISH_ONLY or bool(_SPANISH_LETTERS.search(word)))


_CAPITALISED_BEFORE = re.compile(r"[A-ZÁÉÍÓÚÑ][\w’'-]*\s+$")
_CAPITALISED_AFTER = re.compile(r"\s+[A-ZÁÉÍÓÚÑ]")


def _inside_name(text: str, span: Span) -> bool:
    """Link words between capitalised words belong to a name: Oscar de la Renta, Casa de las Gaviotas."""
    return bool(_CAPITALISED_BEFORE.search(text, max(0, span.start - 40), span.start)
                and _CAPITALISED_AFTER.match(text, span.end))


def fragments(ctx: AuditContext) -> list[Span]:
    """Runs of lower-case Spanish words shorter than the untranslated check's minimum (once per document)."""
    if "fragments" not in ctx.cache:
        ctx.cache["fragments"] = list(_find_fragments(ctx.text, ctx.document.body))
    return ctx.cache["fragments"]


def _find_fragments(text: str, body: Span):
    done = body.start
    seeds = sorted([m.start("word") for m in _SEED_WORD.finditer(text, max(0, body.start - 1), body.end)]
                   + [m.start() for m in _SEED_LETTER.finditer(text, body.start, body.end)])
    for seed in seeds:
        if seed < done:
            continue
        back = _RUN_BEFORE.search(text, max(body.start, seed - 200), seed)
        run = _RUN.match(text, back.start() if back else seed, body.end)
        if not run:
            continue
        done = run.end()
        words = list(LETTERS.finditer(run.group(0)))
        start = None
        for i, word in enumerate(words + [None]):
            spanish = word is not None and _is_spanish(word.group(0))
            if spanish and start is None:
                start = i
            if not spanish and start is not None:
                piece = words[start:i]
                span = Span(run.start() + piece[0].start(), run.start() + piece[-1].end())
                accented = any(_SPANISH_LETTERS.search(w.group(0)) for w in piece)
                # One word alone must look Spanish by its ending too (zdravotní is Czech, not Spanish).
                alone_ok = len(piece) >= 2 or _SPANISH_WORD_SHAPE.search(piece[0].group(0))
                if alone_ok and len(piece) < MIN_WORDS and (accented or not _inside_name(text, span)):
                    yield span
                start = None


@signal
def fragment_signal(ctx: AuditContext, source: str) -> int:
    if source != "es" or ctx.document.language != "en":
        return 0
    return min(2, sum(1 for _ in fragments(ctx)))


@detector("language.spanish-fragment", "accuracy/untranslated", Severity.MAJOR,
          "A short Spanish fragment (under five words) or half-translated hashtag left in English text.",
          languages=("en",))
def spanish_fragment(ctx: AuditContext):
    if not ctx.source_may_be("es"):
        return
    text = ctx.text
    for span in fragments(ctx):
        yield Hit(span, f"“{span.of(text)}” is Spanish left untranslated", "translate it",
                  likely_source=span.of(text))
    body = ctx.document.body
    for match in _HASHTAG.finditer(text, body.start, body.end):
        tag = match["tag"]
        yield Hit(Span(match.start("tag"), match.end("tag")), f"hashtag “#{tag}” is Spanish, partly translated",
                  "keep the original hashtag and translate it in the text", likely_source=f"#{tag}")
