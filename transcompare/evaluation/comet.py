"""COMET, through the unbabel-comet package, when it and a model checkpoint are on this machine.

Scores are kept like every other metric's statistics — a row (score, 1) per segment —
so the corpus score is their mean (reported x100, as WMT tables do), and intervals,
significance tests and shard merging work unchanged. Nothing is downloaded: the user
points --comet-model at a checkpoint (e.g. .../wmt22-comet-da/checkpoints/model.ckpt).
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

import numpy as np

NAME = "comet"


def unavailable(model_path: str | None) -> str | None:
    """Why COMET cannot run here, or None when it can."""
    if importlib.util.find_spec("comet") is None:
        return "COMET: not computed; install unbabel-comet and give --comet-model PATH to a local checkpoint."
    if not model_path:
        return "COMET: not computed; give --comet-model PATH to a local checkpoint (nothing is downloaded)."
    if not Path(model_path).is_file():
        return f"COMET: not computed; {model_path} is not a file (give the checkpoint, model.ckpt)."
    return None


@lru_cache(maxsize=2)
def _model(path: str):
    from comet import load_from_checkpoint

    return load_from_checkpoint(path)


def statistics(model_path: str, sources: list[str], hypotheses: list[str], references: list[str]) -> np.ndarray:
    import torch

    samples = [{"src": s, "mt": h, "ref": r} for s, h, r in zip(sources, hypotheses, references)]
    output = _model(model_path).predict(samples, batch_size=32, gpus=1 if torch.cuda.is_available() else 0,
                                        progress_bar=False)
    scores = np.asarray(output.scores, dtype=np.float64)
    return np.column_stack([scores, np.ones_like(scores)])


def score_from(totals: np.ndarray) -> float:
    return float(100 * totals[0] / totals[1]) if totals[1] else 0.0


def signature(model_path: str | None) -> str:
    import comet

    return f"model:{Path(model_path or '').parent.parent.name or model_path}|version:{getattr(comet, '__version__', '?')}"
