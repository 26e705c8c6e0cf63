"""The audit: a document's artifacts, found without any model."""

from __future__ import annotations

import os
from collections.abc import Iterable

from .detectors import AUTO, all_detectors, run_detectors
from .document import build_document, load_document
from .model import Document
from .report import AuditReport


def audit_document(document: Document, source_language: str = AUTO, detectors: Iterable[str] | None = None) -> AuditReport:
    registry = all_detectors()
    selected = tuple(detectors) if detectors is not None else tuple(registry)
    findings = run_detectors(document, source_language, selected)
    applicable = tuple(d for d in selected if registry[d].applies_to(document.language))
    return AuditReport(document, tuple(findings), applicable, source_language)


def audit(source: str | os.PathLike, language: str | None = None, source_language: str = AUTO,
          detectors: Iterable[str] | None = None) -> AuditReport:
    """Audit a file ('-' for stdin)."""
    return audit_document(load_document(source, language), source_language, detectors)


def audit_text(text: str, name: str = "<text>", language: str | None = None, source_language: str = AUTO,
               detectors: Iterable[str] | None = None) -> AuditReport:
    """Audit text in memory, such as a system's output inside `evaluate`: an empty text is a finding
    (output.empty, critical) on an empty document rather than an input error."""
    if text.strip():
        return audit_document(build_document(text, name, language), source_language, detectors)
    from .detectors.empty import ID, empty_document, empty_finding

    document = empty_document(name, language or "en")
    selected = tuple(detectors) if detectors is not None else tuple(all_detectors())
    findings = (empty_finding(document),) if ID in selected else ()
    return AuditReport(document, findings, selected, source_language)
