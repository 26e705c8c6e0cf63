"""A translation and its source, aligned sentence by sentence: what every bilingual check reads."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from .. import languages
from ..align import Bead, SentenceAlignment, align_sentences
from ..datamodel import Document, Span
from . import calibration

# A sentence ends with terminal punctuation, perhaps followed by closing marks; or with a closing mark.
_FINISHED = re.compile(r"(?:[.!?…][\"'”’»)\]]*|[\"”’»)\]])\s*$")


def finished(sentence: str) -> bool:
    return bool(_FINISHED.search(sentence))


SPLIT_Z = 2.0
TRUNCATED_SHORTFALL = -0.25  # log ratio of the whole translation below its usual one: about 22% shorter
CUT_AT = 0.9  # the translation's length runs out about here in the source
GOOD_FIT_Z = 1.0
NEIGHBOUR_Z = 1.5


@dataclass(frozen=True)
class Truncation:
    bead: int  # index of the first bead the translation lacks (or cuts short)
    mid_sentence: bool  # the translation's last sentence stops before its end
    missing: int  # source sentences after the cut


def function_words(code: str) -> frozenset[str]:
    lang = languages.get(code)
    return lang.stopwords if lang else frozenset()


def pair_neighbours(alignment: SentenceAlignment) -> SentenceAlignment:
    """A source sentence left alone next to a translated sentence left alone: one (bad) translation of the
    other, not an omission beside an addition."""
    beads: list[Bead] = []
    for bead in alignment.beads:
        previous = beads[-1] if beads else None
        if (previous is not None and len(previous.source) + len(bead.source) == 1
                and len(previous.target) + len(bead.target) == 1 and not (previous.source and previous.target)):
            beads[-1] = Bead(previous.source or bead.source, previous.target or bead.target, 0.0)
        else:
            beads.append(bead)
    return SentenceAlignment(tuple(beads), alignment.confidence, alignment.method)


@dataclass
class Pair:
    source: Document
    target: Document
    alignment: SentenceAlignment
    translated_source: tuple[str, ...] | None = None  # the source's sentences translated by a model, if any
    translate_clauses: Callable[[list[str]], list[str]] | None = None  # that model, for pieces of sentences
    cache: dict = field(default_factory=dict)  # what one check computes and another reuses

    @classmethod
    def build(cls, source: Document, target: Document, translated_source: list[str] | None = None,
              translate_clauses: Callable[[list[str]], list[str]] | None = None) -> Pair:
        same = source.language == target.language
        alignment = align_sentences(source.sentence_texts(), target.sentence_texts(), same,
                                    translated_source=None if same else translated_source)
        translated = tuple(translated_source) if translated_source else None
        first = cls(source, target, pair_neighbours(alignment), translated)
        return cls(source, target, first.rejoin_split_sentences(), translated, translate_clauses)

    @cached_property
    def source_sentences(self) -> list[str]:
        return self.source.sentence_texts()

    @cached_property
    def target_sentences(self) -> list[str]:
        return self.target.sentence_texts()

    @cached_property
    def matched(self) -> list[Bead]:
        return [b for b in self.alignment.beads if b.source and b.target]

    def source_length(self, bead: Bead) -> int:
        return sum(len(self.source_sentences[i]) for i in bead.source) + len(bead.source) - 1

    def target_length(self, bead: Bead) -> int:
        return sum(len(self.target_sentences[j]) for j in bead.target) + len(bead.target) - 1

    @cached_property
    def log_ratio(self) -> float:
        """The translation's usual log length ratio (target/source characters).

        The median over one-to-one beads adapts to this translator's wordiness and is not
        moved by the few beads an omission or addition shortens or lengthens."""
        values = sorted(math.log(self.target_length(b) / self.source_length(b)) for b in self.matched
                        if len(b.source) == len(b.target) == 1 and self.source_length(b) >= 20 and self.target_length(b))
        expected = calibration.log_ratio(self.source.language, self.target.language)
        if len(values) < 5:
            return expected
        median = values[len(values) // 2]
        # Few beads make a noisy median: lean on the calibrated ratio, within its spread.
        return max(expected - calibration.DOCUMENT_SPREAD, min(expected + calibration.DOCUMENT_SPREAD, median))

    def is_headline(self, bead: Bead) -> bool:
        """The first sentence, alone in its paragraph and unpunctuated on either side: headlines are adapted freely."""
        for document, ids in ((self.source, bead.source), (self.target, bead.target)):
            if ids == (0,) and document.paragraphs and document.paragraphs[0] == document.sentences[0] \
                    and not finished(document.sentences[0].of(document.text)):
                return True
        return False

    def rejoin_split_sentences(self) -> SentenceAlignment:
        """A sentence alone on one side whose length completes a neighbour's: one side split a sentence the other
        kept whole (or a segmentation slip), not an omission or addition. The aligner's merges must be
        earned by content; here length alone decides, and only for a neighbour too short without it."""
        beads = list(self.alignment.beads)
        index = 0
        while index < len(beads):
            bead = beads[index]
            if bool(bead.source) != bool(bead.target):
                for other in (index - 1, index + 1):
                    if 0 <= other < len(beads) and self._completes(bead, beads[other]):
                        first, second = sorted((index, other))
                        beads[first : second + 1] = [Bead(beads[first].source + beads[second].source,
                                                          beads[first].target + beads[second].target,
                                                          beads[other].score)]
                        index = first
                        break
            index += 1
        return SentenceAlignment(tuple(beads), self.alignment.confidence, self.alignment.method)

    def _completes(self, lonely: Bead, neighbour: Bead) -> bool:
        if not (neighbour.source and neighbour.target) or len(neighbour.source) + len(neighbour.target) > 3:
            return False
        alone = self.length_z(self.source_length(neighbour), self.target_length(neighbour))
        merged = Bead(neighbour.source + lonely.source, neighbour.target + lonely.target, 0.0)
        together = self.length_z(self.source_length(merged), self.target_length(merged))
        short = alone > SPLIT_Z if lonely.source else alone < -SPLIT_Z
        # Either the neighbour is plainly too short without the lonely sentence, or it fits better with it.
        return (short and abs(together) < SPLIT_Z) or abs(together) < min(abs(alone), GOOD_FIT_Z)

    def belongs_next_door(self, bead: Bead, sentence: int, in_source: bool) -> bool:
        """Whether ``sentence``, at an edge of ``bead`` (in the source, or in the translation), is what the
        neighbouring bead on that side lacks: without it that bead is NEIGHBOUR_Z out of length (its other side
        longer), with it the bead fits. One side split a sentence the other kept whole and the aligner gave the
        piece to the wrong neighbour ("It is one of the biggest. We are not…" for "This is one of the biggest -- we
        are not…"): not an omission or an addition."""
        ids = bead.source if in_source else bead.target
        beads = self.alignment.beads
        index = beads.index(bead)
        for edge, other in ((ids[0], index - 1), (ids[-1], index + 1)):
            if sentence != edge or not 0 <= other < len(beads) or not (beads[other].source and beads[other].target):
                continue
            source_length, target_length = self.source_length(beads[other]), self.target_length(beads[other])
            extra = len((self.source_sentences if in_source else self.target_sentences)[sentence]) + 1
            alone = self.length_z(source_length, target_length)
            together = (self.length_z(source_length + extra, target_length) if in_source
                        else self.length_z(source_length, target_length + extra))
            if (alone > NEIGHBOUR_Z if in_source else alone < -NEIGHBOUR_Z) and abs(together) < GOOD_FIT_Z:
                return True
        return False

    @cached_property
    def source_per_target(self) -> float:
        return math.exp(-self.log_ratio)

    def length_z(self, source_length: int, target_length: int) -> float:
        """How many standard deviations ``target_length`` is from what ``source_length`` predicts."""
        if source_length <= 0:
            return math.inf if target_length else 0.0
        observed = math.log(max(target_length, 1) / source_length)
        return (observed - self.log_ratio) / calibration.sigma(source_length)

    def source_span(self, bead: Bead) -> Span:
        """The bead's sentences in the source; every caller's bead has some (matched, or left out)."""
        return Span(self.source.sentences[bead.source[0]].start, self.source.sentences[bead.source[-1]].end)

    def target_span(self, bead: Bead) -> Span:
        """The bead's sentences in the translation; for a missing counterpart, the empty span where it belongs."""
        if bead.target:
            return Span(self.target.sentences[bead.target[0]].start, self.target.sentences[bead.target[-1]].end)
        return self.insertion_point(bead)

    def insertion_point(self, bead: Bead) -> Span:
        return self._insertion_points[bead]

    @cached_property
    def _insertion_points(self) -> dict[Bead, Span]:
        """After the last translated sentence before each bead (the start of the text before any)."""
        position = self.target.sentences[0].start if self.target.sentences else self.target.body.start
        points = {}
        for bead in self.alignment.beads:
            points[bead] = Span(position, position)
            if bead.target:
                position = self.target.sentences[bead.target[-1]].end
        return points

    @cached_property
    def _bead_of_target(self) -> dict[int, Bead]:
        return {t: bead for bead in self.alignment.beads for t in bead.target}

    def sources_of(self, target_sentence: int) -> tuple[int, ...]:
        bead = self._bead_of_target.get(target_sentence)
        return bead.source if bead else ()

    @cached_property
    def quote_matches(self):
        from ..quote_align import align_quotes

        return align_quotes(self.source, self.target, self.alignment, self.target.name)

    @cached_property
    def truncation(self) -> Truncation | None:
        """Where the translation stops before its source does, if it does."""
        beads = self.alignment.beads
        last = max((i for i, b in enumerate(beads) if b.target), default=-1)
        missing = sum(len(b.source) for b in beads[last + 1 :])
        if last < 0:
            return Truncation(0, False, missing) if missing else None
        bead = beads[last]
        cut = (bead.source and not finished(self.target_sentences[bead.target[-1]])
               and finished(self.source_sentences[bead.source[-1]]))
        if cut and (missing or self.length_z(self.source_length(bead), self.target_length(bead)) < -1.5):
            return Truncation(last, True, missing)
        if missing >= 2:
            return Truncation(last + 1, False, missing)
        return self._cut_short()

    def _cut_short(self) -> Truncation | None:
        """A translation far shorter than its source, with two or more source sentences beyond the point where
        its length runs out: the aligner spreads a cut translation over the source, so the tail is not empty."""
        source_total = sum(len(s) + 1 for s in self.source_sentences)
        target_total = sum(len(t) + 1 for t in self.target_sentences)
        if not source_total or math.log(max(target_total, 1) / source_total) - self.log_ratio > TRUNCATED_SHORTFALL:
            return None
        reach, covered, cut = target_total * self.source_per_target, 0, len(self.source_sentences)
        for index, sentence in enumerate(self.source_sentences):
            covered += len(sentence) + 1
            if covered >= CUT_AT * reach:
                cut = index
                break
        if len(self.target_sentences) >= len(self.source_sentences):
            return None  # a sentence for every source sentence: the translation is shorter, not cut off
        beads = self.alignment.beads
        first = next((i for i, b in enumerate(beads) if b.source and b.source[0] >= cut), None)
        if first is None:
            return None
        missing = len(self.source_sentences) - cut
        if missing < 2:
            return None
        return Truncation(first, False, missing)

    def truncation_bead_index(self) -> int | None:
        return self.truncation.bead if self.truncation else None

    def differences(self, kind: str) -> list[tuple]:
        """(bead, crosscheck Difference with spans into the two documents) for every matched bead, of one kind
        ("numbers", "names", "negation"); computed once for all kinds."""
        if "differences" not in self.cache:
            from ..crosscheck import compare_pair, known_names

            src_lang, tgt_lang = self.source.language, self.target.language
            source_names, target_names = known_names(self.source.text, src_lang), known_names(self.target.text, tgt_lang)
            found = []
            for bead in self.matched:
                source_span, target_span = self.source_span(bead), self.target_span(bead)
                for difference in compare_pair(source_span.of(self.source.text), src_lang,
                                               target_span.of(self.target.text), tgt_lang,
                                               source_names=source_names, target_names=target_names):
                    found.append((bead, difference.shift(source_span.start, target_span.start)))
            self.cache["differences"] = found
        return [(bead, d) for bead, d in self.cache["differences"] if d.kind.value == kind]
