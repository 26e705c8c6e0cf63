"""Test sets: TSV (source<TAB>reference), JSONL ({"src", "ref", "id"?, "doc"?}), or a
pair of plain files, with an optional document-id file. Read as a stream."""

from __future__ import annotations

import codecs
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from ..errors import InputError


def text_lines(path: Path) -> Iterator[str]:
    """The lines of a text file, streamed: UTF-8 with or without a BOM, or UTF-16 with one (as
    articles are read); binary or wrongly encoded files fail with one line naming the line."""
    with path.open("rb") as handle:
        head = handle.read(1 << 16)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            with path.open(encoding="utf-16", newline="") as handle:
                for line in handle:
                    yield line.rstrip("\r\n")
        except UnicodeDecodeError:
            raise InputError(f"{path}: not valid UTF-16") from None
        return
    if b"\x00" in head:
        raise InputError(f"{path}: binary file, expected text")
    with path.open("rb") as handle:  # bytes line by line, so a bad byte is reported on its own line
        for number, raw in enumerate(handle, 1):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError:
                raise InputError(f"{path}: not valid UTF-8 at line {number}") from None
            yield (line.removeprefix("\ufeff") if number == 1 else line).rstrip("\r\n")


@dataclass(frozen=True)
class Segment:
    index: int
    id: str
    src: str
    ref: str
    doc: str


@dataclass(frozen=True)
class TestSet:
    """Where the segments come from; ``segments()`` streams them."""

    name: str
    kind: str  # tsv, jsonl, pair
    paths: tuple[Path, ...]
    docs_path: Path | None = None

    def _lines(self, path: Path) -> Iterator[str]:
        return text_lines(path)

    def _docs(self) -> Iterator[str]:
        if self.docs_path is None:
            while True:
                yield ""
        yield from self._lines(self.docs_path)

    def segments(self) -> Iterator[Segment]:
        docs = self._docs()
        if self.kind == "pair":
            src_path, ref_path = self.paths
            for i, (src, ref) in enumerate(zip(self._lines(src_path), self._lines(ref_path))):
                yield Segment(i, str(i + 1), src, ref, next(docs, ""))
            return
        (path,) = self.paths
        for i, line in enumerate(self._lines(path)):
            if self.kind == "tsv":
                columns = line.split("\t")
                if len(columns) != 2 and line:
                    raise InputError(f"{path}:{i + 1}: expected source<TAB>reference, found {len(columns)} "
                                     f"column{'s' if len(columns) != 1 else ''}: {_shorten(line)!r}")
                src, ref = columns if line else ("", "")
                yield Segment(i, str(i + 1), src, ref, next(docs, ""))
            else:
                try:
                    row = json.loads(line)
                    src, ref = row["src"], row["ref"]
                except (json.JSONDecodeError, KeyError, TypeError) as exc:
                    raise InputError(f"{path}:{i + 1}: malformed JSONL line ({exc.__class__.__name__}: needs src and ref)") from None
                if not isinstance(src, str) or not isinstance(ref, str):
                    raise InputError(f"{path}:{i + 1}: src and ref must be strings")
                yield Segment(i, str(row.get("id", i + 1)), src, ref, str(row.get("doc", next(docs, ""))))

    def count(self) -> int:
        """Number of segments; checks line counts agree and every TSV/JSONL line parses."""
        if self.kind != "pair":
            counts = [sum(1 for _ in self.segments())]
        else:
            counts = [sum(1 for _ in self._lines(p)) for p in self.paths]
        if self.kind == "pair" and counts[0] != counts[1]:
            raise InputError(f"source and reference differ in length: {self.paths[0]} has {counts[0]} lines, "
                             f"{self.paths[1]} has {counts[1]}")
        if self.docs_path is not None:
            docs = sum(1 for _ in self._lines(self.docs_path))
            if docs != counts[0]:
                raise InputError(f"{self.docs_path} has {docs} lines, the test set {counts[0]}")
        return counts[0]

    @cached_property
    def digest(self) -> str:
        """A fingerprint of the segments' content (source, reference, document), so the same
        test set has the same fingerprint whatever file format carried it (read once)."""
        return fingerprint(self.segments())


def fingerprint(segments) -> str:
    digest = hashlib.sha256()
    for segment in segments:
        digest.update(f"{segment.src}\t{segment.ref}\t{segment.doc}\n".encode())
    return digest.hexdigest()[:16]


def _shorten(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def open_testset(testset: str | None, src: str | None = None, ref: str | None = None, docs: str | None = None) -> TestSet:
    docs_path = _existing(docs) if docs else None
    if src or ref:
        if not (src and ref):
            raise InputError("give both --src and --ref")
        return TestSet(Path(src).name, "pair", (_existing(src), _existing(ref)), docs_path)
    if not testset:
        raise InputError("give a test set (TSV or JSONL), or --src FILE --ref FILE")
    path = _existing(testset)
    kind = "jsonl" if path.suffix.lower() in (".jsonl", ".json") else "tsv"
    return TestSet(path.name, kind, (path,), docs_path)


def _existing(value: str) -> Path:
    path = Path(value)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a directory, expected a file")
    return path


def read_hypotheses(path: str, expected: int) -> Path:
    """Check a --hyp file has one line per segment."""
    file = _existing(path)
    lines = sum(1 for _ in text_lines(file))
    if lines != expected:
        raise InputError(f"{file} has {lines} lines, the test set has {expected} segments")
    return file
