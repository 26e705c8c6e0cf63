"""The quotation list of one document."""

from __future__ import annotations

import json

from ..datamodel import Document


def quotation_rows(document: Document) -> list[dict]:
    rows = []
    for index, quote in enumerate(document.quotes):
        line, col = document.position(quote.span.start)
        rows.append({
            "index": index,
            "speaker": quote.speaker_resolved,
            "speaker_written": quote.speaker,
            "speaker_span": _span(quote.speaker_span),
            "resolution": quote.resolution,
            "cue": quote.cue,
            "kind": quote.kind,
            "inherited": quote.inherited,
            "text": quote.inner.of(document.text),
            "line": line,
            "column": col,
            "style": quote.style,
            "depth": quote.depth,
            "closed": quote.closed,
            "paragraphs": quote.paragraphs,
            "sentence": quote.sentence,
            "span": _span(quote.span),
        })
    return rows


def _span(span) -> dict | None:
    return None if span is None else {"start": span.start, "end": span.end}


def speaker_label(row: dict) -> str:
    """Who said it, and how the text says so: "Ana García (she)", "Ana García (continues)", "he?"."""
    resolved, written = row["speaker"], row["speaker_written"]
    if not resolved:
        return f"{written}?" if written else "—"
    label = resolved
    if written and row["resolution"] in ("pronoun", "description", "surname") and not row["inherited"]:
        label += f" ({written})"
    elif written and row["resolution"] == "pronoun, gender differs" and not row["inherited"]:
        label += f" ({written}: gender differs)"  # a dropped Spanish subject restored with the wrong gender
    if row["inherited"]:
        label += " (continues)"
    return label


_KIND = {"direct": "direct", "partial": "partial", "title-term": "title/term"}


def render_quotes(document: Document, fmt: str) -> str:
    rows = quotation_rows(document)
    if fmt == "json":
        return json.dumps({"document": document.name, "quotes": rows}, ensure_ascii=False, indent=2) + "\n"
    if fmt == "jsonl":
        return "".join(json.dumps(dict(r, document=document.name), ensure_ascii=False) + "\n" for r in rows)
    from .markdown import escape

    if not rows:
        return "No quotations.\n"  # no empty tables
    out = ["| # | Line | Speaker | Kind | Quotation | Style | Closed |", "|---|---|---|---|---|---|---|"]
    out += [f"| {r['index']} | {r['line']} | {escape(speaker_label(r))} | {_KIND[r['kind']]} | {escape(r['text'])} | "
            f"{r['style']} | {'yes' if r['closed'] else 'no'} |" for r in rows]
    return "\n".join(out) + "\n"


def quotes_table(document: Document):
    from rich.markup import escape
    from rich.table import Table
    from rich.text import Text

    from .templating import plural

    if not document.quotes:
        return Text(f"no quotations in {document.name}")  # no empty tables
    table = Table(title=f"{plural(len(document.quotes), 'quotation')} in {escape(document.name)}", title_justify="left",
                  show_lines=False)
    for column in ("#", "line", "speaker", "kind", "quotation", "style", "closed"):
        table.add_column(column, overflow="fold")
    for r in quotation_rows(document):
        indent = "  " * r["depth"]
        table.add_row(str(r["index"]), str(r["line"]), escape(speaker_label(r)), _KIND[r["kind"]],
                      escape(f"{indent}{r['text']}"), r["style"], "yes" if r["closed"] else "[red]no[/]")
    return table


def render_quote_matrix(report, fmt: str, data: dict | None = None) -> str:
    """The quotation table across versions (json, jsonl or markdown). ``data``: compare_dict(report), when the
    caller has it already."""
    from .compare import compare_dict

    rows = (data if data is not None else compare_dict(report))["quotes"]
    if fmt == "json":
        return json.dumps({"document": report.article.name, "quotes": rows}, ensure_ascii=False, indent=2) + "\n"
    if fmt == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    from .markdown import escape

    names = [r.version.name for r in report.results]
    out = ["| # | Speaker | Quotation | " + " | ".join(escape(n) for n in names) + " |", "|---|---|---|" + "---|" * len(names)]
    for r in rows:
        cells = [_cell(r["versions"].get(n)) for n in names]
        out.append(f"| {r['index']} | {escape(r['speaker'] or '—')} | {escape(r['text'])} | " + " | ".join(map(escape, cells)) + " |")
    return "\n".join(out) + "\n"


def _cell(match: dict | None) -> str:
    if match is None:
        return "—"
    score = f" {match['fidelity']['score']:.2f}" if match["fidelity"] else ""
    return f"{match['status']}{score}: {match['text']}"

