"""Metrics: one class per metric, one file per class, joined in the ``METRICS`` registry.

A metric turns a chunk of references into reference statistics once (``prepare``),
then each system's hypotheses into per-segment sufficient statistics (``statistics``,
one row per segment). Corpus scores, bootstrap resamples, approximate-randomization
trials, sentence scores and shard merging all work from those rows, so a metric
only has to say how a score follows from summed statistics (``scores``, vectorised
over many rows), whether higher is better, and its signature. Scores are identical
to sacrebleu's command (a test checks it).

A new metric is one module here that subclasses :class:`Metric`, decorates it with
``@register``, and is named in ``_MODULES``.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

import numpy as np

from ...errors import InputError


@dataclass(frozen=True)
class MetricOptions:
    comet_model: str | None = None  # a local COMET checkpoint


class Metric:
    name: ClassVar[str]
    label: ClassVar[str]  # as printed in tables
    higher_is_better: ClassVar[bool] = True
    in_worker: ClassVar[bool] = True  # statistics may be computed in a forked worker process (False: a GPU model)

    def __init__(self, options: MetricOptions = MetricOptions()):
        self.options = options

    @classmethod
    def unavailable(cls, options: MetricOptions) -> str | None:
        """Why the metric cannot run on this machine, or None."""
        return None

    def prepare(self, sources: list[str], references: list[str]) -> Any:
        """Reference statistics of a chunk, computed once and used for every system."""
        raise NotImplementedError

    def statistics(self, prepared: Any, hypotheses: list[str], sources: Sequence[str] = ()) -> np.ndarray:
        """Sufficient statistics, one row per segment."""
        raise NotImplementedError

    def scores(self, totals: np.ndarray) -> np.ndarray:
        """Scores of many rows of summed statistics at once (k × d → k). float32 rows are scored
        with float32 arithmetic where sacrebleu's bootstrap does, so resampled scores match its own."""
        raise NotImplementedError

    def score(self, totals: np.ndarray) -> float:
        """The corpus score of summed statistics, exactly as sacrebleu computes it."""
        return float(self.scores(np.asarray(totals, dtype=np.float64)[None, :])[0])

    def sentence_scores(self, rows: np.ndarray) -> np.ndarray:
        """Each segment's own score (sentence-level variant where the metric has one)."""
        return self.scores(np.asarray(rows, dtype=np.float64))

    def signature(self) -> str:
        raise NotImplementedError


METRICS: dict[str, type[Metric]] = {}
_MODULES = ("bleu", "chrf", "ter", "comet")


def register(cls: type[Metric]) -> type[Metric]:
    METRICS[cls.name] = cls
    return cls


def all_metrics() -> dict[str, type[Metric]]:
    for module in _MODULES:
        importlib.import_module(f"{__name__}.{module}")
    return METRICS


def parse_metrics(value: str) -> list[str]:
    """Metric names, in the order given."""
    known = all_metrics()
    names = [n.strip().lower() for n in value.split(",") if n.strip()]
    unknown = [n for n in names if n not in known]
    if unknown or not names:
        raise InputError(f"--metrics {value!r}: choose from {', '.join(known)}")
    return list(dict.fromkeys(names))


def make_metric(name: str, options: MetricOptions = MetricOptions()) -> Metric:
    return all_metrics()[name](options)


def with_test_settings(signature, bootstrap: int, trials: int, seed: str) -> str:
    """A sacrebleu signature with the resampling settings that produced the intervals and p-values."""
    signature.update("bs", bootstrap)
    signature.update("ar", trials)
    signature.update("seed", seed)
    return signature.format()
