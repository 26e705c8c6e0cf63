"""Terminal rendering with rich: findings grouped by paragraph, span highlighted in context."""

from __future__ import annotations

import io
from itertools import groupby

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from ..auditing import AuditReport
from ..datamodel import INHERITED, PROVENANCE_LABELS, Severity
from .templating import plural

SEVERITY_STYLE = {Severity.CRITICAL: "bold red", Severity.MAJOR: "yellow", Severity.MINOR: "cyan"}
CONTEXT = 50


def _context(text: str, start: int, end: int, bounds: tuple[int, int]) -> Text:
    left = max(bounds[0], start - CONTEXT)
    right = min(bounds[1], end + CONTEXT)
    line = Text("  … " if left > bounds[0] else "  ", style="dim")
    line.append(text[left:start].replace("\n", " "))
    line.append(text[start:end].replace("\n", " ") or "∅", style="reverse bold")
    line.append(text[end:right].replace("\n", " "))
    if right < bounds[1]:
        line.append(" …", style="dim")
    return line


def audit_renderable(report: AuditReport) -> Group:
    doc = report.document
    parts: list = [Text.assemble(("Audit of ", "bold"), (doc.name, "bold underline"),
                                 f"  ({doc.language}, {plural(doc.word_count(), 'word')}, {plural(len(doc.sentences), 'sentence')}, "
                                 f"{plural(len(doc.quote_marks), 'quotation')})")]
    if report.source is not None:
        counts = ", ".join(f"{n} {label}" for label, n in report.by_provenance().items())
        parts.append(Text(f"against the source {report.source.name} ({report.source.language}, "
                          f"{plural(len(report.source.sentences), 'sentence')}): {counts}"))
    for paragraph, findings in groupby(report.findings, key=lambda f: doc.paragraph_of(f.span.start)):
        bounds = (doc.paragraphs[paragraph].start, doc.paragraphs[paragraph].end) if doc.paragraphs else (0, len(doc.text))
        first_line = doc.position(bounds[0])[0]
        parts.append(Text(f"\n¶ {paragraph + 1} (line {first_line})", style="bold"))
        for f in findings:
            line, col = doc.position(f.span.start)
            head = Text(f"{line}:{col} ")
            head.append(f"{f.severity.label:<8}", style=SEVERITY_STYLE[f.severity])
            head.append(f" {f.category}  ", style="magenta")
            head.append(f.detector, style="dim")
            if f.provenance:
                head.append(f"  [{PROVENANCE_LABELS[f.provenance]}]", style="dim" if f.provenance == INHERITED else "bold")
            parts += [head, _context(doc.text, f.span.start, f.span.end, (min(bounds[0], f.span.start), max(bounds[1], f.span.end))), Text(f"    {f.message}")]
            if f.suggestion:
                parts.append(Text(f"    → {f.suggestion}", style="green"))
            if report.source is not None and f.source_span is not None:
                parts.append(_source_line(report, f))
    parts.append(_summary(report))
    return Group(*parts)


def _source_line(report: AuditReport, finding) -> Text:
    source = report.source
    assert source is not None and finding.source_span is not None  # only findings against a source get here
    line, _ = source.position(finding.source_span.start)
    quoted = " ".join(finding.source_span.of(source.text).split())
    if len(quoted) > 2 * CONTEXT + 40:
        quoted = quoted[: 2 * CONTEXT + 39] + "…"
    return Text(f"    source line {line}: {quoted}", style="dim")


def _summary(report: AuditReport) -> Table | Text:
    if not report.findings:
        return Text("\nno findings")  # an empty table says nothing a sentence does not
    table = Table(title=plural(len(report.findings), "finding"), title_justify="left")
    table.add_column("category")
    for severity in sorted(Severity, reverse=True):
        table.add_column(severity.label, justify="right")
    for category in report.by_category():
        row = [sum(f.category == category and f.severity == s for f in report.findings) for s in sorted(Severity, reverse=True)]
        table.add_row(category, *(str(n) if n else "·" for n in row))
    return table


def render_audit_plain(report: AuditReport) -> str:
    console = Console(record=True, width=120, no_color=True, file=io.StringIO())
    console.print(audit_renderable(report))
    return console.export_text()


def print_audit(report: AuditReport, console: Console) -> None:
    console.print(audit_renderable(report))
