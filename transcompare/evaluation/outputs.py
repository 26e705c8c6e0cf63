"""Evaluation outputs: the terminal table, results.json/.csv, segments.jsonl, a chart, HTML."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from ..io import atomic_writer, write_atomic
from .metrics import sentence_score
from .runner import Plan, SystemRun


def results_table(results: dict):
    from rich.table import Table

    metrics = results["metrics"]
    table = Table(title=f"{results['testset']} · {results['segments']} segments · ranked by {results['ranked_by']} · "
                        f"baseline {results['baseline']}", title_justify="left",
                  caption=results["significance"]["mark"])
    table.add_column("#")
    table.add_column("system")
    for metric in metrics:
        table.add_column(metric, justify="right")
    for column in ("quotes kept", "quote chrF", "artifacts/1k words", "segments/s"):
        table.add_column(column, justify="right")
    for rank, system in enumerate(results["systems"], 1):
        cells = []
        for metric in metrics:
            s = system["scores"][metric]
            mark = "*" if s.get("significant") else ""
            cells.append(f"{s['score']:.2f}{mark} [{s['ci95'][0]:.1f}–{s['ci95'][1]:.1f}]")
        q, speed = system["quotes"], system["speed"]
        table.add_row(str(rank), system["name"], *cells,
                      _pct(q["preservation_rate"]), _num(q["quote_chrf"]), _num(q["artifacts_per_1000_words"]),
                      _num(speed.get("segments_per_s")) if speed else "—")
    return table


def _pct(value):
    return "—" if value is None else f"{100 * value:.0f}%"


def _num(value):
    return "—" if value is None else f"{value:.2f}"


def write_results(folder: Path, results: dict) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    write_atomic(folder / "results.json", json.dumps(results, ensure_ascii=False, indent=2) + "\n")
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    metrics = results["metrics"]
    writer.writerow(["rank", "system", *[f"{m}{suffix}" for m in metrics for suffix in ("", "_ci_low", "_ci_high", "_p_ar")],
                     "quote_preservation", "quote_chrf", "speaker_kept", "artifacts_per_1000_words", "segments_per_s"])
    for rank, s in enumerate(results["systems"], 1):
        row = [rank, s["name"]]
        for m in metrics:
            sc = s["scores"][m]
            row += [sc["score"], sc["ci95"][0], sc["ci95"][1], sc.get("p_randomization", "")]
        q = s["quotes"]
        row += [q["preservation_rate"], q["quote_chrf"], q["speaker_kept_rate"], q["artifacts_per_1000_words"],
                (s["speed"] or {}).get("segments_per_s")]
        writer.writerow(["" if v is None else v for v in row])
    write_atomic(folder / "results.csv", buffer.getvalue())


def write_segments(folder: Path, plan: Plan, runs: list[SystemRun]) -> None:
    """segments.jsonl: each segment with every system's hypothesis and sentence scores (streamed)."""
    handles = {run.system.name: open(run.hypotheses, encoding="utf-8") for run in runs if run.hypotheses}
    try:
        with atomic_writer(folder / "segments.jsonl") as out:
            for position, segment in enumerate(plan.segments()):
                systems = {}
                for run in runs:
                    hyp = handles[run.system.name].readline().rstrip("\n") if run.system.name in handles else ""
                    systems[run.system.name] = {"hyp": hyp, **{m: round(sentence_score(m, run.stats[m][position]), 2)
                                                               for m in plan.metrics}}
                row = {"id": segment.id, "doc": segment.doc, "src": segment.src, "ref": segment.ref, "systems": systems}
                out.write((json.dumps(row, ensure_ascii=False) + "\n").encode("utf-8"))
    finally:
        for handle in handles.values():
            handle.close()


def write_chart(folder: Path, results: dict) -> Path:
    """A PNG of each metric's scores with 95% confidence intervals."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    metrics = results["metrics"]
    systems = results["systems"]
    fig, axes = plt.subplots(1, len(metrics), figsize=(4.2 * len(metrics), 0.6 * len(systems) + 1.8), squeeze=False)
    for ax, metric in zip(axes[0], metrics):
        names = [s["name"] for s in systems][::-1]
        scores = [s["scores"][metric]["score"] for s in systems][::-1]
        low = [s["scores"][metric]["score"] - s["scores"][metric]["ci95"][0] for s in systems][::-1]
        high = [s["scores"][metric]["ci95"][1] - s["scores"][metric]["score"] for s in systems][::-1]
        colors = ["#c44" if s["name"] == results["baseline"] else "#4a7" for s in systems][::-1]
        ax.barh(names, scores, xerr=[low, high], color=colors, capsize=3)
        ax.set_title(f"{metric} (95% CI)")
        ax.grid(axis="x", alpha=0.3)
    fig.suptitle(f"{results['testset']}: {results['segments']} segments; red = baseline")
    fig.tight_layout()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=110)
    plt.close(fig)
    path = folder / "scores.png"
    write_atomic(path, buffer.getvalue())
    return path


def write_html(folder: Path, results: dict, chart: Path) -> None:
    import base64
    from importlib import resources

    from jinja2 import Environment, select_autoescape

    env = Environment(autoescape=select_autoescape(default=True, default_for_string=True))
    template = env.from_string(resources.files("transcompare.report").joinpath("templates/evaluate.html").read_text("utf-8"))
    image = base64.b64encode(chart.read_bytes()).decode("ascii")
    write_atomic(folder / "report.html", template.render(r=results, image=image))
