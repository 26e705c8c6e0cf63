"""The cost of a bead: how unlikely its type is, how badly its lengths fit, how little the two sides share.

Sentences are sets of key ids (see features.py). A key's weight is its inverse document
frequency over both documents (keys found on one side only count as the method says: see
aligner.UNMATCHED). Similarity is the weighted Dice coefficient of the two groups' keys; a merge
must be earned by each of its sentences, so a sentence that shares nothing with the other side
lowers it (an addition or an omission is not half of a split).
"""

from __future__ import annotations

import math

# Costs are negative log probabilities, tuned on ntrex-dev documents 0-29 (benchmarks/bench_align.py).
PRIOR = {(1, 1): 0.0, (1, 2): 1.6, (2, 1): 1.6, (2, 2): 4.0, (1, 3): 3.0, (3, 1): 3.0}
SKIP = 4.5  # a 1-0 or 0-1 bead; two of them always cost more than a 1-1 whose lengths agree
LENGTH_VARIANCE = 6.8  # Gale and Church's variance of target characters per source character
FOUND_SHARE = 0.2  # a merged sentence sharing this share of its key weight with the other side is found there
MISSING = 3.0  # the cost of merging a sentence the other side lacks (leaving it out costs SKIP)


class Scorer:
    """Per-sentence features of both sides, and the cost of any bead between them."""

    def __init__(self, source_keys: list[frozenset[int]], target_keys: list[frozenset[int]], weights: list[float],
                 source_lengths: list[int], target_lengths: list[int], content_weight: float, length_weight: float):
        self.source_keys, self.target_keys, self.weights = source_keys, target_keys, weights
        self.source_totals = [self.weight(k) for k in source_keys]
        self.target_totals = [self.weight(k) for k in target_keys]
        self.source_lengths, self.target_lengths = source_lengths, target_lengths
        total_source, total_target = sum(source_lengths), sum(target_lengths)
        self.ratio = total_target / total_source if total_source else 1.0
        self.content_weight, self.length_weight = content_weight, length_weight
        self.comparisons = 0  # bead similarities computed, by the search and everyone else

    def weight(self, keys) -> float:
        return sum(map(self.weights.__getitem__, keys))

    def similarity(self, i: int, j: int, di: int, dj: int) -> float:
        """Weighted Dice of sources [i-di, i) and targets [j-dj, j), merges discounted by coverage."""
        return self.compare(i, j, di, dj)[0]

    def compare(self, i: int, j: int, di: int, dj: int) -> tuple[float, float]:
        """(similarity, how many of the merged sentences the other side lacks) of a bead; di, dj >= 1."""
        self.comparisons += 1
        sources, targets = range(i - di, i), range(j - dj, j)
        a = self.source_keys[i - 1] if di == 1 else frozenset().union(*(self.source_keys[k] for k in sources))
        b = self.target_keys[j - 1] if dj == 1 else frozenset().union(*(self.target_keys[k] for k in targets))
        wa = self.source_totals[i - 1] if di == 1 else self.weight(a)
        wb = self.target_totals[j - 1] if dj == 1 else self.weight(b)
        score, missing = dice_score(self.weight(a & b), wa, wb), 0.0
        for side, keys, totals, other in ((sources, self.source_keys, self.source_totals, b),
                                          (targets, self.target_keys, self.target_totals, a)):
            if len(side) > 1:
                parts = [(self.weight(keys[k] & other), totals[k]) for k in side]
                score *= coverage(*parts)
                missing += unfound(*parts)
        return score, missing


def dice_score(shared: float, first: float, second: float) -> float:
    return 2 * shared / (first + second) if first and second else 0.0


def coverage(*parts: tuple[float, float]) -> float:
    """0.5..1: how much of the weakest of merged sentences the other side has, from (shared, total) weights
    of each; 0.75 when none has keys."""
    shares = [shared / total for shared, total in parts if total]
    return 0.5 + 0.5 * min(shares) if shares else 0.75


def unfound(*parts: tuple[float, float]) -> float:
    """How many of merged sentences the other side lacks (0..1 each, from (shared, total) weights): a
    merge must be earned by each of its sentences (a sentence with no keys at all is no evidence)."""
    return sum(max(0.0, 1.0 - shared / (total * FOUND_SHARE)) for shared, total in parts if total)


def length_terms(source_length: int, ratio: float) -> tuple[float, float]:
    """Gale–Church for a source group: the expected target length, and the table steps per character
    of difference; the length cost of a target length t is LENGTH_COSTS[min(LAST_STEP, int(|t - expected| * steps))]."""
    return source_length * ratio, STEPS / math.sqrt(max(source_length, 1) * LENGTH_VARIANCE)


def _tail_cost(delta: float) -> float:
    """-log P(|delta|) under the standard normal."""
    tail = math.erfc(delta * 0.7071067811865476)
    return -math.log(tail) if tail > 1e-12 else 27.6


STEPS = 20  # length costs are looked up in a table, |delta| in steps of 1/20
LENGTH_COSTS = tuple(_tail_cost((k + 0.5) / STEPS) for k in range(8 * STEPS)) + (27.6,)
LAST_STEP = len(LENGTH_COSTS) - 1
