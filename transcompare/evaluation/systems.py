"""The systems of an evaluation, and running the models among them.

A system is a model (translated through the engine and its cache) or an existing
hypothesis file. A model's translation is written to ``hypotheses/NAME.txt`` in the
output folder, atomically, with ``NAME.json`` beside it (speed, and the settings that
produced it): a rerun with the same settings reuses it without loading the model, and
a killed run loses only the batches the translation cache had not yet stored. Scoring
then treats every system as a file.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from itertools import islice
from pathlib import Path

from ..errors import InputError
from ..io import atomic_writer, safe_filename, write_atomic
from .testset import Segment, TestSet

CHUNK = 2000


@dataclass(frozen=True)
class System:
    name: str
    kind: str  # model or hyp
    spec: str  # model spec, or hypothesis file path


@dataclass
class Hypotheses:
    """Where a system's outputs for the evaluated segments are, one line per segment."""

    system: System
    path: Path
    start: int = 0  # lines to skip (a hypothesis file covers the whole test set; a shard reads its slice)
    speed: dict = field(default_factory=dict)


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

    def segments(self) -> Iterator[Segment]:
        start, end = self.bounds
        return islice(self.testset.segments(), start, end)

    @property
    def size(self) -> int:
        return self.bounds[1] - self.bounds[0]


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


Translate = Callable[[list[str]], tuple[list[str], int, int]]  # sources -> (outputs, newly translated, their tokens)


def translate_system(plan: Plan, system: System, folder: Path, settings: dict, translator: Callable[[], Translate],
                     progress: Callable[[int], None] | None = None) -> Hypotheses:
    """A model's outputs for the plan's segments, reused from ``folder`` when the same run made them."""
    path = folder / f"{safe_filename(system.name)}.txt"
    meta_path = path.with_suffix(".json")
    key = _key(plan, system, settings)
    if path.is_file() and meta_path.is_file():
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if meta.get("key") == key:
            if progress:
                progress(plan.size)
            return Hypotheses(system, path, 0, meta["speed"])
    translate = translator()
    segments = translated = tokens = 0
    seconds = 0.0
    folder.mkdir(parents=True, exist_ok=True)
    with atomic_writer(path) as handle:
        for chunk in _chunks(plan.segments(), CHUNK):
            started = time.perf_counter()
            outputs, new, new_tokens = translate([s.src for s in chunk])
            seconds += time.perf_counter() - started
            segments, translated, tokens = segments + len(chunk), translated + new, tokens + new_tokens
            handle.write("".join(o.replace("\n", " ") + "\n" for o in outputs).encode("utf-8"))
            if progress:
                progress(len(chunk))
    speed = {**speed_summary(segments, translated, tokens, seconds), **getattr(translate, "info", {})}
    write_atomic(meta_path, json.dumps({"key": key, "speed": speed}, ensure_ascii=False, indent=1) + "\n")
    return Hypotheses(system, path, 0, speed)


def _key(plan: Plan, system: System, settings: dict) -> dict:
    return {"testset": plan.testset.digest, "bounds": list(plan.bounds), "system": asdict(system),
            "settings": settings, "direction": f"{plan.source_language}-{plan.target_language}"}


def speed_summary(segments: int, translated: int, tokens: int, seconds: float) -> dict:
    """Speed of the segments actually translated (cached ones cost nothing and are not counted)."""
    measured = bool(translated and seconds)
    return {"segments": segments, "translated": translated, "tokens": tokens, "seconds": round(seconds, 3),
            "segments_per_s": round(translated / seconds, 2) if measured else None,
            "tokens_per_s": round(tokens / seconds, 1) if measured else None, "token_unit": "whitespace"}


def _chunks(items: Iterator[Segment], size: int) -> Iterator[list[Segment]]:
    while True:
        chunk = list(islice(items, size))
        if not chunk:
            return
        yield chunk
