"""Confidence intervals and paired significance tests on per-segment statistics.

Paired bootstrap resampling (Koehn 2004) and approximate randomization (Riezler &
Maxwell 2005), as sacrebleu's `--paired-bs` and `--paired-ar` do, but on stored
statistics so results can be recomputed after a resumed or sharded run. The seed is
fixed (SACREBLEU_SEED, default 12345), so results are reproducible.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import numpy as np

from .metrics import higher_is_better, score_from


def _rng() -> np.random.Generator:
    seed = os.environ.get("SACREBLEU_SEED", "12345")
    return np.random.default_rng(None if seed.lower() == "none" else int(seed))


def _batch(n: int) -> int:
    """Resamples drawn at once: about a million cells, so memory stays bounded for any test set size."""
    return max(1, min(64, 1_000_000 // max(1, n)))


def _resample_counts(rng: np.random.Generator, n: int, samples: int):
    """Bootstrap resamples as per-segment counts, a few at a time (bounded memory)."""
    chunk = _batch(n)
    for start in range(0, samples, chunk):
        size = min(chunk, samples - start)
        picks = rng.integers(0, n, size=(size, n)) + (np.arange(size) * n)[:, None]
        yield np.bincount(picks.ravel(), minlength=size * n).reshape(size, n).astype(np.float64)


@dataclass(frozen=True)
class Interval:
    score: float
    mean: float
    low: float
    high: float


def bootstrap_interval(name: str, stats: np.ndarray, samples: int = 1000) -> Interval:
    """95% confidence interval of the corpus score."""
    rng = _rng()
    scores = [score_from(name, row) for counts in _resample_counts(rng, len(stats), samples) for row in counts @ stats]
    low, high = np.percentile(scores, [2.5, 97.5])
    return Interval(score_from(name, stats.sum(0)), float(np.mean(scores)), float(low), float(high))


def paired_bootstrap(name: str, baseline: np.ndarray, system: np.ndarray, samples: int = 1000) -> float:
    """p-value that the system is not better than the baseline (one-sided, Koehn 2004)."""
    sign = 1.0 if higher_is_better(name) else -1.0
    observed = sign * (score_from(name, system.sum(0)) - score_from(name, baseline.sum(0)))
    if observed == 0:
        return 1.0
    rng = _rng()
    worse = 0
    for counts in _resample_counts(rng, len(system), samples):
        for sys_row, base_row in zip(counts @ system, counts @ baseline):
            delta = sign * (score_from(name, sys_row) - score_from(name, base_row))
            worse += (delta <= 0) if observed > 0 else (delta >= 0)
    return (worse + 1) / (samples + 1)


def approximate_randomization(name: str, baseline: np.ndarray, system: np.ndarray, trials: int = 1000) -> float:
    """Two-sided p-value: how often randomly swapping the systems' outputs per segment
    gives a difference at least as large as the observed one."""
    observed = abs(score_from(name, system.sum(0)) - score_from(name, baseline.sum(0)))
    rng = _rng()
    difference = system - baseline
    base_total, sys_total = baseline.sum(0), system.sum(0)
    at_least = 0
    chunk = _batch(len(system))
    for start in range(0, trials, chunk):
        size = min(chunk, trials - start)
        swaps = rng.integers(0, 2, size=(size, len(system))).astype(np.float64)
        moved = swaps @ difference  # statistics moved from system to baseline by the swaps
        for shift in moved:
            delta = abs(score_from(name, sys_total - shift) - score_from(name, base_total + shift))
            at_least += delta >= observed - 1e-9
    return (at_least + 1) / (trials + 1)
