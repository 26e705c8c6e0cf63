"""Provenance of the translation's own findings: introduced by the translation, or also in the source."""

from __future__ import annotations

from dataclasses import replace

from ..datamodel import INHERITED, INTRODUCED, Finding, Span
from .pair import Pair


def mark_provenance(findings: list[Finding], source_findings: list[Finding], pair: Pair,
                    comparable: set[str]) -> list[Finding]:
    """A finding is inherited when the same detector fires on the source sentences aligned with its sentence.

    ``comparable``: detectors that ran on the source (a detector that cannot read the source's
    language cannot have found the problem there, so its findings count as introduced)."""
    in_source: dict[tuple[str, int], Finding] = {}
    for found in source_findings:
        sentence = pair.source.sentence_of(found.span.start)
        in_source.setdefault((found.detector, sentence), found)
    marked = []
    for finding in findings:
        sources = pair.sources_of(pair.target.sentence_of(finding.span.start))
        twin = next((in_source[(finding.detector, s)] for s in sources if (finding.detector, s) in in_source), None)
        if twin is not None and finding.detector in comparable:
            marked.append(replace(finding, provenance=INHERITED, source_span=twin.span))
        else:
            aligned = (Span(pair.source.sentences[sources[0]].start, pair.source.sentences[sources[-1]].end)
                       if sources else None)
            marked.append(replace(finding, provenance=INTRODUCED, source_span=aligned))
    return marked
