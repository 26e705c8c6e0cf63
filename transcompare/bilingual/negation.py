"""A statement of the source negated in the translation, or a negation lost.

Translators turn "declined to comment" into "no quiso comentar" and "was not clear" into
"no estaba claro" all the time, so counting negative words flags paraphrase. A negation
counts as flipped only when both agree: one side has more negations in all, and more
negations bound to a verb ("is not", "no es", "never"); and the other side has no
negative word made by an affix ("unclear", "imposible", "powerless") to answer for it.
"""

from __future__ import annotations

import re

from ..crosscheck import negations
from ..model import Severity, Span
from . import PairHit, check
from .lexicon import zipf
from .omission import shorten
from .pair import Pair

VERB_BOUND = {
    "en": re.compile(r"\b(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could|should|must|may|might)\s+"
                     r"not\b|\b(?:is|are|was|were|do|does|did|has|have|had|wo|would|ca|could|should|must)n[’']t\b"
                     r"|\bcannot\b|\bnever\b", re.IGNORECASE),
    "es": re.compile(r"\bno\s+(?:(?:se|lo|la|los|las|le|les|me|te|nos)\s+)?(?:es|son|era|eran|fue|fueron|está|están|"
                     r"estaba|estaban|ha|han|había|habían|hay|puede|pueden|podía|podría|podrían|será|serán|sería|"
                     r"debe|deben|va|van|iba|tiene|tienen|tenía)\b|\bnunca\b|\bjamás\b", re.IGNORECASE),
}
# Negative affixes: a word made with one whose stem is a word too ("unclear": "clear") negates by itself.
PREFIXES = {"en": ("un", "in", "im", "ir", "il", "dis", "non"), "es": ("in", "im", "ir", "des", "dis", "no")}
SUFFIXES = {"en": ("less",), "es": ()}
COMMON = 3.0  # Zipf frequency a word and its stem need, so that "inform" ≠ "in" + "form" stays rare enough


def affix_negations(text: str, language: str) -> int:
    count = 0
    for word in re.findall(r"[^\W\d_]+", text.lower()):
        stems = [word[len(p):] for p in PREFIXES.get(language, ()) if word.startswith(p)]
        stems += [word[: -len(s)] for s in SUFFIXES.get(language, ()) if word.endswith(s)]
        if any(len(stem) >= 4 and zipf(stem, language) >= COMMON for stem in stems) and zipf(word, language) >= COMMON:
            count += 1
    return count


def flipped(more: str, more_language: str, fewer: str, fewer_language: str) -> Span | None:
    """The verb-bound negation of ``more`` that ``fewer`` lacks, if it lacks one."""
    if more_language not in VERB_BOUND or fewer_language not in VERB_BOUND:
        return None
    all_more, all_fewer = len(negations(more, more_language)), len(negations(fewer, fewer_language))
    bound_more = list(VERB_BOUND[more_language].finditer(more))
    bound_fewer = len(VERB_BOUND[fewer_language].findall(fewer))
    if all_more <= all_fewer or len(bound_more) <= bound_fewer:
        return None
    if all_fewer + affix_negations(fewer, fewer_language) >= all_more:
        return None
    match = bound_more[bound_fewer]
    return Span(match.start(), match.end())


@check("negation", "accuracy/mistranslation", Severity.CRITICAL,
       "A negation of the source lost in the translation, or one the source does not have.")
def negation_flips(pair: Pair):
    src_lang, tgt_lang = pair.source.language, pair.target.language
    for bead in pair.matched:
        source_span, target_span = pair.source_span(bead), pair.target_span(bead)
        source, target = source_span.of(pair.source.text), target_span.of(pair.target.text)
        lost = flipped(source, src_lang, target, tgt_lang)
        if lost is not None:
            yield PairHit(target_span, lost.shift(source_span.start),
                          f"the source says “{lost.of(source)}” here; the translation has no negation for it: "
                          f"the meaning may be reversed (source: “{shorten(source)}”)", "restore the negation")
        added = flipped(target, tgt_lang, source, src_lang)
        if added is not None:
            yield PairHit(added.shift(target_span.start), source_span,
                          f"negation “{added.of(target)}” is not in the source: the meaning may be reversed",
                          "remove the negation, or check the sentence against the source")
