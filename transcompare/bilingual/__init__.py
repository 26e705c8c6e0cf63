"""Bilingual checks: a translation read against its source.

Each check is a small function registered by id, like the monolingual detectors: it
takes a :class:`~transcompare.bilingual.pair.Pair` (the two documents and their
sentence alignment) and yields :class:`PairHit` objects; the runner turns them into
findings that carry both sides: the span in the translation (empty where something
is missing) and the span in the source.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

from ..datamodel import INTRODUCED, Finding, Severity, Span
from .pair import Pair

PREFIX = "bilingual."


@dataclass(frozen=True)
class PairHit:
    span: Span  # in the translation; empty (start == end) where something is missing
    source_span: Span | None  # in the source
    message: str
    suggestion: str = ""
    severity: Severity | None = None  # None: the check's default


@dataclass(frozen=True)
class Check:
    id: str
    category: str
    severity: Severity
    description: str
    run: Callable[[Pair], Iterable[PairHit]]
    languages: None = None  # every language pair (the same shape as a Detector, for listings)

    def applies_to(self, language: str) -> bool:
        return True


REGISTRY: dict[str, Check] = {}
_MODULES = ("omission", "addition", "copy", "terms", "numbers", "names", "negation", "quotations", "truncation")


def check(id: str, category: str, severity: Severity, description: str):
    def register(fn: Callable[[Pair], Iterable[PairHit]]):
        REGISTRY[PREFIX + id] = Check(PREFIX + id, category, severity, description, fn)
        return fn

    return register


@cache  # once per process: all_checks is asked for every segment evaluate audits
def _import_check_modules() -> None:
    for name in _MODULES:
        importlib.import_module(f"{__name__}.{name}")


def all_checks() -> dict[str, Check]:
    _import_check_modules()
    return REGISTRY


def run_checks(pair: Pair, only: Iterable[str] | None = None) -> list[Finding]:
    """Every selected bilingual check over ``pair``; findings sorted by their place in the translation."""
    registry = all_checks()
    selected = [c for c in (only if only is not None else registry) if c in registry]
    findings = []
    for check_id in selected:
        chk = registry[check_id]
        for hit in chk.run(pair):
            evidence = hit.source_span.of(pair.source.text) if hit.source_span else hit.span.of(pair.target.text)
            findings.append(Finding(chk.id, chk.category, hit.severity or chk.severity, hit.span, hit.message,
                                    hit.suggestion, evidence, version=pair.target.name, provenance=INTRODUCED,
                                    source_span=hit.source_span))
    findings.sort(key=lambda f: (f.span.start, f.span.end, f.detector))
    return findings
