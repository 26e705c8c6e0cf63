"""The plain data every stage passes on: spans, documents, quotes, findings."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from enum import IntEnum
from functools import cached_property


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """Character offsets into ``Document.text``: ``text[start:end]`` is the covered text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"invalid span {self.start}:{self.end}")

    def __len__(self) -> int:
        return self.end - self.start

    def of(self, text: str) -> str:
        return text[self.start : self.end]

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def shift(self, offset: int) -> Span:
        return Span(self.start + offset, self.end + offset)


class Severity(IntEnum):
    MINOR = 1
    MAJOR = 2
    CRITICAL = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, value: str) -> Severity:
        try:
            return cls[value.strip().upper()]
        except KeyError:
            choices = ", ".join(s.label for s in cls)
            raise ValueError(f"unknown severity {value!r} (choose {choices})") from None


@dataclass(frozen=True)
class LineMap:
    """Maps offsets in the normalised text back to 1-based line:column of the original file.

    ``line_starts`` are offsets of each line in the normalised text. ``column_maps``
    holds, for the few lines that NFC normalisation shortened, the original column of
    each normalised character; other lines map one to one.
    """

    line_starts: tuple[int, ...]
    column_maps: dict[int, tuple[int, ...]] = field(default_factory=dict)

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.line_starts, offset) - 1
        col = offset - self.line_starts[line]
        cmap = self.column_maps.get(line)
        if cmap is not None:
            col = cmap[col] if col < len(cmap) else (cmap[-1] + 1 + col - len(cmap) if cmap else col)
        return line + 1, col + 1


@dataclass(frozen=True)
class Metadata:
    key: str
    value: str
    span: Span


@dataclass(frozen=True)
class Quote:
    """A quotation: ``span`` includes the marks, ``inner`` is what was said."""

    span: Span
    inner: Span
    style: str  # curly, straight, guillemet, single, straight-single, low
    depth: int  # 0 for a top-level quotation
    closed: bool
    sentence: int  # index of the sentence where the quotation opens
    speaker: str | None = None  # the speaker as written: "Prime Minister Pedro Sánchez", "she", "the mayor"
    speaker_span: Span | None = None  # where that is written (for an inherited speaker: where it was first written)
    paragraphs: int = 1  # >1 for a quotation continued over several paragraphs
    speaker_resolved: str | None = None  # who that is: the full name, else the description as written
    # how: name, surname, pronoun, "pronoun, gender differs", description, apposition, dropped subject, as written,
    # topic (a quotation standing alone after a sentence about a person: that person's)
    resolution: str | None = None
    cue: str | None = None  # the speech verb or phrase: "said", "according to", "aseguró"
    cue_span: Span | None = None
    kind: str = "direct"  # direct (the speaker's own sentences), partial (woven into the writer's), title-term
    inherited: bool = False  # no attribution of its own: continues the previous speaker (news convention)


@dataclass(frozen=True)
class Document:
    name: str
    language: str
    text: str
    body: Span  # the article body, after any leading metadata
    paragraphs: tuple[Span, ...]
    sentences: tuple[Span, ...]
    # The quotations as their marks show them (spans, nesting, closed), before any speaker is looked for:
    # all the audit's detectors need. ``quotes`` adds the speakers, on first use.
    quote_marks: tuple[Quote, ...]
    stray_marks: tuple[Span, ...]  # closing marks with no opening mark
    metadata: tuple[Metadata, ...]
    line_map: LineMap

    def position(self, offset: int) -> tuple[int, int]:
        return self.line_map.position(offset)

    @cached_property
    def quotes(self) -> tuple[Quote, ...]:
        """The quotations with their speakers, cue and kind (``quote_marks`` in the same order)."""
        from .attribution import attribute  # the costliest analysis: only for those who read speakers
        from .gc_pause import collector_paused

        with collector_paused():
            return tuple(attribute(self.text, list(self.quote_marks), self.paragraphs, self.language))

    def sentence_texts(self) -> list[str]:
        return [s.of(self.text) for s in self.sentences]

    @cached_property
    def top_level_quotes(self) -> tuple[Quote, ...]:
        """The quotations not inside another one (nested ones are in ``quotes`` too)."""
        return tuple(q for q in self.quotes if q.depth == 0)

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [p.start for p in self.paragraphs]

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def paragraph_of(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._paragraph_starts, offset) - 1)

    def sentence_of(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._sentence_starts, offset) - 1)

    def word_count(self) -> int:
        return len(self.body.of(self.text).split())


@dataclass(frozen=True)
class Finding:
    detector: str
    category: str
    severity: Severity
    span: Span
    message: str
    suggestion: str = ""
    evidence: str = ""
    version: str = ""  # the version (document name) the finding belongs to
    likely_source: str = ""  # the source-language wording it likely comes from (translationese detectors)
    # Against a source: "introduced" by the translation, or "inherited" (also in the source); "" without one.
    provenance: str = ""
    source_span: Span | None = None  # bilingual findings: the source text concerned (offsets into the source)


INTRODUCED = "introduced"
INHERITED = "inherited"
PROVENANCE_LABELS = {INTRODUCED: "introduced", INHERITED: "also in the source"}
