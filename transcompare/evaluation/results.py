"""From per-system statistics to scores, intervals, significance and a ranking."""

from __future__ import annotations

from .. import __version__
from .metrics import higher_is_better, signature
from .runner import SystemRun
from .significance import approximate_randomization, bootstrap_interval, paired_bootstrap

SCHEMA = "transcompare.evaluate/1"
ALPHA = 0.05


def summarise(runs: list[SystemRun], metrics: list[str], baseline: str | None, info: dict,
              bootstrap: int = 1000, trials: int = 1000, comet_model: str | None = None) -> dict:
    if not runs:
        raise ValueError("no systems")
    names = [r.system.name for r in runs]
    base_name = baseline or names[0]
    base = next(r for r in runs if r.system.name == base_name)
    systems = []
    for run in runs:
        scores = {}
        for metric in metrics:
            interval = bootstrap_interval(metric, run.stats[metric], bootstrap)
            entry = {"score": round(interval.score, 4), "mean": round(interval.mean, 4),
                     "ci95": [round(interval.low, 4), round(interval.high, 4)]}
            if run is not base:
                entry["p_bootstrap"] = round(paired_bootstrap(metric, base.stats[metric], run.stats[metric], bootstrap), 4)
                entry["p_randomization"] = round(approximate_randomization(metric, base.stats[metric], run.stats[metric], trials), 4)
                entry["significant"] = entry["p_randomization"] < ALPHA
            scores[metric] = entry
        systems.append({"name": run.system.name, "kind": run.system.kind, "spec": run.system.spec, "scores": scores,
                        "quotes": run.tally.summary(), "speed": run.speed,
                        "segments": int(len(next(iter(run.stats.values()))))})
    rank_metric = metrics[0]
    reverse = higher_is_better(rank_metric)
    systems.sort(key=lambda s: s["scores"][rank_metric]["score"], reverse=reverse)
    return {
        "schema": SCHEMA,
        "tool": {"name": "transcompare", "version": __version__},
        **info,
        "metrics": metrics,
        "signatures": {m: signature(m, comet_model) for m in metrics},
        "baseline": base_name,
        "ranked_by": rank_metric,
        "significance": {"alpha": ALPHA, "bootstrap_resamples": bootstrap, "randomization_trials": trials,
                         "mark": "* : different from the baseline (approximate randomization, p < 0.05)"},
        "systems": systems,
    }
