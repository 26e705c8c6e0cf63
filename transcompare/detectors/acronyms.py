"""Spanish acronyms left in English text (OEA for OAS, EE.UU. for US, PIB for GDP)."""

from __future__ import annotations

import re

from ..acronyms import spanish_in_english
from ..datamodel import Severity, Span
from . import AuditContext, Hit, detector
from .evidence import signal

# Forms English shares (FARC, ALBA, CELAC, MERCOSUR, PSOE) are not in the table; those that mean
# something else in English (CPI) are there for the source-aware check only.
_ACRONYM = re.compile(
    "(?:" + "|".join(re.escape(a) for a in sorted(spanish_in_english(), key=len, reverse=True)) + r")(?![\w@/-])")


def _in_capitals(text: str, at: int) -> tuple[bool, int]:
    """Whether the line at ``at`` is written in capitals (a shouting headline: acronyms there may be
    English words), and where the line ends."""
    start = text.rfind("\n", 0, at) + 1
    stop = text.find("\n", at)
    end = stop if stop >= 0 else len(text)
    letters = [c for c in text[start:end] if c.isalpha()]
    return len(letters) > 20 and sum(c.isupper() for c in letters) > 0.7 * len(letters), end


def spanish_acronyms(ctx: AuditContext) -> list[re.Match]:
    """Once per document: the evidence signal and the detector both ask."""
    return ctx.memo("acronyms.spanish", lambda ctx: list(_spanish_acronyms(ctx)))


def _spanish_acronyms(ctx: AuditContext):
    text, body = ctx.text, ctx.document.body
    shouting, line_end = False, -1  # the line last read: each is read once, however many acronyms it holds
    for match in _ACRONYM.finditer(text, body.start, body.end):
        before = text[match.start() - 1] if match.start() else " "
        if before.isalnum() or before in ".@#/-":
            continue
        if match.start() >= line_end:
            shouting, line_end = _in_capitals(text, match.start())
        if not shouting:
            yield match


@signal
def acronym_signal(ctx: AuditContext, source: str) -> int:
    if source != "es" or ctx.document.language != "en":
        return 0
    return len({m.group(0) for m in spanish_acronyms(ctx)})


@detector("acronym.spanish", "accuracy/untranslated", Severity.MINOR,
          "A Spanish acronym left in English text (OEA for OAS, EE.UU. for US, PIB for GDP).", languages=("en",))
def spanish_acronym(ctx: AuditContext):
    if not ctx.source_may_be("es"):
        return
    for match in spanish_acronyms(ctx):
        row = spanish_in_english()[match.group(0)]
        yield Hit(Span(match.start(), match.end()), f"“{match.group(0)}” is the Spanish acronym ({row.stands_for})",
                  f"“{row.english[0]}”", likely_source=f"{match.group(0)} ({row.stands_for})")
