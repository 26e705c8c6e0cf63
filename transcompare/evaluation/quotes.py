"""Quotation metrics for a system: preservation, quote chrF, speaker kept, and the
artifact rate of its output (artifacts the translation introduced, per 1,000 words: the
audit against the source).

Segments are grouped by document when the test set has document ids, so a quotation
spanning several sentences is one quotation."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..document import build_document
from ..errors import InputError
from ..fidelity import chrf, fold
from ..model import Document


@dataclass
class QuoteTally:
    with_quotes: int = 0
    source_quotes: int = 0
    preserved: int = 0
    chrf_sum: float = 0.0
    chrf_pairs: int = 0
    speakers_compared: int = 0
    speakers_kept: int = 0
    words: int = 0
    artifacts: int = 0
    by_detector: dict[str, int] = field(default_factory=dict)

    def add_artifacts(self, counts: dict[str, int]) -> None:
        """Words and introduced artifacts of one document's output (bilingual.segments.audit_pair)."""
        self.words += counts.get("words", 0)
        for detector, count in counts.items():
            if detector != "words":
                self.artifacts += count
                self.by_detector[detector] = self.by_detector.get(detector, 0) + count

    def add_document(self, reference: "ReferenceQuotes", hyp: str, language: str | None) -> None:
        """The quotations of one document of a system's output against its source and reference."""
        self.with_quotes += 1
        self.source_quotes += reference.source_quotes
        hyp_quotes = _top(_analyse(hyp, language)) if QUOTE_MARKS.intersection(hyp) else []
        self.preserved += min(reference.source_quotes, len(hyp_quotes))
        for (ref_text, ref_speaker), (hyp_text, hyp_speaker) in zip(reference.quotes, hyp_quotes):
            self.chrf_sum += chrf(hyp_text, ref_text)
            self.chrf_pairs += 1
            if ref_speaker:
                self.speakers_compared += 1
                self.speakers_kept += bool(hyp_speaker) and bool(set(fold(ref_speaker).split()) & set(fold(hyp_speaker).split()))

    def merge(self, other: "QuoteTally") -> None:
        for name in ("with_quotes", "source_quotes", "preserved", "chrf_sum", "chrf_pairs",
                     "speakers_compared", "speakers_kept", "words", "artifacts"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for key, value in other.by_detector.items():
            self.by_detector[key] = self.by_detector.get(key, 0) + value

    def summary(self) -> dict:
        return {
            "documents_with_quotes": self.with_quotes,
            "source_quotes": self.source_quotes,
            "preservation_rate": round(self.preserved / self.source_quotes, 4) if self.source_quotes else None,
            "quote_chrf": round(self.chrf_sum / self.chrf_pairs, 2) if self.chrf_pairs else None,
            "speaker_kept_rate": round(self.speakers_kept / self.speakers_compared, 4) if self.speakers_compared else None,
            "artifacts_per_1000_words": round(1000 * self.artifacts / self.words, 2) if self.words else None,
            "artifacts_by_detector": dict(sorted(self.by_detector.items())),
            "artifacts_per_1000_words_by_detector": {k: round(1000 * v / self.words, 2) if self.words else None
                                                     for k, v in sorted(self.by_detector.items())},
        }

    def state(self) -> dict:
        return dict(self.__dict__)

    @classmethod
    def from_state(cls, state: dict) -> "QuoteTally":
        return cls(**state)


@dataclass(frozen=True)
class ReferenceQuotes:
    source_quotes: int
    quotes: tuple[tuple[str, str | None], ...]  # (text, speaker) of the reference's quotations


QUOTE_MARKS = frozenset("“”„«»‘’\"'")


def reference_quotes(src: str, ref: str, source_language: str | None, target_language: str | None) -> ReferenceQuotes | None:
    """What a document's source and reference quote; None when the source quotes nothing."""
    if not QUOTE_MARKS.intersection(src):
        return None
    count = len(_top(_analyse(src, source_language)))
    if not count:
        return None
    return ReferenceQuotes(count, tuple(_top(_analyse(ref, target_language))))


def _analyse(text: str, language: str | None = None) -> Document | None:
    if not text.strip():
        return None
    try:
        return build_document(text, language=language)
    except InputError:
        return None


def _top(document: Document | None) -> list[tuple[str, str | None]]:
    if document is None:
        return []
    return [(q.inner.of(document.text), q.speaker_resolved) for q in document.quotes if q.depth == 0]
