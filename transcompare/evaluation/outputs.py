"""The files of an evaluation's output folder: results.json, results.csv, results.md,
segments.jsonl, statistics.npz, scores.svg and report.html (each written atomically)."""

from __future__ import annotations

import csv
import io
import json
from itertools import islice
from pathlib import Path
from typing import Any

import numpy as np

from ..io import atomic_writer, write_atomic
from .metrics import MetricOptions, make_metric
from .results import EvaluationResults
from .scoring import Scored
from .systems import Hypotheses, Plan
from .testset import text_lines


def write_outputs(out: Path, results: EvaluationResults, scored: Scored, plan: Plan, produced: list[Hypotheses]) -> None:
    from .render.chart import chart_svg
    from .render.html import render_html
    from .render.markdown import render_markdown

    write_segments(out / "segments.jsonl", results, scored, plan, produced)
    write_statistics(out / "statistics.npz", scored)
    write_atomic(out / "results.json", json.dumps(results.to_json(), ensure_ascii=False, indent=2) + "\n")
    write_atomic(out / "results.csv", results_csv(results))
    write_atomic(out / "results.md", render_markdown(results))
    chart = chart_svg(results)
    write_atomic(out / "scores.svg", chart)
    write_atomic(out / "report.html", render_html(results, chart))


def results_csv(results: EvaluationResults) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    names = [m.name for m in results.metrics]
    writer.writerow(["rank", "system", *[f"{m}{suffix}" for m in names for suffix in
                                         ("", "_ci_low", "_ci_high", "_p_bootstrap", "_p_ar", "_verdict")],
                     "quotes_kept_rate", "quote_chrf", "speaker_kept_rate", "artifacts_per_1000_words", "segments_per_s"])
    for rank, s in enumerate(results.systems, 1):
        row: list = [rank, s.name]
        for m in names:
            sc = s.scores[m]
            row += [sc.score, sc.ci95[0], sc.ci95[1], sc.p_bootstrap, sc.p_randomization, sc.verdict]
        row += [s.quotes.kept_rate, s.quotes.quote_chrf, s.quotes.speaker_kept_rate, s.artifacts.per_1000_words,
                (s.speed or {}).get("segments_per_s")]
        writer.writerow(["" if v is None else v for v in row])
    return buffer.getvalue()


def write_segments(path: Path, results: EvaluationResults, scored: Scored, plan: Plan, produced: list[Hypotheses]) -> None:
    """segments.jsonl: each segment with every system's output and sentence scores (streamed)."""
    options = MetricOptions(results.comet_model)
    sentence = {s: {m: np.round(make_metric(m, options).sentence_scores(scored.stats[s][m]), 2).tolist()
                    for m in plan.metrics} for s in scored.stats}
    readers = {h.system.name: islice(text_lines(Path(h.path)), h.start, None) for h in produced}
    with atomic_writer(path) as out:
        for position, segment in enumerate(plan.segments()):
            systems = {name: {"hyp": next(reader, ""), **{m: sentence[name][m][position] for m in plan.metrics}}
                       for name, reader in readers.items()}
            row = {"id": segment.id, "doc": segment.doc, "src": segment.src, "ref": segment.ref, "systems": systems}
            out.write((json.dumps(row, ensure_ascii=False) + "\n").encode("utf-8"))


def write_statistics(path: Path, scored: Scored) -> None:
    """Each system's per-segment statistics per metric (for `evaluate compare`)."""
    buffer = io.BytesIO()
    arrays: dict[str, Any] = {json.dumps([system, metric]): rows
                              for system, by_metric in scored.stats.items() for metric, rows in by_metric.items()}
    np.savez_compressed(buffer, **arrays)
    write_atomic(path, buffer.getvalue())
