"""A self-contained HTML report (no external assets). Jinja2 autoescaping escapes
every piece of text the article or a version contains."""

from __future__ import annotations

from ..comparison import CompareReport
from ..model import Document, Finding, Span
from .compare import compare_dict


def highlighted(document: Document, span: Span, findings: list[Finding]) -> list[dict]:
    """``span``'s text cut into pieces, each with the findings that cover it."""
    text = document.text
    inside = [f for f in findings if f.span.overlaps(span) or (len(f.span) == 0 and span.start <= f.span.start < span.end)]
    cuts = {span.start, span.end}
    for f in inside:
        cuts.update(x for x in (f.span.start, f.span.end) if span.start <= x <= span.end)
    points = sorted(cuts)
    pieces = []
    for start, end in zip(points, points[1:]):
        covering = [f for f in inside if f.span.start <= start and end <= f.span.end]
        worst = max((f.severity for f in covering), default=None)
        pieces.append({
            "text": text[start:end],
            "severity": worst.label if worst else None,
            "title": " | ".join(f"{f.severity.label} {f.category}: {f.message}" + (f" → {f.suggestion}" if f.suggestion else "")
                                for f in covering),
        })
    return pieces


def side_by_side(report: CompareReport) -> list[dict]:
    article = report.article
    rows = []
    article_findings = list(report.article_audit.findings)
    for index, sentence in enumerate(article.sentences):
        cells = []
        for result in report.results:
            doc = result.version.document
            targets = result.alignment.targets_of(index)
            findings = list(result.audit.findings)
            cells.append([highlighted(doc, doc.sentences[t], findings) for t in targets])
        rows.append({"index": index, "article": highlighted(article, sentence, article_findings), "versions": cells})
    return rows


def render_html(report: CompareReport) -> str:
    from importlib import resources

    from jinja2 import Environment, select_autoescape

    env = Environment(autoescape=select_autoescape(default=True, default_for_string=True))
    template = env.from_string(resources.files("transcompare.report").joinpath("templates/compare.html").read_text("utf-8"))
    data = compare_dict(report)
    return template.render(data=data, rows=side_by_side(report), names=[v["name"] for v in data["versions"]])
