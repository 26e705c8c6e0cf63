"""Markdown rendering, escaped so article text cannot break the table or inject markup."""

from __future__ import annotations

import re

from . import AuditReport

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")


def escape(text: str) -> str:
    return _SPECIAL.sub(r"\\\1", text).replace("\n", " ")


def render_audit(report: AuditReport) -> str:
    doc = report.document
    out = [f"# Translation audit: {escape(doc.name)}", ""]
    out.append(f"Language: {doc.language} · {doc.word_count()} words · {len(doc.sentences)} sentences · "
               f"{len(doc.quotes)} quotations · {len(report.findings)} findings")
    out += ["", "| Where | Severity | Category | Text | Reason | Suggestion |", "|---|---|---|---|---|---|"]
    for f in report.findings:
        line, col = doc.position(f.span.start)
        out.append(f"| {line}:{col} | {f.severity.label} | {f.category} | `{f.span.of(doc.text).replace('`', 'ʼ')}` "
                   f"| {escape(f.message)} | {escape(f.suggestion)} |")
    out += ["", "## Summary", "", "| Category | Findings |", "|---|---|"]
    out += [f"| {cat} | {n} |" for cat, n in report.by_category().items()]
    return "\n".join(out) + "\n"
