"""What an alignment returns: beads of sentence indices, and how far to trust them."""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cached_property

WEAK_LINK = 0.12  # a 1-1 bead whose content similarity is below this is reported as weak


@dataclass(frozen=True)
class Bead:
    source: tuple[int, ...]
    target: tuple[int, ...]
    score: float  # content similarity 0..1 (0 for 1-0 and 0-1)


@dataclass(frozen=True)
class SentenceAlignment:
    """A monotone alignment; every sentence of both sides is in exactly one bead.

    Correspondence, for callers that must not invent matches between different articles:

    - ``overlap``: the share of the aligned sentences' key weight (numbers, names, cognates,
      dictionary words, punctuation; within one language, words) matched inside their beads, 0..1;
      sentences left out (1-0, 0-1) do not count, so a shortened version still corresponds.
      Translations of one article score about 0.25-0.6; different articles below 0.1.
    - ``contrast``: over the 1-1 beads, how much more they share than the same source sentences
      paired with distant target sentences; about 0 when the texts only look alike by chance.
    - ``anchored``: the share of the shorter side's sentences joined by a confident anchor (a rare
      key found once on each side, in an order that agrees).
    - ``corresponds``: the two documents are versions of one text: overlap >= 0.15 and contrast
      >= 0.05, or contrast >= 0.2 alone (``aligner.decide``; measured in benchmarks/bench_align.py).
    """

    beads: tuple[Bead, ...]
    confidence: float  # mean similarity of the matched beads, 0..1
    method: str  # "words", "anchors", "translation+anchors", "none"
    corresponds: bool = True
    anchored: float = 0.0
    overlap: float = 0.0
    contrast: float = 0.0
    comparisons: int = 0  # bead similarities the search computed: linear in the number of sentences

    def links(self) -> list[tuple[int, int]]:
        """Every (source, target) sentence pair the alignment joins."""
        return [(s, t) for bead in self.beads for s in bead.source for t in bead.target]

    def targets_of(self, source_index: int) -> tuple[int, ...]:
        return self._targets.get(source_index, ())

    @cached_property
    def _targets(self) -> dict[int, tuple[int, ...]]:
        return {s: bead.target for bead in self.beads for s in bead.source}

    def inverted(self) -> SentenceAlignment:
        """The same alignment seen from the target side."""
        return replace(self, beads=tuple(Bead(b.target, b.source, b.score) for b in self.beads))
