"""Loading text safely, normalising it, and building a Document.

Normalisation: BOM stripped, CRLF/CR → LF, NFC. Line numbers are kept, and the few
columns NFC shifts are mapped back, so every finding points at the original file.
"""

from __future__ import annotations

import codecs
import os
import re
import sys
import unicodedata
from pathlib import Path

from .datamodel import Document, LineMap, Metadata, Span
from .errors import InputError
from .gc_pause import collector_paused

STDIN = "-"
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
# A leading "date 2021-12-23" (or "Fecha: 23/12/2021") left by a scraper before the body.
_METADATA = re.compile(
    r"\A\s*(?P<key>date|dated|published|updated|fecha|publicado|actualizado)\s*:?\s*"
    r"(?P<value>\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?|\d{1,2}/\d{1,2}/\d{4})\s*",
    re.IGNORECASE,
)


def read_bytes(source: str | os.PathLike) -> tuple[str, bytes]:
    """Read a file (or stdin for '-') and return (display name, bytes)."""
    if str(source) == STDIN:
        return "<stdin>", sys.stdin.buffer.read()
    path = Path(source)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a directory, expected a text file")
    try:
        return str(path), path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None


def decode(name: str, data: bytes) -> str:
    """Decode UTF-8 (with or without BOM) or UTF-16 with a BOM; refuse binary input."""
    if data.startswith(codecs.BOM_UTF8):
        data, encoding = data[len(codecs.BOM_UTF8) :], "utf-8"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        encoding = "utf-8"
        if b"\x00" in data:
            raise InputError(f"{name}: binary file (NUL byte at offset {data.index(0)}), expected text")
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not valid {encoding.upper()} (invalid byte 0x{data[exc.start]:02x} at byte offset {exc.start}); "
            "convert it with e.g. `iconv -f latin1 -t utf-8`"
        ) from None
    if "\x00" in text:
        raise InputError(f"{name}: binary file (NUL character), expected text")
    if not text.strip():
        raise InputError(f"{name}: empty file (no text to read)")
    return text


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _nfc_column_map(line: str, normalised: str) -> tuple[int, ...] | None:
    """Original column of each character of the NFC form of ``line``.

    NFC is taken piece by piece: a character and the combining marks after it (only non-ASCII
    characters combine, and ASCII is its own NFC form, so the ASCII between them is copied whole:
    a long line with one accent costs no Python step per character)."""
    columns: list[int] = []
    pieces: list[str] = []

    def piece(start: int, end: int) -> None:
        normal = unicodedata.normalize("NFC", line[start:end])
        pieces.append(normal)
        columns.extend(start + min(k, end - start - 1) for k in range(len(normal)))

    def singles(start: int, end: int) -> None:  # one piece per character
        for char in _NON_ASCII.finditer(line, start, end):
            at = char.start()
            pieces.append(line[start:at])
            columns.extend(range(start, at))
            piece(at, at + 1)
            start = at + 1
        pieces.append(line[start:end])
        columns.extend(range(start, end))

    done = 0  # line[:done] is mapped
    marks = [m.start() for m in _NON_ASCII.finditer(line, 1) if unicodedata.combining(m.group())]
    k = 0
    while k < len(marks):
        first = last = marks[k]
        while k + 1 < len(marks) and marks[k + 1] == last + 1:
            k += 1
            last = marks[k]
        singles(done, first - 1)
        piece(first - 1, last + 1)  # the character before the marks starts their piece
        done = last + 1
        k += 1
    singles(done, len(line))
    if "".join(pieces) != normalised:  # composition crossed a piece boundary: give up on columns
        return None
    return tuple(columns)


def normalise(text: str) -> tuple[str, LineMap]:
    """NFC, LF line ends, no BOM; and the map back to original positions."""
    text = text.removeprefix("\ufeff")
    lines = _LINE_BREAK.split(text) if "\r" in text else text.split("\n")  # str.split: many times faster
    out: list[str] = []
    starts: list[int] = []
    column_maps: dict[int, tuple[int, ...]] = {}
    offset = 0
    for number, line in enumerate(lines):
        normalised = line if unicodedata.is_normalized("NFC", line) else unicodedata.normalize("NFC", line)
        if len(normalised) != len(line):
            cmap = _nfc_column_map(line, normalised)
            if cmap is not None:
                column_maps[number] = cmap
        starts.append(offset)
        out.append(normalised)
        offset += len(normalised) + 1
    return "\n".join(out), LineMap(tuple(starts), column_maps)


def find_metadata(text: str) -> tuple[tuple[Metadata, ...], int]:
    """Leading metadata (a scraped date) and the offset where the body starts."""
    match = _METADATA.match(text)
    if not match:
        return (), len(text) - len(text.lstrip())
    item = Metadata(match["key"].lower(), match["value"], Span(match.start("key"), match.end("value")))
    return (item,), match.end()


def build_document(text: str, name: str = "<text>", language: str | None = None) -> Document:
    """Normalise raw text and analyse it: metadata, paragraphs, sentences, quotations."""
    with collector_paused():
        return _build_document(text, name, language)


def _build_document(text: str, name: str, language: str | None) -> Document:
    from . import language_id, quotation_marks, segment

    text, line_map = normalise(text)
    if not text.strip():
        raise InputError(f"{name}: empty text")
    metadata, body_start = find_metadata(text)
    body = Span(body_start, len(text.rstrip()))
    # Languages without their own rules (a model's output in Russian, say) get the generic ones.
    lang = language or language_id.detect_document_language(body.of(text))
    paragraphs = segment.paragraphs(text, body)
    sentences = segment.sentences(text, paragraphs, lang)
    found = quotation_marks.find(text, paragraphs, sentences)  # speakers are attributed when first read
    return Document(
        name=name,
        language=lang,
        text=text,
        body=body,
        paragraphs=paragraphs,
        sentences=sentences,
        quote_marks=found.quotes,
        stray_marks=found.stray_marks,
        metadata=metadata,
        line_map=line_map,
    )


def load_document(source: str | os.PathLike, language: str | None = None) -> Document:
    """Read, decode, normalise and analyse a file ('-' for stdin)."""
    name, data = read_bytes(source)
    return build_document(decode(name, data), name=name, language=language)
