"""Sentence alignment: monotone dynamic programming over beads, in a band.

Beads: 1-1, 1-2, 2-1, 2-2, 1-0, 0-1. A bead's cost adds a Gale–Church length term
to a content term: the same language compares character trigrams; different
languages compare anchors (numbers, names, quotation marks, cognate prefixes) and,
when the caller translated the source, trigrams of that translation. The search
stays in a band around the diagonal given by character offsets, so time and memory
grow linearly with length; the band widens when the best path touches its edge.
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass

BEADS = ((1, 1), (1, 2), (2, 1), (2, 2), (1, 0), (0, 1))
PRIOR = {(1, 1): 0.0, (1, 2): 0.12, (2, 1): 0.12, (2, 2): 0.3}
SKIP_COST = 0.55  # a 1-0 or 0-1 bead: cheaper than forcing a match with nothing in common
WEAK_LINK = 0.12  # a 1-1 bead whose content similarity is below this is reported as weak


@dataclass(frozen=True)
class Bead:
    source: tuple[int, ...]
    target: tuple[int, ...]
    score: float  # content similarity 0..1 (0 for 1-0 and 0-1)


@dataclass(frozen=True)
class SentenceAlignment:
    beads: tuple[Bead, ...]
    confidence: float  # mean similarity of the matched beads, 0..1
    method: str  # "trigrams", "anchors", "translation+anchors"

    def links(self) -> list[tuple[int, int]]:
        """Every (source, target) sentence pair the alignment joins."""
        return [(s, t) for bead in self.beads for s in bead.source for t in bead.target]

    def targets_of(self, source_index: int) -> tuple[int, ...]:
        for bead in self.beads:
            if source_index in bead.source:
                return bead.target
        return ()


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in text if not unicodedata.combining(c))


def trigrams(text: str) -> frozenset[str]:
    folded = " ".join(re.findall(r"\w+", _fold(text)))
    return frozenset(folded[i : i + 3] for i in range(max(1, len(folded) - 2)))


_NUMBER = re.compile(r"\d[\d.,]*\d|\d")
_WORD = re.compile(r"[^\W\d_]+")


def anchors(text: str) -> frozenset[str]:
    """Language-independent clues: numbers, capitalised names, quote marks, ? and !, cognate prefixes."""
    found = {"#" + re.sub(r"\D", "", n) for n in _NUMBER.findall(text)}
    words = _WORD.findall(text)
    found.update("@" + _fold(w)[:5] for i, w in enumerate(words) if i > 0 and w[0].isupper())
    found.update("~" + _fold(w)[:4] for w in words if len(w) >= 6)
    quotes = sum(text.count(m) for m in "“«\"")
    if quotes:
        found.add(f"Q{min(quotes, 3)}")
    found.update(ch for ch in "?!" if ch in text)
    return frozenset(found)


def dice(a: frozenset, b: frozenset) -> float:
    if not a and not b:
        return 0.5  # neither side has a clue: weak evidence they correspond
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def _coverage(first: frozenset, second: frozenset, other: frozenset) -> float:
    """0.5..1: how well the weaker of two merged sentences is found in ``other``."""
    shares = [len(part & other) / len(part) for part in (first, second) if part]
    return 0.5 + 0.5 * min(shares) if shares else 0.75


class _Side:
    """Per-sentence features of one document, with cheap unions for two-sentence groups."""

    def __init__(self, sentences: list[str], featurise):
        self.lengths = [len(s) for s in sentences]
        self.features = [featurise(s) for s in sentences]
        self.cumulative = [0]
        for length in self.lengths:
            self.cumulative.append(self.cumulative[-1] + length + 1)

    def group(self, end: int, size: int) -> tuple[frozenset, int]:
        if size == 1:
            return self.features[end - 1], self.lengths[end - 1]
        return self.features[end - 2] | self.features[end - 1], self.lengths[end - 2] + self.lengths[end - 1] + 1


def _length_cost(source_len: int, target_len: int, ratio: float) -> float:
    """Gale–Church: how unlikely this length pair is, scaled to 0..1."""
    delta = (target_len - source_len * ratio) / math.sqrt((source_len + 1) * 6.8)
    return min(delta * delta, 9.0) / 9.0


def align_sentences(source: list[str], target: list[str], same_language: bool,
                    translated_source: list[str] | None = None, band: int = 12) -> SentenceAlignment:
    """Align two lists of sentences. ``translated_source``: ``source`` translated into the target's language."""
    n, m = len(source), len(target)
    if n == 0 or m == 0:
        beads = [Bead((i,), (), 0.0) for i in range(n)] + [Bead((), (j,), 0.0) for j in range(m)]
        return SentenceAlignment(tuple(beads), 0.0, "none")
    if same_language:
        sides = [(_Side(source, trigrams), _Side(target, trigrams), 1.0)]
        method, length_weight = "trigrams", 0.3
    elif translated_source is not None:
        sides = [(_Side(translated_source, trigrams), _Side(target, trigrams), 0.7),
                 (_Side(source, anchors), _Side(target, anchors), 0.3)]
        method, length_weight = "translation+anchors", 0.3
    else:
        sides = [(_Side(source, anchors), _Side(target, anchors), 1.0)]
        method, length_weight = "anchors", 0.6
    lengths_s, lengths_t = _Side(source, lambda s: frozenset()), _Side(target, lambda s: frozenset())
    ratio = (lengths_t.cumulative[-1] / lengths_s.cumulative[-1]) if lengths_s.cumulative[-1] else 1.0

    def similarity(i: int, j: int, di: int, dj: int) -> float:
        total = 0.0
        for src_side, tgt_side, weight in sides:
            a, _ = src_side.group(i, di)
            b, _ = tgt_side.group(j, dj)
            score = dice(a, b)
            # A merge must be earned by both sentences: one that finds nothing on the other side is
            # an addition or omission, not half of a split.
            if di == 2:
                score *= _coverage(src_side.features[i - 2], src_side.features[i - 1], b)
            if dj == 2:
                score *= _coverage(tgt_side.features[j - 2], tgt_side.features[j - 1], a)
            total += weight * score
        return total

    width = max(band, abs(n - m) + 4)
    while True:
        path, touched_edge = _search(n, m, width, lengths_s, lengths_t, ratio, similarity, length_weight)
        if not touched_edge or width >= max(n, m):
            break
        width *= 2
    matched = [b.score for b in path if b.source and b.target]
    confidence = sum(matched) / len(matched) if matched else 0.0
    return SentenceAlignment(tuple(path), round(confidence, 3), method)


def _search(n, m, width, lengths_s, lengths_t, ratio, similarity, length_weight):
    """Banded DP; returns (beads, whether the best path touched the band's edge)."""
    scale = lengths_t.cumulative[-1] / max(1, lengths_s.cumulative[-1])
    lows, highs = [], []
    for i in range(n + 1):
        centre = bisect_left(lengths_t.cumulative, lengths_s.cumulative[i] * scale)
        lows.append(max(0, centre - width))
        highs.append(min(m, centre + width))
    # Keep the band connected: each row reaches the cells the next row can come from.
    for i in range(1, n + 1):
        lows[i] = min(lows[i], highs[i - 1])
        highs[i - 1] = max(highs[i - 1], lows[i])
    lows[0], highs[n] = 0, m
    inf = float("inf")
    cost = [[inf] * (highs[i] - lows[i] + 1) for i in range(n + 1)]
    back = [[None] * (highs[i] - lows[i] + 1) for i in range(n + 1)]
    cost[0][0] = 0.0
    for i in range(n + 1):
        lo, hi = lows[i], highs[i]
        row, brow = cost[i], back[i]
        for j in range(lo, hi + 1):
            if i == 0 and j == 0:
                continue
            best, best_move = inf, None
            for di, dj in BEADS:
                pi, pj = i - di, j - dj
                if pi < 0 or pj < 0 or not lows[pi] <= pj <= highs[pi]:
                    continue
                previous = cost[pi][pj - lows[pi]]
                if previous == inf:
                    continue
                if di == 0 or dj == 0:
                    step, sim = SKIP_COST, 0.0
                else:
                    sim = similarity(i, j, di, dj)
                    _, ls = lengths_s.group(i, di)
                    _, lt = lengths_t.group(j, dj)
                    # Costs count per sentence covered, so merging never looks cheaper than matching.
                    size = (di + dj) / 2
                    step = size * ((1.0 - sim) + length_weight * _length_cost(ls, lt, ratio)) + PRIOR[(di, dj)]
                if previous + step < best:
                    best, best_move = previous + step, (di, dj, sim)
            row[j - lo], brow[j - lo] = best, best_move
    beads, touched = [], False
    i, j = n, m
    while i > 0 or j > 0:
        di, dj, sim = back[i][j - lows[i]]
        if (j - lows[i] <= 1 and lows[i] > 0) or (highs[i] - j <= 1 and highs[i] < m):
            touched = True
        beads.append(Bead(tuple(range(i - di, i)), tuple(range(j - dj, j)), round(sim, 3)))
        i, j = i - di, j - dj
    return beads[::-1], touched
