"""A statement of the source negated in the translation, or a negation lost.

Translators turn "declined to comment" into "no quiso comentar" all the time, so a
negation counts as flipped only when the word it negates is found *without* a negation
on the other side: "is not expected" against "se espera". Across languages, "found" is
a shared stem (cognates); with a model's translation of the source, the comparison is
made in the translation's language, where stems match far more often.
"""

from __future__ import annotations

import re

from ..crosscheck import fold, negations
from ..model import Severity, Span
from . import PairHit, check
from .omission import shorten
from .pair import Pair, function_words

_WORD = re.compile(r"[^\W\d_]+")
# Verbs that carry a negation without meaning anything alone: the negated word is the one after them.
AUXILIARIES = frozenset("""is are was were be been being has have had do does did will would can could should may
    might must es son era eran fue fueron ser sido está están estaba estaban ha han había habían hay puede pueden
    podría podrían debe deben se lo la le les me te nos""".split())
NEAR = 3  # words before the counterpart in which a negation would answer for it


def _head(text: str, cue: Span, language: str) -> re.Match | None:
    """The first content word after a negation cue: what it negates."""
    skip = function_words(language) | AUXILIARIES
    for match in _WORD.finditer(text, cue.end, min(len(text), cue.end + 60)):
        if len(match.group(0)) >= 4 and match.group(0).lower() not in skip:
            return match
    return None


def _stem(word: str) -> str:
    return fold(word)[:5] if len(word) >= 5 else fold(word)


def flipped(negated: str, negated_language: str, other: str, other_language: str) -> list[tuple[Span, Span]]:
    """(cue in ``negated``, un-negated counterpart in ``other``) for each negation the other text lacks."""
    other_cues = negations(other, other_language)
    out = []
    for cue in negations(negated, negated_language):
        head = _head(negated, cue, negated_language)
        if head is None:
            continue
        stem = _stem(head.group(0))
        for match in _WORD.finditer(other):
            if len(match.group(0)) < 4 or _stem(match.group(0)) != stem:
                continue
            before = [w.start() for w in _WORD.finditer(other, max(0, match.start() - 40), match.start())][-NEAR:]
            window_start = before[0] if before else match.start()
            if not any(window_start <= c.start < match.start() for c in other_cues):
                out.append((cue, Span(match.start(), match.end())))
            break
    return out


@check("negation", "accuracy/mistranslation", Severity.CRITICAL,
       "A negation of the source lost in the translation, or one the source does not have.")
def negation_flips(pair: Pair):
    src_lang, tgt_lang = pair.source.language, pair.target.language
    for bead in pair.matched:
        source_span, target_span = pair.source_span(bead), pair.target_span(bead)
        source, target = source_span.of(pair.source.text), target_span.of(pair.target.text)
        if pair.translated_source is not None:
            bridge = " ".join(pair.translated_source[i] for i in bead.source)
            lost = [(None, word) for _, word in flipped(bridge, tgt_lang, target, tgt_lang)]
            added = flipped(target, tgt_lang, bridge, tgt_lang)
        else:
            lost = [(cue, word) for cue, word in flipped(source, src_lang, target, tgt_lang)]
            added = flipped(target, tgt_lang, source, src_lang)
        for cue, word in lost[:1]:
            where = word.shift(target_span.start)
            yield PairHit(where, cue.shift(source_span.start) if cue else source_span,
                          f"the source negates this (“{shorten(source)}”); the translation does not: the meaning "
                          "is reversed", "restore the negation")
        for cue, _ in added[:1]:
            yield PairHit(cue.shift(target_span.start), source_span,
                          f"negation “{cue.of(target)}” is not in the source: the meaning is reversed",
                          "remove the negation, or check the sentence against the source")
