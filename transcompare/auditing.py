"""The audit: a document's artifacts, found without any model; against its source when there is one."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .datamodel import INHERITED, PROVENANCE_LABELS, Document, Finding, Severity
from .detectors import AUTO, all_detectors, run_detectors
from .document import build_document, load_document
from .errors import InputError
from .progress import stage

if TYPE_CHECKING:
    from .align import SentenceAlignment


@dataclass(frozen=True)
class AuditReport:
    document: Document
    findings: tuple[Finding, ...]
    detectors: tuple[str, ...]
    source_language: str
    source: Document | None = None  # the text the document was translated from, when audited against it
    alignment: SentenceAlignment | None = None  # source sentences → document sentences

    def count_at_least(self, severity: Severity, include_inherited: bool = False) -> int:
        """Findings at or above ``severity``; those also in the source count only when asked."""
        return sum(f.severity >= severity and (include_inherited or f.provenance != INHERITED) for f in self.findings)

    def by_provenance(self) -> dict[str, int]:
        counts = Counter(f.provenance for f in self.findings if f.provenance)
        return {label: counts.get(key, 0) for key, label in PROVENANCE_LABELS.items()}

    def by_category(self) -> dict[str, int]:
        return dict(sorted(Counter(f.category for f in self.findings).items()))

    def by_severity(self) -> dict[str, int]:
        counts = Counter(f.severity for f in self.findings)
        return {s.label: counts.get(s, 0) for s in sorted(Severity, reverse=True)}


def audit_document(document: Document, source_language: str = AUTO, detectors: Iterable[str] | None = None) -> AuditReport:
    registry = all_detectors()
    selected = tuple(detectors) if detectors is not None else tuple(registry)
    findings = run_detectors(document, source_language, selected)
    applicable = tuple(d for d in selected if registry[d].applies_to(document.language))
    return AuditReport(document, tuple(findings), applicable, source_language)


def audit_against_source(document: Document, source: Document, detectors: Iterable[str] | None = None,
                         translated_source: list[str] | None = None, pair=None,
                         translate_clauses=None) -> AuditReport:
    """Bilingual checks, and every monolingual finding marked introduced or inherited from the source.

    ``translated_source``: the source's sentences translated into the document's language
    by a model, which makes the sentence alignment surer; ``translate_clauses``: that model (a list of texts →
    their translations), to look for a source clause's words in the document. ``pair``: the two already aligned
    (a :class:`~transcompare.bilingual.pair.Pair`), when the caller knows the alignment."""
    from .bilingual import all_checks, run_checks
    from .bilingual.pair import Pair
    from .bilingual.provenance import mark_provenance

    monolingual, bilingual = all_detectors(), all_checks()
    chosen = list(detectors) if detectors is not None else [*monolingual, *bilingual]
    unknown = [d for d in chosen if d not in monolingual and d not in bilingual]
    if unknown:
        raise InputError(f"unknown detector {', '.join(unknown)} (see `transcompare audit --list-detectors`)")
    mono = [d for d in chosen if d in monolingual]
    pair = pair or Pair.build(source, document, translated_source, translate_clauses)
    own = run_detectors(document, source.language, mono)
    # The source read as an original in its own language: what its detectors find there was not the translator's.
    on_source = [d for d in mono if monolingual[d].applies_to(source.language)]
    inherited_from = _source_findings(source, tuple(on_source))
    checked = run_checks(pair, [d for d in chosen if d in bilingual])
    marked = mark_provenance(own, inherited_from, pair, set(on_source))
    # A bilingual finding on exactly the same span says the same thing, with the source beside it; a caption
    # the translation added is reported as a caption, not once more per sentence as an addition.
    taken = {f.span for f in checked}
    leaks = [f.span for f in marked if f.category == "structure/leak"]
    checked = [f for f in checked if not (f.detector == "bilingual.addition" and any(s.contains(f.span) for s in leaks))]
    findings = sorted([f for f in marked if f.span not in taken] + checked,
                      key=lambda f: (f.span.start, f.span.end, f.detector))
    applicable = tuple(d for d in chosen if d in bilingual or monolingual[d].applies_to(document.language))
    return AuditReport(document, tuple(findings), applicable, source.language, source=source, alignment=pair.alignment)


_SOURCE_FINDINGS: dict[tuple[str, str, tuple[str, ...]], list[Finding]] = {}


def _source_findings(source: Document, detectors: tuple[str, ...]) -> list[Finding]:
    """The source's own findings, read once per source text: `evaluate` audits every system's
    output of a segment against the same source segment. Bounded, as all caches here."""
    key = (source.text, source.language, detectors)
    found = _SOURCE_FINDINGS.get(key)
    if found is None:
        if len(_SOURCE_FINDINGS) >= 4096:
            _SOURCE_FINDINGS.clear()
        found = _SOURCE_FINDINGS[key] = run_detectors(source, AUTO, list(detectors))
    return found


def audit(source: str | os.PathLike, language: str | None = None, source_language: str = AUTO,
          detectors: Iterable[str] | None = None, original: str | os.PathLike | None = None,
          original_language: str | None = None, model: str | None = None) -> AuditReport:
    """Audit a file ('-' for stdin); against ``original``, the text it was translated from, when given.

    ``model``: a model alias or spec that translates the original into the article's
    language, to align the two more surely (without it, language-independent clues)."""
    stage(f"reading {source}")
    document = load_document(source, language)
    if original is None:
        stage(f"auditing {document.name}")
        return audit_document(document, source_language, detectors)
    if str(original) == str(source):
        raise InputError("--source is the article itself: give the text it was translated from")
    stage(f"reading {original}")
    original_doc = load_document(original, original_language or (None if source_language == AUTO else source_language))
    stage(f"auditing {document.name} against {original_doc.name}")
    translated, clauses = translate_sentences(original_doc, model, document.language) if model else (None, None)
    return audit_against_source(document, original_doc, detectors, translated, translate_clauses=clauses)


def translate_sentences(source: Document, model: str, target: str, session=None):
    """The source's sentences translated into ``target`` with the project's translation session (``session``, or a
    new one), and a function that translates any list of the source's texts with the same model (and cache)."""
    from .translate.session import TranslationSession

    session = session or TranslationSession(progress=False)
    sentences = list(session.translate(source, model, target).segments)
    engine = session.engine(model, source.language, target)

    def translate_clauses(texts: list[str]) -> list[str]:
        return [engine.clean(output, text)[0] for output, text in zip(engine.translate(texts), texts)]

    return sentences, translate_clauses


def audit_text(text: str, name: str = "<text>", language: str | None = None, source_language: str = AUTO,
               detectors: Iterable[str] | None = None) -> AuditReport:
    """Audit text in memory, such as a system's output inside `evaluate`: an empty text is a finding
    (output.empty, critical) on an empty document rather than an input error."""
    if text.strip():
        return audit_document(build_document(text, name, language), source_language, detectors)
    from .detectors.empty import ID, empty_document, empty_finding

    document = empty_document(name, language or "en")
    selected = tuple(detectors) if detectors is not None else tuple(all_detectors())
    findings = (empty_finding(document),) if ID in selected else ()
    return AuditReport(document, findings, selected, source_language)
