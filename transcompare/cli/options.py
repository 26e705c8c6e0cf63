"""Options several commands share."""

from __future__ import annotations

from typing import Optional

import typer

# Shared option declarations, so every command that runs a model spells them the same.
DEVICE = typer.Option("auto", help="auto (cuda, then mps, then cpu), cpu, cuda, cuda:1, mps.")
DTYPE = typer.Option("auto", help="auto, float32, bfloat16 or float16.")
BEAMS = typer.Option(4, min=1, help="Beam size.")
BATCH_SIZE = typer.Option(None, min=1, help="Sentences per batch (default: automatic, halved on out-of-memory).")
NO_CACHE = typer.Option(False, "--no-cache", help="Translate again even what the cache has.")
ALLOW_PICKLE = typer.Option(False, "--allow-pickle", help="Allow pickle (.bin) weights, which can run code when loaded.")


def generation_options(device: str, dtype: str, beams: int, max_new_tokens: int, batch_size: Optional[int],
                       allow_pickle: bool):
    from ..errors import InputError
    from ..translate.base import GenerationSettings

    if dtype not in ("auto", "float32", "bfloat16", "float16"):
        raise InputError(f"--dtype {dtype!r}: choose auto, float32, bfloat16 or float16")
    return GenerationSettings(beams=beams, max_new_tokens=max_new_tokens, device=device, dtype=dtype,
                              batch_size=batch_size, allow_pickle=allow_pickle)
