"""Source sentences and clauses with no counterpart in the translation."""

from __future__ import annotations

import re

from ..align import Bead, anchors, dice
from ..datamodel import Severity, Span
from . import PairHit, check
from .pair import Pair

MIN_WORDS = 3  # a shorter source sentence ("Photo.", "-- 30 --") is not worth a finding
OMISSION_Z = 3.5  # the translation of a bead this many deviations shorter than usual lost something
SHORT_Z = 2.0  # this short, a clause whose clues are all missing from the translation was lost
UNEXPLAINED_Z = 4.0  # this short with no clause to blame: a sentence can be said far more briefly ("was reviewed by" → one verb)
CLUE_MISSING = 0.85  # share of a clause's clues (numbers, names, cognates, dictionary words) the translation lacks
CLUE_KEPT = 0.5  # ...while it has at least this share of the rest of the sentence's clues
MIN_CLUES = 4
MERGED_Z = 1.5  # a bead of several source sentences this short has lost one of them, if one explains it
KEPT_FIT_Z = 2.0  # how well the translation must fit the source without the lost sentence
CLAUSE_FIT = (0.55, 1.7)  # a clause explains the shortfall when its length is within these factors of it
_CLAUSE = re.compile(r"[^,;:()\[\]—–]+")


def shorten(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@check("omission", "accuracy/omission", Severity.MAJOR,
       "A source sentence or clause with no counterpart, or a translation far shorter than its source.")
def omission(pair: Pair):
    end = pair.truncation_bead_index()
    for index, bead in enumerate(pair.alignment.beads):
        if end is not None and index >= end:
            return  # the truncation check reports what follows
        if bead.source and not bead.target:
            span = pair.source_span(bead)
            if len(span.of(pair.source.text).split()) >= MIN_WORDS:
                yield PairHit(pair.insertion_point(bead), span,
                              f"source sentence with no translation: “{shorten(span.of(pair.source.text))}”",
                              "translate the missing sentence", severity=Severity.CRITICAL)
        elif bead.source and bead.target:
            hit = _shortfall(pair, bead)
            if hit is not None:
                yield hit


def _shortfall(pair: Pair, bead: Bead) -> PairHit | None:
    source_length, target_length = pair.source_length(bead), pair.target_length(bead)
    z = pair.length_z(source_length, target_length)
    if pair.is_headline(bead) or not any(ch.isalpha() for j in bead.target for ch in pair.target_sentences[j]):
        return None  # headlines are adapted freely; a stray fragment ("," or a number) is a segmentation slip
    target_span = pair.target_span(bead)
    if len(bead.source) > 1 and z < -MERGED_Z:
        # Several source sentences for what one translation covers: the one whose absence makes the lengths
        # fit is missing (a translator who joins two sentences keeps both lengths).
        # The sentence sharing fewest clues (numbers, names, cognates) with the translation goes first.
        clues = anchors(" ".join(pair.target_sentences[j] for j in bead.target))
        for lost in sorted(bead.source, key=lambda i: dice(anchors(pair.source_sentences[i]), clues)):
            kept = sum(len(pair.source_sentences[i]) + 1 for i in bead.source if i != lost) - 1
            span = pair.source.sentences[lost]
            if abs(pair.length_z(kept, target_length)) < KEPT_FIT_Z and len(span.of(pair.source.text).split()) >= MIN_WORDS:
                return PairHit(target_span, span,
                               f"source sentence with no translation: “{shorten(span.of(pair.source.text))}”",
                               "translate the missing sentence", severity=Severity.CRITICAL)
    if z > -SHORT_Z:
        return None
    # How much source text the translation lacks, in source characters.
    missing = source_length - target_length * pair.source_per_target
    clause = _missing_clause(pair, bead, missing, strict=z > -OMISSION_Z)
    if clause is not None:
        return PairHit(target_span, clause,
                       f"source clause missing from the translation: “{shorten(clause.of(pair.source.text))}”",
                       "translate the missing clause")
    if z > -UNEXPLAINED_Z:
        return None
    share = 1 - target_length * pair.source_per_target / source_length
    return PairHit(target_span, pair.source_span(bead),
                   f"the translation is about {share:.0%} shorter than its source usually makes it: part of it is missing",
                   "compare with the source and translate what is missing")


def _missing_clause(pair: Pair, bead: Bead, missing: float, strict: bool = False) -> Span | None:
    """The source clause (or two adjacent ones) whose length best explains the shortfall and whose clues the
    translation lacks more than the rest of the sentence's. ``strict`` (a shortfall length alone does not prove):
    only a clause of MIN_CLUES clues nearly all missing, the rest of the sentence's mostly there."""
    text = pair.source.text
    pieces = [Span(m.start(), m.end()) for i in bead.source
              for m in _CLAUSE.finditer(text, pair.source.sentences[i].start, pair.source.sentences[i].end)
              if m.group(0).strip()]
    if len(pieces) < 2:
        return None
    clues = anchors(" ".join(pair.target_sentences[j] for j in bead.target))
    candidates = pieces + [Span(a.start, b.end) for a, b in zip(pieces, pieces[1:])]
    low, high = CLAUSE_FIT
    fitting = []
    for candidate in candidates:
        if not low * missing <= len(candidate) <= high * missing:
            continue
        own = anchors(candidate.of(text))
        rest = anchors(" ".join(p.of(text) for p in pieces if p.end <= candidate.start or p.start >= candidate.end))
        lost = len(own - clues) / len(own) if own else 0.0
        kept = len(rest & clues) / len(rest) if rest else 1.0
        if lost <= 1 - kept:
            continue  # the translation lacks the rest of the sentence as much: no clue which part is gone
        if strict and (len(own) < MIN_CLUES or lost < CLUE_MISSING or kept < CLUE_KEPT):
            continue
        fitting.append((candidate, lost))
    if not fitting:
        return None
    best = min(fitting, key=lambda c: (-c[1] if strict else 0, abs(len(c[0]) - missing)))[0]
    chunk = best.of(text)
    left = len(chunk) - len(chunk.lstrip())
    return Span(best.start + left, best.start + len(chunk.rstrip()))
