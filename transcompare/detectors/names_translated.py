"""Spanish names translated as English words: "Pedro Castle" for Pedro Castillo, "Ana White" for
Ana Blanco; and party or outlet names rendered word for word ("CNN Spanish")."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from importlib import resources

from ..model import Severity, Span
from . import AuditContext, Hit, detector
from .calques import trie_regex
from .evidence import origin_evident

_NAME_WORD = r"[A-ZÁÉÍÓÚÑ][\w’'-]+"
_NAME_BEFORE = re.compile(rf"((?:{_NAME_WORD}\s+){{1,3}})$")
# Names of parties and outlets a translation renders word for word: (pattern, original, weak).
_RENDERED_NAMES = (
    (re.compile(r"\b(?P<name>CNN Spanish)\b"), "CNN en Español", False),
    (re.compile(r"[a-z,] (?P<name>We Can)\b(?!\s+(?:not|do|be|have|win|get|make|say|see|go|all|still|only|also|never|no)\b)"),
     "Podemos", True),
    (re.compile(r"\b(?:of|and|from|with|by|to) (?P<name>Add)\b(?=[\s,.;:)])"), "Sumar", True),
    (re.compile(r"\b(?:PP|PSOE|Vox|and|of|from|with|by|leader|party) (?P<name>Citizens)\b"
                r"(?!\s+(?:United|Union|Advice|Band|for|Against|Commission|Climate))"), "Ciudadanos", True),
    (re.compile(r"\b(?P<name>More Country)\b"), "Más País", False),
    (re.compile(r"\b(?P<name>Pink House)\b"), "Casa Rosada", False),
    (re.compile(r"\b(?P<name>Burnt Palace)\b"), "Palacio Quemado", False),
    (re.compile(r"\b(?P<name>Freedom Advances)\b"), "La Libertad Avanza", False),
)


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word.casefold()) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def gazetteer() -> tuple[dict[str, list[str]], frozenset[str], re.Pattern]:
    """(English word -> the Spanish surnames it renders, Spanish first names as spelt, a regex of the words)."""
    text = resources.files("transcompare.data").joinpath("spanish_names.txt").read_text("utf-8")
    renderings: dict[str, list[str]] = {}
    first: set[str] = set()
    section = ""
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line.strip("[]")
        elif section == "surnames":
            surname, words = line.split("\t")
            for word in words.split():
                renderings.setdefault(word, []).append(surname)
        elif section == "first":
            first.update(line.split())
    words = re.compile(rf"(?:{trie_regex(set(renderings))})(?![\w’'-])")
    return renderings, frozenset(first), words


@detector("name.translated", "accuracy/mistranslation", Severity.MAJOR,
          "A Spanish surname or name rendered as an English word (Pedro Castle for Pedro Castillo).", languages=("en",))
def translated_name(ctx: AuditContext):
    if not ctx.source_may_be("es"):
        return
    text, body = ctx.text, ctx.document.body
    renderings, first_names, words = gazetteer()
    for match in words.finditer(text, body.start, body.end):
        word = match.group(0)
        if match.start() and (text[match.start() - 1].isalnum() or text[match.start() - 1] in "’'-"):
            continue
        before = _NAME_BEFORE.search(text, max(0, match.start() - 60), match.start())
        if not before or re.match(r"\s+[A-ZÁÉÍÓÚÑ]", text[match.end() : match.end() + 2]):
            continue
        names = before.group(1).split()
        if not any(n in first_names for n in names):
            continue
        start = before.start() + before.group(1).index(next(n for n in names if n in first_names))
        name = text[start : match.end()]
        surnames = " or ".join(renderings[word])
        yield Hit(Span(match.start(), match.end()),
                  f"“{name}”: the surname looks translated (Spanish “{surnames}” means “{word.lower()}”)",
                  f"“{text[start : match.start()]}{renderings[word][0]}” (check the person's name)",
                  likely_source=renderings[word][0])
    weak_ok = None
    for pattern, original, weak in _RENDERED_NAMES:
        if pattern.pattern.split("(?P<name>")[1].split(")")[0] not in text:
            continue  # a plain look for the name first: most texts have none
        for match in pattern.finditer(text, body.start, body.end):
            if weak:
                weak_ok = origin_evident(ctx, "es") if weak_ok is None else weak_ok
                if not weak_ok:
                    break
            yield Hit(Span(match.start("name"), match.end("name")), f"“{match['name']}” renders the name “{original}” word for word",
                      f"“{original}”", likely_source=original)
