"""The comparison report as data (json) and markdown."""

from __future__ import annotations

import json
from statistics import mean

from .. import __version__
from ..comparison import CompareReport, VersionResult
from ..model import Finding
from . import finding_dict, report_dict

SCHEMA = "transcompare.compare/1"


def version_summary(result: VersionResult) -> dict:
    statuses = [m.status for m in result.quotes]
    scores = [m.fidelity.score for m in result.quotes if m.fidelity is not None]
    weak = sum(1 for b in result.alignment.beads if b.source and b.target and b.score < 0.12)
    return {
        "name": result.version.name,
        "kind": result.version.kind,
        "model": result.version.model,
        "direction": result.version.direction,
        "language": result.version.document.language,
        "sentences": len(result.version.document.sentences),
        "alignment_confidence": result.alignment.confidence,
        "alignment_method": result.alignment.method,
        "weak_links": weak,
        "quotes": {s: statuses.count(s) for s in ("matched", "split", "merged", "indirect", "lost", "added")},
        "mean_fidelity": round(mean(scores), 3) if scores else None,
        "artifacts": len(result.audit.findings),
    }


def _finding(report: CompareReport, finding: Finding) -> dict:
    return dict(finding_dict(report.article_audit, finding), version=finding.version)


def compare_dict(report: CompareReport) -> dict:
    article = report.article
    quotes = []
    for index, quote in enumerate(article.quotes):
        if quote.depth:
            continue
        line, col = article.position(quote.span.start)
        row = {"index": index, "text": quote.inner.of(article.text), "speaker": quote.speaker_resolved, "line": line,
               "column": col, "closed": quote.closed, "versions": {}}
        for result in report.results:
            for match in result.quotes:
                if match.status != "added" and match.quote == index:
                    row["versions"][result.version.name] = {
                        "status": match.status, "text": match.counterpart_text, "counterparts": list(match.counterparts),
                        "fidelity": match.fidelity.as_dict() if match.fidelity else None,
                    }
        quotes.append(row)
    added = [{"version": r.version.name, "text": m.counterpart_text} for r in report.results for m in r.quotes
             if m.status == "added"]
    return {
        "schema": SCHEMA,
        "tool": {"name": "transcompare", "version": __version__},
        "article": report_dict(report.article_audit)["document"],
        "versions": [version_summary(r) for r in report.results],
        "alignments": {r.version.name: [[list(b.source), list(b.target), b.score] for b in r.alignment.beads]
                       for r in report.results},
        "quotes": quotes,
        "added_quotes": added,
        "findings": [_finding(report, f) for f in report.findings],
        "article_findings": [dict(finding_dict(report.article_audit, p.finding), present_in=list(p.present_in),
                                  absent_from=list(p.absent_from), provenance=p.verdict) for p in report.provenance],
        "notes": list(report.notes),
    }


def render_compare(report: CompareReport, fmt: str) -> str:
    if fmt == "json":
        return json.dumps(compare_dict(report), ensure_ascii=False, indent=2) + "\n"
    from .markdown import escape

    data = compare_dict(report)
    names = [v["name"] for v in data["versions"]]
    out = [f"# Comparison: {escape(report.article.name)}", ""]
    out += ["| Version | Kind | Language | Alignment | Matched | Indirect | Lost | Added | Mean fidelity | Artifacts |",
            "|---|---|---|---|---|---|---|---|---|---|"]
    for v in data["versions"]:
        q = v["quotes"]
        out.append(f"| {escape(v['name'])} | {v['kind']} {v['direction']} | {v['language']} | {v['alignment_confidence']:.2f} "
                   f"| {q['matched'] + q['split'] + q['merged']} | {q['indirect']} | {q['lost']} | {q['added']} "
                   f"| {v['mean_fidelity'] if v['mean_fidelity'] is not None else '—'} | {v['artifacts']} |")
    out += ["", "## Quotations", "", "| # | Speaker | Article | " + " | ".join(escape(n) for n in names) + " |",
            "|---|---|---|" + "---|" * len(names)]
    for q in data["quotes"]:
        cells = []
        for name in names:
            v = q["versions"].get(name)
            if v is None:
                cells.append("—")
            else:
                score = f" ({v['fidelity']['score']:.2f})" if v["fidelity"] else ""
                cells.append(f"{v['status']}{score}: {escape(v['text'])}")
        out.append(f"| {q['index']} | {escape(q['speaker'] or '—')} | {escape(q['text'])} | " + " | ".join(cells) + " |")
    out += ["", "## Findings across versions", ""]
    out += [f"- line {f['start']['line']}: **{f['severity']}** {f['detector']} — {escape(f['message'])}" for f in data["findings"]]
    out += ["", "## The article's artifacts in other versions", ""]
    out += [f"- line {f['start']['line']} {f['detector']} `{f['text'].replace('`', 'ʼ')}`: {escape(f['provenance'])}"
            for f in data["article_findings"]]
    if data["notes"]:
        out += ["", "## Notes", ""] + [f"- {escape(n)}" for n in data["notes"]]
    return "\n".join(out) + "\n"
