"""Terminal view of a comparison: each quotation across versions with word differences."""

from __future__ import annotations

import difflib

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from ..comparison import CompareReport
from .compare import compare_dict

STATUS_STYLE = {"matched": "green", "split": "yellow", "merged": "yellow", "indirect": "yellow", "lost": "bold red"}


def word_diff(reference: str, text: str) -> Text:
    """``text`` with the words that differ from ``reference`` highlighted."""
    ref_words, words = reference.split(), text.split()
    out = Text()
    matcher = difflib.SequenceMatcher(a=[w.lower() for w in ref_words], b=[w.lower() for w in words], autojunk=False)
    for op, _, _, j1, j2 in matcher.get_opcodes():
        chunk = " ".join(words[j1:j2])
        if not chunk:
            continue
        if out:
            out.append(" ")
        out.append(chunk, style=None if op == "equal" else "bold magenta")
    return out


def compare_renderable(report: CompareReport) -> Group:
    data = compare_dict(report)
    parts: list = [Text.assemble(("Comparison of ", "bold"), (report.article.name, "bold underline"),
                                 f"  with {len(report.results)} version(s)")]
    for quote in data["quotes"]:
        table = Table(title=f"“{quote['text'][:90]}{'…' if len(quote['text']) > 90 else ''}”  — "
                            f"{quote['speaker'] or 'no speaker'}, line {quote['line']}",
                      title_justify="left", show_header=True, expand=True)
        table.add_column("version", ratio=2, overflow="fold")
        table.add_column("status", ratio=1)
        table.add_column("fidelity", ratio=2)
        table.add_column("text (differences highlighted)", ratio=6, overflow="fold")
        for name, v in quote["versions"].items():
            fidelity = v["fidelity"]
            if fidelity:
                problems = [k.removesuffix("_kept") for k, ok in fidelity.items() if k.endswith("_kept") and not ok]
                chrf = f"chrF {fidelity['chrf']:.0f} " if fidelity["chrf"] is not None else ""
                detail = f"{fidelity['score']:.2f} {chrf}" + (f"[red]✗ {', '.join(problems)}[/]" if problems else "")
            else:
                detail = "—"
            table.add_row(name, f"[{STATUS_STYLE.get(v['status'], '')}]{v['status']}[/]", detail,
                          word_diff(quote["text"], v["text"]))
        parts += [Text(""), table]
    parts += [Text(""), _summary(data), _provenance(data)]
    if data["notes"]:
        parts += [Text(n, style="yellow") for n in data["notes"]]
    return Group(*parts)


def _summary(data: dict) -> Table:
    table = Table(title="Versions", title_justify="left")
    for column in ("version", "kind", "lang", "alignment", "matched", "indirect", "lost", "added", "fidelity", "artifacts"):
        table.add_column(column)
    for v in data["versions"]:
        q = v["quotes"]
        table.add_row(v["name"], f"{v['kind']} {v['direction']}", v["language"], f"{v['alignment_confidence']:.2f}",
                      str(q["matched"] + q["split"] + q["merged"]), str(q["indirect"]), str(q["lost"]), str(q["added"]),
                      f"{v['mean_fidelity']:.2f}" if v["mean_fidelity"] is not None else "—", str(v["artifacts"]))
    return table


def _provenance(data: dict) -> Table:
    table = Table(title="The article's artifacts in the other versions", title_justify="left")
    for column in ("line", "detector", "text", "where else"):
        table.add_column(column, overflow="fold")
    for f in data["article_findings"]:
        table.add_row(str(f["start"]["line"]), f["detector"], f["text"][:40], f["provenance"])
    return table


def print_compare(report: CompareReport, console: Console) -> None:
    console.print(compare_renderable(report))
