"""Renderers of evaluation results: terminal table, Markdown, HTML, CSV and the chart.

They all say the same things the same way: each metric's direction (↑ higher is
better, ↓ lower is better), and each score against the baseline: ▲ significantly
better, ▼ significantly worse (green and red where there is colour), unmarked when
the difference is not significant; the baseline itself is neutral.
"""

from __future__ import annotations

from ..results import BASELINE, BETTER, WORSE, EvaluationResults, MetricScore

MARKS = {BETTER: "▲", WORSE: "▼"}
VERDICT_WORDS = {BETTER: "significantly better than the baseline", WORSE: "significantly worse than the baseline",
                 BASELINE: "the baseline"}


def legend(results: EvaluationResults) -> str:
    s = results.significance
    return (f"▲ significantly better / ▼ significantly worse than the baseline ({results.baseline}): "
            f"{s.test}, p < {s.alpha:g}, {s.bootstrap_resamples:,} resamples, seed {s.seed}; unmarked: no significant "
            "difference. ↑ higher is better, ↓ lower is better.")


def score_text(score: MetricScore, digits: int = 2) -> str:
    return f"{score.score:.{digits}f}{MARKS.get(score.verdict, '')}"


def interval_text(score: MetricScore) -> str:
    return f"{score.ci95[0]:.1f}–{score.ci95[1]:.1f}"


def percent(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.0f}%"


def number(value: float | None, digits: int = 2) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


def p_text(value: float | None) -> str:
    return "baseline" if value is None else f"{value:.4f}"
