"""Markdown rendering, escaped so article text cannot break the table or inject markup."""

from __future__ import annotations

import re

from ..auditing import AuditReport
from ..datamodel import PROVENANCE_LABELS
from .templating import plural

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")


def escape(text: str) -> str:
    return _SPECIAL.sub(r"\\\1", text).replace("\n", " ")


def render_audit(report: AuditReport) -> str:
    doc = report.document
    out = [f"# Translation audit: {escape(doc.name)}", ""]
    out.append(f"Language: {doc.language} · {plural(doc.word_count(), 'word')} · {plural(len(doc.sentences), 'sentence')} · "
               f"{plural(len(doc.quote_marks), 'quotation')} · {plural(len(report.findings), 'finding')}")
    source = report.source
    if source is not None:
        out.append(f"Source: {escape(source.name)} ({source.language}) · "
                   + " · ".join(f"{n} {label}" for label, n in report.by_provenance().items()))
    if not report.findings:
        return "\n".join(out + ["", "No findings."]) + "\n"  # no empty tables
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


def _diff_markdown(pieces: list[list[str]]) -> str:
    marks = {"delete": "~~{}~~", "insert": "**{}**", "equal": "{}"}
    return " ".join(marks[op].format(escape(text)) for op, text in pieces if text)


def _quote_cell(entry: dict | None) -> str:
    if entry is None:
        return "—"
    head = f"**{entry['status']}**" + (f" ({entry['severity']})" if entry["severity"] else "")
    body = _diff_markdown(entry["diff"]) if entry.get("diff") else escape(entry["text"])
    notes = "; ".join(f"{d['label']}: {escape(d['summary'])}" for d in entry["differences"])
    return " ".join(part for part in (head, body, f"— {notes}" if notes else "") if part)


def render_compare_markdown(data: dict, name: str) -> str:
    """The comparison (compare_dict's data) as markdown: warnings first, then versions, quotations,
    changes in aligned sentences, the article's artifacts and their provenance. Empty sections are left out."""
    from .templating import plural

    out = [f"# Comparison: {escape(name)}", ""]
    out += [f"> **Warning:** {escape(w)}" for w in data["warnings"]]
    if data["warnings"]:
        out.append("")
    out.append("Quotation statuses: " + "; ".join(f"*{s}*: {escape(m)}" for s, m in data["legend"]["statuses"].items())
               + ". Word differences: ~~deleted~~, **inserted**.")
    out += ["", "## Versions", "",
            "| Version | Kind | Language | Corresponds | " + " | ".join(s.capitalize() for s in data["versions"][0]["quotes"])
            + " | Mean fidelity | Changes (critical/major/minor) | Artifacts |" if data["versions"] else "",
            "|---|---|---|---|" + "---|" * (len(data["versions"][0]["quotes"]) + 3) if data["versions"] else ""]
    for v in data["versions"]:
        c = v["changes"]
        out.append(f"| {escape(v['name'])} | {v['kind']} {v['direction']} | {v['language']} | "
                   f"{'yes' if v['corresponds'] else '**no**'} ({escape(v['correspondence']['description'])}) | "
                   + " | ".join(str(n) for n in v["quotes"].values())
                   + f" | {v['mean_fidelity'] if v['mean_fidelity'] is not None else '—'} | "
                   f"{c['critical']}/{c['major']}/{c['minor']} | {v['artifacts']} |")
    names = [v["name"] for v in data["versions"]]
    if data["quotes"]:
        out += ["", "## Quotations", "", "| # | Line | Speaker | Article | " + " | ".join(escape(n) for n in names) + " |",
                "|---|---|---|---|" + "---|" * len(names)]
        for q in data["quotes"]:
            nested = "↳ " * q["depth"]
            out.append(f"| {q['index']} | {q['line']} | {escape(q['speaker'] or '—')} | {nested}{escape(q['text'])} | "
                       + " | ".join(_quote_cell(q["versions"].get(n)) for n in names) + " |")
    if data["added_quotes"]:
        out += ["", "## Quotations only in a version", ""]
        out += [f"- {escape(a['version'])}, line {a['line']}: “{escape(a['text'])}”" for a in data["added_quotes"]]
    if data["changes"]:
        out += ["", "## Numbers, names and negation changed in aligned sentences", ""]
        out += [f"- line {c['line']} **{c['severity']}** {escape(c['version'])}: {c['label']}"
                f"{' (in a quotation)' if c['quote'] is not None else ''}: {escape(c['summary'])}"
                f"{' — ' + escape(c['explanation']) if c['kind'] == 'negation' else ''}; the version says: "
                f"“{escape(c['version_text'])}”" for c in data["changes"]]
    summary = data["article_summary"]
    if summary["total"]:
        severities = ", ".join(f"{n} {s}" for s, n in summary["by_severity"].items() if n)
        out += ["", "## The article's own artifacts", "",
                f"{plural(summary['total'], 'artifact')} ({severities}).", "", "| Category | Artifacts |", "|---|---|"]
        out += [f"| {cat} | {n} |" for cat, n in summary["by_category"].items()]
    if data["provenance"]:
        out += ["", "## Where the article's artifacts come from", ""]
        for group in data["provenance"]:
            items = ", ".join(f"line {i['line']} `{i['text'].replace('`', 'ʼ')}`" for i in group["items"])
            out.append(f"- **{escape(group['description'])}** ({group['detector']}): {escape(group['verdict'])}. "
                       f"{items}")
    if data["notes"]:
        out += ["", "## Notes", ""] + [f"- {escape(n)}" for n in data["notes"]]
    return "\n".join(line for line in out) + "\n"


def _code(text: str) -> str:
    text = " ".join(text.split())
    return f"`{text.replace('`', 'ʼ')}`" if text else "∅"
