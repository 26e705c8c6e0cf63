"""Translate a whole Document sentence by sentence, keeping its paragraphs in place."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..datamodel import Document
from ..document import build_document
from .base import Mark
from .engine import Engine


@dataclass(frozen=True)
class Translation:
    model: str
    source: str
    target: str
    document: Document  # the translated article, analysed (sentences, quotes)
    segments: tuple[str, ...]  # one output per source sentence, in order
    marks: tuple[tuple[int, Mark], ...] = field(default=())  # (source sentence index, mark in its output)

    @property
    def text(self) -> str:
        return self.document.text


def translate_document(document: Document, engine: Engine) -> Translation:
    text = document.text
    sources = document.sentence_texts()
    paragraph_numbers = [document.paragraph_of(s.start) for s in document.sentences]
    raw = engine.translate(sources, paragraph_numbers)
    segments: list[str] = []
    marks: list[tuple[int, Mark]] = []
    for index, output in enumerate(raw):
        shown, found = engine.clean(output, sources[index])
        segments.append(shown)
        marks.extend((index, m) for m in found)
    paragraphs: list[list[str]] = [[] for _ in document.paragraphs]
    for number, output in zip(paragraph_numbers, segments):
        if output:
            paragraphs[number].append(output)
    prefix = text[: document.body.start].strip()
    out_text = "\n\n".join(([prefix] if prefix else []) + [" ".join(p) for p in paragraphs]) + "\n"
    translated = build_document(out_text, name=f"{document.name} [{engine.label}]", language=engine.target)
    return Translation(engine.label, engine.source, engine.target, translated, tuple(segments), tuple(marks))


def quote_count(document: Document) -> int:
    return len(document.top_level_quotes)
