"""COMET, through the unbabel-comet package, when it and a model checkpoint are on this machine.

Its statistics are a row (score, 1) per segment, so the corpus score is their mean
(reported x100, as WMT tables do), and intervals, significance tests and shard
merging work unchanged. Nothing is downloaded: the user points --comet-model at a
checkpoint (e.g. .../wmt22-comet-da/checkpoints/model.ckpt).
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

from . import Metric, MetricOptions, register


@lru_cache(maxsize=2)
def _model(path: str):
    from comet import load_from_checkpoint

    return load_from_checkpoint(path)


class _Signature:
    def __init__(self, text: str):
        self.text = text
        self.extra: dict[str, object] = {}

    def update(self, key: str, value) -> None:
        self.extra[key] = value

    def format(self) -> str:
        return "|".join([self.text, *(f"{k}:{v}" for k, v in self.extra.items())])


@register
class COMET(Metric):
    name = "comet"
    label = "COMET"
    in_worker = False  # a large model, perhaps on a GPU: scored in the main process

    @classmethod
    def unavailable(cls, options: MetricOptions) -> str | None:
        if importlib.util.find_spec("comet") is None:
            return "COMET: not computed; install unbabel-comet and give --comet-model PATH to a local checkpoint."
        if not options.comet_model:
            return "COMET: not computed; give --comet-model PATH to a local checkpoint (nothing is downloaded)."
        if not Path(options.comet_model).is_file():
            return f"COMET: not computed; {options.comet_model} is not a file (give the checkpoint, model.ckpt)."
        return None

    def prepare(self, sources: list[str], references: list[str]) -> list[str]:
        return references

    def statistics(self, prepared: list[str], hypotheses: list[str], sources: Sequence[str] = ()) -> np.ndarray:
        import torch

        samples = [{"src": s, "mt": h, "ref": r} for s, h, r in zip(sources, hypotheses, prepared)]
        output = _model(self.options.comet_model).predict(samples, batch_size=32, progress_bar=False,
                                                          gpus=1 if torch.cuda.is_available() else 0)
        scores = np.asarray(output.scores, dtype=np.float64)
        return np.column_stack([scores, np.ones_like(scores)])

    def scores(self, totals: np.ndarray) -> np.ndarray:
        totals = np.atleast_2d(totals)
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(totals[:, 1] > 0, 100 * totals[:, 0] / np.where(totals[:, 1] > 0, totals[:, 1], 1), 0.0)

    def signature(self):
        import comet

        model = self.options.comet_model or ""
        return _Signature(f"model:{Path(model).parent.parent.name or model}|version:{getattr(comet, '__version__', '?')}")
