"""n-grams that a system matches in the reference significantly more (or less) often than the baseline.

compare-mt lists the n-grams each of two systems gets right more often; here each
reference occurrence of an n-gram (orders 1-4, clipped per segment as BLEU counts
them) is matched by the system, the baseline, both or neither, and the occurrences
matched by only one of them decide: an exact two-sided sign test (McNemar's) per
n-gram, Benjamini–Hochberg across the n-grams tested for that system. n-grams with
fewer than MIN_DISCORDANT such occurrences cannot reach p < 0.05 and are not tested.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ..metrics.bleu import ORDER, WordHypotheses, WordReference

MIN_DISCORDANT = 6
ALPHA = 0.05
SHOWN = 10


@dataclass(frozen=True)
class NgramDifference:
    ngram: str
    order: int
    system_only: int  # reference occurrences the system matched and the baseline did not
    baseline_only: int
    p: float
    q: float  # Benjamini–Hochberg adjusted


@dataclass(frozen=True)
class SystemNgrams:
    system: str
    tested: int
    significant_more: int
    significant_fewer: int
    more: list[NgramDifference]  # the system matches these more often than the baseline
    fewer: list[NgramDifference]


def chunk_differences(reference: WordReference, hypotheses: dict[str, WordHypotheses], baseline: str):
    """(n-gram strings, orders, {system: counts (n-grams × [system only, baseline only])}) of one chunk."""
    words = reference.vocabulary.words()
    others = [s for s in hypotheses if s != baseline]
    strings: list[str] = []
    orders: list[np.ndarray] = []
    counts: dict[str, list[np.ndarray]] = {s: [] for s in others}
    for order in range(1, ORDER + 1):
        types = reference.ngrams.key_types(order)
        size = reference.ngrams.tables[order - 1].types
        base = hypotheses[baseline].matches[order - 1].per_key
        per_system = {}
        touched = np.zeros(size, dtype=bool)
        for system in others:
            difference = hypotheses[system].matches[order - 1].per_key - base
            more = np.bincount(types, weights=np.maximum(difference, 0), minlength=size)
            fewer = np.bincount(types, weights=np.maximum(-difference, 0), minlength=size)
            per_system[system] = (more, fewer)
            touched |= (more + fewer) > 0
        kept = np.nonzero(touched)[0]
        for row in reference.ngrams.sequences(order, kept).tolist():
            strings.append(" ".join(words[c] for c in row))
        orders.append(np.full(len(kept), order, dtype=np.int8))
        for system, (more, fewer) in per_system.items():
            counts[system].append(np.column_stack([more[kept], fewer[kept]]).astype(np.int64))
    joined = {s: np.concatenate(c) if c else np.zeros((0, 2), np.int64) for s, c in counts.items()}
    return strings, np.concatenate(orders) if orders else np.zeros(0, np.int8), joined


class NgramTally:
    def __init__(self, systems: list[str]):
        self.systems = systems
        self.index: dict[str, int] = {}
        self.orders = np.zeros(0, dtype=np.int8)
        self.counts = {s: np.zeros((0, 2), dtype=np.int64) for s in systems}

    def add(self, strings: list[str], orders: np.ndarray, counts: dict[str, np.ndarray]) -> None:
        if not self.index:
            self.index = dict(zip(strings, range(len(strings))))
            self.orders = orders
            self.counts = {s: counts.get(s, np.zeros((len(strings), 2), np.int64)) for s in self.systems}
            return
        positions = np.fromiter((self.index.setdefault(s, len(self.index)) for s in strings), dtype=np.int64,
                                count=len(strings))
        grow = len(self.index) - len(self.orders)
        if grow:
            new_orders = np.zeros(grow, dtype=np.int8)
            new = positions >= len(self.orders)
            new_orders[positions[new] - len(self.orders)] = orders[new]
            self.orders = np.concatenate([self.orders, new_orders])
        for system in self.systems:
            merged = np.concatenate([self.counts[system], np.zeros((grow, 2), np.int64)])
            if system in counts:
                np.add.at(merged, positions, counts[system])
            self.counts[system] = merged

    def merge(self, other: NgramTally) -> None:
        strings = sorted(other.index, key=lambda s: other.index[s])
        self.add(strings, other.orders, other.counts)

    def finish(self, baseline: str) -> list[SystemNgrams]:
        strings = sorted(self.index, key=lambda s: self.index[s])
        results = []
        for system in self.systems:
            if system == baseline:
                continue
            counts = self.counts[system]
            tested = np.nonzero(counts.sum(1) >= MIN_DISCORDANT)[0]
            p = np.array([sign_test(int(a), int(b)) for a, b in counts[tested]])
            q = benjamini_hochberg(p)
            rows = []
            for k, index in enumerate(tested):
                more, fewer = (int(x) for x in counts[index])
                rows.append(NgramDifference(str(strings[index]), int(self.orders[index]), more, fewer,
                                            round(float(p[k]), 6), round(float(q[k]), 6)))
            significant = [r for r in rows if r.q < ALPHA]
            more_rows = sorted((r for r in significant if r.system_only > r.baseline_only),
                               key=lambda r: (r.q, -(r.system_only - r.baseline_only), r.ngram))
            fewer_rows = sorted((r for r in significant if r.baseline_only > r.system_only),
                                key=lambda r: (r.q, -(r.baseline_only - r.system_only), r.ngram))
            results.append(SystemNgrams(system, len(tested), len(more_rows), len(fewer_rows),
                                        more_rows[:SHOWN], fewer_rows[:SHOWN]))
        return results


def sign_test(a: int, b: int) -> float:
    """Exact two-sided binomial test of a successes against b (p = 0.5)."""
    n = a + b
    if n == 0:
        return 1.0
    k = min(a, b)
    if n > 5000:  # normal approximation with continuity correction
        z = (abs(a - b) - 1) / math.sqrt(n)
        return min(1.0, math.erfc(z / math.sqrt(2)))
    logs = np.array([math.lgamma(n + 1) - math.lgamma(i + 1) - math.lgamma(n - i + 1) for i in range(k + 1)])
    tail = float(np.exp(logs - n * math.log(2)).sum())
    return min(1.0, 2 * tail)


def benjamini_hochberg(p: np.ndarray) -> np.ndarray:
    if not len(p):
        return p
    order = np.argsort(p)
    ranked = p[order] * len(p) / np.arange(1, len(p) + 1)
    adjusted = np.minimum.accumulate(ranked[::-1])[::-1]
    q = np.empty_like(p)
    q[order] = np.minimum(adjusted, 1.0)
    return q
