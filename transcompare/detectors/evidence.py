"""Whether a document reads as translated from a language, counted from strong signals.

Weak rules (a false friend that is also ordinary English, "For his part") fire when the user
names the source language, or in auto mode once the document shows enough strong signals
(high-confidence calques, Spanish typography) from detectors that register one with @signal.
"""

from __future__ import annotations

from collections.abc import Callable

from . import AUTO, AuditContext

# Distinct strong signals after which weak rules are trusted in auto mode.
EVIDENCE = 2
SIGNALS: list[Callable[[AuditContext, str], int]] = []


def signal(count: Callable[[AuditContext, str], int]) -> Callable[[AuditContext, str], int]:
    """Register ``count(ctx, source)``: how many strong signs of ``source`` the document shows."""
    SIGNALS.append(count)
    return count


def evidence(ctx: AuditContext, source: str) -> int:
    key = ("evidence", source)
    if key not in ctx.cache:
        ctx.cache[key] = sum(count(ctx, source) for count in SIGNALS)
    return ctx.cache[key]


def origin_evident(ctx: AuditContext, source: str) -> bool:
    """True when the user said the text comes from ``source``, or (auto) the text shows it."""
    if ctx.source_language == source:
        return True
    return ctx.source_language == AUTO and evidence(ctx, source) >= EVIDENCE
