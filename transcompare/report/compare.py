"""The comparison report as data (json) and markdown; the terminal and HTML views read the same data."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from statistics import mean
from typing import Any

from .. import __version__
from ..align import WEAK_LINK
from ..comparison import CompareReport, VersionResult
from ..datamodel import Finding, Severity
from ..fidelity import word_diff
from ..gc_pause import collector_paused
from ..quote_align import QuoteStatus
from . import document_dict, finding_dict, summary_dict

SCHEMA = "transcompare.compare/2"
SEVERITY_MEANING = {
    "critical": "the meaning may have changed: a number, name or negation, a quotation lost or emptied",
    "major": "a quotation altered or a name changed: check it",
    "minor": "worth a look: a quotation turned into reported speech, a name or number in words left out",
}


def version_summary(result: VersionResult) -> dict:
    statuses = Counter(m.status for m in result.quotes)
    scores = [m.fidelity.score for m in result.quotes if m.fidelity is not None and m.status.found]
    weak = sum(1 for b in result.alignment.beads if b.source and b.target and b.score < WEAK_LINK)
    changes = Counter(c.difference.severity.label for c in result.changes)
    return {
        "name": result.version.name,
        "kind": result.version.kind,
        "model": result.version.model,
        "direction": result.version.direction,
        "language": result.version.document.language,
        "sentences": len(result.version.document.sentences),
        "corresponds": result.correspondence.corresponds,
        "correspondence": {"strong_share": result.correspondence.strong_share,
                           "mean_similarity": result.correspondence.mean_similarity,
                           "description": result.correspondence.describe()},
        "alignment_confidence": result.alignment.confidence,
        "alignment_method": result.alignment.method,
        "weak_links": weak,
        "quotes": {s.value: statuses.get(s, 0) for s in QuoteStatus},
        "mean_fidelity": round(mean(scores), 3) if scores else None,
        "artifacts": len(result.audit.findings),
        "changes": {s.label: changes.get(s.label, 0) for s in sorted(Severity, reverse=True)},
    }


def _finding(report: CompareReport, finding: Finding) -> dict:
    return dict(finding_dict(report.article_audit, finding), version=finding.version)


def _quote_rows(report: CompareReport) -> list[dict]:
    article = report.article
    by_version = []
    for result in report.results:
        same = result.version.document.language == article.language
        by_version.append((result, same, {m.quote: m for m in result.quotes if m.status is not QuoteStatus.ADDED}))
    parents = _parents(article)
    rows = []
    for index, quote in enumerate(article.quotes):
        line, col = article.position(quote.span.start)
        original = quote.inner.of(article.text)
        row: dict[str, Any] = {"index": index, "text": original, "speaker": quote.speaker_resolved, "line": line,
                               "column": col, "depth": quote.depth, "parent": parents[index], "closed": quote.closed,
                               "versions": {}}
        for result, same, matches in by_version:
            match = matches.get(index)
            if match is None:
                continue
            fidelity = match.fidelity
            entry: dict[str, Any] = {
                "status": match.status.value,
                "severity": match.severity.label if match.severity else None,
                "text": match.counterpart_text,
                "counterparts": list(match.counterparts),
                "fidelity": fidelity.as_dict() if fidelity else None,
                "differences": [d.as_dict() for d in fidelity.differences] if fidelity else [],
            }
            if same and match.status.found or match.status is QuoteStatus.EMPTIED:
                entry["diff"] = [list(piece) for piece in word_diff(original, match.counterpart_text)]
            row["versions"][result.version.name] = entry
        rows.append(row)
    return rows


def _parents(article) -> list[int | None]:
    """The quotation each nested quotation sits in (quotes are in reading order)."""
    out: list[int | None] = []
    open_stack: list[int] = []
    for index, quote in enumerate(article.quotes):
        while open_stack and not article.quotes[open_stack[-1]].span.contains(quote.span):
            open_stack.pop()
        out.append(open_stack[-1] if open_stack and quote.depth else None)
        open_stack.append(index)
    return out


def _changes(report: CompareReport) -> list[dict]:
    article = report.article
    out = []
    for result in report.results:
        doc = result.version.document
        for change in result.changes:
            d = change.difference
            where = d.source_span.start if d.source_span else article.sentences[change.article_sentences[0]].start
            line, _ = article.position(where)
            out.append(dict(d.as_dict(), version=result.version.name, line=line, quote=change.quote,
                            article_sentences=list(change.article_sentences),
                            version_sentences=list(change.version_sentences),
                            version_text=" ".join(doc.sentences[t].of(doc.text) for t in change.version_sentences)))
    out.sort(key=lambda c: (c["line"], c["version"]))
    return out


def provenance_groups(report: CompareReport) -> list[dict]:
    """The article's artifacts grouped by detector and, within one, by what the versions say (said once)."""
    from ..detectors import all_detectors

    registry = all_detectors()
    groups: dict[tuple[str, str], dict] = {}
    for p in report.provenance:
        f = p.finding
        det = registry.get(f.detector)
        key = (f.detector, p.verdict)
        group = groups.setdefault(key, {"detector": f.detector, "description": det.description if det else f.detector,
                                        "category": f.category, "verdict": p.verdict, "items": []})
        line, col = report.article.position(f.span.start)
        group["items"].append({"line": line, "column": col, "text": f.span.of(report.article.text),
                               "message": f.message, "severity": f.severity.label,
                               "present_in": list(p.present_in), "absent_from": list(p.absent_from)})
    return sorted(groups.values(), key=lambda g: (g["detector"], g["verdict"]))


def compare_dict(report: CompareReport) -> dict:
    """The report as plain data: made once by a caller that writes it several ways (JSON, HTML, text),
    and dropped with the report (a long article's data is millions of objects)."""
    with collector_paused():
        return _compare_dict(report)


def _compare_dict(report: CompareReport) -> dict:
    added = []
    for r in report.results:
        doc = r.version.document
        for m in r.quotes:
            if m.status is QuoteStatus.ADDED:
                line, _ = doc.position(doc.quotes[m.quote].span.start)
                added.append({"version": r.version.name, "index": m.quote, "text": m.counterpart_text, "line": line})
    return {
        "schema": SCHEMA,
        "tool": {"name": "transcompare", "version": __version__},
        "article": document_dict(report.article_audit),
        "article_summary": summary_dict(report.article_audit),
        "warnings": list(report.warnings),
        "notes": list(report.notes),
        "legend": {"statuses": {s.value: s.meaning for s in QuoteStatus}, "severities": SEVERITY_MEANING},
        "versions": [version_summary(r) for r in report.results],
        "alignments": {r.version.name: [[list(b.source), list(b.target), b.score] for b in r.alignment.beads]
                       for r in report.results},
        "quotes": _quote_rows(report),
        "added_quotes": added,
        "changes": _changes(report),
        "findings": [_finding(report, f) for f in report.findings],
        "article_findings": [dict(finding_dict(report.article_audit, p.finding), present_in=list(p.present_in),
                                  absent_from=list(p.absent_from), provenance=p.verdict) for p in report.provenance],
        "provenance": provenance_groups(report),
    }


PRETTY_UP_TO = 1_000_000  # characters of article: longer reports are written compact (json's fast encoder)
_ITEMS_A_CHUNK = 500


def json_chunks(report: CompareReport, data: dict | None = None) -> Iterator[str]:
    """The JSON report in pieces: indented for an article up to PRETTY_UP_TO characters; past that
    compact and written value by value (json's fast encoder, never the whole text in memory).
    ``data``: compare_dict(report), when the caller has it already (for the HTML page too)."""
    with collector_paused():
        yield from _json_chunks(report, data)


def _json_chunks(report: CompareReport, data: dict | None) -> Iterator[str]:
    data = data if data is not None else compare_dict(report)
    if len(report.article.text) <= PRETTY_UP_TO:
        yield json.dumps(data, ensure_ascii=False, indent=2) + "\n"
        return
    yield "{"
    for position, (key, value) in enumerate(data.items()):
        yield (", " if position else "") + json.dumps(key) + ": "
        if isinstance(value, list):  # a few hundred items at a time, their list's brackets cut off
            yield "["
            for k in range(0, len(value), _ITEMS_A_CHUNK):
                yield (", " if k else "") + json.dumps(value[k : k + _ITEMS_A_CHUNK], ensure_ascii=False)[1:-1]
            yield "]"
        else:
            yield json.dumps(value, ensure_ascii=False)
    yield "}\n"


def render_compare(report: CompareReport, fmt: str, data: dict | None = None) -> str:
    """``data``: compare_dict(report), when the caller has it already."""
    if fmt == "json":
        return "".join(json_chunks(report, data))
    from .markdown import render_compare_markdown

    return render_compare_markdown(data if data is not None else compare_dict(report), report.article.name)
