"""Options several commands share."""

from __future__ import annotations

from typing import Optional


def generation_options(device: str, dtype: str, beams: int, max_new_tokens: int, batch_size: Optional[int],
                       allow_pickle: bool):
    from ..errors import InputError
    from ..translate.base import GenerationSettings

    if dtype not in ("auto", "float32", "bfloat16", "float16"):
        raise InputError(f"--dtype {dtype!r}: choose auto, float32, bfloat16 or float16")
    return GenerationSettings(beams=beams, max_new_tokens=max_new_tokens, device=device, dtype=dtype,
                              batch_size=batch_size, allow_pickle=allow_pickle)
