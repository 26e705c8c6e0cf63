"""The results of an evaluation: plain dataclasses, written as results.json by ``to_json()``
and read back by ``from_json()`` (merge, compare)."""

from __future__ import annotations

import dataclasses
import types
import typing
from dataclasses import dataclass, field
from typing import Any

from .analyses.artifacts import ArtifactSummary
from .analyses.buckets import FrequencyBucket, LengthBucket
from .analyses.differing_segments import SystemDifferences
from .analyses.ngram_differences import SystemNgrams
from .analyses.quotations import QuoteSummary

SCHEMA = "transcompare.evaluate/2"
ALPHA = 0.05
BETTER, WORSE, SAME, BASELINE = "better", "worse", "same", "baseline"


@dataclass(frozen=True)
class MetricInfo:
    name: str
    label: str
    higher_is_better: bool
    signature: str

    @property
    def arrow(self) -> str:
        return "↑" if self.higher_is_better else "↓"

    @property
    def direction(self) -> str:
        return "higher is better" if self.higher_is_better else "lower is better"


@dataclass(frozen=True)
class MetricScore:
    score: float
    mean: float  # over the bootstrap resamples
    ci95: tuple[float, float]  # the 2.5% and 97.5% resampled scores (sacrebleu's estimate_ci)
    ci95_half_width: float  # sacrebleu's "± CI"
    p_bootstrap: float | None = None  # paired bootstrap against the baseline (None: the baseline itself)
    p_randomization: float | None = None  # approximate randomization against the baseline
    verdict: str = BASELINE  # better / worse (significantly, by the paired bootstrap, given the direction) / same


@dataclass(frozen=True)
class SystemResult:
    name: str
    kind: str  # model or hyp
    spec: str
    segments: int
    scores: dict[str, MetricScore]
    quotes: QuoteSummary
    artifacts: ArtifactSummary
    speed: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Significance:
    alpha: float
    test: str
    bootstrap_resamples: int
    randomization_trials: int
    seed: str


@dataclass(frozen=True)
class Analyses:
    length_buckets: list[LengthBucket]
    frequency_buckets: list[FrequencyBucket]
    ngrams: list[SystemNgrams]
    differing_segments: list[SystemDifferences]


@dataclass(frozen=True)
class EvaluationResults:
    schema: str
    tool: dict[str, str]
    testset: str
    testset_fingerprint: str
    segments: int  # in the whole test set
    direction: str
    shard: tuple[int, int]
    bounds: tuple[int, int]
    documents: bool  # segments grouped by --docs
    metrics: list[MetricInfo]
    baseline: str
    ranked_by: str
    significance: Significance
    systems: list[SystemResult]
    reference_artifacts: ArtifactSummary  # the audit of the reference itself, for scale
    analyses: Analyses | None  # None with analyses=False
    notes: list[str] = field(default_factory=list)
    comet_model: str | None = None
    merged_from: list[str] = field(default_factory=list)

    def metric(self, name: str) -> MetricInfo:
        return next(m for m in self.metrics if m.name == name)

    def system(self, name: str) -> SystemResult:
        return next(s for s in self.systems if s.name == name)

    def to_json(self) -> dict:
        return plain(self)

    @classmethod
    def from_json(cls, data: dict) -> EvaluationResults:
        return _build(cls, data)


def plain(value: Any) -> Any:
    """A dataclass (or container of them) as JSON-ready lists and dicts."""
    if dataclasses.is_dataclass(value):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


def _build(kind: Any, data: Any) -> Any:
    """The dataclass (or container of them) ``kind`` from its ``plain`` form."""
    if data is None:
        return None
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        options = [k for k in typing.get_args(kind) if k is not type(None)]
        return _build(options[0], data)
    if dataclasses.is_dataclass(kind):
        hints = typing.get_type_hints(kind)
        make: Any = kind
        return make(**{f.name: _build(hints[f.name], data[f.name]) for f in dataclasses.fields(kind) if f.name in data})
    if origin is list:
        (item,) = typing.get_args(kind)
        return [_build(item, v) for v in data]
    if origin is tuple:
        items = typing.get_args(kind)
        if len(items) == 2 and items[1] is Ellipsis:
            return tuple(_build(items[0], v) for v in data)
        return tuple(_build(k, v) for k, v in zip(items, data))
    if origin is dict:
        _, item = typing.get_args(kind)
        return {k: _build(item, v) for k, v in data.items()}
    return data
