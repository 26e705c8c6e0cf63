"""The segments where each system differs most from the baseline by sentence chrF, with
source, reference, both outputs and a word diff between the two outputs."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import numpy as np

from ...fidelity import word_diff
from ..testset import Segment

SHOWN = 10


@dataclass(frozen=True)
class SegmentDifference:
    index: int  # position in the evaluated segments
    id: str
    src: str
    ref: str
    baseline_output: str
    output: str
    baseline_chrf: float
    chrf: float
    diff: list[tuple[str, str]]  # (equal | delete | insert, words): from the baseline's output to the system's


@dataclass(frozen=True)
class SystemDifferences:
    system: str
    segments: list[SegmentDifference]


def pick(sentence_chrf: dict[str, np.ndarray], baseline: str, shown: int = SHOWN) -> dict[str, list[int]]:
    """For each system, the segments with the largest |chrF(system) - chrF(baseline)|, largest first."""
    base = sentence_chrf[baseline]
    chosen = {}
    for system, scores in sentence_chrf.items():
        if system == baseline:
            continue
        gap = np.abs(scores - base)
        order = np.lexsort((np.arange(len(gap)), -gap))  # largest gap first, then earlier segments
        chosen[system] = [int(i) for i in order[:shown] if gap[i] > 0]
    return chosen


def build(chosen: dict[str, list[int]], rows: Iterable[tuple[int, Segment, dict[str, str]]],
          sentence_chrf: dict[str, np.ndarray], baseline: str) -> list[SystemDifferences]:
    """``rows`` yields (index, segment, {system: output}) for the wanted indices (see ``wanted``)."""
    texts = {index: (segment, outputs) for index, segment, outputs in rows}
    results = []
    for system, indices in chosen.items():
        segments = []
        for index in indices:
            segment, outputs = texts[index]
            base_out, out = outputs[baseline], outputs[system]
            segments.append(SegmentDifference(index, segment.id, segment.src, segment.ref, base_out, out,
                                              round(float(sentence_chrf[baseline][index]), 1),
                                              round(float(sentence_chrf[system][index]), 1), list(word_diff(base_out, out, exact=True))))
        results.append(SystemDifferences(system, segments))
    return results


def wanted(chosen: dict[str, list[int]]) -> set[int]:
    return {i for indices in chosen.values() for i in indices}


def select(rows: Iterator, indices: set[int]) -> Iterator:
    for row in rows:
        if row[0] in indices:
            yield row
