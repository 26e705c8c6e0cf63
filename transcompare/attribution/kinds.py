"""What kind a quotation is: direct speech, a partial quotation, or a title/term/scare quote."""

from __future__ import annotations

import bisect

from ..cues import DETERMINERS, FUNCTION_WORDS, PREPOSITIONS
from ..inflect import inflections
from .tokens import _possessive, _Tok


def _named_by_speech(toks: list[_Tok], qi: int, lo: int, cues: list[int], cache: dict, said_before: bool) -> bool:
    """A capitalised quotation that a speech verb before it governs: "Luntz said the “Remain” camp failed".
    ``said_before``: a speech verb with a speaker stands before it in its sentence; ``cues``: the sentence's
    verbs, in order (only the few just before the quotation are read, so a long sentence stays linear)."""
    if qi - 1 >= lo and (toks[qi - 1].low in PREPOSITIONS or _possessive(toks[qi - 1])):
        return False  # "on NBC's “Meet the Press”", "in “The X-Files”"
    if said_before:
        return True
    near = cues[bisect.bisect_left(cues, qi - _DUBBING_REACH):bisect.bisect_left(cues, qi)]
    return any(cache.get(k) and toks[k].low in _DUBBING and cache[k].adjacent and all(t.word for t in toks[k + 1:qi])
               for k in near)


_DUBBING_REACH = 6  # tokens from a verb of naming to the name it gives: "called his rival “Little Tom”"


# Verbs that give something a name: "he called his rival “Little Tom”", "a show she calls “Real Talk”" quote the
# subject's name for it, though it is capitalised like a title.
_DUBBING = frozenset(form for verb in ("call", "dub", "nickname", "label", "brand") for form in inflections(verb)) | {
    "labelled", "labelling"}  # British spelling


def _words(inner: str, most: int) -> list[str]:
    """The first words of a quotation, at most ``most`` + 1 of them: a count past ``most`` means "more",
    read from its start only, so a quotation of any length costs the same."""
    return inner[:40 * most].split(None, most)[:most + 1]


def _is_title(inner: str) -> bool:
    """ "Meet the Press", "Gang of Eight": capitalised words, no closing punctuation but a period or comma
    that American style puts inside the marks ("on “Meet the Press.”")."""
    words = _words(inner.rstrip(" .,"), 9)
    if not words or len(words) > 8 or inner.rstrip()[-1:] in ";:!?…" or \
            inner.rstrip()[-1:] in ".," and len(words) < 2:
        return False
    significant = [w for w in words if w.lower() not in FUNCTION_WORDS or w == words[0]]
    if len(words) > 1 and len(significant) < 2:
        return False  # "They are with us.": no word but the first can show title case
    return bool(significant) and all(w[:1].isupper() or not w[:1].isalpha() for w in significant)


def _kind(toks: list[_Tok], qi: int, lo: int, hi: int, inner: str, attributed: bool, after: bool) -> str:
    starts = qi == lo or toks[qi - 1].text in (":", ",", "—", "–", ";") or toks[qi - 1].quote >= 0
    ends = after or qi + 1 >= hi or toks[qi + 1].text in ".!?;:" or toks[qi + 1].quote >= 0 or \
        (inner.rstrip()[-1:] in ",.!?" and toks[qi + 1].text in ",—–")
    if not attributed:  # short, or woven into the sentence with American punctuation: 'left the studio “furious.”'
        short = len(_words(inner, 4)) <= 4 and (inner.rstrip()[-1:] not in ".!?…" or qi > lo and toks[qi - 1].word
                                              and inner.rstrip()[-1:] in ".,")
        return "title-term" if short or _is_title(inner) else "direct"
    return "direct" if starts and ends else "partial"


def _term_position(toks: list[_Tok], qi: int) -> bool:
    """A word quoted where a noun stands, after its determiner ("Clinton's “bundlers”", "the so-called “usuals”"):
    a term, not someone's word."""
    before = toks[qi - 1]
    if before.low in DETERMINERS or _possessive(before) or before.low in ("so-called", "called"):
        return True
    # a word said of the subject ("seemed “rattled”", "left the studio “furious”"): someone's view of them
    return any(t.low in _COPULAR for t in toks[max(0, qi - 4):qi])


_COPULAR = frozenset("""seemed seems appeared appears looked looks sounded sounds became becomes remained remains
    left leaves felt feels returned returns came comes went goes arrived arrives
    está estaba están estaban estuvo parece parecía parecen quedó quedaron salió regresó volvió fue llegó
    siente sentía mostró""".split())  # a verb and a word that describes its subject: "returns “satisfied”"
