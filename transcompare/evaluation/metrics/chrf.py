"""chrF and chrF++ (sacrebleu's defaults: character 6-grams, beta 2), vectorised."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from . import Metric, register
from .ngrams import Flat, PackedNgrams, ReferenceNgrams, Vocabulary, ngram_counts

CHAR_ORDER = 6
BETA = 2


@dataclass
class CharReference:
    characters: ReferenceNgrams | PackedNgrams
    vocabulary: Vocabulary | None  # chrF++: the words
    words: ReferenceNgrams | None


@register
class CHRF(Metric):
    name = "chrf"
    label = "chrF"
    word_order = 0

    @cached_property
    def _sacrebleu(self):
        from sacrebleu.metrics import CHRF as SacreCHRF

        return SacreCHRF(word_order=self.word_order)

    def _characters(self, texts: list[str]) -> Flat:
        return Flat.of_characters(["".join(t.split()) for t in texts])

    def prepare(self, sources: list[str], references: list[str]) -> CharReference:
        flat = self._characters(references)
        table = PackedNgrams if PackedNgrams.packable(flat, CHAR_ORDER) else ReferenceNgrams
        characters = table(flat, CHAR_ORDER)
        if not self.word_order:
            return CharReference(characters, None, None)
        vocabulary = Vocabulary()
        split = self._sacrebleu._remove_punctuation
        words = ReferenceNgrams(Flat.of([vocabulary.encode(split(r)) for r in references]), self.word_order)
        return CharReference(characters, vocabulary, words)

    def statistics(self, prepared: CharReference, hypotheses: list[str], sources: Sequence[str] = ()) -> np.ndarray:
        columns = _order_statistics(prepared.characters, self._characters(hypotheses))
        if prepared.vocabulary is not None and prepared.words is not None:  # chrF++
            split = self._sacrebleu._remove_punctuation
            flat = Flat.of([prepared.vocabulary.encode(split(h)) for h in hypotheses])
            columns += _order_statistics(prepared.words, flat)
        return np.column_stack(columns).astype(np.float64)

    def scores(self, totals: np.ndarray) -> np.ndarray:
        return chrf_scores(totals, CHAR_ORDER + self.word_order)

    def score(self, totals: np.ndarray) -> float:
        return float(self._sacrebleu._compute_score_from_stats(np.asarray(totals, dtype=np.float64).tolist()).score)

    def signature(self):
        self._sacrebleu.corpus_score(["a"], [["a"]])
        return self._sacrebleu.get_signature()


@register
class CHRFPlusPlus(CHRF):
    name = "chrf++"
    label = "chrF++"
    word_order = 2


def _order_statistics(reference: ReferenceNgrams | PackedNgrams, hypothesis: Flat) -> list[np.ndarray]:
    """[hypothesis n-grams, reference n-grams, matches] per order, as sacrebleu counts them
    (a hypothesis's n-grams count only where the reference has n-grams of that order)."""
    columns = []
    for order, matched in enumerate(reference.matches(hypothesis), 1):
        ref_count = ngram_counts(reference.flat.lengths, order)
        hyp_count = np.where(ref_count > 0, ngram_counts(hypothesis.lengths, order), 0)
        columns += [hyp_count, ref_count, matched.per_segment]
    return columns


def chrf_scores(totals: np.ndarray, orders: int) -> np.ndarray:
    """sacrebleu's _compute_f_score (effective-order averaging) over rows of statistics,
    in the rows' dtype as sacrebleu computes it."""
    totals = np.atleast_2d(totals)
    dtype = totals.dtype.type
    factor = dtype(BETA**2)
    avg_prec = np.zeros(len(totals), dtype=totals.dtype)
    avg_rec = np.zeros(len(totals), dtype=totals.dtype)
    effective = np.zeros(len(totals), dtype=np.int64)
    with np.errstate(divide="ignore", invalid="ignore"):
        for i in range(orders):
            n_hyp, n_ref, n_match = totals[:, 3 * i], totals[:, 3 * i + 1], totals[:, 3 * i + 2]
            both = (n_hyp > 0) & (n_ref > 0)
            avg_prec = np.where(both, avg_prec + n_match / np.where(n_hyp > 0, n_hyp, 1), avg_prec)
            avg_rec = np.where(both, avg_rec + n_match / np.where(n_ref > 0, n_ref, 1), avg_rec)
            effective += both
        divisor = np.maximum(effective, 1).astype(totals.dtype)
        avg_prec = np.where(effective > 0, avg_prec / divisor, 0)
        avg_rec = np.where(effective > 0, avg_rec / divisor, 0)
        score = (dtype(1) + factor) * avg_prec * avg_rec
        score = score / ((factor * avg_prec) + avg_rec)
        return np.where(avg_prec + avg_rec != 0, dtype(100) * score, 0).astype(totals.dtype)
