"""Source text copied into the translation untranslated: a sentence or a run of words."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from ..datamodel import Severity, Span
from . import PairHit, check
from .omission import shorten
from .pair import Pair, function_words

RUN = 4  # words in a row shared with the source sentence
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")


@lru_cache(maxsize=4096)  # a source sentence is read against every system's translation (evaluate), by two checks
def tokens(text: str, start: int, end: int) -> tuple[tuple[str, int, int], ...]:
    return tuple((m.group(0).lower(), m.start(), m.end()) for m in _WORD.finditer(text, start, end))


def copied_runs(source_words: list[str], target: Sequence[tuple[str, int, int]]) -> list[tuple[int, int]]:
    """Maximal runs (first, last token index) of ``target`` made of RUN-grams the source has."""
    grams = {tuple(source_words[i : i + RUN]) for i in range(len(source_words) - RUN + 1)}
    words = [w for w, _, _ in target]
    runs: list[tuple[int, int]] = []
    for i in range(len(words) - RUN + 1):
        if tuple(words[i : i + RUN]) in grams:
            if runs and runs[-1][1] >= i + RUN - 2:
                runs[-1] = (runs[-1][0], i + RUN - 1)
            else:
                runs.append((i, i + RUN - 1))
    return runs


@check("copy", "accuracy/untranslated", Severity.MAJOR,
       "A sentence or run of words copied from the source without translation.")
def copy(pair: Pair):
    text = pair.target.text
    for bead, span, whole in copied(pair):
        yield PairHit(span, pair.source_span(bead),
                      f"{'sentence' if whole else 'words'} copied from the source untranslated: "
                      f"“{shorten(span.of(text))}”", "translate it",
                      severity=Severity.CRITICAL if whole else None)


def copied(pair: Pair) -> list[tuple]:
    """(bead, span in the translation, whole sentence?) of every copied run; computed once per pair."""
    if pair.cache.get("copied") is None:
        pair.cache["copied"] = list(_copied(pair))
    return pair.cache["copied"]


def _copied(pair: Pair):
    target_function = function_words(pair.target.language)
    source_only = function_words(pair.source.language) - target_function
    if not source_only:
        return  # same language, or one the tool has no function words for
    src_text, text = pair.source.text, pair.target.text
    for bead in pair.matched:
        source_words = [w for i in bead.source for w, _, _ in tokens(src_text, *_bounds(pair.source.sentences[i]))]
        for j in bead.target:
            sentence = pair.target.sentences[j]
            target = tokens(text, sentence.start, sentence.end)
            for first, last in copied_runs(source_words, target):
                words = [w for w, _, _ in target[first : last + 1]]
                originals = [text[s:e] for _, s, e in target[first : last + 1]]
                function = len({w for w in words if w in source_only})  # distinct: "no, no, no, no" is no Spanish
                content = [o for o, w in zip(originals, words) if w not in source_only and w not in target_function]
                capitalised = sum(o[:1].isupper() or o[:1].isdigit() for o in content)
                # A name in the source language ("Ministerio de Sanidad") is often kept on purpose.
                if function < 2 or (content and capitalised > len(content) / 2):
                    continue
                span = Span(target[first][1], target[last][2])
                whole = len(span) >= 0.6 * len(sentence)
                yield bead, sentence if whole else span, whole


def _bounds(span: Span) -> tuple[int, int]:
    return span.start, span.end
