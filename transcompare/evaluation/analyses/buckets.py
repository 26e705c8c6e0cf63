"""Scores by source-sentence length and word F-measure by reference-word frequency, as compare-mt.

Word frequency is counted over the test set's references (there is no training corpus
to count it in); a word a system writes that no reference contains falls in the first
bucket, with precision only. Matches are clipped per segment, as BLEU's unigrams.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np

from ..metrics import Metric

LENGTH_EDGES = (10, 20, 30, 40, 50, 60)  # source words
FREQUENCY_EDGES = (1, 2, 3, 4, 5, 10, 100, 1000)  # compare-mt's default buckets


def _range_labels(edges: tuple[int, ...], first: str | None) -> list[str]:
    labels = [first] if first else []
    for low, high in zip(edges, edges[1:]):
        labels.append(str(low) if high == low + 1 else f"{low}–{high - 1}")
    labels.append(f"≥{edges[-1]}")
    return labels


LENGTH_LABELS = [f"<{LENGTH_EDGES[0]}"] + _range_labels(LENGTH_EDGES, None)
FREQUENCY_LABELS = _range_labels(FREQUENCY_EDGES, "0 (not in the references)")


@dataclass(frozen=True)
class LengthBucket:
    label: str
    segments: int
    scores: dict[str, dict[str, float]]  # system -> metric -> score on the bucket's segments


@dataclass(frozen=True)
class FrequencyBucket:
    label: str
    reference_words: int
    scores: dict[str, dict[str, float | None]]  # system -> {"precision", "recall", "f"}


def length_buckets(source_lengths: np.ndarray, stats: dict[str, dict[str, np.ndarray]],
                   metrics: dict[str, Metric]) -> list[LengthBucket]:
    which = np.searchsorted(np.asarray(LENGTH_EDGES), source_lengths, side="right")
    buckets = []
    for index, label in enumerate(LENGTH_LABELS):
        chosen = which == index
        count = int(chosen.sum())
        if not count:
            continue
        scores = {system: {name: round(metric.score(by_metric[name][chosen].sum(0)), 2) for name, metric in metrics.items()}
                  for system, by_metric in stats.items()}
        buckets.append(LengthBucket(label, count, scores))
    return buckets


def frequency_bucket(frequency: np.ndarray) -> np.ndarray:
    return np.searchsorted(np.asarray(FREQUENCY_EDGES), frequency, side="right")


class WordFrequencyTally:
    """Per system and bucket: words written, reference words, clipped matches."""

    def __init__(self, systems: list[str]):
        self.systems = systems
        self.reference = np.zeros(len(FREQUENCY_LABELS), dtype=np.int64)
        self.counts = {s: np.zeros((len(FREQUENCY_LABELS), 2), dtype=np.int64) for s in systems}  # [written, matched]

    def add_reference(self, buckets_of_words: np.ndarray) -> None:
        self.reference += np.bincount(buckets_of_words, minlength=len(FREQUENCY_LABELS))

    def add_system(self, system: str, buckets_of_words: np.ndarray, buckets_of_matches: np.ndarray,
                   matches: np.ndarray) -> None:
        size = len(FREQUENCY_LABELS)
        self.counts[system][:, 0] += np.bincount(buckets_of_words, minlength=size)
        self.counts[system][:, 1] += np.bincount(buckets_of_matches, weights=matches, minlength=size).astype(np.int64)

    def merge(self, other: WordFrequencyTally) -> None:
        self.reference += other.reference
        for system, counts in other.counts.items():
            self.counts[system] += counts

    def finish(self) -> list[FrequencyBucket]:
        buckets = []
        for index, label in enumerate(FREQUENCY_LABELS):
            scores = {}
            for system, counts in self.counts.items():
                written, matched = (int(x) for x in counts[index])
                reference = int(self.reference[index])
                precision = matched / written if written else None
                recall = matched / reference if reference else None
                f = (2 * precision * recall / (precision + recall) if precision and recall else
                     (0.0 if precision is not None and recall is not None else None))
                scores[system] = {"precision": _round(precision), "recall": _round(recall), "f": _round(f),
                                  "written": written, "matched": matched}
            if self.reference[index] or any(c[index, 0] for c in self.counts.values()):
                buckets.append(FrequencyBucket(label, int(self.reference[index]), scores))
        return buckets


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def reference_frequencies(tokens_of_references) -> Counter:
    counts: Counter = Counter()
    for tokens in tokens_of_references:
        counts.update(tokens)
    return counts
