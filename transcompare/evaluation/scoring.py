"""Scoring every system over the test set, a chunk of segments at a time.

Each chunk's reference statistics (n-gram tables, the reference's own audit and
quotations) are computed once and used for every system; chunks are independent, so
with --jobs they are spread over worker processes and merged in order. What a chunk
yields per system: each metric's per-segment statistics, sentence chrF, and the
tallies of the analyses (see evaluation.analyses).
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import cache
from itertools import islice
from pathlib import Path

import numpy as np

from ..gc_pause import collector_paused
from .analyses.artifacts import ArtifactTally, audit_output, audit_source
from .analyses.buckets import WordFrequencyTally, frequency_bucket
from .analyses.ngram_differences import NgramTally, chunk_differences
from .analyses.quotations import QuoteTally
from .groups import ChunkGroup, TextCache, groups
from .metrics import MetricOptions, make_metric
from .metrics.bleu import BLEU
from .systems import Hypotheses, Plan
from .testset import Segment, text_lines

CHUNK = 2000


@dataclass(frozen=True)
class ScoringSetup:
    metrics: tuple[str, ...]
    options: MetricOptions
    source_language: str
    target_language: str
    documents: bool  # segments grouped into documents (--docs)
    baseline: str
    systems: tuple[str, ...]
    analyses: bool = True  # word-frequency buckets and n-gram differences (the rest is cheap or always needed)
    jobs: int = 1  # worker processes (0: one per core); each warms its own caches, so more jobs cost more CPU
    frequency: dict[str, int] = field(default_factory=dict, compare=False)  # reference words over the whole test set


@dataclass
class Scored:
    """Everything the chunks yielded, merged."""

    stats: dict[str, dict[str, np.ndarray]]  # system -> metric -> per-segment statistics
    sentence_chrf: dict[str, np.ndarray]
    source_lengths: np.ndarray
    words: WordFrequencyTally
    ngrams: NgramTally
    quotes: dict[str, QuoteTally]
    artifacts: dict[str, ArtifactTally]
    reference_artifacts: ArtifactTally


@dataclass
class _ChunkResult:
    stats: dict[str, dict[str, np.ndarray]]
    sentence_chrf: dict[str, np.ndarray]
    source_lengths: np.ndarray
    words: WordFrequencyTally
    ngrams: tuple
    quotes: dict[str, QuoteTally]
    artifacts: dict[str, ArtifactTally]
    reference_artifacts: ArtifactTally


def score(plan: Plan, hypotheses: list[Hypotheses], setup: ScoringSetup,
          progress: Callable[[int], None] | None = None) -> Scored:
    systems = list(setup.systems)
    workers = setup.jobs or os.cpu_count() or 1
    size = max(100, min(CHUNK, -(-plan.size // workers)))
    in_process = [m for m in setup.metrics if not make_metric(m, setup.options).in_worker]
    jobs = _jobs(plan, hypotheses, setup.documents, size)
    merged = _Merger(systems, setup.metrics)
    global _SETUP
    _SETUP = setup
    if workers > 1 and plan.size > size:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(workers, mp_context=context) as pool:
            pending = []
            for job in jobs:
                pending.append((job, pool.submit(_score_chunk, *job)))
                if len(pending) >= 2 * workers:
                    _finish(pending.pop(0), merged, in_process, setup, progress)
            while pending:
                _finish(pending.pop(0), merged, in_process, setup, progress)
    else:
        for job in jobs:
            _finish((job, None), merged, in_process, setup, progress)
    return merged.result()


_SETUP: ScoringSetup | None = None  # set before the worker processes fork


def _finish(item, merged: _Merger, in_process: list[str], setup: ScoringSetup, progress) -> None:
    (segments, outputs), future = item
    result = future.result() if future is not None else _score_chunk(segments, outputs)
    for name in in_process:  # metrics that must not run in a worker (a GPU model)
        metric = make_metric(name, setup.options)
        prepared = metric.prepare([s.src for s in segments], [s.ref for s in segments])
        for system, lines in outputs.items():
            result.stats[system][name] = metric.statistics(prepared, lines, [s.src for s in segments])
    merged.add(result)
    if progress:
        progress(len(segments) * len(outputs))


def _jobs(plan: Plan, hypotheses: list[Hypotheses], documents: bool, size: int) -> Iterator[tuple[list[Segment], dict[str, list[str]]]]:
    """Chunks of about ``size`` segments (documents kept whole) with every system's outputs for them."""
    readers = {h.system.name: islice(text_lines(Path(h.path)), h.start, None) for h in hypotheses}
    segments = plan.segments()
    carry: list[Segment] = []
    while True:
        batch = carry + list(islice(segments, size))
        if not batch:
            return
        exhausted = len(batch) < len(carry) + size
        cut = len(batch)
        if documents and not exhausted and batch[-1].doc:
            # The last document may go on in the next segments: leave it for the next chunk.
            cut = len(batch)
            while cut > 0 and batch[cut - 1].doc == batch[-1].doc:
                cut -= 1
            if cut == 0:  # one document longer than a chunk: read on until it ends
                carry = batch
                continue
        chunk, carry = batch[:cut], batch[cut:]
        yield chunk, {name: list(islice(reader, len(chunk))) for name, reader in readers.items()}
        if exhausted and not carry:
            return


@cache
def cached_metric(name: str, options: MetricOptions):
    """One metric object per process (its tokenizer caches then serve every chunk)."""
    return make_metric(name, options)


# The audit of every output makes millions of small objects that form no cycles: walking them again and
# again cost a tenth of evaluate's CPU (see gc_pause). Paused chunk by chunk, so memory stays bounded.
@collector_paused()
def _score_chunk(segments: list[Segment], outputs: dict[str, list[str]]) -> _ChunkResult:
    setup = _SETUP
    assert setup is not None, "score() sets the setup before any chunk is scored"
    sources, references = [s.src for s in segments], [s.ref for s in segments]
    systems = list(setup.systems)
    stats: dict[str, dict[str, np.ndarray]] = {s: {} for s in systems}
    bleu = cached_metric("bleu", setup.options)
    words = bleu.prepare(sources, references)
    hypothesis_words = {s: bleu.hypotheses(words, outputs[s]) for s in systems}
    chrf = cached_metric("chrf", setup.options)
    chrf_reference = chrf.prepare(sources, references)
    for name in setup.metrics:
        metric = cached_metric(name, setup.options)
        if not metric.in_worker:
            continue
        if name == "bleu":
            for s in systems:
                stats[s][name] = BLEU.statistics_of(words, hypothesis_words[s])
            continue
        prepared = chrf_reference if name == "chrf" else metric.prepare(sources, references)
        for s in systems:
            stats[s][name] = metric.statistics(prepared, outputs[s], sources)
    sentence_chrf = {s: chrf.sentence_scores(stats[s]["chrf"] if "chrf" in stats[s] else
                                             chrf.statistics(chrf_reference, outputs[s], sources)) for s in systems}
    word_tally = _word_frequencies(words, hypothesis_words, setup) if setup.analyses else WordFrequencyTally(systems)
    ngrams = chunk_differences(words, hypothesis_words, setup.baseline) if setup.analyses else ([], np.zeros(0, np.int8), {})
    quotes, artifacts, reference_artifacts = _read_outputs(segments, outputs, setup)
    lengths = np.fromiter((len(s.split()) for s in sources), dtype=np.int64, count=len(sources))
    return _ChunkResult(stats, sentence_chrf, lengths, word_tally, ngrams, quotes, artifacts, reference_artifacts)


def _word_frequencies(words, hypothesis_words, setup: ScoringSetup) -> WordFrequencyTally:
    frequency = setup.frequency
    bucket_of_code = frequency_bucket(np.fromiter((frequency.get(w, 0) for w in words.vocabulary.words()), dtype=np.int64))
    tally = WordFrequencyTally(list(setup.systems))
    tally.add_reference(bucket_of_code[words.ngrams.flat.codes])
    unigram_codes = words.ngrams.tables[0].prefixes[words.ngrams.key_types(1)]
    for system, hyp in hypothesis_words.items():
        tally.add_system(system, bucket_of_code[hyp.flat.codes], bucket_of_code[unigram_codes], hyp.matches[0].per_key)
    return tally


def _read_outputs(segments: list[Segment], outputs: dict[str, list[str]], setup: ScoringSetup):
    """The audit and the quotation alignment of every system's output, text by text."""
    systems = list(setup.systems)
    quotes = {s: QuoteTally() for s in systems}
    artifacts = {s: ArtifactTally() for s in systems}
    reference_artifacts = ArtifactTally()
    texts = TextCache(setup.target_language)
    for group in groups(segments, setup.documents):
        reference = texts.get([s.ref for s in segments[group.start : group.end]])
        chunk_group = ChunkGroup(group, segments, reference, setup.source_language)
        quoted: dict[int, list] = {}
        read = [(system, texts.get(outputs[system][group.start : group.end])) for system in systems]
        audited: dict[int, list] = {}  # by text: outputs equal to each other or to the reference are one object
        for text in (reference, *(o for _, o in read)):
            if id(text) not in audited:
                audited[id(text)] = audit_output(text, chunk_group)
        fired = {f.detector for findings in audited.values() for f in findings}
        source_findings = audit_source(chunk_group, fired)
        alone = not setup.documents
        reference_artifacts.add(reference, audited[id(reference)], source_findings, chunk_group, alone)
        for system, output in read:
            artifacts[system].add(output, audited[id(output)], source_findings, chunk_group, alone)
            quotes[system].add(output, chunk_group, quoted)
    return quotes, artifacts, reference_artifacts


class _Merger:
    def __init__(self, systems: list[str], metrics: tuple[str, ...]):
        self.systems = systems
        self.stats: list[dict[str, dict[str, np.ndarray]]] = []  # per chunk: only the per-segment arrays are kept
        self.sentence_chrf: list[dict[str, np.ndarray]] = []
        self.lengths: list[np.ndarray] = []
        self.words = WordFrequencyTally(systems)
        self.ngrams = NgramTally(systems)
        self.quotes = {s: QuoteTally() for s in systems}
        self.artifacts = {s: ArtifactTally() for s in systems}
        self.reference_artifacts = ArtifactTally()

    def add(self, part: _ChunkResult) -> None:
        self.words.merge(part.words)
        self.ngrams.add(*part.ngrams)
        for s in self.systems:
            self.quotes[s].merge(part.quotes[s])
            self.artifacts[s].merge(part.artifacts[s])
        self.reference_artifacts.merge(part.reference_artifacts)
        self.stats.append(part.stats)
        self.sentence_chrf.append(part.sentence_chrf)
        self.lengths.append(part.source_lengths)

    def result(self) -> Scored:
        stats = {s: {m: np.concatenate([p[s][m] for p in self.stats]) for m in self.stats[0][s]} if self.stats else {}
                 for s in self.systems}
        chrf = {s: np.concatenate([p[s] for p in self.sentence_chrf]) if self.sentence_chrf else np.zeros(0)
                for s in self.systems}
        lengths = np.concatenate(self.lengths) if self.lengths else np.zeros(0, np.int64)
        return Scored(stats, chrf, lengths, self.words, self.ngrams, self.quotes, self.artifacts, self.reference_artifacts)
