"""The audit: a document's artifacts, found without any model."""

from __future__ import annotations

import os
from collections.abc import Iterable

from .detectors import AUTO, all_detectors, run_detectors
from .document import load_document
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
