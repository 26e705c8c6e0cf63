"""From per-segment statistics to scores, intervals, p-values, verdicts and the ranking."""

from __future__ import annotations

import numpy as np

from .metrics import Metric
from .results import ALPHA, BETTER, SAME, WORSE, MetricScore
from .significance import approximate_randomization, bootstrap


def metric_scores(metric: Metric, stats: dict[str, np.ndarray], baseline: str, samples: int,
                  trials: int) -> dict[str, MetricScore]:
    """Every system's score on one metric, with its interval and, against the baseline, both tests."""
    names = list(stats)
    exact = {name: metric.score(rows.sum(0)) for name, rows in stats.items()}
    resampled = bootstrap(metric, [stats[n] for n in names], samples)
    others = [n for n in names if n != baseline]
    real = [abs(exact[baseline] - exact[n]) for n in others]
    randomized = dict(zip(others, approximate_randomization(metric, stats[baseline], [stats[n] for n in others],
                                                             real, trials))) if others else {}
    base_index = names.index(baseline)
    results = {}
    for index, name in enumerate(names):
        mean, half, low, high = resampled.interval(index)
        if name == baseline:
            results[name] = MetricScore(round(exact[name], 4), round(mean, 4), (round(low, 4), round(high, 4)),
                                        round(half, 4))
            continue
        p_bootstrap = resampled.p_value(base_index, index, abs(exact[baseline] - exact[name]))
        results[name] = MetricScore(round(exact[name], 4), round(mean, 4), (round(low, 4), round(high, 4)), round(half, 4),
                                    round(p_bootstrap, 4), round(randomized[name], 4),
                                    verdict(exact[name] - exact[baseline], p_bootstrap, metric.higher_is_better))
    return results


def verdict(difference: float, p_value: float, higher_is_better: bool) -> str:
    if p_value >= ALPHA or difference == 0:
        return SAME
    return BETTER if (difference > 0) == higher_is_better else WORSE

