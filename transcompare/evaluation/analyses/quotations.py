"""Quotation fidelity: each quotation of the reference found again in a system's output
through the quotation alignment that `compare` uses (transcompare.quote_align), or the
reason it was lost.

The reference's quotations are the yardstick (same language as the output, so their
texts compare by chrF). Segments are aligned one to one, so the sentence alignment is
given, not searched. A quotation without a counterpart in marks gets a reason:

- kept as dash dialogue: the output renders it as dash dialogue (—No —dijo.), which is
  how Spanish writes direct speech; it is counted as kept
- entity-encoded: the marks were written as HTML entities (&quot;), which a reader sees
  as such (the quotation found between them, or the entities in the aligned output)
- indirect speech: the words survive after a speech verb and a complementiser ("said that")
- marks dropped: the words survive, without marks and without being reported speech
- text missing: the aligned output does not carry the quotation's words
- emptied / altered: statuses the quotation alignment gives (marks around nothing, or a changed quotation)
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ...align import Bead, SentenceAlignment, trigrams
from ...quotation_marks import SPEECH_VERBS
from ...quote_align import align_quotes, top_level
from ..groups import ChunkGroup, GroupText

KEPT_STATUSES = frozenset({"matched", "split", "merged"})
KEPT = "kept"
DASH = "kept as dash dialogue"
ENTITY = "entity-encoded"
ENTITY_STYLE, DASH_STYLE = "entity", "dash"  # transcompare.quotation_marks' styles: HTML-entity marks, dash dialogue
INDIRECT = "indirect speech"
MARKS_DROPPED = "marks dropped"
MISSING = "text missing"
ADDED = "added"
OUTCOMES = (KEPT, DASH, MARKS_DROPPED, ENTITY, INDIRECT, "emptied", "altered", MISSING)
EXAMPLES = 3
SURVIVES = 0.5  # share of the quotation's character trigrams found in the aligned output

_ENTITY = re.compile(r"&(?:quot|ldquo|rdquo|laquo|raquo|lsquo|rsquo|bdquo|#0*34|#0*39|#x0*22|#x0*27|#822[01]|#171|#187);",
                     re.IGNORECASE)
_DASH = re.compile(r"(?:^|[.:!?]\s+)[—―–]\s?\w")
_REPORTED = re.compile(rf"\b(?:{SPEECH_VERBS})\s+(?:that|que|dass|qu['’]|che)\b", re.IGNORECASE)


@dataclass(frozen=True)
class QuoteExample:
    outcome: str
    segment: str
    reference_quote: str
    output: str


@dataclass(frozen=True)
class QuoteSummary:
    reference_quotes: int
    kept: int  # in marks, or as dash dialogue
    kept_rate: float | None
    outcomes: dict[str, int]
    quote_chrf: float | None  # mean chrF of the quotations kept (in marks or dashes) against the reference's
    speakers_compared: int
    speaker_kept_rate: float | None
    added: int  # quotations in the output that the reference does not have
    examples: dict[str, list[QuoteExample]]


@dataclass
class QuoteTally:
    reference_quotes: int = 0
    outcomes: Counter = field(default_factory=Counter)
    chrf_sum: float = 0.0
    chrf_count: int = 0
    speakers_compared: int = 0
    speakers_kept: int = 0
    added: int = 0
    examples: dict[str, list[QuoteExample]] = field(default_factory=dict)

    def add(self, output: GroupText, group: ChunkGroup, cache: dict | None = None) -> None:
        """The reference's quotations of one group against one output (``cache``: the events of outputs
        already read in this group, by identity; outputs equal to the reference are the same object)."""
        key = id(output)
        found = cache.get(key) if cache is not None else None
        if found is None:
            found = quote_events(output, group)
            if cache is not None:
                cache[key] = found
        for event in found:
            self.record(event)

    def record(self, event: QuoteEvent) -> None:
        if event.outcome == ADDED:
            self.added += 1
            return
        self.reference_quotes += 1
        self.outcomes[event.outcome] += 1
        if event.outcome in (KEPT, DASH):
            if event.chrf is not None:
                self.chrf_sum += event.chrf
                self.chrf_count += 1
            if event.speaker_compared:
                self.speakers_compared += 1
                self.speakers_kept += event.speaker_kept
        if event.outcome == KEPT:
            return
        kept = self.examples.setdefault(event.outcome, [])
        if len(kept) < EXAMPLES:
            kept.append(QuoteExample(event.outcome, event.segment, event.quote, event.output))

    def merge(self, other: QuoteTally) -> None:
        self.reference_quotes += other.reference_quotes
        self.outcomes.update(other.outcomes)
        self.chrf_sum += other.chrf_sum
        self.chrf_count += other.chrf_count
        self.speakers_compared += other.speakers_compared
        self.speakers_kept += other.speakers_kept
        self.added += other.added
        for outcome, items in other.examples.items():
            kept = self.examples.setdefault(outcome, [])
            kept.extend(items[: EXAMPLES - len(kept)])

    def finish(self) -> QuoteSummary:
        kept = self.outcomes[KEPT] + self.outcomes[DASH]
        total = self.reference_quotes
        return QuoteSummary(total, kept, round(kept / total, 4) if total else None,
                            {o: self.outcomes[o] for o in OUTCOMES if self.outcomes[o]},
                            round(self.chrf_sum / self.chrf_count, 2) if self.chrf_count else None,
                            self.speakers_compared,
                            round(self.speakers_kept / self.speakers_compared, 4) if self.speakers_compared else None,
                            self.added, {o: self.examples[o] for o in OUTCOMES if o in self.examples})


@dataclass(frozen=True)
class QuoteEvent:
    outcome: str
    segment: str = ""
    quote: str = ""
    output: str = ""
    chrf: float | None = None
    speaker_compared: bool = False
    speaker_kept: bool = False


def quote_events(output: GroupText, group: ChunkGroup) -> list[QuoteEvent]:
    """What became of each top-level quotation of the group's reference in ``output``."""
    reference = group.reference.document
    if reference is None or not top_level(reference):
        return []

    def segment_id(quote: int) -> str:
        index = group.reference.segment_of(reference.quotes[quote].span.start)
        return group.segments[group.group.start + index].id

    version = output.document
    if output is group.reference:  # the output is the reference, word for word
        return [QuoteEvent(KEPT, segment_id(i), chrf=100.0, speaker_compared=bool(reference.quotes[i].speaker_resolved),
                           speaker_kept=True) for i in top_level(reference)]
    if version is None:
        return [QuoteEvent(MISSING, segment_id(i), reference.quotes[i].inner.of(reference.text)) for i in top_level(reference)]
    beads = tuple(Bead(r, h, 1.0) for r, h in zip(group.reference.sentences_by_segment(), output.sentences_by_segment()))
    events = []
    for match in align_quotes(reference, version, SentenceAlignment(beads, 1.0, "segments"), "system"):
        if match.status == "added":
            events.append(QuoteEvent(ADDED))
            continue
        quote = reference.quotes[match.quote]
        if quote.depth:
            continue  # align_quotes matches nested quotations too; the tally is of top-level ones
        text = quote.inner.of(reference.text)
        context = reference.sentences[reference.sentence_of(quote.span.start)].of(reference.text)
        outcome = classify(match.status, text, match.counterpart_text, context)
        styles = {version.quotes[k].style for k in match.counterparts}
        if outcome == KEPT and ENTITY_STYLE in styles:
            outcome = ENTITY  # found, but between &quot; that a reader sees as such
        elif outcome == KEPT and styles == {DASH_STYLE}:
            outcome = DASH
        if outcome not in (KEPT, DASH) or not match.counterparts:
            events.append(QuoteEvent(outcome, segment_id(match.quote), text, match.counterpart_text))
            continue
        said = version.quotes[match.counterparts[0]].speaker_resolved
        same_speaker = bool(quote.speaker_resolved and said and _words(said) & _words(quote.speaker_resolved))
        events.append(QuoteEvent(outcome, segment_id(match.quote), text, match.counterpart_text,
                                 match.fidelity.chrf if match.fidelity is not None else None, bool(quote.speaker_resolved),
                                 same_speaker))
    return events


def classify(status: str, quote: str, aligned_output: str, reference_sentence: str = "") -> str:
    """Why a reference quotation has no counterpart in marks (or KEPT when it has one).
    ``reference_sentence``: the reference's sentence around the quotation; a reporting clause
    ("said that") counts as indirect speech only where the output has more of them than it."""
    if status in KEPT_STATUSES:
        return KEPT
    if status not in ("lost", "indirect"):
        return status  # emptied, altered, or a status the alignment adds later
    if _ENTITY.search(aligned_output):
        return ENTITY
    mine = trigrams(quote)
    survives = bool(mine) and len(mine & trigrams(aligned_output)) / len(mine) >= SURVIVES
    if not survives:
        return MISSING
    if _DASH.search(aligned_output.strip()):
        return DASH
    if len(_REPORTED.findall(aligned_output)) > len(_REPORTED.findall(reference_sentence)):
        return INDIRECT
    return MARKS_DROPPED


def _words(name: str) -> set[str]:
    from ...fold import fold

    return set(fold(name).split())
