"""Repetition loops typical of neural MT: a word or phrase three or more times in a row.

People repeat words on purpose too: "No, no, no, no", "Jobs, jobs, jobs", "Tap, tap, tap",
"very, very", "and lie and lie and lie". Those are written with commas between the repeats,
are interjections or intensifiers, or chain clauses with "and"; a decoder loop glues the
same words together ("will will will", "of the of the of the") or runs on far longer.
"""

from __future__ import annotations

import bisect
import operator
import re
from itertools import compress

from ..datamodel import Severity, Span
from ..fold import LETTERS
from . import AuditContext, Hit, Words, detector, repeats_at, word_codes

# Matched on the lower-cased text (a backreference under re.IGNORECASE is much slower).
_PATTERN = r"\b(?P<unit>[^\W\d_]+(?:\s+[^\W\d_]+){0,3}?)(?P<rest>(?:(?P<sep>\s*,\s*|\s+)(?P=unit)\b){2,})"
_REPEAT = re.compile(_PATTERN)
_REPEAT_ANY_CASE = re.compile(_PATTERN, re.IGNORECASE)  # for the rare text whose lower case changes length
# A loop this long is never deliberate.
LONG_LOOP = 6
# Words people repeat on purpose: interjections, sounds, intensifiers, chants (en, es).
DELIBERATE_WORDS = frozenset(
    """no yes yeah yep nope oh ah ha haha he hi ho hey bye go come out up down more very so really
    much many long far again over please wait stop help blah bla la na da tick tock knock tap bang
    boom bam beep buzz click clap chop ding dong drip tick boo hip hooray cha yay wow woo whoa
    sí si ya ay ja je jo vamos venga fuera basta muy mucho mucha muchos muchas más otra vez olé ole""".split()
)
_CONJUNCTIONS = frozenset("and or but y o e ni pero".split())


def _deliberate(unit: str, separator: str, count: int) -> bool:
    if count >= LONG_LOOP:
        return False
    words = unit.split()
    return "," in separator or (len(words) == 1 and words[0] in DELIBERATE_WORDS) or words[0] in _CONJUNCTIONS


_WORD_SPLIT = re.compile(f"({LETTERS.pattern})")
MAX_UNIT = 4  # words in a repeated unit


def _loop_starts(words: list[str]) -> list[int]:
    """Indexes of words that start a unit of 1-4 words repeated three times in a row (a cheap pass
    over the words, in C through map; the regex then reads only these places)."""
    found = set()
    codes = word_codes(words)
    for size in range(1, MAX_UNIT + 1):
        same = repeats_at(words, codes, size)  # the words that recur `size` words later
        recurring = set(same)
        for i in same:
            if (i + size in recurring
                    and words[i : i + size] == words[i + size : i + 2 * size] == words[i + 2 * size : i + 3 * size]):
                found.add(i)
    return sorted(found)


def _letter_words(split: Words) -> tuple[list[str], list[tuple[int, int, int]]]:
    """The runs of letters (LETTERS) of ``split``'s words, read off them: most words are letters only, one
    run each; the others (don't, covid-19, 2019) are split here, and listed as (index of their first run,
    their number of runs, word index), to find where a run starts (_run_offsets)."""
    tokens = split.words
    runs: list[str] = []
    others: list[tuple[int, int, int]] = []
    done = 0
    for index in compress(range(len(tokens)), map(operator.not_, map(str.isalpha, tokens))):
        runs += tokens[done:index]
        inside = [] if tokens[index].isdecimal() else LETTERS.findall(tokens[index])
        others.append((len(runs), len(inside), index))
        runs += inside
        done = index + 1
    runs += tokens[done:]
    return runs, others


def _run_offsets(split: Words, others: list[tuple[int, int, int]], indexes: list[int]) -> dict[int, int]:
    """Where each run of ``indexes`` starts in the text (see _letter_words)."""
    offsets = {}
    for run in indexes:
        k = bisect.bisect_right(others, (run, float("inf"))) - 1  # the last word not of one run, at or before it
        first, count, word = others[k] if k >= 0 else (0, 0, -1)
        if k >= 0 and run < first + count:  # one of that word's runs
            inside = [m.start() for m in LETTERS.finditer(split.words[word])][run - first]
        else:  # a word that is one run, this many after it
            word, inside = word + 1 + run - (first + count), 0
        offsets[run] = split.ends[word] - len(split.words[word]) + inside
    return offsets


def _word_offsets(pieces: list[str], indexes: list[int], base: int) -> dict[int, int]:
    """Where each word of ``indexes`` (ascending) starts: the lengths of the gaps and words before it
    (``pieces`` alternate gap, word, …), summed in C."""
    offsets, position, summed = {}, base, 0
    for index in indexes:
        position += sum(map(len, pieces[summed : 2 * index + 1]))
        summed = 2 * index + 1
        offsets[index] = position
    return offsets


@detector("mt.repetition", "accuracy/addition", Severity.MAJOR,
          "A word or phrase repeated three or more times in a row (a decoder loop); deliberate repeats "
          "(“No, no, no”, “very, very”, “and lie and lie and lie”) are left alone.")
def repetition(ctx: AuditContext):
    text, folded = ctx.text, ctx.folded_text
    body = ctx.document.body
    any_case = folded is text and text != text.lower()
    if any_case:
        pieces = _WORD_SPLIT.split(folded[body.start : body.end])  # gap, word, gap, word, …, gap
        words = LETTERS.findall(text.lower(), body.start, body.end)
    else:  # read off the words the context split once
        words, others = _letter_words(ctx.words)
    starts = _loop_starts(words)
    if not starts:
        return
    offsets = _word_offsets(pieces, starts, body.start) if any_case else _run_offsets(ctx.words, others, starts)
    pattern = _REPEAT_ANY_CASE if any_case else _REPEAT
    reported_until = -1
    for start in starts:
        if offsets[start] < reported_until:
            continue
        match = pattern.match(folded, offsets[start], body.end)
        if not match:
            continue
        reported_until = match.end()
        unit = match["unit"].lower()
        count = 1 + len(re.findall(rf"\b{re.escape(unit)}\b", match["rest"].lower()))
        if _deliberate(unit, match["sep"], count):
            continue
        span = Span(match.start(), match.end())
        written = text[match.start() : match.end("unit")]
        yield Hit(span, f"“{written}” repeated {count} times in a row", f"keep one “{written}”")
