"""Paragraph blocks (paragraphs joined by a quotation that runs on) and their sentences."""

from __future__ import annotations

from ..datamodel import Quote, Span
from .speech_verbs import _attribution_after
from .tokens import _PARTY_STATE, _Tok

_TERMINAL = ".!?…"


def _sentences(toks: list[_Tok], text: str, quotes: list[Quote]) -> list[tuple[int, int]]:
    """Token ranges of sentences: a boundary after . ! ? before a capital, and after a quotation
    that ends in one unless an attribution follows it ("“We won.” Ana Ruiz said."); a quotation woven into
    its sentence that ends in a full stop ends the sentence whatever follows ("X called it “a disgrace.” Ana
    Ruiz warned …")."""
    out, lo = [], 0
    for i, tok in enumerate(toks[:-1]):
        nxt = toks[i + 1]
        if not (nxt.cap or nxt.quote >= 0 or nxt.text in "¿¡(" or nxt.word and nxt.text[0].isupper()):  # "It’s"
            continue
        if tok.quote >= 0:
            ending = quotes[tok.quote].inner.of(text).rstrip()[-1:]
            woven = i > lo and toks[i - 1].word and ending in ".…"
            if ending not in _TERMINAL or (nxt.cap and not woven and
                                           _attribution_after(toks, i, len(toks), text, ending) is not None):
                continue
        elif tok.text not in _TERMINAL and not _PARTY_STATE.match(tok.text):  # "… said Ana Ruiz, D-Texas. She …"
            continue
        out.append((lo, i + 1))
        lo = i + 1
    out.append((lo, len(toks)))
    return out


def _lines(text: str, paragraphs: tuple[Span, ...]) -> list[Span]:
    """Paragraphs cut at single line breaks too: scraped copy often has one line per paragraph."""
    out: list[Span] = []
    for paragraph in paragraphs:
        start = paragraph.start
        while True:
            cut = text.find("\n", start, paragraph.end)
            if cut < 0:
                break
            if text[start:cut].strip():
                out.append(Span(start, cut))
            start = cut + 1
        if text[start:paragraph.end].strip():
            out.append(Span(start, paragraph.end))
    return out


def _blocks(paragraphs: list[Span], top: list[tuple[int, Quote]]):
    """(start, end, top-level quotations) of paragraphs, joined where a quotation runs on."""
    qi = 0
    n = 0
    while n < len(paragraphs):
        start, end = paragraphs[n].start, paragraphs[n].end
        members = []
        while qi < len(top) and top[qi][1].span.start < end:
            if top[qi][1].span.start >= start:
                members.append(top[qi])
                while top[qi][1].span.end > end and n + 1 < len(paragraphs):
                    n += 1
                    end = paragraphs[n].end
            qi += 1
        yield start, end, members
        n += 1
