"""A phrase written twice in a row, and one word joined to itself by "and": traces machine
translation leaves when it renders a Spanish sentence it restructured, or two Spanish near-synonyms
that have one English word ("heridos y lesionados" → "injuries and injuries").

The decoder loop of three or more repeats is mt.repetition's; this reads exactly two. People double
words on purpose ("more and more", "again and again", "hours and hours", "he tried and tried",
"very very"): single doubled words are left alone, and "X and X" is reported only for a word that
is not an intensifier, a comparative, a unit of time or distance, an -ing form, a past tense
("the crowd cheered and cheered", "prices rose and rose"), or a verb after its subject. The Spanish pairs
this looks for are nouns ("daños y perjuicios"). Inside quotations speech repeats itself
("we will, we will"), so quoted text is skipped.
Native writers slip the same way now and then ("going to going to"), so both wait for signs that the
text comes from Spanish (--source-lang es, or strong signals in auto mode: see evidence.py).
"""

from __future__ import annotations

import operator
import re
from itertools import accumulate, compress, repeat

from ..datamodel import Severity, Span
from ..inflect import IRREGULAR_PASTS
from . import AuditContext, Hit, detector, repeats_at, word_codes
from .evidence import origin_evident

_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_WORD_SPLIT = re.compile(f"({_WORD.pattern})")
_BEFORE_LETTERS = "0123456789_’'-"  # what a WORD of the context has before its first letter, but other digits
_DIGIT = re.compile(r"\d")
MAX_UNIT = 5  # words in a phrase written twice
# Words doubled with "and" on purpose in English: intensifiers, directions, units of time and distance.
_DELIBERATE_PAIRS = frozenset("""more less again over on round around through by up down in out back forth
    off away far near ever time times years year months month weeks week days day hours hour minutes
    decades centuries generations miles feet inches yards pages rows layers piles tons bits pieces
    pros cons ifs buts ands dos don'ts ups downs ins outs nip neck tooth nail tit tat bit bye hand
    step side heart soul flesh blood cheek jowl arm arms leg legs hand shoulder shoulders head heels
    dollars millions billions thousands hundreds dozens scores tens worse""".split())
# A subject before "X and X" makes X a verb repeated for duration ("he talked and talked").
_SUBJECTS = frozenset("i you he she it we they who which that there this these those people everyone".split())
# Function words alone never make a doubled phrase worth a finding ("of the of the" is mt.repetition's
# kind at three; two of them is usually a line-break slip that other checks see).
_FUNCTION = frozenset("""the a an of to in on at for by with and or but that this it is was be as from
    his her its their our my your he she they we i you not no so if""".split())


def _words(ctx: AuditContext) -> tuple[list[str], list[int], list[int]]:
    """The body's words (_WORD) with their starts and ends, all in C: each is the context's word (a run of
    letters, digits, apostrophes and hyphens, split once for the lexicons too) from its first letter."""
    shared = ctx.words
    stripped = list(map(str.lstrip, shared.words, repeat(_BEFORE_LETTERS)))
    if _DIGIT.search("".join(map(operator.itemgetter(slice(1)), stripped))):  # a digit str.lstrip did not know (٣)
        body = ctx.document.body
        pieces = _WORD_SPLIT.split(ctx.folded_text[body.start : body.end])
        offsets = list(accumulate(map(len, pieces), initial=body.start))  # offsets[k]: where piece k starts
        return pieces[1::2], offsets[1:-1:2], offsets[2::2]
    words = list(compress(stripped, stripped))  # a word with no letter has none of ours
    ends = list(compress(shared.ends, stripped))
    return words, list(map(operator.sub, ends, map(len, words))), ends


def _gap_is_space(text: str, end: int, start: int) -> bool:
    return text[end:start].isspace()


def _doubled_phrases(words: list[str], starts: list[int], ends: list[int], text: str, codes: bytes):
    """(start word, size) of each phrase of 2-5 words written twice in a row, separated by spaces only.
    ``codes``: word_codes(words)."""
    reported = bytearray(len(words))  # words inside a doubling already reported (a longer one, found first)
    for size in range(MAX_UNIT, 1, -1):
        for i in repeats_at(words, codes, size):
            if i + 2 * size > len(words) or any(reported[i : i + 2 * size]):
                continue
            unit = words[i : i + size]
            if unit != words[i + size : i + 2 * size] or len(set(unit)) == 1:
                continue  # one word over and over is a loop, mt.repetition's
            end = i + 2 * size
            if (end < len(words) and words[end] == words[i]) or (i and words[i - 1] == words[i + size - 1]):
                continue  # the run goes on before or after: a loop of three or more, mt.repetition's
            if all(w in _FUNCTION for w in words[i : i + size]) or "and" in (words[i], words[i + size - 1]):
                continue
            if not all(_gap_is_space(text, ends[j], starts[j + 1]) for j in range(i, i + 2 * size - 1)):
                continue
            reported[i : i + 2 * size] = b"\1" * (2 * size)
            yield i, size


def _self_pairs(words: list[str], starts: list[int], ends: list[int], text: str, codes: bytes):
    """Indexes i where words i, i+1, i+2 read "X and X" for an X that is not doubled on purpose."""
    for i in repeats_at(words, codes, 2):  # word i recurs two words later
        word = words[i]
        if words[i + 1] != "and" or len(word) < 4:
            continue
        if word in _DELIBERATE_PAIRS or word.endswith(("er", "ing", "ed")) or word in IRREGULAR_PASTS \
                or (i and words[i - 1] in _SUBJECTS):
            continue
        if not (_gap_is_space(text, ends[i], starts[i + 1]) and _gap_is_space(text, ends[i + 1], starts[i + 2])):
            continue
        yield i


@detector("mt.doubled", "accuracy/mistranslation", Severity.MINOR,
          "A phrase written twice in a row, or one word joined to itself by “and” (“injuries and injuries”): "
          "a restructured sentence or two Spanish near-synonyms rendered alike.", languages=("en",))
def doubled(ctx: AuditContext):
    # Native writers slip this way too (“going to going to”): it waits for signs of Spanish.
    if not origin_evident(ctx, "es"):
        return
    text = ctx.text
    words, starts, ends = _words(ctx)
    codes = word_codes(words)
    for i, size in _doubled_phrases(words, starts, ends, text, codes):
        span = Span(starts[i], ends[i + 2 * size - 1])
        phrase, again = text[starts[i] : ends[i + size - 1]], text[starts[i + size] : ends[i + 2 * size - 1]]
        if ctx.inside_quote(span) or phrase[1:] != again[1:]:
            continue  # capitals in one copy only: a name after its description (human rights Human Rights Watch)
        yield Hit(span, f"“{phrase}” is written twice in a row: a phrase of a restructured sentence translated twice",
                  f"keep one “{phrase}” and check what the sentence lacks", likely_source="one phrase of the source")
    for i in _self_pairs(words, starts, ends, text, codes):
        span = Span(starts[i], ends[i + 2])
        if ctx.inside_quote(span):
            continue
        word = text[starts[i] : ends[i]]
        yield Hit(span, f"“{span.of(text)}” joins “{word}” to itself: the source likely paired two near-synonyms "
                        f"(Spanish “heridos y lesionados”, “daños y perjuicios”) that became one English word",
                  f"keep one “{word}”, or render the second word by its own meaning",
                  likely_source="two Spanish near-synonyms joined by “y”")
