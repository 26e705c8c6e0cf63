"""Renderers of the audit report (json, jsonl, markdown; terminal in report.terminal)."""

from __future__ import annotations

from .. import __version__
from ..auditing import AuditReport
from ..datamodel import Finding

SCHEMA = "transcompare.audit/1"


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
        "provenance": finding.provenance or None,
        "source": source_side(report, finding),
    }


def source_side(report: AuditReport, finding: Finding) -> dict | None:
    """Where the finding's source text is, and what it says."""
    if report.source is None or finding.source_span is None:
        return None
    src = report.source
    (line, col), (end_line, end_col) = src.position(finding.source_span.start), src.position(finding.source_span.end)
    return {"text": finding.source_span.of(src.text),
            "span": {"start": finding.source_span.start, "end": finding.source_span.end},
            "start": {"line": line, "column": col}, "end": {"line": end_line, "column": end_col},
            "sentence": src.sentence_of(finding.source_span.start)}


def report_dict(report: AuditReport) -> dict:
    return {
        "schema": SCHEMA,
        "tool": {"name": "transcompare", "version": __version__},
        "document": document_dict(report),
        "source": _source_dict(report),
        "detectors": list(report.detectors),
        "findings": [finding_dict(report, f) for f in report.findings],
        "summary": summary_dict(report),
    }


def document_dict(report: AuditReport) -> dict:
    doc = report.document
    return {
        "name": doc.name,
        "language": doc.language,
        "source_language": report.source_language,
        "words": doc.word_count(),
        "paragraphs": len(doc.paragraphs),
        "sentences": len(doc.sentences),
        "quotes": len(doc.quote_marks),
        "metadata": {m.key: m.value for m in doc.metadata},
    }


def summary_dict(report: AuditReport) -> dict:
    return {"total": len(report.findings), "by_severity": report.by_severity(), "by_category": report.by_category(),
            **({"by_provenance": report.by_provenance()} if report.source is not None else {})}


def _source_dict(report: AuditReport) -> dict | None:
    src = report.source
    if src is None:
        return None
    alignment = report.alignment
    return {"name": src.name, "language": src.language, "words": src.word_count(), "sentences": len(src.sentences),
            "alignment": {"method": alignment.method, "confidence": alignment.confidence} if alignment else None}


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
