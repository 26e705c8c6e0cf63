"""`evaluate compare A B`: two earlier runs on the same test set side by side, for tracking
systems across versions. Systems are paired by name; where both runs scored a system,
the paired bootstrap (as sacrebleu's) over the stored per-segment statistics says whether
the second run differs significantly from the first."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from .api import load_statistics, read_results
from .metrics import MetricOptions, make_metric
from .results import MetricInfo, plain
from .scores import verdict
from .significance import bootstrap


@dataclass(frozen=True)
class MetricChange:
    metric: str
    first: float
    second: float
    difference: float  # second - first
    p_bootstrap: float
    verdict: str  # better / worse / same: the second run against the first, given the metric's direction


@dataclass(frozen=True)
class SystemChange:
    system: str
    changes: list[MetricChange]


@dataclass(frozen=True)
class RunComparison:
    first: str
    second: str
    testset: str
    testset_fingerprint: str
    segments: int
    metrics: list[MetricInfo]
    systems: list[SystemChange]
    only_first: list[str]
    only_second: list[str]
    bootstrap_resamples: int

    def to_json(self) -> dict:
        return plain(self)


def compare_runs(first: Path, second: Path) -> RunComparison:
    a, b = read_results(first), read_results(second)
    if a.testset_fingerprint != b.testset_fingerprint or list(a.bounds) != list(b.bounds):
        raise InputError(f"{first} and {second} are not runs on the same test set (fingerprints "
                         f"{a.testset_fingerprint} {list(a.bounds)} and {b.testset_fingerprint} {list(b.bounds)})")
    names_b = {s.name for s in b.systems}
    common = [s.name for s in a.systems if s.name in names_b]
    metrics = [m for m in a.metrics if m.name in {x.name for x in b.metrics}]
    if not metrics:
        raise InputError(f"{first} and {second} share no metric")
    stats_a, stats_b = load_statistics(first), load_statistics(second)
    samples = min(a.significance.bootstrap_resamples, b.significance.bootstrap_resamples)
    changes = []
    for name in common:
        rows = []
        for info in metrics:
            metric = make_metric(info.name, MetricOptions(a.comet_model))
            x, y = stats_a[name][info.name], stats_b[name][info.name]
            score_a, score_b = metric.score(x.sum(0)), metric.score(y.sum(0))
            p = bootstrap(metric, [x, y], samples).p_value(0, 1, abs(score_b - score_a))
            rows.append(MetricChange(info.name, round(score_a, 4), round(score_b, 4), round(score_b - score_a, 4),
                                     round(p, 4), verdict(score_b - score_a, p, info.higher_is_better)))
        changes.append(SystemChange(name, rows))
    return RunComparison(str(first), str(second), a.testset, a.testset_fingerprint, a.bounds[1] - a.bounds[0], metrics,
                         changes, [s.name for s in a.systems if s.name not in names_b],
                         [s.name for s in b.systems if s.name not in {x.name for x in a.systems}], samples)


def comparison_table(comparison: RunComparison):
    from rich.table import Table
    from rich.text import Text

    from .render import MARKS
    from .render.terminal import STYLES

    table = Table(title=f"{comparison.testset} · {comparison.segments} segments · {comparison.first} → {comparison.second}",
                  title_justify="left", caption="▲/▼: the second run significantly better/worse than the first (paired "
                  f"bootstrap, p < 0.05, {comparison.bootstrap_resamples:,} resamples); ↑ higher is better, ↓ lower is better",
                  caption_justify="left")
    table.add_column("system")
    for m in comparison.metrics:
        table.add_column(f"{m.label} {m.arrow}", justify="right")
    for system in comparison.systems:
        cells = [Text(f"{c.first:.2f} → {c.second:.2f} ({c.difference:+.2f}{MARKS.get(c.verdict, '')}, p {c.p_bootstrap:.3f})",
                      style=STYLES.get(c.verdict, "")) for c in system.changes]
        table.add_row(system.system, *cells)
    for name in comparison.only_first:
        table.add_row(f"{name} (only in the first run)", *["—"] * len(comparison.metrics))
    for name in comparison.only_second:
        table.add_row(f"{name} (only in the second run)", *["—"] * len(comparison.metrics))
    return table


def comparison_markdown(comparison: RunComparison) -> str:
    from ..report.markdown import escape
    from .render import MARKS

    out = [f"# {escape(comparison.testset)}: {escape(comparison.first)} → {escape(comparison.second)}", "",
           f"{comparison.segments} segments. ▲/▼: the second run significantly better/worse than the first (paired "
           f"bootstrap, p < 0.05). ↑ higher is better, ↓ lower is better.", ""]
    head = ["System", *(f"{m.label} {m.arrow}" for m in comparison.metrics)]
    out += ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for system in comparison.systems:
        out.append(f"| {escape(system.system)} | " + " | ".join(
            f"{c.first:.2f} → {c.second:.2f} ({c.difference:+.2f}{MARKS.get(c.verdict, '')}, p {c.p_bootstrap:.3f})"
            for c in system.changes) + " |")
    out += [f"| {escape(n)} (only in the first run) |" + " — |" * len(comparison.metrics) for n in comparison.only_first]
    out += [f"| {escape(n)} (only in the second run) |" + " — |" * len(comparison.metrics) for n in comparison.only_second]
    return "\n".join(out) + "\n"


