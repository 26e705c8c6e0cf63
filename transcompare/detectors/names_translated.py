"""Spanish names translated as English words: "Pedro Castle" for Pedro Castillo, "Ana White" for
Ana Blanco; and party or outlet names rendered word for word ("CNN Spanish")."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..alternation import trie_regex
from ..data import sectioned_lines
from ..datamodel import Severity, Span
from . import AuditContext, Hit, detector
from .evidence import origin_evident

_NAME_WORD = re.compile(r"[A-ZÁÉÍÓÚÑ][\w’'-]+$")


def _names_before(text: str, at: int) -> list[tuple[int, str]]:
    """(start, word) of the one to three capitalised words just before ``at``, nearest last (a backward walk,
    not a regex search over the text before)."""
    found: list[tuple[int, str]] = []
    end = at
    while len(found) < 3:
        gap = end
        while gap > 0 and text[gap - 1] in " \t\n":
            gap -= 1
        if gap == end:
            break
        start = text.rfind(" ", max(0, gap - 40), gap) + 1
        start = max(start, text.rfind("\n", max(0, gap - 40), gap) + 1)
        word = text[start:gap]
        if not _NAME_WORD.match(word):
            break
        found.insert(0, (start, word))
        end = start
    return found
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
    (re.compile(r"\b(?P<name>Latin Press)\b"), "Prensa Latina", False),
    (re.compile(r"\b(?P<name>Europe Press)\b"), "Europa Press", False),
    (re.compile(r"\b(?P<name>Rebel Youth)\b"), "Juventud Rebelde", True),
    *((re.compile(rf"\b(?:newspaper|daily|paper|weekly|magazine|outlet|website|portal)\s+(?P<name>{english})\b"), spanish, False)
      for english, spanish in (
          ("The Country", "El País"), ("The World", "El Mundo"), ("The Time", "El Tiempo"), ("The Universal", "El Universal"),
          ("The Spectator", "El Espectador"), ("The Commerce", "El Comercio"), ("The Third", "La Tercera"),
          ("The Reason", "La Razón"), ("The Vanguard", "La Vanguardia"), ("The Confidential", "El Confidencial"),
          ("The Clarion", "Clarín"), ("The Mercury", "El Mercurio"), ("The Journey", "La Jornada"),
          ("Page 12", "Página 12"), ("Millennium", "Milenio"), ("Reform", "Reforma"), ("The Financial", "El Financiero"),
          ("The Spanish", "El Español"), ("The Newspaper", "El Periódico"))),
)


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word.casefold()) if not unicodedata.combining(c))


def _occurrences(pattern: re.Pattern, text: str, body: Span):
    """The pattern's matches, looked for only where its name occurs (a plain substring search first: most
    texts have none, and the patterns open with their context, which a regex scan tries everywhere)."""
    name = pattern.pattern.split("(?P<name>")[1].split(")")[0]
    at = text.find(name, body.start, body.end)
    while at >= 0:
        match = pattern.search(text, max(body.start, at - 12), min(body.end, at + len(name) + 80))
        if match and match.start("name") == at:
            yield match
        at = text.find(name, at + 1, body.end)


@lru_cache(maxsize=1)
def gazetteer() -> tuple[dict[str, list[str]], frozenset[str], re.Pattern]:
    """(English word -> the Spanish surnames it renders, Spanish first names as spelt, a regex of the words)."""
    renderings: dict[str, list[str]] = {}
    first: set[str] = set()
    for section, line in sectioned_lines("spanish_names.txt"):
        if section == "surnames":
            surname, words = line.split("\t")
            for word in words.split():
                renderings.setdefault(word, []).append(surname)
        elif section == "first":
            first.update(line.split())
    rendered_words = re.compile(rf"(?:{trie_regex(set(renderings))})(?![\w’'-])")
    return renderings, frozenset(first), rendered_words


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
        if re.match(r"\s+[A-ZÁÉÍÓÚÑ]", text[match.end() : match.end() + 2]):
            continue
        names = _names_before(text, match.start())
        first = next((at for at, name in names if name in first_names), None)
        if first is None:
            continue
        start = first
        name = text[start : match.end()]
        surnames = " or ".join(renderings[word])
        yield Hit(Span(match.start(), match.end()),
                  f"“{name}”: the surname looks translated (Spanish “{surnames}” means “{word.lower()}”)",
                  f"“{text[start : match.start()]}{renderings[word][0]}” (check the person's name)",
                  likely_source=renderings[word][0])
    weak_ok = None
    for pattern, original, weak in _RENDERED_NAMES:
        for match in _occurrences(pattern, text, body):
            if weak:
                weak_ok = origin_evident(ctx, "es") if weak_ok is None else weak_ok
                if not weak_ok:
                    break
            yield Hit(Span(match.start("name"), match.end("name")), f"“{match['name']}” renders the name “{original}” word for word",
                      f"“{original}”", likely_source=original)
