"""Segments as texts to analyse: each document (with --docs) or each segment alone.

Without document ids, the segments of a test set such as newstest are sentences from
many unrelated articles. Analysed as one text, anything that looks across sentences
(a pronoun's antecedent, a repeated phrase, a quotation closed in the next sentence)
would connect neighbours that have nothing to do with each other; so each segment is
analysed alone, and with --docs each document as one paragraph of its segments.
"""

from __future__ import annotations

import bisect
import unicodedata
from dataclasses import dataclass
from functools import cached_property

from ..datamodel import Document
from ..document import build_document
from ..errors import InputError
from .testset import Segment


def clean_segment(text: str) -> str:
    """A segment as it appears inside a document's text (NFC, no line breaks)."""
    text = " ".join(text.splitlines())
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


@dataclass(frozen=True)
class Group:
    """Segments [start, end) of a chunk analysed as one text."""

    start: int
    end: int


def groups(segments: list[Segment], documents: bool) -> list[Group]:
    if not documents:
        return [Group(i, i + 1) for i in range(len(segments))]
    found, start = [], 0
    for i in range(1, len(segments) + 1):
        if i == len(segments) or not segments[i].doc or segments[i].doc != segments[i - 1].doc:
            found.append(Group(start, i))
            start = i
    return found


@dataclass(frozen=True)
class GroupText:
    """One text of a group: the Document (None when every segment is empty) and where each segment starts."""

    document: Document | None
    starts: tuple[int, ...]

    def segment_of(self, offset: int) -> int:
        """Index of the segment (within the group) holding ``offset``."""
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def sentences_by_segment(self) -> list[tuple[int, ...]]:
        if self.document is None:
            return [() for _ in self.starts]
        found: list[list[int]] = [[] for _ in self.starts]
        for index, sentence in enumerate(self.document.sentences):
            found[self.segment_of(sentence.start)].append(index)
        return [tuple(s) for s in found]

    def words(self) -> int:
        return self.document.word_count() if self.document is not None else 0


def group_text(texts: list[str], language: str, name: str = "<segment>") -> GroupText:
    pieces = [clean_segment(t) for t in texts]
    starts, offset = [], 0
    for piece in pieces:
        starts.append(offset)
        offset += len(piece) + 1
    text = " ".join(pieces)
    try:
        document = build_document(text, name=name, language=language) if text.strip() else None
    except InputError:
        document = None
    return GroupText(document, tuple(starts))


class TextCache:
    """Group texts built once per distinct text within a chunk (systems often agree, or equal the reference)."""

    def __init__(self, language: str):
        self.language = language
        self._texts: dict[tuple[str, ...], GroupText] = {}

    def get(self, texts: list[str]) -> GroupText:
        key = tuple(texts)
        found = self._texts.get(key)
        if found is None:
            found = self._texts[key] = group_text(texts, self.language)
        return found


@dataclass
class ChunkGroup:
    """A group with its reference and source, shared by every system's analysis of the chunk
    (``segments`` are the chunk's; the group's own are segments[group.start:group.end])."""

    group: Group
    segments: list[Segment]
    reference: GroupText
    source_language: str

    @cached_property
    def source(self) -> GroupText:
        return group_text([s.src for s in self.segments[self.group.start : self.group.end]], self.source_language)
