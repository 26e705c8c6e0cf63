"""BLEU (sacrebleu's defaults: 13a tokenisation, exponential smoothing), vectorised."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from . import Metric, register
from .ngrams import Flat, ReferenceNgrams, Vocabulary, ngram_counts

ORDER = 4
_LOG_ZERO = -9999999999.0  # sacrebleu's my_log(0)


@dataclass
class WordReference:
    """The references of a chunk as word codes and n-gram tables (also used by the analyses)."""

    vocabulary: Vocabulary
    ngrams: ReferenceNgrams

    @property
    def lengths(self) -> np.ndarray:
        return self.ngrams.flat.lengths


@dataclass(frozen=True)
class WordHypotheses:
    flat: Flat
    matches: list  # OrderMatches per order


@register
class BLEU(Metric):
    name = "bleu"
    label = "BLEU"

    @cached_property
    def _sacrebleu(self):
        from sacrebleu.metrics import BLEU as SacreBLEU

        return SacreBLEU()

    def tokens(self, text: str) -> list[str]:
        return self._sacrebleu.tokenizer(text.rstrip()).split()

    def prepare(self, sources: list[str], references: list[str]) -> WordReference:
        vocabulary = Vocabulary()
        flat = Flat.of([vocabulary.encode(self.tokens(r)) for r in references])
        return WordReference(vocabulary, ReferenceNgrams(flat, ORDER))

    def hypotheses(self, prepared: WordReference, hypotheses: list[str]) -> WordHypotheses:
        flat = Flat.of([prepared.vocabulary.encode(self.tokens(h)) for h in hypotheses])
        return WordHypotheses(flat, prepared.ngrams.matches(flat))

    def statistics(self, prepared: WordReference, hypotheses: list[str], sources: Sequence[str] = ()) -> np.ndarray:
        return self.statistics_of(prepared, self.hypotheses(prepared, hypotheses))

    @staticmethod
    def statistics_of(prepared: WordReference, hyp: WordHypotheses) -> np.ndarray:
        lengths = hyp.flat.lengths
        columns = [lengths, prepared.lengths]
        columns += [m.per_segment for m in hyp.matches]
        columns += [ngram_counts(lengths, n) for n in range(1, ORDER + 1)]
        return np.column_stack(columns).astype(np.float64)

    def scores(self, totals: np.ndarray) -> np.ndarray:
        return bleu_scores(totals, effective_order=False)

    def score(self, totals: np.ndarray) -> float:
        return float(self._sacrebleu._compute_score_from_stats(np.asarray(totals, dtype=np.float64).tolist()).score)

    def sentence_scores(self, rows: np.ndarray) -> np.ndarray:
        return bleu_scores(np.asarray(rows, dtype=np.float64), effective_order=True)

    def signature(self):
        self._sacrebleu.corpus_score(["a"], [["a"]])  # sets the number of references
        return self._sacrebleu.get_signature()


# math's log and exp (the C library's), not numpy's SIMD ones: resampled scores then match
# sacrebleu's to the last bit, so p-values count the same resamples.
_log = np.frompyfunc(math.log, 1, 1)
_exp_one = np.frompyfunc(math.exp, 1, 1)


def _logs(values: np.ndarray) -> np.ndarray:
    return np.asarray(_log(values), dtype=np.float64)


def _exp(values: np.ndarray) -> np.ndarray:
    return np.asarray(_exp_one(values), dtype=np.float64)


def bleu_scores(totals: np.ndarray, effective_order: bool) -> np.ndarray:
    """sacrebleu's compute_bleu (exp smoothing) over rows [sys_len, ref_len, correct 1-4, total 1-4].

    Precisions are computed in the rows' dtype (float32 for bootstrap resamples, as
    sacrebleu does), logarithms and the brevity penalty in float64."""
    totals = np.atleast_2d(totals)
    dtype = totals.dtype
    rows = len(totals)
    sys_len = totals[:, 0].astype(np.int64).astype(np.float64)
    ref_len = totals[:, 1].astype(np.int64).astype(np.float64)
    correct, total = totals[:, 2 : 2 + ORDER], totals[:, 2 + ORDER :]
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        bp = np.where(sys_len < ref_len, np.where(sys_len > 0, _exp(1 - ref_len / np.where(sys_len > 0, sys_len, 1)), 0.0), 1.0)
        smooth = np.ones(rows, dtype=np.float64)
        active = np.ones(rows, dtype=bool)
        eff = np.full(rows, 0 if effective_order else ORDER, dtype=np.int64)
        logs = np.zeros((rows, ORDER), dtype=np.float64)
        hundred = dtype.type(100.0)
        for n in range(ORDER):
            active &= total[:, n] != 0
            if effective_order:
                eff = np.where(active, n + 1, eff)
            zero = active & (correct[:, n] == 0)
            smooth = np.where(zero, smooth * 2, smooth)
            safe_total = np.where(total[:, n] == 0, 1, total[:, n])
            smoothed = hundred / (smooth.astype(dtype) * safe_total)
            precision = np.where(zero, smoothed, hundred * correct[:, n] / safe_total).astype(np.float64)
            precision = np.where(active, precision, 0.0)
            logs[:, n] = np.where(precision == 0.0, _LOG_ZERO, _logs(np.where(precision > 0, precision, 1.0)))
        summed = np.zeros(rows, dtype=np.float64)
        for n in range(ORDER):  # left to right, as Python's sum()
            summed = np.where(n < eff, summed + logs[:, n], summed)
        score = bp * _exp(summed / np.maximum(eff, 1))
    return np.where(correct.any(axis=1) & (eff > 0), score, 0.0)
