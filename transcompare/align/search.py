"""The best monotone path of beads, searched in a corridor of bounded width.

The corridor follows the anchors; between them (and where there are none) it follows the
character counts, since a translation's length tracks its source's. Each row of the search holds
a fixed number of cells beyond what the corridor's slope needs, so time and memory are linear in
the number of sentences. Where the best path runs along the corridor's edge, that stretch is
searched again between two cells of the path, in a corridor centred on the path, a bounded
number of times: a path can drift from the anchors' line, but nothing is ever searched wider.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence

from .scoring import (
    FOUND_SHARE,
    LAST_STEP,
    LENGTH_COSTS,
    MISSING,
    NO_EVIDENCE,
    PRIOR,
    SKIP,
    Scorer,
    coverage,
    length_terms,
    own_shares,
    repeated,
    unfound,
)

WIDTH = 6  # cells either side of the corridor's centre line
PASSES = 3  # the first search, then at most two rounds of local re-searches where the path touched the edge
MARGIN = 12  # rows searched again either side of a touch
SLACK = 1e-9  # a bound on a merge's cost is trusted only this far (float sums)
MOVES = ((1, 1), (2, 1), (1, 2), (2, 2), (1, 0), (0, 1), (1, 3), (3, 1))  # move code k is MOVES[k - 1]


def centre_line(anchors, source_lengths, target_lengths) -> list[float]:
    """For each source prefix 0..n, the target prefix the corridor expects (fractional)."""
    n, m = len(source_lengths), len(target_lengths)
    source_cumulative, target_cumulative = cumulative(source_lengths), cumulative(target_lengths)
    # Waypoints in characters: each anchor's middle, and both ends.
    xs = [0.0] + [source_cumulative[i] + source_lengths[i] / 2 for i, _ in anchors] + [float(source_cumulative[n])]
    ys = [0.0] + [target_cumulative[j] + target_lengths[j] / 2 for _, j in anchors] + [float(target_cumulative[m])]
    centres, segment = [], 0
    for i in range(n + 1):
        x = source_cumulative[i]
        while segment < len(xs) - 2 and x > xs[segment + 1]:
            segment += 1
        x0, x1, y0, y1 = xs[segment], xs[segment + 1], ys[segment], ys[segment + 1]
        y = y0 + (x - x0) * (y1 - y0) / (x1 - x0) if x1 > x0 else y1
        j = min(m, max(0, bisect_right(target_cumulative, y) - 1))
        within = (y - target_cumulative[j]) / target_lengths[j] if j < m and target_lengths[j] else 0.0
        centres.append(j + min(1.0, max(0.0, within)))
    return centres


def cumulative(lengths: list[int]) -> list[int]:
    out = [0]
    for length in lengths:
        out.append(out[-1] + length)
    return out


def corridor(centres: list[float], first: int, last: int, width: int) -> tuple[list[int], list[int]]:
    """Lowest and highest target prefix of each row, between ``first`` and ``last``, every row reachable."""
    rows = len(centres)
    lows = [min(last, max(first, int(c) - width)) for c in centres]
    highs = [max(first, min(last, int(c) + 1 + width)) for c in centres]
    lows[0], highs[rows - 1] = first, last
    for i in range(1, rows):
        lows[i] = min(lows[i], highs[i - 1])
        highs[i - 1] = max(highs[i - 1], lows[i])
    return lows, highs


def best_path(scorer: Scorer, centres: list[float], m: int, width: int = WIDTH, passes: int = PASSES):
    """Beads ((source indices), (target indices), similarity) of the cheapest path."""
    n = len(centres) - 1
    lows, highs = corridor(centres, 0, m, width)
    path, touches = _search(scorer, 0, 0, lows, highs)
    for _ in range(passes - 1):
        if not touches:
            break
        path, touches = _research(scorer, path, touches, n, width)
    return [(tuple(range(i, i + di)), tuple(range(j, j + dj)), sim) for i, j, di, dj, sim in path]


def _research(scorer: Scorer, path, touches: list[int], n: int, width: int):
    """Search again around each touched row, between two cells of the current path; splice."""
    ends = [0]  # source prefix at the end of each bead
    for _, _, di, _, _ in path:
        ends.append(ends[-1] + di)
    regions: list[list[int]] = []
    for row in sorted(touches):
        lo, hi = max(0, row - MARGIN), min(n, row + MARGIN)
        if regions and lo <= regions[-1][1]:
            regions[-1][1] = max(regions[-1][1], hi)
        else:
            regions.append([lo, hi])
    out, touched_again, position = [], [], 0
    for lo, hi in regions:
        first = max(0, bisect_right(ends, lo) - 1)  # beads [first, last) cover the region
        last = min(len(path), bisect_right(ends, hi))
        first = max(first, position)
        if first >= last:
            continue
        out.extend(path[position:first])
        i0, j0 = path[first][0], path[first][1]
        i1, j1 = path[last - 1][0] + path[last - 1][2], path[last - 1][1] + path[last - 1][3]
        centres = _path_centres(path[first:last], i0, j0, i1)
        lows, highs = corridor(centres, j0, j1, width)
        piece, touches = _search(scorer, i0, j0, lows, highs)
        out.extend(piece)
        touched_again.extend(touches)
        position = last
    out.extend(path[position:])
    return out, touched_again


def _path_centres(beads, i0: int, j0: int, i1: int) -> list[float]:
    """The target prefix a path reaches at each source prefix i0..i1."""
    centres = [float(j0)] * (i1 - i0 + 1)
    for i, j, di, dj, _ in beads:
        for step in range(1, di + 1):
            centres[i + step - i0] = j + dj * step / di
        if di == 0:
            centres[i - i0] = float(j + dj)
    return centres


def _search(scorer: Scorer, i0: int, j0: int, lows: list[int], highs: list[int]):
    """The dynamic program over rows i0..i0+len(lows)-1, from cell (i0, j0) to the last row's highest cell.

    Per cell, the 1-1 overlap of its two last sentences is kept: a merge's coverage needs the overlaps
    of its parts, which are the neighbouring cells' 1-1 overlaps. A merge's content (the weighted Dice
    of its groups) needs unions of sentences; it is computed only when the merge can still win with a
    perfect Dice. Returns the beads (i, j, di, dj, similarity) and the rows where the path ran along
    the corridor's edge.

    Each move (1-2, 2-1, 2-2, 1-3, 3-1) is written out in the loop rather than shared through a helper:
    the loop runs once per cell of the corridor, and a call per move and cell doubled alignment time.
    """
    inf = float("inf")
    source_keys, target_keys = scorer.source_keys, scorer.target_keys
    source_repeats, target_repeats = scorer.source_repeats, scorer.target_repeats
    weighed = scorer.weights.__getitem__
    source_totals, target_totals = scorer.source_totals, scorer.target_totals
    source_lengths, target_lengths = scorer.source_lengths, scorer.target_lengths
    ratio, content_weight = scorer.ratio, scorer.content_weight
    merge_weight, wide_weight = content_weight * 1.5, content_weight * 2.0  # 1-2/2-1; 2-2, 1-3, 3-1
    prior_21, prior_12, prior_22 = PRIOR[(2, 1)], PRIOR[(1, 2)], PRIOR[(2, 2)]
    prior_13, prior_31 = PRIOR[(1, 3)], PRIOR[(3, 1)]
    costs_table = [scorer.length_weight * c for c in LENGTH_COSTS]
    last_cost = costs_table[LAST_STEP]
    found_scale, certain = FOUND_SHARE, scorer.certain
    groups = _Groups(target_keys, weighed)
    moves_of_row: list[bytearray] = []
    # (low, costs, overlaps) of rows i-1, i-2 and i-3; each is set before a row that reads it
    no_row: tuple[int, list[float], list[float]] = (0, [], [])
    previous = before = earlier = no_row
    comparisons = 0
    for row in range(len(lows)):
        i, lo, hi = i0 + row, lows[row], highs[row]
        size = hi - lo + 1
        costs, overlaps, moves = [inf] * size, [0.0] * size, bytearray(size)
        if row == 0:
            for x in range(size):  # only 0-1 moves from the first cell
                if lo + x == j0:
                    costs[x] = 0.0
                elif x and costs[x - 1] + SKIP < inf:
                    costs[x], moves[x] = costs[x - 1] + SKIP, 6
            moves_of_row.append(moves)
            previous = (lo, costs, overlaps)
            continue
        a1, wa1, la1 = source_keys[i - 1], source_totals[i - 1], source_lengths[i - 1]
        expect1, scale1 = length_terms(la1, ratio)
        previous_lo, previous_costs, previous_overlaps = previous
        previous_size = len(previous_costs)
        if row >= 2:
            a2 = source_keys[i - 2] | a1
            wa2, wa_first, la2 = sum(map(weighed, a2)), source_totals[i - 2], source_lengths[i - 2] + la1 + 1
            expect2, scale2 = length_terms(la2, ratio)
            before_lo, before_costs, before_overlaps = before
            before_size = len(before_costs)
            source_union2 = None  # sources i-2, i-1 as Scorer.compare builds them, made on first use
        if row >= 3:
            earlier_lo, earlier_costs, _ = earlier
            earlier_size = len(earlier_costs)
            expect3, scale3 = length_terms(source_lengths[i - 3] + la2 + 1, ratio)
            source_union3 = None
        groups.forget_before(lo - 3)
        for x in range(size):
            j = lo + x
            best, move = inf, 0
            if x and costs[x - 1] + SKIP < best:  # 0-1
                best, move = costs[x - 1] + SKIP, 6
            y = j - previous_lo
            if 0 <= y < previous_size and previous_costs[y] + SKIP < best:  # 1-0
                best, move = previous_costs[y] + SKIP, 5
            if j == 0:
                costs[x], moves[x] = best, move
                continue
            b1, wb1, lb1 = target_keys[j - 1], target_totals[j - 1], target_lengths[j - 1]
            overlap = sum(map(weighed, a1 & b1))
            overlaps[x] = overlap
            comparisons += 1
            if 1 <= y <= previous_size:  # 1-1 from (i-1, j-1)
                start = previous_costs[y - 1]
                if start < best:
                    step = int(abs(lb1 - expect1) * scale1)
                    total = (start + (costs_table[step] if step < LAST_STEP else last_cost)
                             + content_weight * (1.0 - (2 * overlap / (wa1 + wb1) if wa1 and wb1 else
                                                        0.0 if wa1 or wb1 else NO_EVIDENCE)))
                    if total < best:
                        best, move = total, 1
            if j >= 2 and 2 <= y <= previous_size + 1:  # 1-2 from (i-1, j-2)
                start = previous_costs[y - 2] + prior_12
                if start < best:
                    lb2 = target_lengths[j - 2] + lb1 + 1
                    step = int(abs(lb2 - expect1) * scale1)
                    total = start + (costs_table[step] if step < LAST_STEP else last_cost)
                    if total < best:
                        first = overlaps[x - 1] if x else sum(map(weighed, a1 & target_keys[j - 2]))
                        cover, missing = _two_parts(first, target_totals[j - 2], overlap, wb1, found_scale, certain)
                        if total + merge_weight * (1.0 - cover) + MISSING * missing < best + SLACK:
                            union, union_weight = groups.pair(j)
                            common = sum(map(weighed, (a1 & target_keys[j - 2] & b1) - source_repeats[i - 1]))
                            if common:
                                cover, missing = _two_parts(first - common, target_totals[j - 2], overlap - common,
                                                            wb1, found_scale, certain)
                            sim = _dice(sum(map(weighed, a1 & union)), wa1, union_weight) * cover
                            comparisons += 1
                            total += merge_weight * (1.0 - sim) + MISSING * missing
                            if total < best:
                                best, move = total, 3
            if row >= 2:
                z = j - before_lo
                if 1 <= z <= before_size:  # 2-1 from (i-2, j-1)
                    start = before_costs[z - 1] + prior_21
                    if start < best:
                        step = int(abs(lb1 - expect2) * scale2)
                        total = start + (costs_table[step] if step < LAST_STEP else last_cost)
                        if total < best:
                            first = previous_overlaps[y] if 0 <= y < previous_size else \
                                sum(map(weighed, source_keys[i - 2] & b1))
                            cover, missing = _two_parts(first, wa_first, overlap, wa1, found_scale, certain)
                            if total + merge_weight * (1.0 - cover) + MISSING * missing < best + SLACK:
                                common = sum(map(weighed, (source_keys[i - 2] & a1 & b1) - target_repeats[j - 1]))
                                if common:
                                    cover, missing = _two_parts(first - common, wa_first, overlap - common, wa1,
                                                                found_scale, certain)
                                sim = _dice(sum(map(weighed, a2 & b1)), wa2, wb1) * cover
                                comparisons += 1
                                total += merge_weight * (1.0 - sim) + MISSING * missing
                                if total < best:
                                    best, move = total, 2
                if j >= 2 and 2 <= z <= before_size + 1:  # 2-2 from (i-2, j-2)
                    start = before_costs[z - 2] + prior_22
                    if start < best:
                        lb2 = target_lengths[j - 2] + lb1 + 1
                        step = int(abs(lb2 - expect2) * scale2)
                        total = start + (costs_table[step] if step < LAST_STEP else last_cost)
                        # Upper bounds of what each sentence shares with the other pair: its two 1-1 overlaps.
                        if total < best and (not x or not 1 <= y < previous_size or total + _bound(
                                wide_weight, certain, (previous_overlaps[y - 1] + previous_overlaps[y], wa_first),
                                (overlaps[x - 1] + overlap, wa1), (previous_overlaps[y - 1] + overlaps[x - 1],
                                                                   target_totals[j - 2]),
                                (previous_overlaps[y] + overlap, wb1), sources=2) < best + SLACK):
                            if source_union2 is None:
                                source_union2 = frozenset().union(source_keys[i - 2], a1)
                                source_weight2 = sum(map(weighed, source_union2))
                            union, union_weight = groups.union(j, 2)
                            sources2, targets2 = (source_keys[i - 2], a1), (target_keys[j - 2], b1)
                            sim, missing = _group_similarity(
                                source_union2, source_weight2, union, union_weight, weighed, sources2, (wa_first, wa1),
                                targets2, (target_totals[j - 2], wb1),
                                repeated(sources2, source_repeats[i - 2 : i]),
                                repeated(targets2, target_repeats[j - 2 : j]), certain)
                            comparisons += 1
                            total += wide_weight * (1.0 - sim) + MISSING * missing
                            if total < best:
                                best, move = total, 4
            # 1-3 and 3-1: a sentence the other side's segmentation cut in three (often at an abbreviation).
            if j >= 3 and 3 <= y <= previous_size + 2:  # 1-3 from (i-1, j-3)
                start = previous_costs[y - 3] + prior_13
                if start < best:
                    lb3 = target_lengths[j - 3] + target_lengths[j - 2] + lb1 + 2
                    step = int(abs(lb3 - expect1) * scale1)
                    total = start + (costs_table[step] if step < LAST_STEP else last_cost)
                    if total < best and (x < 2 or total + _bound(
                            wide_weight, certain, (overlaps[x - 2], target_totals[j - 3]), (overlaps[x - 1], target_totals[j - 2]),
                            (overlap, wb1)) < best + SLACK):
                        union, union_weight = groups.union(j, 3)
                        sim, missing = _group_similarity(
                            a1, wa1, union, union_weight, weighed, (), (), (target_keys[j - 3], target_keys[j - 2], b1),
                            (target_totals[j - 3], target_totals[j - 2], wb1), source_repeats[i - 1], frozenset(),
                            certain)
                        comparisons += 1
                        total += wide_weight * (1.0 - sim) + MISSING * missing
                        if total < best:
                            best, move = total, 7
            if row >= 3:
                w = j - earlier_lo
                if 1 <= w <= earlier_size:  # 3-1 from (i-3, j-1)
                    start = earlier_costs[w - 1] + prior_31
                    if start < best:
                        step = int(abs(lb1 - expect3) * scale3)
                        total = start + (costs_table[step] if step < LAST_STEP else last_cost)
                        if total < best and (not 0 <= z < before_size or not 0 <= y < previous_size or total + _bound(
                                wide_weight, certain, (before_overlaps[z], source_totals[i - 3]), (previous_overlaps[y], wa_first),
                                (overlap, wa1)) < best + SLACK):
                            if source_union3 is None:
                                source_union3 = frozenset().union(source_keys[i - 3], source_keys[i - 2], a1)
                                source_weight3 = sum(map(weighed, source_union3))
                            sim, missing = _group_similarity(
                                source_union3, source_weight3, b1, wb1, weighed,
                                (source_keys[i - 3], source_keys[i - 2], a1),
                                (source_totals[i - 3], wa_first, wa1), (), (), frozenset(), target_repeats[j - 1],
                                certain)
                            comparisons += 1
                            total += wide_weight * (1.0 - sim) + MISSING * missing
                            if total < best:
                                best, move = total, 8
            costs[x], moves[x] = best, move
        moves_of_row.append(moves)
        earlier, before, previous = before, previous, (lo, costs, overlaps)
    scorer.comparisons += comparisons
    return _trace(scorer, moves_of_row, i0, j0, lows, highs)


def _dice(shared: float, first: float, second: float) -> float:
    return 2 * shared / (first + second) if first and second else 0.0


def _two_parts(shared1: float, total1: float, shared2: float, total2: float, found_share: float,
               certain: float) -> tuple[float, float]:
    """scoring.coverage and scoring.unfound of two merged sentences (inlined: called per cell)."""
    share = shared1 / total1 if total1 else NO_EVIDENCE
    other = shared2 / total2 if total2 else NO_EVIDENCE
    cover = 0.5 + 0.5 * (other if other < share else share)
    missing = 0.0
    if total1 and share < found_share:
        missing += (1.0 - share / found_share) * (total1 / certain if total1 < certain else 1.0)
    if total2 and other < found_share:
        missing += (1.0 - other / found_share) * (total2 / certain if total2 < certain else 1.0)
    return cover, missing


def _bound(weight: float, certain: float, *parts: tuple[float, float], sources: int = 0) -> float:
    """The least content cost a merge can have, from (shared, total) weights of its parts, the shared weights
    exact or upper bounds: its cost with a perfect Dice. With ``sources``, the first parts are one side's
    and the rest the other's (each side's coverage counts)."""
    if sources:
        cover_1, missing_1 = _cover_missing(parts[:sources], certain)
        cover_2, missing_2 = _cover_missing(parts[sources:], certain)
        return weight * (1.0 - cover_1 * cover_2) + MISSING * (missing_1 + missing_2)
    cover, missing = _cover_missing(parts, certain)
    return weight * (1.0 - cover) + MISSING * missing


def _cover_missing(parts, certain: float) -> tuple[float, float]:
    """scoring.coverage and scoring.unfound at once."""
    low, missing = NO_EVIDENCE, 0.0
    for shared, total in parts:
        if total:
            share = shared / total
            if share < low:
                low = share
            if share < FOUND_SHARE:
                missing += (1.0 - share / FOUND_SHARE) * (total / certain if total < certain else 1.0)
    return 0.5 + 0.5 * low, missing


def _group_similarity(a, wa, b, wb, weighed, source_parts, source_totals, target_parts, target_totals, a_repeats,
                      b_repeats, certain):
    """Scorer.compare for groups whose unions, weights and repeated keys are at hand: (similarity, missing)."""
    score, missing = _dice(sum(map(weighed, a & b)), wa, wb), 0.0
    for parts, totals, other, other_repeats in ((source_parts, source_totals, b, b_repeats),
                                                (target_parts, target_totals, a, a_repeats)):
        if len(parts) > 1:
            pieces = own_shares(parts, totals, other, other_repeats, weighed)
            score *= coverage(*pieces)
            missing += unfound(*pieces, certain=certain)
    return score, missing


class _Groups:
    """Unions of consecutive target sentences ending at j, with their weights, kept while the search needs them:
    pairs as the 1-2 move builds them, and groups of 2 or 3 as Scorer.compare does."""

    def __init__(self, keys: Sequence[frozenset[int]], weighed: Callable[[int], float]) -> None:
        self._keys, self._weighed = keys, weighed
        self._pairs: dict[int, tuple[frozenset, float]] = {}
        self._unions: dict[tuple[int, int], tuple[frozenset, float]] = {}

    def pair(self, j: int) -> tuple[frozenset, float]:
        found = self._pairs.get(j)
        if found is None:
            union = self._keys[j - 2] | self._keys[j - 1]
            found = self._pairs[j] = (union, sum(map(self._weighed, union)))
        return found

    def union(self, j: int, count: int) -> tuple[frozenset, float]:
        found = self._unions.get((j, count))
        if found is None:
            union = frozenset().union(*self._keys[j - count : j])
            found = self._unions[(j, count)] = (union, sum(map(self._weighed, union)))
        return found

    def forget_before(self, j: int) -> None:
        if len(self._pairs) > 256:
            self._pairs = {k: v for k, v in self._pairs.items() if k >= j}
        if len(self._unions) > 256:
            self._unions = {k: v for k, v in self._unions.items() if k[0] >= j}


def _trace(scorer: Scorer, moves_of_row, i0: int, j0: int, lows, highs):
    path, touches = [], []
    row, j = len(lows) - 1, highs[-1]
    first, last = lows[0], highs[-1]
    while row > 0 or j > j0:
        if (j - lows[row] <= 1 and lows[row] > first) or (highs[row] - j <= 1 and highs[row] < last):
            touches.append(i0 + row)
        di, dj = MOVES[moves_of_row[row][j - lows[row]] - 1]
        i = i0 + row
        sim = scorer.similarity(i, j, di, dj) if di and dj else 0.0
        path.append((i - di, j - dj, di, dj, sim))
        row, j = row - di, j - dj
    return path[::-1], touches
