"""Artifact detectors: small functions registered by id.

A detector takes an :class:`AuditContext` and yields :class:`Hit` objects; the runner
turns them into :class:`~transcompare.datamodel.Finding` with the detector's id,
category and default severity, so a detector only says *where* and *why*.
"""

from __future__ import annotations

import bisect
import importlib
import operator
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache, cached_property
from itertools import accumulate, repeat

from ..datamodel import Document, Finding, Severity, Span
from ..gc_pause import collector_paused

AUTO = "auto"


@dataclass(frozen=True)
class Hit:
    span: Span
    message: str
    suggestion: str = ""
    evidence: str = ""
    severity: Severity | None = None  # None: the detector's default
    likely_source: str = ""  # the source-language wording the artifact likely comes from


WORD = re.compile(r"[\w’'-]+")  # a word as the lexicons read it: letters, digits, apostrophes, hyphens
_WORD_SPLIT = re.compile(f"({WORD.pattern})")


class RarePattern:
    """A regex every match of which holds one of ``needles``: where none is in the text (str.find reads
    it many times faster than a regex scan does), finditer and findall find nothing without scanning."""

    def __init__(self, pattern: str, needles: Iterable[str]):
        self.regex = re.compile(pattern)
        self.needles = tuple(needles)

    def occurs(self, text: str, start: int = 0, end: int | None = None) -> bool:
        end = len(text) if end is None else end
        return any(text.find(needle, start, end) >= 0 for needle in self.needles)

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterable[re.Match]:
        end = len(text) if end is None else end
        return self.regex.finditer(text, start, end) if self.occurs(text, start, end) else iter(())

    def findall(self, text: str, start: int = 0, end: int | None = None) -> list:
        end = len(text) if end is None else end
        return self.regex.findall(text, start, end) if self.occurs(text, start, end) else []


def word_codes(words: list[str]) -> bytes:
    """One byte a word, the same for the same word (from its hash, which the lexicons' set lookups have
    cached): for repeats_at."""
    return bytes(map(operator.mod, map(hash, words), repeat(251)))


def repeats_at(words: list[str], codes: bytes, distance: int) -> list[int]:
    """The indexes i, ascending, where words[i] == words[i + distance]. ``codes``: word_codes(words). The
    codes are compared all at once (two big integers XORed, in C), the words only where their codes agree:
    as found by comparing every word with the one ``distance`` after it, several times faster."""
    count = len(words) - distance
    if count <= 0:
        return []
    differ = (int.from_bytes(codes[:count], "little") ^ int.from_bytes(codes[distance:], "little")).to_bytes(count, "little")
    found, at = [], differ.find(0)
    while at >= 0:
        if words[at] == words[at + distance]:
            found.append(at)
        at = differ.find(0, at + 1)
    return found


class Words:
    """The words of ``folded[span]`` split once, in C, for the detectors that walk every word (a match
    object per word costs several times more); where they end is summed only when asked."""

    def __init__(self, folded: str, span: Span):
        self.start = span.start
        self.pieces = _WORD_SPLIT.split(folded[span.start : span.end])  # gap, word, gap, …, word, gap
        self.words = self.pieces[1::2]

    @cached_property
    def ends(self) -> list[int]:
        """Where each word ends."""
        return list(accumulate(map(len, self.pieces), initial=self.start))[2::2]


@dataclass
class AuditContext:
    document: Document
    source_language: str = AUTO  # "auto" tries every lexicon the tool has
    cache: dict = field(default_factory=dict, repr=False)  # results detectors share (lexicon matches, evidence)

    @property
    def text(self) -> str:
        return self.document.text

    @cached_property
    def _top_level_quotes(self) -> tuple[list[int], list[Span]]:
        inner = sorted(q.inner for q in self.document.quote_marks if q.depth == 0)  # disjoint, so sortable by start
        return [s.start for s in inner], inner

    def inside_quote(self, span: Span) -> bool:
        return self.enclosing_quote(span) is not None

    def enclosing_quote(self, span: Span) -> Span | None:
        """The inner span of the top-level quotation that contains ``span``, if any."""
        starts, inner = self._top_level_quotes
        index = bisect.bisect_right(starts, span.start) - 1
        return inner[index] if index >= 0 and inner[index].contains(span) else None

    @cached_property
    def non_prose(self) -> tuple[list[int], list[Span]]:
        """Markup, web addresses and @handles (sorted, disjoint), with their starts for bisect."""
        from .markup import non_prose_spans

        spans = non_prose_spans(self.text)
        return [s.start for s in spans], spans

    def memo(self, key: str, compute: Callable[[AuditContext], object]):
        """A value computed once per audit and shared between detectors."""
        cache = self.__dict__.setdefault("_memo", {})
        if key not in cache:
            cache[key] = compute(self)
        return cache[key]

    def inside_markup(self, span: Span) -> bool:
        """Inside an HTML tag or entity, a web address or a @handle: not prose."""
        starts, spans = self.non_prose
        if not starts:  # most articles: asked at every quotation mark
            return False
        index = bisect.bisect_right(starts, span.start) - 1
        return index >= 0 and spans[index].contains(span)

    @cached_property
    def words(self) -> Words:
        """The body's words (WORD) in the folded text."""
        return Words(self.folded_text, self.document.body)

    @cached_property
    def folded_text(self) -> str:
        """Lower-cased text with the same offsets (case-insensitive matching without re.I's cost)."""
        lowered = self.text.lower()
        return lowered if len(lowered) == len(self.text) else self.text

    def source_may_be(self, *languages: str) -> bool:
        return self.source_language == AUTO or self.source_language in languages


@dataclass(frozen=True)
class Detector:
    id: str
    category: str
    severity: Severity
    description: str
    run: Callable[[AuditContext], Iterable[Hit]]
    languages: tuple[str, ...] | None = None  # document languages it applies to; None: all

    def applies_to(self, language: str) -> bool:
        return self.languages is None or language in self.languages


REGISTRY: dict[str, Detector] = {}
_MODULES = ("quotation", "quote_marks", "spanish_quotes", "inverted_marks", "quote_punctuation", "segmentation",
            "calques", "conventions", "capitalisation", "acronyms", "names_translated", "fragments", "word_order", "relative_what", "spanish_grammar",
            "pronouns", "leaks", "markup", "llm", "untranslated", "repetition", "doubled", "numbers", "empty")


def detector(id: str, category: str, severity: Severity, description: str, languages: tuple[str, ...] | None = None):
    def register(fn: Callable[[AuditContext], Iterable[Hit]]):
        REGISTRY[id] = Detector(id, category, severity, description, fn, languages)
        return fn

    return register


@cache  # once per process: all_detectors is asked for every audited segment in evaluate
def _import_detector_modules() -> None:
    for name in _MODULES:
        importlib.import_module(f"{__name__}.{name}")


def all_detectors() -> dict[str, Detector]:
    _import_detector_modules()
    return REGISTRY


def run_detectors(document: Document, source_language: str = AUTO, only: Iterable[str] | None = None) -> list[Finding]:
    """Every applicable detector over ``document``, findings sorted by position."""
    registry = all_detectors()
    selected = list(only) if only is not None else list(registry)
    unknown = [d for d in selected if d not in registry]
    if unknown:
        from ..errors import InputError

        raise InputError(f"unknown detector {', '.join(unknown)} (see `transcompare audit --list-detectors`)")
    with collector_paused():  # detectors make many small objects and no cycles: see gc_pause
        findings = _run(document, source_language, selected, registry)
    findings.sort(key=lambda f: (f.span.start, f.span.end, f.detector))
    return findings


def _run(document: Document, source_language: str, selected: list[str], registry: dict[str, Detector]) -> list[Finding]:
    context = AuditContext(document, source_language)
    findings: list[Finding] = []
    for detector_id in selected:
        det = registry[detector_id]
        if not det.applies_to(document.language):
            continue
        for hit in det.run(context):
            findings.append(
                Finding(
                    detector=det.id,
                    category=det.category,
                    severity=hit.severity or det.severity,
                    span=hit.span,
                    message=hit.message,
                    suggestion=hit.suggestion,
                    evidence=hit.evidence or hit.span.of(document.text),
                    version=document.name,
                    likely_source=hit.likely_source,
                )
            )
    return findings
