"""Run systems over a test set, one system at a time, streaming the segments.

Each finished system leaves its hypotheses, per-segment statistics and quotation
tally in the output folder, written atomically; a rerun skips finished systems, and
the translation cache makes a killed system's finished batches free.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

import numpy as np

from ..bilingual.segments import audit_pair
from ..errors import InputError
from ..io import atomic_writer, write_atomic
from . import comet
from .metrics import statistics
from .quotes import QuoteTally, ReferenceQuotes, reference_quotes
from .testset import Segment, TestSet, text_lines

CHUNK = 2000


@dataclass(frozen=True)
class System:
    name: str
    kind: str  # model or hyp
    spec: str  # model spec, or hypothesis file path


@dataclass
class SystemRun:
    """What one system produced on (a shard of) the test set."""

    system: System
    stats: dict[str, np.ndarray]
    tally: QuoteTally
    speed: dict = field(default_factory=dict)
    hypotheses: Path | None = None


@dataclass(frozen=True)
class Plan:
    testset: TestSet
    metrics: tuple[str, ...]
    source_language: str
    target_language: str
    out: Path | None
    shard: tuple[int, int] = (0, 1)
    total: int = 0  # segments in the whole test set
    bounds: tuple[int, int] = (0, 0)  # the segments of this shard: [start, end)
    comet_model: str | None = None

    def segments(self) -> Iterator[Segment]:
        start, end = self.bounds
        return islice(self.testset.segments(), start, end)


def shard_bounds(testset: TestSet, total: int, shard: tuple[int, int]) -> tuple[int, int]:
    """Slice ``shard`` of the test set, moved to document boundaries when there are documents."""
    index, count = shard
    start, end = index * total // count, (index + 1) * total // count
    if testset.docs_path is None or count == 1:
        return start, end
    starts = {0, total}
    previous = None
    for segment in testset.segments():
        if segment.doc != previous:
            starts.add(segment.index)
        previous = segment.doc
    ordered = sorted(starts)

    def snap(position: int) -> int:
        return next(s for s in ordered if s >= position)

    return snap(start), snap(end)


def safe_name(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in name)


def documents(segments: Iterator[Segment]) -> Iterator[list[Segment]]:
    """Consecutive segments of one document (each segment alone when there are no ids)."""
    group: list[Segment] = []
    for segment in segments:
        if group and (not segment.doc or segment.doc != group[-1].doc):
            yield group
            group = []
        group.append(segment)
    if group:
        yield group


def reference_index(plan: Plan) -> dict[int, ReferenceQuotes]:
    """Source and reference quotations per document (index of its first segment), computed once."""
    found = {}
    for group in documents(plan.segments()):
        quotes = reference_quotes(" ".join(s.src for s in group), " ".join(s.ref for s in group),
                                  plan.source_language, plan.target_language)
        if quotes is not None:
            found[group[0].index] = quotes
    return found


def _key(plan: Plan, system: System, settings: dict) -> dict:
    return {"testset": plan.testset.digest, "shard": list(plan.shard), "metrics": list(plan.metrics),
            "system": system.__dict__, "settings": settings,
            "direction": f"{plan.source_language}-{plan.target_language}"}


def load_finished(folder: Path, system: System, key: dict | None = None) -> SystemRun | None:
    meta_file = folder / "systems" / f"{safe_name(system.name)}.json"
    stats_file = meta_file.with_suffix(".npz")
    if not meta_file.exists() or not stats_file.exists():
        return None
    meta = json.loads(meta_file.read_text(encoding="utf-8"))
    if key is not None and meta["key"] != key:
        return None
    with np.load(stats_file) as data:
        stats = {name: data[name] for name in data.files}
    return SystemRun(system, stats, QuoteTally.from_state(meta["tally"]), meta["speed"],
                     folder / "hypotheses" / f"{safe_name(system.name)}.txt")


def run_system(plan: Plan, system: System, references: dict[int, ReferenceQuotes], translate=None,
               settings: dict | None = None, progress=None) -> SystemRun:
    """Translate (or read) and score one system; resumes from the output folder."""
    key = _key(plan, system, settings or {})
    if plan.out is not None:
        finished = load_finished(plan.out, system, key)
        if finished is not None:
            return finished
    hypothesis_lines = text_lines(Path(system.spec)) if system.kind == "hyp" else None
    if hypothesis_lines is not None:
        start, _ = plan.bounds
        hypothesis_lines = islice(hypothesis_lines, start, None)
    stats: dict[str, list[np.ndarray]] = {m: [] for m in plan.metrics}
    tally = QuoteTally()
    produced = 0
    seconds = 0.0
    translated = tokens = 0
    pending: list[Segment] = []
    pending_hyps: list[str] = []

    def flush(final: bool) -> None:
        # Score complete documents only, so a quotation spanning segments stays whole.
        groups = list(documents(iter(pending)))
        keep = groups.pop() if groups and not final else []
        done = len(pending) - len(keep)
        for group in groups:
            offset = group[0].index - pending[0].index
            tally.add_artifacts(audit_pair([s.src for s in group], pending_hyps[offset : offset + len(group)],
                                           plan.source_language, plan.target_language))
            reference = references.get(group[0].index)
            if reference is not None:
                tally.add_document(reference, " ".join(pending_hyps[offset : offset + len(group)]), plan.target_language)
        del pending[:done]
        del pending_hyps[:done]

    with _hypothesis_file(plan.out, system) as hypothesis_file:
        for chunk in _chunks(plan.segments(), CHUNK):
            outputs, new, new_tokens, spent = _outputs(chunk, hypothesis_lines, translate)
            seconds, translated, tokens = seconds + spent, translated + new, tokens + new_tokens
            refs = [s.ref for s in chunk]
            for metric in plan.metrics:
                if metric == comet.NAME:
                    stats[metric].append(comet.statistics(plan.comet_model, [s.src for s in chunk], outputs, refs))
                else:
                    stats[metric].append(statistics(metric, outputs, refs))
            if hypothesis_file is not None:
                hypothesis_file.write("".join(h.replace("\n", " ") + "\n" for h in outputs).encode("utf-8"))
            produced += len(outputs)
            pending.extend(chunk)
            pending_hyps.extend(outputs)
            flush(final=False)
            if progress:
                progress(len(chunk))
    flush(final=True)
    run = SystemRun(system, {m: np.concatenate(v) if v else np.zeros((0, 1)) for m, v in stats.items()}, tally)
    if system.kind == "model":
        run.speed = {**speed_summary(produced, translated, tokens, seconds), **getattr(translate, "info", {})}
    if plan.out is not None:
        run.hypotheses = plan.out / "hypotheses" / f"{safe_name(system.name)}.txt"
        save_system(plan.out, run, key)
    return run


def _outputs(chunk: list[Segment], hypothesis_lines, translate) -> tuple[list[str], int, int, float]:
    """(outputs, segments newly translated, their tokens, seconds spent translating)."""
    if hypothesis_lines is not None:
        return list(islice(hypothesis_lines, len(chunk))), 0, 0, 0.0
    started = time.perf_counter()
    outputs, new, tokens = translate([s.src for s in chunk])
    return outputs, new, tokens, time.perf_counter() - started


@contextmanager
def _hypothesis_file(folder: Path | None, system: System):
    """hypotheses/NAME.txt, streamed and atomic; nothing without an output folder."""
    if folder is None:
        yield None
        return
    (folder / "hypotheses").mkdir(parents=True, exist_ok=True)
    with atomic_writer(folder / "hypotheses" / f"{safe_name(system.name)}.txt") as handle:
        yield handle


def speed_summary(segments: int, translated: int, tokens: int, seconds: float) -> dict:
    """Speed of the segments actually translated (cached ones cost nothing and are not counted)."""
    measured = bool(translated and seconds)
    return {"segments": segments, "translated": translated, "tokens": tokens, "seconds": round(seconds, 3),
            "segments_per_s": round(translated / seconds, 2) if measured else None,
            "tokens_per_s": round(tokens / seconds, 1) if measured else None, "token_unit": "whitespace"}


def save_system(folder: Path, run: SystemRun, key: dict) -> None:
    """Statistics, then the metadata that marks the system finished (each atomic)."""
    import io

    name = safe_name(run.system.name)
    (folder / "systems").mkdir(parents=True, exist_ok=True)
    buffer = io.BytesIO()
    np.savez(buffer, **run.stats)
    write_atomic(folder / "systems" / f"{name}.npz", buffer.getvalue())
    meta = {"key": key, "tally": run.tally.state(), "speed": run.speed}
    write_atomic(folder / "systems" / f"{name}.json", json.dumps(meta, ensure_ascii=False, indent=1))


def _chunks(items: Iterator[Segment], size: int) -> Iterator[list[Segment]]:
    while True:
        chunk = list(islice(items, size))
        if not chunk:
            return
        yield chunk


def parse_shard(value: str | None) -> tuple[int, int]:
    if not value:
        return (0, 1)
    try:
        index, count = (int(x) for x in value.split("/"))
    except ValueError:
        raise InputError(f"--shard {value!r}: write I/N, e.g. 0/4 for the first of four slices") from None
    if not (count >= 1 and 0 <= index < count):
        raise InputError(f"--shard {value!r}: I must be between 0 and N-1")
    return index, count
