"""The bilingual audit of a translation given segment by segment, as `evaluate` has it: the segments
are the alignment, so no aligner runs, and a segment left empty is an omission."""

from __future__ import annotations

from ..align import Bead, SentenceAlignment
from ..datamodel import Document, Finding
from .pair import Pair


def segment_alignment(source_ids: list[tuple[int, ...]], target_ids: list[tuple[int, ...]]) -> SentenceAlignment:
    """One bead per segment: its source sentences and its translation's (either side may be empty)."""
    beads = [Bead(tuple(s), tuple(t), 1.0 if s and t else 0.0) for s, t in zip(source_ids, target_ids) if s or t]
    return SentenceAlignment(tuple(beads), 1.0, "segments")


def audit_aligned(source: Document, output: Document, source_ids: list[tuple[int, ...]],
                  output_ids: list[tuple[int, ...]]) -> list[Finding]:
    """Every finding of ``output`` against ``source``, sentence ids given per segment; provenance marked."""
    from ..auditing import audit_against_source

    pair = Pair(source, output, segment_alignment(source_ids, output_ids))
    return list(audit_against_source(output, source, pair=pair).findings)
