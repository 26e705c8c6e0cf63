"""Acronyms Spanish and English write differently (OEA/OAS, PIB/GDP, EE.UU./US), read once from
``data/acronyms-es-en.tsv`` for every check that needs them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

_CAPITALS = re.compile(r"[A-ZÁÉÍÓÚÑ]{2,}|(?:[A-Z]{2}\.? ?){2}")  # ONU, EE.UU., EE UU


@dataclass(frozen=True)
class Acronym:
    spanish: tuple[str, ...]  # written forms, the usual one first
    english: tuple[str, ...]  # what English writes, the one to suggest first
    stands_for: str  # what the Spanish stands for
    only_with_source: bool  # English uses the same letters for something else (CPI: consumer price index)
    shared: bool  # Spanish news writes the English form too (NAFTA, LGBT)


@cache
def acronyms() -> tuple[Acronym, ...]:
    text = resources.files("transcompare.data").joinpath("acronyms-es-en.tsv").read_text("utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        spanish, english, stands_for, scope = (line.split("\t") + [""])[:4]
        rows.append(Acronym(tuple(spanish.split("|")), tuple(english.split("|")), stands_for, scope == "source",
                            scope == "shared"))
    return tuple(rows)


@cache
def spanish_in_english() -> dict[str, Acronym]:
    """Spanish form → its row, for the forms English text never uses for anything else."""
    return {form: row for row in acronyms() if not row.only_with_source for form in row.spanish}


@cache
def localised(source: str, target: str) -> dict[str, str]:
    """An acronym of ``source`` → the one ``target`` writes (es → en: ONU → UN; en → es: UN → ONU);
    empty for other pairs of languages."""
    if {source, target} != {"es", "en"}:
        return {}
    table: dict[str, str] = {}
    for row in acronyms():
        own, other = (row.spanish, row.english) if source == "es" else (row.english, row.spanish)
        if not _is_acronym(other[0]) or (source == "en" and row.shared):
            continue
        for form in own:
            if _is_acronym(form):
                table.setdefault(form, other[0])
    return table


def spelling_groups() -> list[tuple[str, ...]]:
    """Each thing's acronyms in both languages, English first (UN and ONU name one organisation); only
    the ones written in capitals alone, as a name is (not ONGs, I+D, ECtHR)."""
    return [tuple(f for f in (*row.english, *row.spanish) if _CAPITALS.fullmatch(f))
            for row in acronyms() if _CAPITALS.fullmatch(row.english[0])]


def _is_acronym(text: str) -> bool:
    """ONU, EE. UU., ONGs, I+D+i: capitals, one small letter at most (not "human rights", "UN Tourism")."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) >= len(letters) - 1
