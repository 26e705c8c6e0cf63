"""Spanish capitalisation in English: nationalities, languages, months and weekdays in lower case
("the mexican president", "in spanish", "on monday, january 3"), as Spanish writes them."""

from __future__ import annotations

import re

from ..alternation import trie_regex
from ..datamodel import Severity, Span
from . import AuditContext, Hit, detector

NATIONALITIES = {
    "cuban": "cubano", "mexican": "mexicano", "venezuelan": "venezolano", "colombian": "colombiano",
    "argentine": "argentino", "argentinian": "argentino", "chilean": "chileno", "peruvian": "peruano",
    "bolivian": "boliviano", "ecuadorian": "ecuatoriano", "uruguayan": "uruguayo", "paraguayan": "paraguayo",
    "nicaraguan": "nicaragüense", "salvadoran": "salvadoreño", "guatemalan": "guatemalteco", "honduran": "hondureño",
    "panamanian": "panameño", "dominican": "dominicano", "puerto rican": "puertorriqueño", "costa rican": "costarricense",
    "spanish": "español", "brazilian": "brasileño", "american": "estadounidense", "latin american": "latinoamericano",
    "european": "europeo", "canadian": "canadiense", "russian": "ruso", "chinese": "chino", "japanese": "japonés",
    "korean": "coreano", "iranian": "iraní", "israeli": "israelí", "palestinian": "palestino", "ukrainian": "ucraniano",
    "italian": "italiano", "german": "alemán", "british": "británico", "portuguese": "portugués", "haitian": "haitiano",
    "jamaican": "jamaicano", "caribbean": "caribeño", "catalan": "catalán", "basque": "vasco", "galician": "gallego",
    "english": "inglés", "french": "francés", "african": "africano", "asian": "asiático", "arab": "árabe",
    "turkish": "turco", "syrian": "sirio", "iraqi": "iraquí", "afghan": "afgano", "indian": "indio",
}
WEEKDAYS = {"monday": "lunes", "tuesday": "martes", "wednesday": "miércoles", "thursday": "jueves",
            "friday": "viernes", "saturday": "sábado", "sunday": "domingo"}
# may, march and august are English words too; the rest are only months.
MONTHS = {"january": "enero", "february": "febrero", "april": "abril", "june": "junio", "july": "julio",
          "september": "septiembre", "october": "octubre", "november": "noviembre", "december": "diciembre"}
# Lower-case uses English has: french fries, german measles, indian summer, english muffin.
_ORDINARY_AFTER = frozenset("""fries fry toast door doors kiss press horn braid braids window windows polish measles shepherd
    shepherds summer ink muffin muffins breakfast cheese dressing mustard roulette bread""".split())
_WORDS = {**NATIONALITIES, **WEEKDAYS, **MONTHS}
# A space (or an opening bracket or mark) and the word list: a pattern that opens with a small set of
# characters is scanned fast. A sentence's first word would be capitalised anyway.
_LOWER = re.compile(rf"[ (\n“\"‘](?P<word>{trie_regex(set(_WORDS))})(?![\w@/\-_]|\.\w)")


@detector("capitalisation.spanish", "fluency/grammar", Severity.MINOR,
          "A nationality, language, month or weekday in lower case, as Spanish writes it (the mexican president).",
          languages=("en",))
def spanish_capitalisation(ctx: AuditContext):
    text, body = ctx.text, ctx.document.body
    for match in _LOWER.finditer(text, max(0, body.start - 1), body.end):
        word = match["word"]
        following = re.match(r"\s+(\w+)", text[match.end() : match.end() + 20])
        if following and following.group(1).lower() in _ORDINARY_AFTER:
            continue
        kind = "nationality or language" if word in NATIONALITIES else "weekday" if word in WEEKDAYS else "month"
        yield Hit(Span(match.start("word"), match.end()), f"“{word}”: a {kind} in lower case, as Spanish writes it",
                  f"“{word.title()}”", likely_source=_WORDS[word])
