"""The cost of a bead: how unlikely its type is, how badly its lengths fit, how little the two sides share.

Sentences are sets of key ids (see features.py). A key's weight is its inverse document
frequency over both documents (keys found on one side only count as the method says: see
aligner.UNMATCHED). Similarity is the weighted Dice coefficient of the two groups' keys; a merge
must be earned by each of its sentences, so a sentence that shares nothing with the other side
lowers it (an addition or an omission is not half of a split); keys are counted occurrence by
occurrence, so a key two merged sentences both have, found once on the other side, counts for neither.
"""

from __future__ import annotations

import math

# Costs are negative log probabilities, tuned on ntrex-dev documents 0-29 (benchmarks/bench_align.py).
PRIOR = {(1, 1): 0.0, (1, 2): 1.6, (2, 1): 1.6, (2, 2): 4.0, (1, 3): 3.0, (3, 1): 3.0}
SKIP = 4.5  # a 1-0 or 0-1 bead; two of them always cost more than a 1-1 whose lengths agree
LENGTH_VARIANCE = 6.8  # Gale and Church's variance of target characters per source character
FOUND_SHARE = 0.2  # a merged sentence sharing this share of its key weight with the other side is found there
MISSING = 3.0  # the cost of merging a sentence the other side lacks (leaving it out costs SKIP)
CERTAIN_SHARE = 0.5  # a sentence with this share of the mean key weight is full evidence of what it lacks
# The similarity a 1-1 bead costs as when neither sentence has a key (a short headline, "And worse."), and
# the share of itself a keyless sentence finds in a merge: no evidence either way, the same in both beads
# (a keyless headline is not merged into a neighbour for free, nor is a 1-1 of two counted as dissimilar).
NO_EVIDENCE = 0.5


class Scorer:
    """Per-sentence features of both sides, and the cost of any bead between them."""

    def __init__(self, source_keys: list[frozenset[int]], target_keys: list[frozenset[int]], weights: list[float],
                 source_lengths: list[int], target_lengths: list[int], content_weight: float, length_weight: float,
                 source_repeats: list[frozenset[int]] | None = None,
                 target_repeats: list[frozenset[int]] | None = None):
        self.source_keys, self.target_keys, self.weights = source_keys, target_keys, weights
        # the keys a sentence has more than once (a name said twice)
        self.source_repeats = source_repeats or [frozenset()] * len(source_keys)
        self.target_repeats = target_repeats or [frozenset()] * len(target_keys)
        self.source_totals = [self.weight(k) for k in source_keys]
        self.target_totals = [self.weight(k) for k in target_keys]
        self.certain = certainty(self.source_totals, self.target_totals)
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
        if di == 1 and dj == 1:
            shared = self.weight(self.source_keys[i - 1] & self.target_keys[j - 1])
            return dice_score(shared, self.source_totals[i - 1], self.target_totals[j - 1]), 0.0
        sources = [self.source_keys[k] for k in range(i - di, i)]
        targets = [self.target_keys[k] for k in range(j - dj, j)]
        a = sources[0] if di == 1 else frozenset().union(*sources)
        b = targets[0] if dj == 1 else frozenset().union(*targets)
        wa = self.source_totals[i - 1] if di == 1 else self.weight(a)
        wb = self.target_totals[j - 1] if dj == 1 else self.weight(b)
        score, missing = dice_score(self.weight(a & b), wa, wb), 0.0
        if di > 1:
            shares = own_shares(sources, self.source_totals[i - di : i], b,
                                repeated(targets, self.target_repeats[j - dj : j]), self.weights.__getitem__)
            score *= coverage(*shares)
            missing += unfound(*shares, certain=self.certain)
        if dj > 1:
            shares = own_shares(targets, self.target_totals[j - dj : j], a,
                                repeated(sources, self.source_repeats[i - di : i]), self.weights.__getitem__)
            score *= coverage(*shares)
            missing += unfound(*shares, certain=self.certain)
        return score, missing


def repeated(group, repeats) -> frozenset[int]:
    """The keys a group of consecutive sentences has more than once: within one of them or across two."""
    found = frozenset().union(*repeats)
    for k, keys in enumerate(group):
        for later in group[k + 1 :]:
            found |= keys & later
    return found


def own_shares(parts, totals, other, other_repeats, weighed) -> list[tuple[float, float]]:
    """(shared, total) weights of each of merged sentences: the weight of the keys it finds on the other side,
    and its whole weight. Keys are counted occurrence by occurrence: a key it has with a sentence merged with
    it counts for it only where the other side has that key twice (a short sentence that repeats "most
    important" from the sentence before finds nothing in an English sentence that says it once)."""
    out = []
    for k, keys in enumerate(parts):
        found = keys & other
        for n, part in enumerate(parts):
            if n != k and found:
                found = found - (part - other_repeats)
        out.append((sum(map(weighed, found)), totals[k]))
    return out


def dice_score(shared: float, first: float, second: float) -> float:
    return 2 * shared / (first + second) if first and second else 0.0


def coverage(*parts: tuple[float, float]) -> float:
    """0.5..1: how much of the weakest of merged sentences the other side has, from (shared, total) weights
    of each; a sentence without keys counts as NO_EVIDENCE."""
    return 0.5 + 0.5 * min(shared / total if total else NO_EVIDENCE for shared, total in parts)


def unfound(*parts: tuple[float, float], certain: float = 0.0) -> float:
    """How many of merged sentences the other side lacks (0..1 each, from (shared, total) weights): a
    merge must be earned by each of its sentences. A sentence with keys weighing less than ``certain``
    is weaker evidence of being lacking (a short sentence with one key); one with no keys at all is none."""
    return sum(max(0.0, 1.0 - shared / (total * FOUND_SHARE)) * min(1.0, total / certain if certain else 1.0)
               for shared, total in parts if total)


def certainty(source_totals: list[float], target_totals: list[float]) -> float:
    """The key weight at which a sentence found nowhere on the other side is surely lacking there: half
    the mean weight of the sentences that have keys."""
    weighed = [total for total in source_totals + target_totals if total]
    return CERTAIN_SHARE * sum(weighed) / len(weighed) if weighed else 0.0


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
