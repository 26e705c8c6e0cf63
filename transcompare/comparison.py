"""Compare an article with other versions of itself: files, model translations, round trips.

Every version is aligned to the article sentence by sentence, every quotation is
matched, fidelity is measured, and artifacts are traced across versions.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from . import languages
from .align import WEAK_LINK, SentenceAlignment, align_sentences
from .auditing import audit_document
from .detectors import AUTO
from .document import load_document
from .errors import InputError
from .model import Document, Finding, Severity
from .quote_align import QuoteMatch, align_quotes
from .report import AuditReport


@dataclass(frozen=True)
class Version:
    """A Document plus where it came from."""

    name: str
    document: Document
    kind: str  # file, round-trip, direct
    model: str | None = None
    direction: str = ""  # e.g. "en→es→en"
    pivot: Document | None = None  # the middle leg of a round trip
    translated_from: str | None = None  # direct translations: the version they translate
    source_segments: tuple[str, ...] | None = None  # direct translations: output per source sentence


@dataclass(frozen=True)
class VersionResult:
    version: Version
    alignment: SentenceAlignment
    quotes: tuple[QuoteMatch, ...]
    audit: AuditReport


@dataclass(frozen=True)
class Provenance:
    finding: Finding  # an audit finding of the article
    present_in: tuple[str, ...]  # versions where the same detector fires on the aligned sentences
    absent_from: tuple[str, ...]
    verdict: str


@dataclass(frozen=True)
class CompareReport:
    article: Document
    article_audit: AuditReport
    results: tuple[VersionResult, ...]
    findings: tuple[Finding, ...]  # cross-version findings
    provenance: tuple[Provenance, ...]
    notes: tuple[str, ...] = field(default=())


def warn(message: str) -> None:
    print(f"transcompare: warning: {message}", file=sys.stderr)


def declared_language(*labels: str) -> str | None:
    """A language a version's name or file name announces: a language's name anywhere ("spanish",
    "español"), or its code as a file-name component or the last word of a name ("article.es.txt",
    "original-es"), so that "uk-outlet.txt" or "what-it-means.txt" announce nothing."""
    names = languages.label_words()
    for label in labels:
        base = Path(label).name.lower()
        stem, *components = base.split(".")
        words = [w for w in re.split(r"[\W_]+", stem) if w]
        named = next((names[w] for w in words + components if w in names and w not in languages.BY_CODE), None)
        if named:
            return named
        for candidate in components + words[-1:]:
            if candidate in languages.BY_CODE:
                return candidate
    return None


def load_version_file(name: str, path: str, expected: set[str] | None = None) -> Version:
    """A version from a file; warns when its language is not the one announced or expected.

    ``expected``: the languages the options imply (--from, --via), if any."""
    document = load_document(path)
    declared = declared_language(name, path)
    allowed = {declared} if declared else expected
    if allowed and document.language not in allowed:
        warn(f"version {name!r} ({path}) looks like {languages.name(document.language)}, "
             f"not {' or '.join(sorted(languages.name(code) for code in allowed))}")
    return Version(name, document, "file")


def parse_version_option(value: str) -> tuple[str, str]:
    name, sep, path = value.partition("=")
    if not sep or not name or not path:
        raise InputError(f"--version {value!r}: write NAME=FILE, e.g. --version original=article.es.txt")
    return name, path


def _alignment(article: Document, version: Version, by_name: dict[str, Version]) -> SentenceAlignment:
    same = article.language == version.document.language
    if same:
        return align_sentences(article.sentence_texts(), version.document.sentence_texts(), True)
    # A direct translation of this version into the article's language is a ready-made bridge.
    bridge = next((v for v in by_name.values() if v.translated_from == version.name and v.source_segments), None)
    if bridge is not None:
        flipped = align_sentences(version.document.sentence_texts(), article.sentence_texts(), False,
                                  translated_source=list(bridge.source_segments))
        return _invert(flipped)
    return align_sentences(article.sentence_texts(), version.document.sentence_texts(), False)


def _invert(alignment: SentenceAlignment) -> SentenceAlignment:
    from .align import Bead

    return SentenceAlignment(tuple(Bead(b.target, b.source, b.score) for b in alignment.beads),
                             alignment.confidence, alignment.method)


def compare_versions(article: Document, versions: list[Version], source_language: str = AUTO) -> CompareReport:
    if not versions:
        raise InputError("nothing to compare: give --version NAME=FILE or --model SPEC")
    by_name = {v.name: v for v in versions}
    article_audit = audit_document(article, source_language)
    results = []
    notes = []
    for version in versions:
        alignment = _alignment(article, version, by_name)
        if alignment.confidence < WEAK_LINK * 2:
            notes.append(f"{version.name}: low alignment confidence ({alignment.confidence:.2f}); "
                         "the versions may not be the same article")
        quotes = align_quotes(article, version.document, alignment, version.name)
        results.append(VersionResult(version, alignment, tuple(quotes),
                                     audit_document(version.document, source_language)))
    findings = cross_version_findings(article, results)
    provenance = trace_artifacts(article, article_audit, results)
    return CompareReport(article, article_audit, tuple(results), tuple(findings), tuple(provenance), tuple(notes))


def cross_version_findings(article: Document, results: list[VersionResult]) -> list[Finding]:
    out: list[Finding] = []
    for result in results:
        name = result.version.name
        for match in result.quotes:
            if match.status == "added":
                continue
            quote = article.quotes[match.quote]
            if not quote.inner.of(article.text).strip():
                continue  # an empty quotation is already an audit finding
            span = quote.span
            if match.status == "lost":
                out.append(Finding("compare.lost-quote", "accuracy/omission", Severity.CRITICAL, span,
                                   f"quotation lost in {name}", "check the version for this statement",
                                   version=name))
                continue
            f = match.fidelity
            if f is None:
                continue
            if not f.numbers_kept:
                out.append(Finding("compare.number-changed", "accuracy/mistranslation", Severity.CRITICAL, span,
                                   f"numbers differ in {name}", evidence=match.counterpart_text, version=name))
            if not f.negation_kept:
                out.append(Finding("compare.polarity-flip", "accuracy/mistranslation", Severity.CRITICAL, span,
                                   f"negation differs in {name}: the meaning may be reversed",
                                   evidence=match.counterpart_text, version=name))
            if not f.names_kept:
                out.append(Finding("compare.name-changed", "accuracy/mistranslation", Severity.MAJOR, span,
                                   f"a name differs in {name}", evidence=match.counterpart_text, version=name))
            if not f.speaker_kept:
                out.append(Finding("compare.speaker-changed", "accuracy/mistranslation", Severity.MAJOR, span,
                                   f"the speaker differs in {name}", evidence=match.counterpart_text, version=name))
            if f.score < 0.5:
                out.append(Finding("compare.low-fidelity", "accuracy/mistranslation", Severity.MAJOR, span,
                                   f"low fidelity in {name} (score {f.score:.2f})", evidence=match.counterpart_text,
                                   version=name))
    out.sort(key=lambda f: (f.span.start, f.version, f.detector))
    return out


def trace_artifacts(article: Document, article_audit: AuditReport, results: list[VersionResult]) -> list[Provenance]:
    """For each artifact of the article: which versions show the same artifact in the same place."""
    from .detectors import all_detectors

    registry = all_detectors()
    traced = []
    for finding in article_audit.findings:
        sentence = article.sentence_of(finding.span.start)
        # Only versions the detector can look at count (no English calques in a Spanish text).
        comparable = [r for r in results if registry[finding.detector].applies_to(r.version.document.language)]
        direct = {r.version.name for r in comparable if r.version.kind in ("direct", "file")}
        present, absent = [], []
        for result in comparable:
            targets = set(result.alignment.targets_of(sentence))
            doc = result.version.document
            hit = any(f.detector == finding.detector and doc.sentence_of(f.span.start) in targets
                      for f in result.audit.findings)
            (present if hit else absent).append(result.version.name)
        independent_present = [n for n in present if n in direct]
        independent_absent = [n for n in absent if n in direct]
        if independent_absent and not independent_present:
            verdict = "absent from every independent version: likely introduced by the article's translator"
        elif independent_present and not independent_absent:
            verdict = "present in every independent version: likely in the source"
        elif independent_present:
            verdict = f"in {len(independent_present)} of {len(direct)} independent versions"
        else:
            verdict = f"in {len(present)} of {len(comparable)} versions (round trips start from the article)"
        traced.append(Provenance(finding, tuple(present), tuple(absent), verdict))
    return traced
