"""Markdown rendering, escaped so article text cannot break the table or inject markup."""

from __future__ import annotations

import re

from ..model import PROVENANCE_LABELS
from . import AuditReport

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")


def escape(text: str) -> str:
    return _SPECIAL.sub(r"\\\1", text).replace("\n", " ")


def render_audit(report: AuditReport) -> str:
    doc = report.document
    out = [f"# Translation audit: {escape(doc.name)}", ""]
    out.append(f"Language: {doc.language} · {doc.word_count()} words · {len(doc.sentences)} sentences · "
               f"{len(doc.quotes)} quotations · {len(report.findings)} findings")
    source = report.source
    if source is not None:
        out.append(f"Source: {escape(source.name)} ({source.language}) · "
                   + " · ".join(f"{n} {label}" for label, n in report.by_provenance().items()))
    out += ["", "| Where | Severity | Category | Text | Reason | Suggestion |" + (" Provenance | Source |" if source else ""),
            "|---|---|---|---|---|---|" + ("---|---|" if source else "")]
    for f in report.findings:
        line, col = doc.position(f.span.start)
        row = (f"| {line}:{col} | {f.severity.label} | {f.category} | {_code(f.span.of(doc.text))} "
               f"| {escape(f.message)} | {escape(f.suggestion)} |")
        if source is not None:
            side = f"{source.position(f.source_span.start)[0]}: {_code(f.source_span.of(source.text))}" if f.source_span else ""
            row += f" {PROVENANCE_LABELS.get(f.provenance, '')} | {side} |"
        out.append(row)
    out += ["", "## Summary", "", "| Category | Findings |", "|---|---|"]
    out += [f"| {cat} | {n} |" for cat, n in report.by_category().items()]
    return "\n".join(out) + "\n"


def _code(text: str) -> str:
    text = " ".join(text.split())
    return f"`{text.replace('`', 'ʼ')}`" if text else "∅"
