"""The audit Report and its renderers (terminal, json, jsonl, markdown)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from .. import __version__
from ..model import Document, Finding, Severity

SCHEMA = "transcompare.audit/1"
FORMATS = ("text", "json", "jsonl", "markdown")


@dataclass(frozen=True)
class AuditReport:
    document: Document
    findings: tuple[Finding, ...]
    detectors: tuple[str, ...]
    source_language: str

    def count_at_least(self, severity: Severity) -> int:
        return sum(f.severity >= severity for f in self.findings)

    def by_category(self) -> dict[str, int]:
        return dict(sorted(Counter(f.category for f in self.findings).items()))

    def by_severity(self) -> dict[str, int]:
        counts = Counter(f.severity for f in self.findings)
        return {s.label: counts.get(s, 0) for s in sorted(Severity, reverse=True)}


def finding_dict(report: AuditReport, finding: Finding) -> dict:
    doc = report.document
    (line, col), (end_line, end_col) = doc.position(finding.span.start), doc.position(finding.span.end)
    return {
        "detector": finding.detector,
        "category": finding.category,
        "severity": finding.severity.label,
        "message": finding.message,
        "suggestion": finding.suggestion,
        "evidence": finding.evidence,
        "likely_source": finding.likely_source,
        "text": finding.span.of(doc.text),
        "span": {"start": finding.span.start, "end": finding.span.end},
        "start": {"line": line, "column": col},
        "end": {"line": end_line, "column": end_col},
        "paragraph": doc.paragraph_of(finding.span.start),
        "sentence": doc.sentence_of(finding.span.start),
    }


def report_dict(report: AuditReport) -> dict:
    doc = report.document
    return {
        "schema": SCHEMA,
        "tool": {"name": "transcompare", "version": __version__},
        "document": {
            "name": doc.name,
            "language": doc.language,
            "source_language": report.source_language,
            "words": doc.word_count(),
            "paragraphs": len(doc.paragraphs),
            "sentences": len(doc.sentences),
            "quotes": len(doc.quotes),
            "metadata": {m.key: m.value for m in doc.metadata},
        },
        "detectors": list(report.detectors),
        "findings": [finding_dict(report, f) for f in report.findings],
        "summary": {"total": len(report.findings), "by_severity": report.by_severity(), "by_category": report.by_category()},
    }


def render(report: AuditReport, fmt: str) -> str:
    """The report as text in ``fmt`` (the terminal format is rendered by report.terminal)."""
    if fmt == "json":
        import json

        return json.dumps(report_dict(report), ensure_ascii=False, indent=2) + "\n"
    if fmt == "jsonl":
        import json

        rows = (dict(finding_dict(report, f), document=report.document.name) for f in report.findings)
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    if fmt == "markdown":
        from .markdown import render_audit

        return render_audit(report)
    from .terminal import render_audit_plain

    return render_audit_plain(report)
