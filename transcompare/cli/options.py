"""Options several commands share."""

from __future__ import annotations

from typing import Any, Literal, Optional

import typer

# The output formats, named once: each command declares the ones it writes, and click
# refuses any other with the choices in its message.
DocumentFormat = Literal["text", "json", "jsonl", "markdown"]  # audit, quotes
ReportFormat = Literal["text", "json", "markdown"]  # compare, evaluate
AlignFormat = Literal["text", "json"]


def format_option() -> Any:
    return typer.Option("text", "--format", "-f", help="Output format.")


def check_languages(options: dict[str, str | None]) -> None:
    """Every language option given ({"--to": "es", ...}) is an ISO 639-1 code; "auto" where
    the option allows it (--source-lang). One line, exit 2, before any work."""
    from .. import languages
    from ..errors import InputError

    for option, code in options.items():
        allow_auto = option == "--source-lang"
        if code is None or (allow_auto and code == "auto") or languages.is_code(code):
            continue
        known = ", ".join(languages.BY_CODE)
        raise InputError(f"{option} {code!r}: not an ISO 639-1 language code (e.g. {known}{', or auto' if allow_auto else ''})")


def refuse_unused(unused: dict[str, bool], reason: str) -> None:
    """An option given where it does nothing is an error, not silently dropped."""
    from ..errors import InputError

    for option, given in unused.items():
        if given:
            raise InputError(f"{option} does nothing here: {reason}")


# Shared option declarations, so every command that runs a model spells them the same.
DEVICE = typer.Option("auto", help="auto (cuda, then mps, then cpu), cpu, cuda, cuda:1, mps.")
DTYPE = typer.Option("auto", help="auto (bfloat16 on GPUs that have it, float32 on CPU), float32, bfloat16 or float16.")
BEAMS = typer.Option(4, min=1, help="Beam size.")
MAX_NEW_TOKENS = typer.Option(256, "--max-new-tokens", min=1, help="Longest output per sentence, in tokens.")
BATCH_SIZE = typer.Option(None, min=1, help="Sentences per batch (default: automatic; on a GPU sized by tokens, "
                                            "found once per device; halved on out-of-memory).")
NO_CACHE = typer.Option(False, "--no-cache", help="Translate again even what the cache has.")
ALLOW_PICKLE = typer.Option(False, "--allow-pickle", help="Allow pickle (.bin) weights, which can run code when loaded.")
OFFLINE = typer.Option(False, "--offline", help="Never touch the network: hub models must already be on disk "
                                                "(also HF_HUB_OFFLINE=1).")
API_BASE = typer.Option(None, "--api-base", help="Chat API server for openai:MODEL specs, e.g. http://localhost:8000/v1.")
CONCURRENCY = typer.Option(None, "--concurrency", min=1, help="Chat API requests at once (default: the registry's, or 8).")


def generation_options(device: str, dtype: str, beams: int, max_new_tokens: int, batch_size: Optional[int],
                       allow_pickle: bool, offline: bool = False, api_base: Optional[str] = None,
                       concurrency: Optional[int] = None):
    from ..errors import InputError
    from ..translate.base import GenerationSettings

    if dtype not in ("auto", "float32", "bfloat16", "float16"):
        raise InputError(f"--dtype {dtype!r}: choose auto, float32, bfloat16 or float16")
    return GenerationSettings(beams=beams, max_new_tokens=max_new_tokens, device=device, dtype=dtype,
                              batch_size=batch_size, allow_pickle=allow_pickle, offline=offline, api_base=api_base,
                              concurrency=concurrency)
