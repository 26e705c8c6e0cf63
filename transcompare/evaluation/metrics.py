"""Metrics as small declarations over sacrebleu: per-segment statistics in, corpus
scores and signatures out, identical to sacrebleu's own command."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from ..errors import InputError
from . import comet


@dataclass(frozen=True)
class MetricSpec:
    name: str
    higher_is_better: bool
    make: Callable[[], object]  # a sacrebleu Metric
    sentence: Callable[[], object] | None = None  # the variant for one sentence (BLEU needs effective order)


def _bleu():
    from sacrebleu.metrics import BLEU

    return BLEU()


def _sentence_bleu():
    from sacrebleu.metrics import BLEU

    return BLEU(effective_order=True)


def _chrf():
    from sacrebleu.metrics import CHRF

    return CHRF()


def _chrf_pp():
    from sacrebleu.metrics import CHRF

    return CHRF(word_order=2)


def _ter():
    from sacrebleu.metrics import TER

    return TER()


METRICS = {
    "bleu": MetricSpec("bleu", True, _bleu, _sentence_bleu),
    "chrf": MetricSpec("chrf", True, _chrf),
    "chrf++": MetricSpec("chrf++", True, _chrf_pp),
    "ter": MetricSpec("ter", False, _ter),
}


PARALLEL = frozenset({"ter", "chrf", "chrf++"})  # the slow ones
_use_processes = True


def serial() -> None:
    """Inside a worker process: no further processes."""
    global _use_processes
    _use_processes = False


def parse_metrics(value: str) -> list[str]:
    """Metric names, in the order given ("comet" included; see evaluation.comet)."""
    names = [n.strip().lower() for n in value.split(",") if n.strip()]
    unknown = [n for n in names if n not in METRICS and n != comet.NAME]
    if unknown or not names:
        raise InputError(f"--metrics {value!r}: choose from {', '.join(METRICS)}, {comet.NAME}")
    return list(dict.fromkeys(names))


def higher_is_better(name: str) -> bool:
    return name == comet.NAME or METRICS[name].higher_is_better


@lru_cache(maxsize=None)
def metric(name: str):
    return METRICS[name].make()


@lru_cache(maxsize=None)
def sentence_metric(name: str):
    spec = METRICS[name]
    return (spec.sentence or spec.make)()


def statistics(name: str, hypotheses: list[str], references: list[str]) -> np.ndarray:
    """Per-segment sufficient statistics, one row per segment."""
    workers = os.cpu_count() or 1
    if name in PARALLEL and workers > 1 and _use_processes and len(hypotheses) >= 200:
        # sacrebleu's TER (quadratic) and chrF are pure Python: spread them over the cores.
        size = -(-len(hypotheses) // workers)
        pieces = [(name, hypotheses[i : i + size], references[i : i + size]) for i in range(0, len(hypotheses), size)]
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
            return np.concatenate(list(pool.map(_statistics_of, pieces)))
    return _statistics_of((name, hypotheses, references))


def _statistics_of(args: tuple[str, list[str], list[str]]) -> np.ndarray:
    name, hypotheses, references = args
    rows = metric(name)._extract_corpus_statistics(hypotheses, [references])
    return np.asarray(rows, dtype=np.float64).reshape(len(hypotheses), -1)


def score_from(name: str, totals: np.ndarray) -> float:
    """Corpus score from summed statistics (what sacrebleu's corpus_score computes)."""
    if name == comet.NAME:
        return comet.score_from(totals)
    return float(metric(name)._compute_score_from_stats(np.asarray(totals).tolist()).score)


def sentence_score(name: str, row: np.ndarray) -> float:
    if name == comet.NAME:
        return comet.score_from(row)
    return float(sentence_metric(name)._compute_score_from_stats(row.tolist()).score)


def signature(name: str, comet_model: str | None = None) -> str:
    if name == comet.NAME:
        return comet.signature(comet_model)
    m = metric(name)
    # A sacrebleu signature needs the number of references, known after one scoring call.
    m.corpus_score(["a"], [["a"]])
    return m.get_signature().format()
