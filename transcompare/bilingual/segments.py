"""The bilingual audit of a translation given segment by segment, as `evaluate` has it: the segments
are the alignment, so no aligner runs, and an empty output segment is an omission, not an error."""

from __future__ import annotations

from collections import Counter

from ..align import Bead, SentenceAlignment
from ..detectors.empty import ID as EMPTY_ID
from ..document import build_document
from ..errors import InputError
from ..model import INHERITED, Document
from .pair import Pair

EMPTY_OUTPUT = EMPTY_ID  # the whole output is empty: counted as the monolingual detector's finding, never an error


def _document(segments: list[str], name: str, language: str) -> tuple[Document | None, list[int | None]]:
    """One paragraph per non-empty segment, and each segment's paragraph (None when empty)."""
    kept, paragraph_of = [], []
    for segment in segments:
        text = " ".join(segment.split())
        paragraph_of.append(len(kept) if text else None)
        if text:
            kept.append(text)
    if not kept:
        return None, paragraph_of
    try:
        return build_document("\n\n".join(kept) + "\n", name, language), paragraph_of
    except InputError:
        return None, paragraph_of


def _sentences_by_paragraph(document: Document) -> list[tuple[int, ...]]:
    found: list[list[int]] = [[] for _ in document.paragraphs]
    for index, sentence in enumerate(document.sentences):
        found[document.paragraph_of(sentence.start)].append(index)
    return [tuple(ids) for ids in found]


def segment_pair(sources: list[str], outputs: list[str], source_language: str, target_language: str) -> Pair | None:
    source, source_paragraphs = _document(sources, "source", source_language)
    target, target_paragraphs = _document(outputs, "output", target_language)
    if source is None or target is None:
        return None
    source_ids, target_ids = _sentences_by_paragraph(source), _sentences_by_paragraph(target)
    beads = []
    for s, t in zip(source_paragraphs, target_paragraphs):
        left = source_ids[s] if s is not None else ()
        right = target_ids[t] if t is not None else ()
        if left or right:
            beads.append(Bead(left, right, 1.0 if left and right else 0.0))
    return Pair(source, target, SentenceAlignment(tuple(beads), 1.0, "segments"))


def audit_pair(sources: list[str], outputs: list[str], source_language: str, target_language: str) -> dict[str, int]:
    """Introduced artifacts of one document's output, per detector, and its words ("words")."""
    from ..auditing import audit_against_source

    pair = segment_pair(sources, outputs, source_language, target_language)
    if pair is None:
        has_source = any(s.strip() for s in sources)
        return {"words": 0, EMPTY_OUTPUT: 1} if has_source else {"words": 0}
    report = audit_against_source(pair.target, pair.source, pair=pair)
    counts = Counter(f.detector for f in report.findings if f.provenance != INHERITED)
    return {"words": pair.target.word_count(), **counts}
