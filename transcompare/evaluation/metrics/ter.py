"""TER, by sacrebleu (pure Python and quadratic: the slow one); references cached once per chunk."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property

import numpy as np

from . import Metric, register


@register
class TER(Metric):
    name = "ter"
    label = "TER"
    higher_is_better = False

    @cached_property
    def _sacrebleu(self):
        from sacrebleu.metrics import TER as SacreTER

        return SacreTER()

    def prepare(self, sources: list[str], references: list[str]):
        from sacrebleu.metrics import TER as SacreTER

        return SacreTER(references=[references])

    def statistics(self, prepared, hypotheses: list[str], sources: Sequence[str] = ()) -> np.ndarray:
        rows = prepared._extract_corpus_statistics(hypotheses, None)
        return np.asarray(rows, dtype=np.float64).reshape(len(hypotheses), 2)

    def scores(self, totals: np.ndarray) -> np.ndarray:
        totals = np.atleast_2d(totals)
        edits, lengths = totals[:, 0], totals[:, 1]
        dtype = totals.dtype.type
        empty_reference = np.where(edits > 0, dtype(1), dtype(0))
        with np.errstate(divide="ignore", invalid="ignore"):
            ratio = np.where(lengths > 0, edits / np.where(lengths > 0, lengths, 1), empty_reference)
        return dtype(100) * ratio

    def score(self, totals: np.ndarray) -> float:
        return float(self._sacrebleu._compute_score_from_stats(np.asarray(totals, dtype=np.float64).tolist()).score)

    def signature(self):
        self._sacrebleu.corpus_score(["a"], [["a"]])
        return self._sacrebleu.get_signature()
