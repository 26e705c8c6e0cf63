"""Provenance of the translation's own findings: introduced by the translation, or also in the source."""

from __future__ import annotations

import re
from dataclasses import replace

from ..datamodel import INHERITED, INTRODUCED, Finding, Span
from ..fold import fold
from .pair import Pair, function_words

KEPT_WORDS = 3  # a flagged passage this long written word for word in the source sentence was kept from it
# Detectors whose ``likely_source`` is the source wording itself (not a description such as "one phrase of the
# source"), in the languages they read it in.
WORDING_DETECTORS = frozenset({"calque.lexicon"})
LANGUAGES_READ = frozenset({"en", "es"})
STEM = 4  # a word of the source wording is found when a source word starts alike ("informar", "informando")
# Articles agree with their noun, so the lexicon's one form ("el también gobernador") says nothing of which
# one the source has ("la también gobernadora").
ARTICLES = frozenset({"el", "la", "los", "las", "lo", "un", "una", "unos", "unas", "del", "al", "the", "a", "an"})
_WORD = re.compile(r"[^\W\d_]+")


def mark_provenance(findings: list[Finding], source_findings: list[Finding], pair: Pair,
                    comparable: set[str]) -> list[Finding]:
    """A finding is inherited when the same detector fires on the source sentences aligned with its sentence,
    or when it flags a passage the source sentence has word for word in a third language or names only (a
    quotation kept in the language it was said in): the source's own copy check reports source-language text.

    A calque that names the source wording it reads as (``likely_source``: "on the other hand" for "por otra
    parte") is dropped when the aligned source sentences do not say it: the translator cannot have carried over
    words the source does not have (the source says "por su parte").

    ``comparable``: detectors that ran on the source (a detector that cannot read the source's
    language cannot have found the problem there, so its findings count as introduced)."""
    in_source: dict[tuple[str, int], Finding] = {}
    for found in source_findings:
        sentence = pair.source.sentence_of(found.span.start)
        in_source.setdefault((found.detector, sentence), found)
    marked = []
    for finding in findings:
        sources = pair.sources_of(pair.target.sentence_of(finding.span.start))
        if _unfounded(finding, pair, sources):
            continue
        twin = next((in_source[(finding.detector, s)] for s in sources if (finding.detector, s) in in_source), None)
        if twin is not None and finding.detector in comparable:
            marked.append(replace(finding, provenance=INHERITED, source_span=twin.span))
        elif (kept := _kept_from_source(finding, pair, sources)) is not None:
            marked.append(replace(finding, provenance=INHERITED, source_span=kept))
        else:
            aligned = (Span(pair.source.sentences[sources[0]].start, pair.source.sentences[sources[-1]].end)
                       if sources else None)
            marked.append(replace(finding, provenance=INTRODUCED, source_span=aligned))
    return marked


def _kept_from_source(finding: Finding, pair: Pair, sources: tuple[int, ...]) -> Span | None:
    """Where the source sentences write the finding's passage word for word, when it is no source-language text."""
    passage = finding.span.of(pair.target.text).strip()
    words = passage.lower().split()
    if not sources or len(words) < KEPT_WORDS:
        return None
    source_only = function_words(pair.source.language) - function_words(pair.target.language)
    if sum(w.strip(".,;:!?\"“”«»()") in source_only for w in words) >= 2:
        return None  # the source's language copied: an artifact (the copy check reports it)
    start, end = pair.source.sentences[sources[0]].start, pair.source.sentences[sources[-1]].end
    found = pair.source.text.find(passage, start, end)
    return Span(found, found + len(passage)) if found >= 0 else None


def _unfounded(finding: Finding, pair: Pair, sources: tuple[int, ...]) -> bool:
    """The finding names the source wording it comes from, and the aligned source sentences lack one of its words
    in each of its alternatives (a long word by its first STEM letters, to allow inflection; a short one but for gender and number; any
    article will do)."""
    if finding.detector not in WORDING_DETECTORS or not finding.likely_source or not sources \
            or pair.source.language not in LANGUAGES_READ:
        return False
    start, end = pair.source.sentences[sources[0]].start, pair.source.sentences[sources[-1]].end
    said = _WORD.findall(fold(pair.source.text[start:end]))
    stems = {w[:STEM] for w in said}
    short = {_agreement_stem(w) for w in said}
    # The lexicon writes alternatives as "autor material / intelectual": the source need say only one of them.
    return all(any(w[:STEM] not in stems if len(w) > STEM else _agreement_stem(w) not in short
                   for w in _WORD.findall(fold(alternative)) if w not in ARTICLES)
               for alternative in finding.likely_source.split(" / "))


def _agreement_stem(word: str) -> str:
    """A short word less its gender and number endings: otro, otra, otros → otr."""
    return word.removesuffix("s").rstrip("aeo") or word
