"""Translation artifacts in each system's output: the audit's detectors, by detector, with the worst examples.

Each segment (or, with --docs, each document) is audited alone (see evaluation.groups),
and so is its source. A finding counts against a system only beyond what the source
shows on the same segment with the same detector: a quotation the test set cut between
two segments is unbalanced in the source too, and that is the test set's doing, not the
translation's. The reference is audited by the same rule and reported beside the
systems, so a human translation and a machine one are measured alike.

Without document ids a segment is judged alone, so a finding on a quotation mark whose
partner may be in the neighbouring segment (a closing mark that opens nothing here, an
opening mark not closed here) is not counted: a quotation of several sentences has
exactly these at segment boundaries, in a human translation as in a machine one.

``audit_output`` is the one place an output is audited. When the audit reads an output
against its source, findings it marks as inherited from the source
(``Finding.provenance == "inherited"``) are not counted either: only introduced ones are.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ...datamodel import Document, Finding
from ...detectors import all_detectors, run_detectors
from ..groups import ChunkGroup, GroupText

EXAMPLES = 3
INHERITED = "inherited"


def audit_output(output: GroupText, group: ChunkGroup) -> list[Finding]:
    """The audit of one output (a system's or the reference) for one group of segments
    (``group.source`` is there for a source-aware audit; the monolingual detectors read the output alone)."""
    if output.document is None:
        return []
    source = group.source
    if source.document is not None:  # against the source: bilingual checks, and provenance for the rest
        from ...bilingual.segments import audit_aligned

        return audit_aligned(source.document, output.document, source.sentences_by_segment(),
                             output.sentences_by_segment())
    return run_detectors(output.document, group.source_language)


def reaches_neighbours(finding: Finding, document: Document) -> bool:
    """A finding on a quotation mark whose partner may lie outside this text."""
    if finding.span in document.stray_marks:
        return True
    return any(not q.closed and finding.span.start == q.span.start for q in document.quotes)


def audit_source(group: ChunkGroup, detectors: set[str]) -> list[Finding]:
    """``detectors`` (those that fired on an output) on the source: what a translation inherits
    rather than introduces. Nothing to run, nothing to build: most segments have no finding at all."""
    detectors = detectors & set(all_detectors())  # bilingual checks compare the two texts: nothing to run on one
    if not detectors:
        return []
    source = group.source
    return run_detectors(source.document, only=sorted(detectors)) if source.document is not None else []


@dataclass(frozen=True)
class ArtifactExample:
    detector: str
    severity: str
    segment: str  # segment id
    evidence: str
    message: str
    text: str  # the output segment it was found in


@dataclass(frozen=True)
class DetectorArtifacts:
    detector: str
    count: int
    per_1000_words: float | None
    examples: list[ArtifactExample]


@dataclass(frozen=True)
class ArtifactSummary:
    words: int
    artifacts: int  # findings beyond what the source shows on the same texts
    per_1000_words: float | None
    found: int  # every finding, those the source shows too included
    found_per_1000_words: float | None
    by_detector: list[DetectorArtifacts]


@dataclass
class ArtifactTally:
    words: int = 0
    found: int = 0
    counted: Counter = field(default_factory=Counter)
    examples: dict[str, list[tuple[int, int, ArtifactExample]]] = field(default_factory=dict)
    order: int = 0  # examples met so far, to keep the earliest among equally severe ones

    def add(self, output: GroupText, findings: list[Finding], source: list[Finding], group: ChunkGroup,
            alone: bool = False) -> None:
        """``alone``: the text is one segment without its document (see reaches_neighbours)."""
        self.words += output.words()
        document = output.document
        if document is None:
            return
        own = [f for f in findings if getattr(f, "provenance", "") != INHERITED
               and not (alone and reaches_neighbours(f, document))]
        self.found += len(own)
        shared = Counter(f.detector for f in source)
        shared_evidence = {(f.detector, f.evidence.casefold()) for f in source}
        by_detector: dict[str, list[Finding]] = {}
        for finding in own:
            by_detector.setdefault(finding.detector, []).append(finding)
        for detector, items in by_detector.items():
            beyond = max(0, len(items) - shared[detector])
            if not beyond:
                continue
            self.counted[detector] += beyond
            # Prefer as examples the findings the source does not share word for word.
            items = sorted(items, key=lambda f: ((detector, f.evidence.casefold()) in shared_evidence, -f.severity))
            for finding in items[:beyond]:
                self._example(finding, output, document.text, group)

    def _example(self, finding: Finding, output: GroupText, text: str, group: ChunkGroup) -> None:
        index = output.segment_of(finding.span.start)
        start = output.starts[index]
        end = output.starts[index + 1] - 1 if index + 1 < len(output.starts) else len(text)
        example = ArtifactExample(finding.detector, finding.severity.label, group.segments[group.group.start + index].id,
                                  finding.evidence, finding.message, text[start:end])
        kept = self.examples.setdefault(finding.detector, [])
        self.order += 1
        kept.append((-int(finding.severity), self.order, example))
        kept.sort(key=lambda item: item[:2])
        del kept[EXAMPLES:]

    def merge(self, other: ArtifactTally) -> None:
        self.words += other.words
        self.found += other.found
        self.counted.update(other.counted)
        for detector, items in other.examples.items():
            kept = self.examples.setdefault(detector, [])
            kept.extend((severity, self.order + order, example) for severity, order, example in items)
            kept.sort(key=lambda item: item[:2])
            del kept[EXAMPLES:]
        self.order += other.order

    def finish(self) -> ArtifactSummary:
        def rate(count: int) -> float | None:
            return round(1000 * count / self.words, 2) if self.words else None

        counted = sum(self.counted.values())
        detectors = [DetectorArtifacts(d, n, rate(n), [e for _, _, e in self.examples.get(d, [])])
                     for d, n in sorted(self.counted.items(), key=lambda item: (-item[1], item[0]))]
        return ArtifactSummary(self.words, counted, rate(counted), self.found, rate(self.found), detectors)
