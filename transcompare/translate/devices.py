"""Devices and number formats for the torch backends, and how many tokens a GPU batch holds.

A GPU batch is sized by tokens (sentences × longest input), not sentences. The budget is
found once per device, model and settings (doubling until the GPU runs out of memory or
gets no faster) and remembered in the cache folder, so later runs start at full speed.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from ..errors import ModelError

FIRST_BUDGET = 4096  # tokens
LARGEST_BUDGET = 262_144
MAX_SENTENCES = 1024  # per batch, however short the sentences
MIN_GAIN = 1.08  # a doubling must be at least this much faster to be kept


def pick_device(requested: str) -> str:
    import torch

    if requested != "auto":
        if requested.startswith("cuda") and not torch.cuda.is_available():
            raise ModelError("--device cuda: no CUDA device is available")
        return requested
    if torch.cuda.is_available():
        return "cuda"
    if getattr(torch.backends, "mps", None) and torch.backends.mps.is_available():
        return "mps"
    return "cpu"


def pick_dtype(requested: str, device: str):
    """float32 on CPU; bfloat16 on GPUs that have it (Ampere and later), else float16."""
    import torch

    if requested == "auto":
        if device.startswith("cuda"):
            return torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16
        return torch.float32
    try:
        return {"float32": torch.float32, "bfloat16": torch.bfloat16, "float16": torch.float16}[requested]
    except KeyError:
        raise ModelError(f"--dtype {requested}: choose auto, float32, bfloat16 or float16") from None


def attention_kernels(device: str):
    """The attention kernels generation may use on ``device``: on CUDA, every kernel but cuDNN's.
    cuDNN builds an execution plan for each new shape, and generation meets a new one at every
    step (the cache grows) and every batch (lengths differ): on an H200 that held a 78M-parameter
    Marian to ~300 sentences/s where flash and memory-efficient attention run it at thousands."""
    from contextlib import nullcontext

    if not device.startswith("cuda"):
        return nullcontext()
    from torch.nn.attention import SDPBackend, sdpa_kernel

    return sdpa_kernel([SDPBackend.FLASH_ATTENTION, SDPBackend.EFFICIENT_ATTENTION, SDPBackend.MATH])


def device_name(device: str) -> str:
    torch = sys.modules.get("torch")
    if torch is not None and device.startswith("cuda") and torch.cuda.is_available():
        return torch.cuda.get_device_name(torch.device(device))
    return device


def is_out_of_memory(exc: BaseException) -> bool:
    return type(exc).__name__ == "OutOfMemoryError" or "out of memory" in str(exc).lower()


def empty_device_cache() -> None:
    torch = sys.modules.get("torch")
    if torch is not None and torch.cuda.is_available():
        torch.cuda.empty_cache()


def plan_batches(texts: list[str], counts: list[int], budget: int, max_sentences: int = MAX_SENTENCES) -> list[list[str]]:
    """Consecutive batches whose padded size (sentences × longest) stays within ``budget`` tokens.
    ``texts`` should be sorted by length, longest first, so padding is small."""
    batches: list[list[str]] = []
    current: list[str] = []
    longest = 0
    for text, count in zip(texts, counts):
        wider = max(longest, count)
        if current and (wider * (len(current) + 1) > budget or len(current) >= max_sentences):
            batches.append(current)
            current, wider = [], count
        current.append(text)
        longest = wider
    if current:
        batches.append(current)
    return batches


class BudgetStore:
    """Token budgets per (device, model, settings), kept in a small JSON file."""

    def __init__(self, path: Path | None = None):
        if path is None:
            base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
            path = Path(base) / "transcompare" / "batch-budgets.json"
        self.path = path

    def _read(self) -> dict:
        try:
            return json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def get(self, key: str) -> int | None:
        value = self._read().get(key)
        return value if isinstance(value, int) and value > 0 else None

    def put(self, key: str, budget: int) -> None:
        data = self._read()
        data[key] = budget
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
            tmp.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")
            os.replace(tmp, self.path)
        except OSError:
            pass  # a budget not remembered is found again next time


def find_budget(translate: Callable[[list[str]], list[str]], longest: str, longest_tokens: int,
                clock: Callable[[], float] = time.perf_counter) -> int:
    """The token budget to use: double it while the batch fits and each doubling is faster."""
    best, best_rate = None, 0.0
    budget = FIRST_BUDGET
    while budget <= LARGEST_BUDGET:
        sentences = max(1, budget // max(1, longest_tokens))
        if sentences > MAX_SENTENCES:
            break
        started = clock()
        try:
            translate([longest] * sentences)
        except Exception as exc:
            if not is_out_of_memory(exc):
                raise
            empty_device_cache()
            break
        rate = sentences / max(clock() - started, 1e-9)
        if best is not None and rate < best_rate * MIN_GAIN:
            break
        best, best_rate = budget, rate
        budget *= 2
    return best or max(1, longest_tokens)
