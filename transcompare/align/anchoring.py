"""Confident 1-1 links found before any search: sentences that share keys found nowhere else.

A key (number, name, cognate, dictionary concept) seen in exactly one source sentence and exactly
one target sentence proposes that pair; a pair proposed by enough such keys is a candidate. The
anchors are the heaviest chain of candidates increasing on both sides (a weighted longest
increasing subsequence), so a stray coincidence that contradicts the order is dropped. A key
repeated across the document proposes nothing: a document repeated many times has no anchors
and costs nothing here. Where a stretch between anchors is long, keys unique within that
stretch are looked for again (a long text reuses names, but rarely within a few pages).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict
from itertools import chain

MIN_SHARED = 2  # unique keys a pair needs, ...
MIN_SINGLE_SIMILARITY = 0.3  # ... or one unique key and this similarity
LOCAL_SPAN = 200  # a stretch longer than this (sentences, either side) is searched again, ...
MAX_DEPTH = 6  # ... at most this many times over: each level is linear, so the whole stays O(n log n)


def find_anchors(source_keys, target_keys, weights, similarity, source_cumulative, target_cumulative
                 ) -> list[tuple[int, int]]:
    """Monotone (source, target) sentence pairs to steer the search through."""
    n, m = len(source_keys), len(target_keys)
    candidates: dict[tuple[int, int], float] = {}
    stretches = [(0, n, 0, m, False)]
    for _ in range(MAX_DEPTH):
        for i0, i1, j0, j1, guessed in stretches:
            if guessed:  # a half cut where the lengths say, searched a little wider
                margin = max(10, (j1 - j0) // 10)
                found = _candidates(source_keys, target_keys, weights, similarity, i0, i1,
                                    max(0, j0 - margin), min(m, j1 + margin))
                # A repeated text can pair a key with its copy elsewhere: keep what lies near the cut's line.
                found = [c for c in found if _near_diagonal(c[0], i0, i1, j0, j1)]
            else:
                found = _candidates(source_keys, target_keys, weights, similarity, i0, i1, j0, j1)
            candidates.update(found)
        chain = _heaviest_chain(candidates)
        starts = [i for i, _ in chain]
        following: list[tuple[int, int, int, int, bool]] = []
        for i0, i1, j0, j1, _ in stretches:
            inside = [(i, j) for i, j in chain[bisect_left(starts, i0) : bisect_left(starts, i1)] if j0 <= j < j1]
            if inside:
                following.extend((*gap, False) for gap in _gaps(inside, i0, i1, j0, j1) if _long(gap))
            elif _long((i0, i1, j0, j1)):  # its keys repeat within it: look in each half
                halves = _halves(i0, i1, j0, j1, source_cumulative, target_cumulative)
                following.extend((*half, True) for half in halves)
        stretches = following
        if not stretches:
            break
    return _heaviest_chain(candidates)


def _long(stretch) -> bool:
    i0, i1, j0, j1 = stretch
    return max(i1 - i0, j1 - j0) > LOCAL_SPAN


def _near_diagonal(pair, i0, i1, j0, j1) -> bool:
    i, j = pair
    expected = j0 + (i - i0) * (j1 - j0) / max(1, i1 - i0)
    return abs(j - expected) <= max(20, (j1 - j0) / 4)


def _candidates(source_keys, target_keys, weights, similarity, i0, i1, j0, j1):
    """Pairs proposed by keys that occur once in source[i0:i1] and once in target[j0:j1]."""
    # Counted in C (Counter over the chained sets): a repeated document is scanned at every level.
    counts = Counter(chain.from_iterable(source_keys[i0:i1]))
    once = {key for key, count in counts.items() if count == 1}
    counts = Counter(key for key in chain.from_iterable(target_keys[j0:j1]) if key in once)
    once = {key for key, count in counts.items() if count == 1}
    if not once:
        return []
    where_source = {key: i for i in range(i0, i1) for key in source_keys[i] & once}
    shared: dict[tuple[int, int], list[float]] = defaultdict(list)
    for j in range(j0, j1):
        if not target_keys[j].isdisjoint(once):
            for key in target_keys[j]:  # in the set's own order: the weights are summed as before
                if key in once:
                    shared[(where_source[key], j)].append(weights[key])
    out = []
    for (i, j), found in shared.items():
        if len(found) >= MIN_SHARED or similarity(i + 1, j + 1, 1, 1) >= MIN_SINGLE_SIMILARITY:
            out.append(((i, j), sum(found)))
    return out


def _heaviest_chain(candidates: dict[tuple[int, int], float]) -> list[tuple[int, int]]:
    """The chain of pairs strictly increasing in both coordinates with the largest total weight."""
    if not candidates:
        return []
    order = sorted(candidates, key=lambda p: (p[0], -p[1]))
    columns = sorted({j for _, j in order})
    rank = {j: r + 1 for r, j in enumerate(columns)}
    tree = [(0.0, -1)] * (len(columns) + 1)  # Fenwick tree of prefix maxima: (weight, candidate index)
    best, previous = [], []
    for index, (i, j) in enumerate(order):
        r, top = rank[j] - 1, (0.0, -1)
        while r > 0:
            if tree[r][0] > top[0]:
                top = tree[r]
            r -= r & -r
        best.append(top[0] + candidates[(i, j)])
        previous.append(top[1])
        r = rank[j]
        while r <= len(columns):
            if best[index] > tree[r][0]:
                tree[r] = (best[index], index)
            r += r & -r
    index = max(range(len(order)), key=best.__getitem__)
    chain = []
    while index >= 0:
        chain.append(order[index])
        index = previous[index]
    return chain[::-1]


def _gaps(chain, i0, i1, j0, j1):
    """The stretches before, between and after the anchors inside one stretch, ends excluded."""
    points = [(i0 - 1, j0 - 1)] + chain + [(i1, j1)]
    return [(a[0] + 1, b[0], a[1] + 1, b[1]) for a, b in zip(points, points[1:])]


def _halves(i0, i1, j0, j1, source_cumulative, target_cumulative):
    """The two halves of a stretch, the target cut where the character counts say."""
    middle = (i0 + i1) // 2
    share = (source_cumulative[middle] - source_cumulative[i0]) / max(1, source_cumulative[i1] - source_cumulative[i0])
    at = target_cumulative[j0] + share * (target_cumulative[j1] - target_cumulative[j0])
    split = min(j1, max(j0, bisect_left(target_cumulative, at)))
    return [(i0, middle, j0, split), (middle, i1, split, j1)]
