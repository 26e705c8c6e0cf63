"""Self-contained HTML reports (no external assets, no script, a Content-Security-Policy) for
compare, audit and quotes. Jinja2 autoescaping escapes every piece of text a document holds.

Highlights are numbered and their reasons written out under the sentence or paragraph, so
nothing depends on hovering."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from html import escape

from markupsafe import Markup
from markupsafe import escape as _escape

from ..auditing import AuditReport
from ..comparison import CompareReport
from ..datamodel import Document, Finding, Severity, Span
from ..gc_pause import collector_paused
from . import report_dict
from .compare import SEVERITY_MEANING, compare_dict
from .templating import environment


def _render(template: str, **values) -> str:
    return environment().get_template(template).render(**values)


def _stream(template: str, **values) -> Iterator[str]:
    return environment().get_template(template).generate(**values)


class _Notes:
    """Numbers the reasons of one section, so a highlight points at its written reason."""

    def __init__(self) -> None:
        self.items: list[dict] = []
        self._numbers: dict[int, int] = {}

    def number(self, finding: Finding) -> int:
        key = id(finding)
        number = self._numbers.get(key)
        if number is None:
            number = self._numbers[key] = len(self.items) + 1
            reason = f"{finding.category}: {finding.message}" + (f" → {finding.suggestion}" if finding.suggestion else "")
            self.items.append({"number": number, "severity": _LABELS[finding.severity], "text": reason})
        return number


_LABELS = ("", *(s.label for s in sorted(Severity)))  # Severity.label by value: read for every highlight


def highlighted(document: Document, span: Span, findings: list[Finding], notes: _Notes | None = None) -> list[dict]:
    """``span``'s text cut into pieces, each with the worst severity and the note numbers of the
    findings that cover it."""
    notes = notes if notes is not None else _Notes()
    text, first, last = document.text, span.start, span.end
    inside = []
    cuts = {first, last}
    for f in findings:
        start, end = f.span.start, f.span.end
        if start < last and first < end or (start == end and first <= start < last):  # overlaps, or empty inside
            inside.append(f)
            if first <= start <= last:
                cuts.add(start)
            if first <= end <= last:
                cuts.add(end)
    points = sorted(cuts)
    pieces = []
    for start, end in zip(points, points[1:]):
        covering = [f for f in inside if f.span.start <= start and end <= f.span.end]
        pieces.append({"text": text[start:end], "severity": _LABELS[max([f.severity for f in covering])] if covering else None,
                       "notes": [notes.number(f) for f in covering]})
    for f in inside:  # an empty span (a missing word) still gets its reason
        notes.number(f)
    return pieces


def by_sentence(document: Document, findings) -> dict[int, list[Finding]]:
    """Findings indexed by every sentence they touch (one pass)."""
    index: dict[int, list[Finding]] = defaultdict(list)
    for f in findings:
        first = document.sentence_of(f.span.start)
        last = document.sentence_of(max(f.span.start, f.span.end - 1))
        for s in range(first, last + 1):
            index[s].append(f)
    return index


def _change_findings(report: CompareReport) -> tuple[list[Finding], list[list[Finding]]]:
    """Each version's sentence changes as findings on both sides: on the article's text and the version's."""
    article_side: list[Finding] = []
    version_sides: list[list[Finding]] = []
    for result in report.results:
        mine = []
        for change in result.changes:
            d = change.difference
            message = f"{result.version.name}: {d.label}: {d.summary}"
            if d.source_span is not None:
                article_side.append(Finding("compare", d.label, d.severity, d.source_span, message))
            if d.target_span is not None:
                mine.append(Finding("compare", d.label, d.severity, d.target_span, f"{d.label}: {d.summary}"))
        version_sides.append(mine)
    return article_side, version_sides


def side_by_side(report: CompareReport) -> Iterator[Markup]:
    """The article and its versions sentence by sentence, one table row of HTML each. Rows are
    written here rather than by the template: a long article has hundreds of thousands of them.
    Every piece of text goes through ``escape``."""
    from ..quote_align import sentence_targets

    article = report.article
    article_changes, version_changes = _change_findings(report)
    article_index = by_sentence(article, list(report.article_audit.findings) + article_changes)
    sides = []
    for result, changes in zip(report.results, version_changes):
        doc = result.version.document
        sides.append((doc, sentence_targets(result.alignment, len(article.sentences)),
                      by_sentence(doc, list(result.audit.findings) + changes)))
    for index in range(len(article.sentences)):
        cells = [f'<td><span class="sentence-id">{index}</span> {_sentence_html(article, (index,), article_index)}</td>']
        for doc, targets, index_of in sides:
            cells.append(f"<td>{_sentence_html(doc, targets[index], index_of)}</td>")
        yield Markup("<tr>" + "".join(cells) + "</tr>\n")


def _sentence_html(document: Document, sentences: tuple[int, ...], index: dict[int, list[Finding]]) -> str:
    """Sentences (indices) with their findings highlighted and numbered, the reasons under them."""
    text, spans = document.text, document.sentences
    if len(sentences) == 1 and sentences[0] not in index:  # most sentences: nothing to highlight
        return escape(spans[sentences[0]].of(text))
    notes = _Notes()
    parts = []
    for k in sentences:
        findings = index.get(k)
        parts.append(_pieces_html(highlighted(document, spans[k], findings, notes)) if findings
                     else escape(spans[k].of(text)))
    return " ".join(parts) + _reasons_html(notes.items)


def _pieces_html(pieces: list[dict]) -> str:
    out = []
    for p in pieces:
        if p["severity"]:
            notes = ",".join(map(str, p["notes"]))
            out.append(f'<mark class="{p["severity"]}">{escape(p["text"])}<sup>{notes}</sup></mark>')
        else:
            out.append(escape(p["text"]))
    return "".join(out)


def _reasons_html(items: list[dict]) -> str:
    return "".join(f'<p class="reason"><sup>{r["number"]}</sup> <span class="sev sev-{r["severity"]}">'
                   f'{r["severity"]}</span> {escape(r["text"])}</p>' for r in items)


def html_chunks(report: CompareReport, data: dict | None = None) -> Iterator[str]:
    """The comparison page, piece by piece: a long article's page is written as it is made.
    ``data``: compare_dict(report), when the caller has it already (for the JSON report too)."""
    with collector_paused():
        yield from _html_chunks(report, data)


def _html_chunks(report: CompareReport, data: dict | None) -> Iterator[str]:
    data = data if data is not None else compare_dict(report)
    compared = [r for r in report.results if r.correspondence.corresponds]
    shown = CompareReport(report.article, report.article_audit, tuple(compared), report.findings, report.provenance)
    names = [v["name"] for v in data["versions"]]
    return _stream("compare.html", data=data, rows=_batched(side_by_side(shown)) if compared else (), names=names,
                   quote_rows=_batched(quote_rows(data["quotes"], names)), side_names=[r.version.name for r in compared],
                   change_rows=_batched(map(_change_row, data["changes"])),
                   provenance_items=lambda items: _batched(map(_provenance_item, items)))


# The changes table and the provenance lists, written here for speed as the template would write them
# (markupsafe's escape, as Jinja's autoescaping uses).

def _change_row(c: dict) -> str:
    quote = f" (in quotation #{c['quote']})" if c["quote"] is not None else ""
    why = f'<div class="small">{_escape(c["explanation"])}</div>' if c["kind"] == "negation" else ""
    return (f'\n<tr><td>{c["line"]}</td><td>{_severity_html(c["severity"])}</td><td>{_escape(c["version"])}</td>\n'
            f'<td>{_escape(c["label"])}{quote}{why}</td>\n'
            f'<td><del>{_escape(c["old"] or "(none)")}</del> → <ins>{_escape(c["new"] or "(gone)")}</ins></td>'
            f'<td class="small">{_escape(c["version_text"])}</td></tr>\n')


def _provenance_item(i: dict) -> str:
    return (f'<li>line {i["line"]} {_severity_html(i["severity"])} <code>{_escape(i["text"])}</code> — '
            f'{_escape(i["message"])}</li>')


def _batched(rows: Iterable[str], size: int = 500) -> Iterator[Markup]:
    """Rows of HTML joined a few hundred at a time: the template then loops once per batch, not per row."""
    batch: list[str] = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield Markup("".join(batch))
            batch = []
    if batch:
        yield Markup("".join(batch))


def quote_rows(quotes: list[dict], names: list[str]) -> Iterator[Markup]:
    """The quotation table's rows (compare_dict's quotes): status, severity, chrF, words kept, the word
    differences, and each number, name or negation that changed. Written here for speed; every
    text goes through ``escape``."""
    for q in quotes:
        nested = ' class="nested"' if q["depth"] else ""
        inside = f'<span class="small">inside #{q["parent"]}</span><br>' if q["parent"] is not None else ""
        cells = [f'<td>{q["index"]}</td><td>{q["line"]}</td><td>{escape(q["speaker"] or "—")}</td>'
                 f'<td{nested}>{inside}“{escape(q["text"])}”</td>']
        cells += [f"<td>{_quote_cell(q['versions'].get(name))}</td>" for name in names]
        yield Markup("<tr>" + "".join(cells) + "</tr>\n")


def _severity_html(label: str | None) -> str:
    return f'<span class="sev sev-{label}">{label}</span>' if label else ""


def _quote_cell(v: dict | None) -> str:
    if not v:
        return "—"
    out = [f'<span class="status status-{v["status"].replace(" ", "-")}">{v["status"]}</span> '
           + _severity_html(v["severity"])]
    fidelity = v["fidelity"]
    if fidelity and fidelity["chrf"] is not None:
        kept = fidelity["words_kept"]
        words = f", {100 * kept:.0f}% of its words kept" if kept is not None and kept < 1 else ""
        out.append(f' <span class="small">chrF {fidelity["chrf"]:.0f}{words}</span>')
    marks = {"delete": "<del>{}</del>", "insert": "<ins>{}</ins>", "equal": "{}"}
    if v.get("diff"):
        out.append("<div>" + " ".join(marks[op].format(escape(text)) for op, text in v["diff"]) + "</div>")
    elif v["text"]:
        out.append(f"<div>{escape(v['text'])}</div>")
    for d in v["differences"]:
        why = f" ({escape(d['explanation'])})" if d["kind"] == "negation" else ""
        out.append(f'<p class="reason">{_severity_html(d["severity"])} {escape(d["label"])}: '
                   f'{escape(d["summary"])}{why}</p>')
    return "".join(out)


def render_html(report: CompareReport) -> str:
    return "".join(html_chunks(report))


def render_audit_html(report: AuditReport) -> str:
    doc = report.document
    data = report_dict(report)
    paragraphs = []
    by_paragraph: dict[int, list[Finding]] = defaultdict(list)
    for f in report.findings:
        by_paragraph[doc.paragraph_of(f.span.start)].append(f)
    for number, findings in sorted(by_paragraph.items()):
        bounds = doc.paragraphs[number] if doc.paragraphs else doc.body
        span = Span(min(bounds.start, *(f.span.start for f in findings)), max(bounds.end, *(f.span.end for f in findings)))
        notes = _Notes()
        pieces = highlighted(doc, span, findings, notes)
        listed = []
        for f in findings:
            line, col = doc.position(f.span.start)
            listed.append({"number": notes.number(f), "severity": f.severity.label, "line": line, "column": col,
                           "category": f.category, "text": f.span.of(doc.text), "message": f.message,
                           "suggestion": f.suggestion, "detector": f.detector})
        paragraphs.append({"number": number + 1, "line": doc.position(span.start)[0], "pieces": pieces,
                           "findings": listed})
    return _render("audit.html", data=data, paragraphs=paragraphs,
                   severities={s: m for s, m in _AUDIT_SEVERITY.items()})


_AUDIT_SEVERITY = {"critical": "changes or hides what was said: an empty quotation, a cut sentence",
                   "major": "a reader will stumble or be misled: a wrong pronoun, a leaked caption",
                   "minor": "reads as translated: a calque, punctuation"}


def render_quotes_html(document: Document, report: CompareReport | None = None, data: dict | None = None) -> str:
    """The quotation list of a document, or, with a comparison, the quotations across versions. ``data``:
    compare_dict(report), when the caller has it already."""
    from .. import __version__
    from .quote_table import quotation_rows

    if report is not None:
        data = data if data is not None else compare_dict(report)
        names = [v["name"] for v in data["versions"]]
        return _render("quotes.html", name=document.name, language=document.language, compare=data,
                       names=names, quote_rows=quote_rows(data["quotes"], names))
    return _render("quotes.html", name=document.name, language=document.language, compare=None,
                   rows=quotation_rows(document), version=__version__)


__all__ = ["SEVERITY_MEANING", "highlighted", "render_audit_html", "render_html", "render_quotes_html"]
