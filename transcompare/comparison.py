"""Compare an article with other versions of itself: files, model translations, round trips
(``compare``, the public entry; versions.py builds the versions).

Every version is aligned to the article sentence by sentence. A version that does not
correspond to the article is said to first and nothing is matched in it. In one that does,
every aligned sentence is compared for numbers, names and negation (crosscheck), every
quotation is matched (quote_align), and the article's artifacts are traced across versions.
Time and memory grow linearly with the documents.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from . import languages
from .align import WEAK_LINK, SentenceAlignment, align_sentences
from .auditing import AuditReport, audit_document
from .crosscheck import Change, Difference, Kind, comparable, compare_pair, known_names
from .datamodel import Document, Finding, Severity, Span
from .detectors import AUTO
from .errors import InputError
from .gc_pause import collector_paused
from .progress import stage
from .quote_align import QuoteMatch, QuoteStatus, align_quotes, not_compared, sentence_targets

if TYPE_CHECKING:
    from .translate.base import GenerationSettings


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
class Correspondence:
    """Whether a version is the same article: enough sentences with a confident counterpart."""

    corresponds: bool
    strong_share: float  # share of the article's sentences in a confident link
    mean_similarity: float  # of the aligned sentence pairs

    def describe(self) -> str:
        return (f"{self.strong_share:.0%} of the article's sentences have a confident counterpart, "
                f"mean similarity {self.mean_similarity:.2f}")


@dataclass(frozen=True)
class SentenceChange:
    """A number, name or negation that differs between aligned sentences."""

    article_sentences: tuple[int, ...]
    version_sentences: tuple[int, ...]
    difference: Difference  # source_span in the article's text, target_span in the version's
    quote: int | None  # the article quotation it falls in, if any


@dataclass(frozen=True)
class VersionResult:
    version: Version
    alignment: SentenceAlignment
    quotes: tuple[QuoteMatch, ...]
    audit: AuditReport
    correspondence: Correspondence
    changes: tuple[SentenceChange, ...] = ()


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
    warnings: tuple[str, ...] = field(default=())  # said first: versions not compared, or compared only in part


def _alignment(article: Document, version: Version, by_name: dict[str, Version]) -> SentenceAlignment:
    same = article.language == version.document.language
    if same:
        return align_sentences(article.sentence_texts(), version.document.sentence_texts(), True)
    # A direct translation of this version into the article's language is a ready-made bridge.
    bridge = next((v.source_segments for v in by_name.values() if v.translated_from == version.name and v.source_segments),
                  None)
    if bridge:
        flipped = align_sentences(version.document.sentence_texts(), article.sentence_texts(), False,
                                  translated_source=list(bridge))
        return _invert(flipped)
    return align_sentences(article.sentence_texts(), version.document.sentence_texts(), False)


def _invert(alignment: SentenceAlignment) -> SentenceAlignment:
    from .align import Bead

    return replace(alignment, beads=tuple(Bead(b.target, b.source, b.score) for b in alignment.beads))


STRONG_LINK = 0.3  # a sentence pair this similar is a confident counterpart
MIN_STRONG_SHARE = 0.05
MIN_MEAN = {True: 0.35, False: 0.15}  # same language, across languages


def correspondence(alignment: SentenceAlignment, article_sentences: int, same_language: bool) -> Correspondence:
    """Whether the versions are the same article: the aligner's own verdict when it gives one
    (``alignment.corresponds``), else the share of confident links and their mean similarity.
    Unrelated articles align with no confident link and a low mean (bench: ntrex-dev, 0.00 and
    at most 0.17); parallel ones have confident links or a higher mean."""
    matched = [b for b in alignment.beads if b.source and b.target]
    strong = sum(len(b.source) for b in matched if b.score >= STRONG_LINK)
    share = strong / max(1, article_sentences)
    mean = sum(b.score for b in matched) / len(matched) if matched else 0.0
    ours = strong > 0 and (share >= MIN_STRONG_SHARE or mean >= MIN_MEAN[same_language])
    verdict = getattr(alignment, "corresponds", None)
    if verdict is None:
        verdict = ours
    return Correspondence(bool(verdict), round(share, 3), round(mean, 3))


def sentence_changes(article: Document, version: Document, alignment: SentenceAlignment,
                     article_names: frozenset[str], version_names: frozenset[str]) -> list[SentenceChange]:
    """Numbers, names and negations that differ in each pair of aligned sentences (confident links only)."""
    quote_starts = [q.span.start for q in article.quotes]
    out: list[SentenceChange] = []
    for bead in alignment.beads:
        if not bead.source or not bead.target or bead.score < WEAK_LINK:
            continue
        a = Span(article.sentences[bead.source[0]].start, article.sentences[bead.source[-1]].end)
        b = Span(version.sentences[bead.target[0]].start, version.sentences[bead.target[-1]].end)
        a_text, b_text = a.of(article.text), b.of(version.text)
        if a_text == b_text:
            continue
        for difference in compare_pair(a_text, article.language, b_text, version.language,
                                       source_names=article_names, target_names=version_names):
            moved = difference.shift(a.start, b.start)
            out.append(SentenceChange(bead.source, bead.target, moved, _quote_at(article, quote_starts, moved)))
    return out


def _quote_at(article: Document, starts: list[int], difference: Difference) -> int | None:
    """The innermost article quotation holding the difference's source text."""
    import bisect

    span = difference.source_span
    if span is None:
        return None
    k = bisect.bisect_right(starts, span.start) - 1
    # quotations nest, so look back over the few that open before it
    for index in range(k, max(-1, k - 8), -1):
        if article.quotes[index].inner.contains(span):
            return index
    return None


def compare(article_path: str, versions: Sequence[str] = (), models: Sequence[str] = (), via: str | None = None,
            source: str | None = None, to: str | None = None, source_language: str = AUTO,
            settings: GenerationSettings | None = None, use_cache: bool = True) -> CompareReport:
    """Load an article and its versions (NAME=FILE), run the models, compare everything.

    Models are aliases or specs; ``file:`` specs are versions too. Given versions and no model,
    only the versions are compared; with neither, or with --via/--from and no model, what is
    usable offline is used."""
    from .document import load_document
    from .versions import build_versions

    stage(f"reading {article_path}")
    article = load_document(article_path)
    made = build_versions(article, versions, models, via, source, to, settings, use_cache)
    return compare_versions(article, made, source_language)


def compare_versions(article: Document, versions: Sequence[Version], source_language: str = AUTO) -> CompareReport:
    if not versions:
        raise InputError("nothing to compare: give --version NAME=FILE or --model SPEC")
    with collector_paused():
        return _compare_versions(article, versions, source_language)


def _compare_versions(article: Document, versions: Sequence[Version], source_language: str) -> CompareReport:
    by_name = {v.name: v for v in versions}
    stage(f"auditing {article.name}")
    article_audit = audit_document(article, source_language)
    article_names = known_names(article.text, article.language)
    results, warnings, notes = [], [], []
    for version in versions:
        language = version.document.language
        if not comparable(article.language, language):
            bridge = next((v.name for v in versions if v.translated_from == version.name), None)
            if bridge:
                notes.append(f"{version.name} ({languages.name(language)}) is compared through its translation "
                             f"{bridge}")
            else:
                warnings.append(f"{version.name} is in {languages.name(language)} and the article in "
                                f"{languages.name(article.language)}: they can only be compared through a translation "
                                f"(--from {language} --model MODEL); {version.name} was left out")
            continue
        results.append(_compare_one(article, version, by_name, source_language, article_names))
    for result in results:
        if not result.correspondence.corresponds:
            warnings.append(f"{result.version.name} does not correspond to the article "
                            f"({result.correspondence.describe()}): nothing was matched in it")
    if not results:
        raise InputError("nothing left to compare: " + "; ".join(warnings))
    findings = cross_version_findings(article, results)
    provenance = trace_artifacts(article, article_audit, [r for r in results if r.correspondence.corresponds])
    return CompareReport(article, article_audit, tuple(results), tuple(findings), tuple(provenance), tuple(notes),
                         tuple(warnings))


def _compare_one(article: Document, version: Version, by_name: dict[str, Version], source_language: str,
                 article_names: frozenset[str]) -> VersionResult:
    document = version.document
    stage(f"aligning {version.name}")
    alignment = _alignment(article, version, by_name)
    same = article.language == document.language
    verdict = correspondence(alignment, len(article.sentences), same)
    stage(f"comparing {version.name}")
    audit = audit_document(document, source_language)
    if not verdict.corresponds:
        return VersionResult(version, alignment, tuple(not_compared(article, version.name)), audit, verdict)
    version_names = known_names(document.text, document.language)
    targets = sentence_targets(alignment, len(article.sentences))
    quotes = align_quotes(article, document, alignment, version.name, targets=targets,
                          article_names=article_names, version_names=version_names)
    changes = sentence_changes(article, document, alignment, article_names, version_names)
    return VersionResult(version, alignment, tuple(quotes), audit, verdict, tuple(changes))


_DETECTOR = {(Kind.NUMBERS, Change.CHANGED): "compare.number-changed", (Kind.NUMBERS, Change.DROPPED): "compare.number-dropped",
             (Kind.NUMBERS, Change.ADDED): "compare.number-added", (Kind.NAMES, Change.CHANGED): "compare.name-changed",
             (Kind.NAMES, Change.DROPPED): "compare.name-dropped", (Kind.NAMES, Change.ADDED): "compare.name-added"}
_CATEGORY = {Change.DROPPED: "accuracy/omission", Change.ADDED: "accuracy/addition"}
_SUGGESTION = {Kind.NUMBERS: "check the figure against the source", Kind.NAMES: "check the name against the source",
               Kind.NEGATION: "check whether the statement was reversed"}


def difference_finding(article: Document, change: SentenceChange, version: str, evidence: str) -> Finding:
    d = change.difference
    detector = _DETECTOR.get((d.kind, d.change), "compare.polarity-flip")
    span = d.source_span or Span(article.sentences[change.article_sentences[0]].start,
                                 article.sentences[change.article_sentences[-1]].end)
    where = " in a quotation" if change.quote is not None else ""
    return Finding(detector, _CATEGORY.get(d.change, "accuracy/mistranslation"), d.severity, span,
                   f"{d.label}{where} in {version}: {d.summary}" + (f" ({d.explanation()})" if d.kind is Kind.NEGATION else ""),
                   _SUGGESTION[d.kind], evidence, version)


def cross_version_findings(article: Document, results: list[VersionResult]) -> list[Finding]:
    out: list[Finding] = []
    for result in results:
        name = result.version.name
        doc = result.version.document
        if not result.correspondence.corresponds:
            first = article.sentences[0] if article.sentences else article.body
            out.append(Finding("compare.no-correspondence", "accuracy/mistranslation", Severity.CRITICAL,
                               Span(first.start, first.start), f"{name} does not correspond to the article "
                               f"({result.correspondence.describe()}): nothing was compared",
                               "check that the version is the same article", version=name))
            continue
        covered = set()
        for change in result.changes:
            evidence = " ".join(doc.sentences[t].of(doc.text) for t in change.version_sentences)
            out.append(difference_finding(article, change, name, evidence))
            if change.difference.source_span:
                covered.add((change.difference.kind, change.difference.source_span))
        out += _quote_findings(article, result, covered)
    out.sort(key=lambda f: (f.span.start, f.version, -f.severity, f.detector))
    return out


def _quote_findings(article: Document, result: VersionResult, covered: set) -> list[Finding]:
    name = result.version.name
    out = []
    for match in result.quotes:
        if match.status is QuoteStatus.ADDED:
            continue
        quote = article.quotes[match.quote]
        text = quote.inner.of(article.text)
        if not any(c.isalnum() for c in text):
            continue  # an empty quotation is already an audit finding
        if match.status is QuoteStatus.LOST:
            out.append(Finding("compare.lost-quote", "accuracy/omission", Severity.CRITICAL, quote.span,
                               f"quotation lost in {name}", "check the version for this statement", version=name))
        elif match.status is QuoteStatus.EMPTIED:
            out.append(Finding("compare.quote-emptied", "accuracy/omission", Severity.CRITICAL, quote.span,
                               f"quotation emptied in {name}: the quotation marks are there, the words are gone",
                               "check the version for this statement", match.counterpart_text, name))
        elif match.status is QuoteStatus.ALTERED and match.fidelity is not None:
            kept = match.fidelity.words_kept
            how = f"{1 - kept:.0%} of its words dropped or changed" if kept is not None else "changed"
            out.append(Finding("compare.quote-altered", "accuracy/mistranslation", Severity.MAJOR, quote.span,
                               f"quotation altered in {name}: {how}", "compare the quotation with the source",
                               match.counterpart_text, name))
        if match.fidelity is None:
            continue
        for d in match.fidelity.differences:  # what the sentence comparison could not see (another sentence)
            if d.source_span is not None and (d.kind, d.source_span.shift(quote.inner.start)) not in covered \
                    and d.severity >= Severity.MAJOR:
                change = SentenceChange((article.sentence_of(quote.span.start),), (), d.shift(quote.inner.start, 0),
                                        match.quote)
                out.append(difference_finding(article, change, name, match.counterpart_text))
        if not match.fidelity.speaker_kept:
            out.append(Finding("compare.speaker-changed", "accuracy/mistranslation", Severity.MAJOR, quote.span,
                               f"the speaker differs in {name}", evidence=match.counterpart_text, version=name))
    return out


def trace_artifacts(article: Document, article_audit: AuditReport, results: list[VersionResult]) -> list[Provenance]:
    """For each artifact of the article: which versions show the same artifact in the same place."""
    from .detectors import all_detectors

    registry = all_detectors()
    indexes = []
    for result in results:
        doc = result.version.document
        hits = {(f.detector, doc.sentence_of(f.span.start)) for f in result.audit.findings}
        indexes.append((result, sentence_targets(result.alignment, len(article.sentences)), hits))
    traced = []
    for finding in article_audit.findings:
        sentence = article.sentence_of(finding.span.start)
        # Only versions the detector can look at count (no English calques in a Spanish text).
        comparable_results = [(r, t, h) for r, t, h in indexes if registry[finding.detector].applies_to(
            r.version.document.language)]
        direct = {r.version.name for r, _, _ in comparable_results if r.version.kind in ("direct", "file")}
        present: list[str] = []
        absent: list[str] = []
        for result, targets, hits in comparable_results:
            aligned = targets[sentence] if sentence < len(targets) else ()
            hit = any((finding.detector, t) in hits for t in aligned)
            (present if hit else absent).append(result.version.name)
        independent_present = [n for n in present if n in direct]
        independent_absent = [n for n in absent if n in direct]
        if not comparable_results:
            verdict = "no version is in a language this detector reads"
        elif independent_absent and not independent_present:
            verdict = "absent from every independent version: likely introduced by the article's translator"
        elif independent_present and not independent_absent:
            verdict = "present in every independent version: likely in the source"
        elif independent_present:
            verdict = f"in {len(independent_present)} of {len(direct)} independent versions"
        else:
            verdict = f"in {len(present)} of {len(comparable_results)} versions (round trips start from the article)"
        traced.append(Provenance(finding, tuple(present), tuple(absent), verdict))
    return traced
