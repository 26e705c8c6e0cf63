"""Tokens of a paragraph block: words and punctuation, each top-level quotation as one token.

Each distinct run of characters and each distinct word is read once and its reading reused (bounded caches)."""

from __future__ import annotations

import re

from .. import names
from ..cues import ABBREVIATIONS, PRONOUNS
from ..datamodel import Quote

_WORD = re.compile(r"\w+(?:[’'\-.&]\w+)*(?:(?<=s)[’'](?!\w))?\.?|--+|[^\w\s]")
_DOMAIN = re.compile(r"[a-z0-9-]+\.(?:com|org|net|gov|edu|es|mx|ar|co|uk)$")  # "weather.com" reported
_PARTY_STATE = re.compile(r"[RDI]-[A-Z][a-z]*\.$")  # "Kevin McCarthy, R-Calif., said": no full stop
_POSSESSIVE = ("'s", "s'")

# Contractions that start with a capital but are no name: "I'm", "It's".
_CONTRACTIONS = frozenset(
    """i'm i've i'd i'll it's he's she's that's there's here's let's we're they're what's who's you're we've
    they've we'll they'll we'd they'd you'll you've don't doesn't didn't isn't wasn't aren't weren't can't
    won't wouldn't couldn't shouldn't hasn't haven't hadn't""".split()
)

_ENCLITICS = ("lo", "la", "los", "las", "le", "les", "se", "me", "nos")
_ENCLITIC_GERUND = re.compile(r"^(\w+)([áé])ndo(?:lo|la|los|las|le|les|se|me|nos)+$")
_UNACCENTED = {"á": "a", "é": "e"}


class _Tok:
    __slots__ = ("cap", "end", "low", "quote", "spanish", "start", "text", "word")

    def __init__(self, text: str, start: int, quote: int = -1, spanish: bool = False):
        self.text, self.start, self.end, self.quote, self.spanish = text, start, start + len(text), quote, spanish
        self.low, self.word, self.cap = _reading(text, quote, spanish)


def _reading(text: str, quote: int, spanish: bool) -> tuple[str, bool, bool]:
    """A token's lower-case form, whether it is a word (not punctuation or a quotation), and whether capitalised."""
    low = text.lower().replace("’", "'")
    if text == "US":
        low = "u.s."  # the country, never the pronoun: "US Senator Ana Ruiz said"
    elif spanish and low == "a":
        low = "a/"  # the Spanish preposition, never the English article
    elif spanish and low.endswith(_ENCLITICS):
        # "calificándolo" reads as "calificando"
        low = _ENCLITIC_GERUND.sub(lambda m: m[1] + _UNACCENTED[m[2]] + "ndo", low)
    word = quote < 0 and text[0].isalnum()
    cap = word and (text[0].isupper() and low not in _CONTRACTIONS or bool(_DOMAIN.match(low)))
    return low, word, cap


_READINGS_BOUND = 1 << 16


def _tokens(text: str, start: int, end: int, quotes: list[tuple[int, Quote]], language: str = "en") -> list[_Tok]:
    """Words and punctuation of text[start:end], each top-level quotation as one token."""
    spanish = language in ("es", "pt", "ca", "gl")
    out: list[_Tok] = []
    append = out.append
    pieces_of = _PIECES[spanish]
    new = object.__new__
    pos = start
    for index, quote in quotes + [(-1, None)]:
        stop = quote.span.start if quote is not None else end
        # No token spans white space, so each run of other characters is tokenised on its own, once per
        # distinct run ("said,", "Trump's"), and its pieces reused.
        for m in _RUN.finditer(text, pos, stop):
            run = m.group()
            pieces = pieces_of.get(run)
            if pieces is None:
                if len(pieces_of) >= _READINGS_BOUND:
                    pieces_of.clear()  # memory stays bounded on any input
                pieces = pieces_of[run] = _pieces(run, spanish)
            at = m.start()
            for offset, piece, length, piece_spanish, low, is_word, cap in pieces:
                tok = new(_Tok)  # as _Tok(piece, at + offset, spanish=piece_spanish), with the reading reused
                tok.text, tok.start, tok.end, tok.quote, tok.spanish = piece, at + offset, at + offset + length, -1, \
                    piece_spanish
                tok.low, tok.word, tok.cap = low, is_word, cap
                append(tok)
        if quote is not None:
            append(_Tok(quote.span.of(text), quote.span.start, index))
            pos = quote.span.end
    return out


_RUN = re.compile(r"\S+")
_GLUED = re.compile(r"([a-z]{2,})\.(?=[A-Z][a-z])")
_PIECES: tuple[dict, dict] = ({}, {})  # per distinct run, English and Spanish readings


def _pieces(run: str, spanish: bool) -> tuple[tuple[int, str, int, bool, str, bool, bool], ...]:
    """The tokens of a run of characters without white space: (offset, text, length, spanish, then its reading).
    A word whose final period is no abbreviation's is two tokens, the word and a full stop."""
    if run.isalnum():  # letters and digits only (all word characters): one token, _WORD's \w+
        return ((0, run, len(run), spanish, *_word_reading(run, spanish)),)
    out: list[tuple[int, str, int, bool, str, bool, bool]] = []
    for m in _WORD.finditer(run):
        word, at = m.group(), m.start()
        if word.startswith("--"):  # a typed dash: read as the dash it stands for
            out.append((at, "—", len(word), spanish, *_word_reading("—", spanish)))
            continue
        glued = _GLUED.match(word)
        if glued:  # "said.Trump": a full stop whose space was lost, not an abbreviation ("U.S.") or a domain
            cut = glued.end(1)
            out.append((at, word[:cut], cut, spanish, *_word_reading(word[:cut], spanish)))
            out.append((at + cut, ".", 1, False, *_word_reading(".", False)))
            at, word = at + cut + 1, word[cut + 1:]
        if len(word) > 1 and word[-1] == "." and not (word[:-1].lower() in ABBREVIATIONS or "." in word[:-1]
                                                      or (len(word) == 2 and word[0].isupper())
                                                      or _PARTY_STATE.match(word)):
            out.append((at, word[:-1], len(word) - 1, spanish, *_word_reading(word[:-1], spanish)))
            out.append((at + len(word) - 1, ".", 1, False, *_word_reading(".", False)))
        else:
            out.append((at, word, len(word), spanish, *_word_reading(word, spanish)))
    return tuple(out)


def _word_reading(word: str, spanish: bool) -> tuple[str, bool, bool]:
    """_reading of a word (no quotation), remembered: words recur more than runs do."""
    readings = _READINGS[spanish]
    reading = readings.get(word)
    if reading is None:
        if len(readings) >= _READINGS_BOUND:
            readings.clear()
        reading = readings[word] = _reading(word, -1, spanish)
    return reading


_READINGS: tuple[dict, dict] = ({}, {})


def _contracted_pronoun(low: str) -> str | None:
    """The pronoun a contraction opens with: "he" of "he's", "they" of "they're"; None for "don't" or a name."""
    if low not in _CONTRACTIONS:
        return None
    pronoun = low.split("'", 1)[0]
    return pronoun if pronoun in PRONOUNS else None


def _possessive(tok: _Tok) -> bool:
    return tok.word and tok.low.endswith(_POSSESSIVE) and len(tok.text) > 2 and tok.low not in _CONTRACTIONS


def _adverb(tok: _Tok) -> bool:
    """An adverb by its ending ("Domestically", "Previously", "Finalmente"), never a name such as Kelly."""
    return tok.word and len(tok.low) > 6 and tok.low.endswith(_ADVERB_ENDINGS) and not names.is_first_name(tok.text)


_ADVERB_ENDINGS = ("ally", "ously", "ively", "ently", "antly", "edly", "ately", "ily", "tly", "rly", "mente")
