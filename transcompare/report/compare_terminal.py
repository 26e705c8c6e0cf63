"""Terminal view of a comparison: warnings first, each quotation across versions with its word
differences, severity where the quotation is, the changes in aligned sentences, the article's
own artifacts and where they come from.

Lines, not tables: nothing is cut or wrapped when the output goes to a file or a pipe, and
differences stay visible without colour ([-deleted-] {+inserted+}).
"""

from __future__ import annotations

from rich.console import Console
from rich.text import Text

from ..comparison import CompareReport
from .compare import compare_dict
from .templating import plural

PROVENANCE_ITEMS = 8  # where an artifact comes from: a few examples a line, the rest in the JSON and HTML
SEVERITY_STYLE = {"critical": "bold red", "major": "yellow", "minor": "cyan"}
STATUS_STYLE = {"matched": "green", "altered": "yellow", "emptied": "bold red", "split": "yellow", "merged": "yellow",
                "indirect": "yellow", "lost": "bold red", "added": "cyan", "not compared": "dim"}


def diff_text(pieces: list[list[str]]) -> Text:
    out = Text()
    for op, text in pieces:
        if not text:
            continue
        if out:
            out.append(" ")
        if op == "delete":
            out.append(f"[-{text}-]", style="red strike")
        elif op == "insert":
            out.append(f"{{+{text}+}}", style="bold green")
        else:
            out.append(text)
    return out


def _severity(label: str | None) -> Text:
    return Text(label, style=SEVERITY_STYLE[label]) if label else Text("")


def _difference_line(d: dict, indent: str) -> Text:
    line = Text(indent + "✗ ")
    line.append(d["severity"], style=SEVERITY_STYLE[d["severity"]])
    line.append(f" {d['label']}: {d['summary']}")
    if d["kind"] == "negation":
        line.append(f" ({d['explanation']})")
    return line


def _version_header(v: dict) -> list[Text]:
    q = {k: n for k, n in v["quotes"].items() if n}
    verdict = Text("corresponds" if v["corresponds"] else "DOES NOT CORRESPOND",
                   style="green" if v["corresponds"] else "bold red")
    head = Text(f"  {v['name']}  ", style="bold")
    head.append(f"{v['kind']} {v['direction']}".strip() + f", {v['language']}, {plural(v['sentences'], 'sentence')}: ")
    head.append(verdict)
    head.append(f" ({v['correspondence']['description']})")
    lines = [head]
    if v["corresponds"]:
        counts = ", ".join(f"{n} {status}" for status, n in q.items()) or "none"
        c = v["changes"]
        changes = ", ".join(f"{n} {s}" for s, n in c.items() if n) or "none"
        lines.append(Text(f"    quotations: {counts}; numbers, names, negation changed: {changes}; "
                          f"{plural(v['artifacts'], 'artifact')} of its own"))
    return lines


def quotation_lines(data: dict) -> list[Text]:
    """Each article quotation and what every version made of it."""
    lines: list[Text] = []
    for q in data["quotes"]:
        head = Text("\n")
        head.append(f"#{q['index']}", style="bold")
        head.append(f" line {q['line']}, {q['speaker'] or 'no speaker'}"
                    + (f", inside #{q['parent']}" if q["parent"] is not None else "") + ": ")
        head.append(f"“{q['text']}”", style="italic")
        lines.append(head)
        for name, v in q["versions"].items():
            row = Text(f"  {name}: ")
            row.append(v["status"].upper(), style=STATUS_STYLE.get(v["status"], ""))
            if v["severity"]:
                row.append(" ")
                row.append_text(_severity(v["severity"]))
            fidelity = v["fidelity"]
            if fidelity:
                details = []
                if fidelity["chrf"] is not None:
                    details.append(f"chrF {fidelity['chrf']:.0f}")
                if fidelity["words_kept"] is not None and fidelity["words_kept"] < 1:
                    details.append(f"{fidelity['words_kept']:.0%} of its words kept")
                if not fidelity["speaker_kept"]:
                    details.append("speaker differs")
                if details:
                    row.append(" · " + ", ".join(details), style="dim")
            lines.append(row)
            if v.get("diff") and any(op != "equal" for op, _ in v["diff"]):
                lines.append(Text("    ").append_text(diff_text(v["diff"])))
            elif v["text"] and v["text"] != q["text"] and v["status"] not in ("not compared",):
                lines.append(Text(f"    “{v['text']}”"))
            lines += [_difference_line(d, "    ") for d in v["differences"]]
    return lines


def compare_lines(report: CompareReport, data: dict | None = None) -> list[Text]:
    """``data``: compare_dict(report), when the caller has it already."""
    data = data if data is not None else compare_dict(report)
    names = [v["name"] for v in data["versions"]]
    lines: list[Text] = [Text.assemble(("Comparison of ", "bold"), (report.article.name, "bold underline"),
                                       f" with {plural(len(names), 'version')}")]
    lines += [Text(f"⚠ {w}", style="bold red") for w in data["warnings"]]
    lines.append(Text("Statuses: " + "; ".join(f"{s}: {m}" for s, m in data["legend"]["statuses"].items()
                                               if any(v["quotes"][s] for v in data["versions"]))
                      + ". Word differences: [-deleted-] {+inserted+}.", style="dim"))
    lines.append(Text("\nVersions", style="bold"))
    for v in data["versions"]:
        lines += _version_header(v)
    if data["quotes"] and any(q["versions"] for q in data["quotes"]):
        lines.append(Text(f"\nQuotations ({len(data['quotes'])} in the article)", style="bold"))
        lines += quotation_lines(data)
    if data["added_quotes"]:
        lines.append(Text(f"\nQuotations only in a version ({len(data['added_quotes'])})", style="bold"))
        lines += [Text(f"  {a['version']}, line {a['line']}: “{a['text']}”") for a in data["added_quotes"]]
    if data["changes"]:
        lines.append(Text(f"\nNumbers, names and negation changed in aligned sentences ({len(data['changes'])})",
                          style="bold"))
        for c in data["changes"]:
            line = Text(f"  line {c['line']} ")
            line.append(c["severity"], style=SEVERITY_STYLE[c["severity"]])
            line.append(f" {c['version']}: {c['label']}{' in a quotation' if c['quote'] is not None else ''}: "
                        f"{c['summary']}")
            if c["kind"] == "negation":
                line.append(f" ({c['explanation']})")
            lines += [line, Text(f"    the version says: “{c['version_text']}”", style="dim")]
    lines += _article_lines(data)
    lines += [Text(f"Note: {n}", style="yellow") for n in data["notes"]]
    return lines


def _article_lines(data: dict) -> list[Text]:
    summary = data["article_summary"]
    if not summary["total"]:
        return [Text("\nThe article itself: no artifacts found", style="bold")]
    severities = ", ".join(f"{n} {s}" for s, n in summary["by_severity"].items() if n)
    categories = ", ".join(f"{c} {n}" for c, n in summary["by_category"].items())
    lines = [Text(f"\nThe article itself: {plural(summary['total'], 'artifact')} ({severities}); {categories}",
                  style="bold")]
    if data["provenance"]:
        lines.append(Text("\nWhere the article's artifacts come from", style="bold"))
        for group in data["provenance"]:
            lines.append(Text(f"  {group['description']} ({group['detector']}): {group['verdict']}"))
            items = group["items"]
            shown = "; ".join(f"line {i['line']} “{i['text']}”" for i in items[:PROVENANCE_ITEMS])
            more = f"; and {len(items) - PROVENANCE_ITEMS} more (all in the JSON and HTML reports)" \
                if len(items) > PROVENANCE_ITEMS else ""
            lines.append(Text(f"    {shown}{more}", style="dim"))
    return lines


def print_lines(lines: list[Text], console: Console) -> None:
    """Lines as they are: styled on a terminal, plain (and fast) into a file or a pipe."""
    if console.is_terminal and not console.no_color:
        for line in lines:
            console.print(line, soft_wrap=True)
    else:
        console.file.write("".join(line.plain + "\n" for line in lines))


def print_compare(report: CompareReport, console: Console, data: dict | None = None) -> None:
    print_lines(compare_lines(report, data), console)
