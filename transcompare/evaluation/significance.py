"""Confidence intervals and paired significance tests, as sacrebleu's --paired-bs and --paired-ar.

Both tests are sacrebleu's own, on the same random draws (``numpy.random.default_rng``
seeded with SACREBLEU_SEED, default 12345), so p-values, means and intervals equal
those of ``sacrebleu REF -i BASELINE SYSTEM... --paired-bs`` (a test checks it):

- paired bootstrap: the same resamples for every system; the test statistic is the
  absolute score difference, centred on its mean over the resamples; two-sided;
  p = (resamples whose centred difference exceeds the real one + 1) / (resamples + 1).
- approximate randomization: each trial swaps the two systems' statistics on a random
  half of the segments; p = (trials whose absolute difference exceeds the real one + 1) / (trials + 1).

Unlike sacrebleu, which rescores every resample in Python, every resample of every
system is summed in one matrix product over the stored per-segment statistics and
scored at once with numpy. Draws of up to MAX_CELLS indices are made in one call, as
sacrebleu does; larger test sets draw them in blocks of whole resamples (the same
distribution, another random stream) so memory stays bounded.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np

from .metrics import Metric

MAX_CELLS = 4_000_000


def seed_setting() -> str:
    return os.environ.get("SACREBLEU_SEED", "12345")


def _rng() -> np.random.Generator:
    seed = seed_setting()
    return np.random.default_rng(None if seed.lower() == "none" else int(seed))


def _blocks(total: int, n: int) -> Iterator[int]:
    rows = total if total * n <= MAX_CELLS else max(1, MAX_CELLS // max(n, 1))
    for start in range(0, total, rows):
        yield min(rows, total - start)


@dataclass(frozen=True)
class Bootstrap:
    """Resampled scores of every system (resamples × systems) and what follows from them."""

    scores: np.ndarray

    def interval(self, system: int) -> tuple[float, float, float, float]:
        """(mean, half-width, low, high) of the 95% interval, as sacrebleu's estimate_ci."""
        ordered = np.sort(self.scores[:, system])
        lower = len(ordered) // 40
        low, high = ordered[lower], ordered[len(ordered) - lower - 1]
        return float(ordered.mean()), float(0.5 * (high - low)), float(low), float(high)

    def p_value(self, baseline: int, system: int, real_difference: float) -> float:
        sample_diffs = np.abs(self.scores[:, system] - self.scores[:, baseline])
        return _p_value(sample_diffs - sample_diffs.mean(), real_difference)


def bootstrap(metric: Metric, stats: list[np.ndarray], samples: int) -> Bootstrap:
    """Score every system on the same ``samples`` bootstrap resamples of the segments."""
    n = len(stats[0])
    joined = np.concatenate(stats, axis=1)  # segments × (systems · d)
    width = stats[0].shape[1]
    rng = _rng()
    parts = []
    for rows in _blocks(samples, n):
        picks = rng.choice(n, size=(rows, n), replace=True)
        counts = np.bincount((picks + (np.arange(rows) * n)[:, None]).ravel(), minlength=rows * n).reshape(rows, n)
        # sacrebleu sums float32 statistics; integer sums below 2**24 are exact either way.
        totals = (counts.astype(np.float64) @ joined).astype(np.float32)
        parts.append(_score_systems(metric, totals, len(stats), width))
    return Bootstrap(np.concatenate(parts))


def approximate_randomization(metric: Metric, baseline: np.ndarray, systems: list[np.ndarray],
                              real_differences: list[float], trials: int) -> list[float]:
    """Two-sided p-value of each system against the baseline, on the same trials."""
    n = len(baseline)
    width = baseline.shape[1]
    base_total = baseline.sum(0)
    system_totals = np.concatenate([s.sum(0) for s in systems])
    moved_from = np.concatenate([baseline - s for s in systems], axis=1)  # what a swap moves, per system
    rng = _rng()
    above = np.zeros(len(systems), dtype=np.int64)
    for rows in _blocks(trials, n):
        swaps = rng.integers(2, size=(rows, n), dtype=bool)
        a = swaps.astype(np.float64) @ moved_from + system_totals  # the baseline's side where swapped
        b = np.tile(base_total, len(systems)) + system_totals - a
        score_a = _score_systems(metric, a, len(systems), width)
        score_b = _score_systems(metric, b, len(systems), width)
        above += (np.abs(score_a - score_b) > np.asarray(real_differences)).sum(0)
    return [float((c + 1) / (trials + 1)) for c in above]


def _score_systems(metric: Metric, totals: np.ndarray, systems: int, width: int) -> np.ndarray:
    rows = len(totals)
    return metric.scores(totals.reshape(rows * systems, width)).reshape(rows, systems)


def _p_value(stats: np.ndarray, real_difference: float) -> float:
    c = np.sum(stats > real_difference).item()
    return (c + 1) / (len(stats) + 1)
