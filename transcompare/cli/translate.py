"""`transcompare translate`: an article through one or more models, or a round trip."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Optional

import typer

from . import app
from .audit import SAMPLE, emit
from .options import ALLOW_PICKLE, BATCH_SIZE, BEAMS, DEVICE, DTYPE, NO_CACHE, generation_options


@app.command(epilog=f"Example: transcompare translate {SAMPLE} --model apertium-en-es --to es\n\n"
                    f"Round trip: transcompare translate {SAMPLE} --model apertium-en-es --via es")
def translate(
    file: str = typer.Argument(..., help="Article to translate; '-' reads stdin."),
    model: list[str] = typer.Option(..., "--model", "-m", help="Model alias or spec (hf:ID, hf:PATH, apertium:MODE); repeat for several."),
    to: Optional[str] = typer.Option(None, "--to", help="Target language (not needed with --via)."),
    source: Optional[str] = typer.Option(None, "--from", help="Source language (default: detected)."),
    via: Optional[str] = typer.Option(None, "--via", help="Round trip through this language and back (returns both legs)."),
    back_model: Optional[str] = typer.Option(None, "--back-model", help="Model for the way back of a round trip (default: the registry's reverse)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here (atomically); with several models or --via, one file per leg named after it."),
    device: str = DEVICE,
    dtype: str = DTYPE,
    beams: int = BEAMS,
    max_new_tokens: int = typer.Option(256, min=1, help="Longest output per sentence, in tokens."),
    batch_size: Optional[int] = BATCH_SIZE,
    no_cache: bool = NO_CACHE,
    allow_pickle: bool = ALLOW_PICKLE,
) -> None:
    """Translate an article sentence by sentence with paragraphs kept; several models, or a round trip."""
    from ..document import load_document
    from ..errors import InputError
    from ..translate.article import quote_count
    from ..translate.session import TranslationSession

    if via is None and to is None:
        raise InputError("give the target language with --to, or a round trip with --via")
    settings = generation_options(device, dtype, beams, max_new_tokens, batch_size, allow_pickle)
    document = load_document(file, source)
    session = TranslationSession(settings, use_cache=not no_cache)
    err = _stderr()
    results: list[tuple[str, str]] = []  # (leg label, text)
    for spec in model:
        started = time.perf_counter()
        legs = session.round_trip(document, spec, via, back_model) if via else [session.translate(document, spec, to)]
        for leg in legs:
            q_in, q_out = quote_count(document), quote_count(leg.document)
            note = "" if q_in == q_out else f" [yellow]({q_in} quotations in, {q_out} out)[/]"
            err.print(f"{leg.model} {leg.source}→{leg.target}: {len(leg.segments)} sentences{note}", highlight=False, soft_wrap=True)
            results.append((f"{leg.model}.{leg.target}" if via else leg.model, leg.text))
        err.print(f"[dim]{spec}: {time.perf_counter() - started:.2f} s, "
                  f"{session.last_translated} sentences translated, the rest from the cache[/]", highlight=False, soft_wrap=True)
    _write(results, output)


def _stderr():
    from rich.console import Console

    return Console(stderr=True)


def _write(results: list[tuple[str, str]], output: Optional[Path]) -> None:
    if len(results) == 1:
        emit(results[0][1], output)
        return
    for label, text in results:
        if output is None:
            typer.echo(f"### {label}\n{text}")
        else:
            safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in label)
            emit(text, output.with_name(f"{output.stem}.{safe}{output.suffix}"))
