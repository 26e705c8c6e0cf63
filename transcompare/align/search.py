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

from .scoring import LAST_STEP, LENGTH_COSTS, MISSING, PRIOR, SKIP, Scorer, coverage, dice_score, length_terms, unfound

WIDTH = 6  # cells either side of the corridor's centre line
PASSES = 3  # the first search, then at most two rounds of local re-searches where the path touched the edge
MARGIN = 12  # rows searched again either side of a touch
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
    of its parts, which are the neighbouring cells' 1-1 overlaps. Returns the beads
    (i, j, di, dj, similarity) and the rows where the path ran along the corridor's edge.
    """
    inf = float("inf")
    source_keys, target_keys, weights = scorer.source_keys, scorer.target_keys, scorer.weights
    source_totals, target_totals = scorer.source_totals, scorer.target_totals
    source_lengths, target_lengths = scorer.source_lengths, scorer.target_lengths
    weight = scorer.weight
    ratio, length_weight, content_weight = scorer.ratio, scorer.length_weight, scorer.content_weight
    prior_21, prior_12, prior_22 = PRIOR[(2, 1)], PRIOR[(1, 2)], PRIOR[(2, 2)]
    prior_13, prior_31 = PRIOR[(1, 3)], PRIOR[(3, 1)]
    costs_table = [length_weight * c for c in LENGTH_COSTS]
    target_pairs: dict[int, tuple[frozenset, float]] = {}  # j -> union of targets j-2 and j-1, its weight
    moves_of_row: list[bytearray] = []
    previous = before = earlier = None  # (low, costs, overlaps) of rows i-1, i-2 and i-3
    comparisons = 0
    for row in range(len(lows)):
        i, lo, hi = i0 + row, lows[row], highs[row]
        costs, overlaps, moves = [inf] * (hi - lo + 1), [0.0] * (hi - lo + 1), bytearray(hi - lo + 1)
        if row >= 1:
            a1, wa1, la1 = source_keys[i - 1], source_totals[i - 1], source_lengths[i - 1]
            expect1, scale1 = length_terms(la1, ratio)
            previous_lo, previous_costs, previous_overlaps = previous
            previous_size = len(previous_costs)
        if row >= 2:
            a2 = source_keys[i - 2] | a1
            wa2, wa_first, la2 = weight(a2), source_totals[i - 2], source_lengths[i - 2] + la1 + 1
            expect2, scale2 = length_terms(la2, ratio)
            before_lo, before_costs, _ = before
            before_size = len(before_costs)
        if len(target_pairs) > 256:
            for stale in [k for k in target_pairs if k < lo]:
                del target_pairs[stale]
        for j in range(lo, hi + 1):
            x = j - lo
            best, move = (0.0, 0) if row == 0 and j == j0 else (inf, 0)
            if x and costs[x - 1] + SKIP < best:  # 0-1
                best, move = costs[x - 1] + SKIP, 6
            if row == 0:
                costs[x], moves[x] = best, move
                continue
            y = j - previous_lo
            if 0 <= y < previous_size and previous_costs[y] + SKIP < best:  # 1-0
                best, move = previous_costs[y] + SKIP, 5
            if j == 0:
                costs[x], moves[x] = best, move
                continue
            b1, wb1, lb1 = target_keys[j - 1], target_totals[j - 1], target_lengths[j - 1]
            overlap = sum(map(weights.__getitem__, a1 & b1))
            overlaps[x] = overlap
            comparisons += 1
            if 1 <= y <= previous_size:  # 1-1 from (i-1, j-1)
                start = previous_costs[y - 1]
                if start < best:
                    total = (start + costs_table[min(LAST_STEP, int(abs(lb1 - expect1) * scale1))]
                             + content_weight * (1.0 - (2 * overlap / (wa1 + wb1) if wa1 and wb1 else 0.0)))
                    if total < best:
                        best, move = total, 1
            if j >= 2 and 2 <= y <= previous_size + 1:  # 1-2 from (i-1, j-2)
                start = previous_costs[y - 2] + prior_12
                if start < best:
                    lb2 = target_lengths[j - 2] + lb1 + 1
                    total = start + costs_table[min(LAST_STEP, int(abs(lb2 - expect1) * scale1))]
                    if total < best:
                        pair = target_pairs.get(j)
                        if pair is None:
                            union = target_keys[j - 2] | b1
                            pair = target_pairs[j] = (union, weight(union))
                        first = overlaps[x - 1] if x else weight(a1 & target_keys[j - 2])
                        parts = (first, target_totals[j - 2]), (overlap, wb1)
                        sim = dice_score(weight(a1 & pair[0]), wa1, pair[1]) * coverage(*parts)
                        comparisons += 1
                        total += content_weight * 1.5 * (1.0 - sim) + MISSING * unfound(*parts)
                        if total < best:
                            best, move = total, 3
            if row >= 2:
                z = j - before_lo
                if 1 <= z <= before_size:  # 2-1 from (i-2, j-1)
                    start = before_costs[z - 1] + prior_21
                    if start < best:
                        total = start + costs_table[min(LAST_STEP, int(abs(lb1 - expect2) * scale2))]
                        if total < best:
                            first = previous_overlaps[y] if 0 <= y < previous_size else weight(source_keys[i - 2] & b1)
                            parts = (first, wa_first), (overlap, wa1)
                            sim = dice_score(weight(a2 & b1), wa2, wb1) * coverage(*parts)
                            comparisons += 1
                            total += content_weight * 1.5 * (1.0 - sim) + MISSING * unfound(*parts)
                            if total < best:
                                best, move = total, 2
                if j >= 2 and 2 <= z <= before_size + 1:  # 2-2 from (i-2, j-2)
                    start = before_costs[z - 2] + prior_22
                    if start < best:
                        lb2 = target_lengths[j - 2] + lb1 + 1
                        total = start + costs_table[min(LAST_STEP, int(abs(lb2 - expect2) * scale2))]
                        if total < best:
                            total += scorer.content_cost(2, 2, *scorer.compare(i, j, 2, 2))
                            if total < best:
                                best, move = total, 4
            # 1-3 and 3-1: a sentence the other side's segmentation cut in three (often at an abbreviation).
            if j >= 3 and 3 <= y <= previous_size + 2:  # 1-3 from (i-1, j-3)
                start = previous_costs[y - 3] + prior_13
                if start < best:
                    lb3 = target_lengths[j - 3] + target_lengths[j - 2] + lb1 + 2
                    total = start + costs_table[min(LAST_STEP, int(abs(lb3 - expect1) * scale1))]
                    if total < best:
                        total += scorer.content_cost(1, 3, *scorer.compare(i, j, 1, 3))
                        if total < best:
                            best, move = total, 7
            if row >= 3:
                w = j - earlier[0]
                if 1 <= w <= len(earlier[1]):  # 3-1 from (i-3, j-1)
                    start = earlier[1][w - 1] + prior_31
                    if start < best:
                        expect3, scale3 = length_terms(source_lengths[i - 3] + la2 + 1, ratio)
                        total = start + costs_table[min(LAST_STEP, int(abs(lb1 - expect3) * scale3))]
                        if total < best:
                            total += scorer.content_cost(3, 1, *scorer.compare(i, j, 3, 1))
                            if total < best:
                                best, move = total, 8
            costs[x], moves[x] = best, move
        moves_of_row.append(moves)
        earlier, before, previous = before, previous, (lo, costs, overlaps)
    scorer.comparisons += comparisons
    return _trace(scorer, moves_of_row, i0, j0, lows, highs)


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
