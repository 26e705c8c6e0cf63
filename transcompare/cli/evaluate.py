"""`transcompare evaluate` (and `transcompare evaluate merge DIR...`)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from . import app
from .options import (ALLOW_PICKLE, API_BASE, BATCH_SIZE, BEAMS, CONCURRENCY, DEVICE, DTYPE, MAX_NEW_TOKENS, NO_CACHE,
                      OFFLINE, generation_options)

EXAMPLE = ("Example: transcompare evaluate --src test.es --ref test.en --model apertium-es-en "
           "--hyp google=google.en --metrics bleu,chrf,ter --out results/\n\n"
           "Shards: transcompare evaluate test.tsv --model m --shard 0/4 --out part0 … then "
           "transcompare evaluate merge part0 part1 part2 part3 --out all")


@app.command(epilog=EXAMPLE)
def evaluate(
    testset: Optional[str] = typer.Argument(None, help="TSV (source<TAB>reference) or JSONL ({src, ref, id?, doc?}); or 'merge' followed by shard folders."),
    folders: Optional[list[str]] = typer.Argument(None, help="With 'merge': the --out folders of the shards."),
    model: list[str] = typer.Option([], "--model", "-m", help="Model alias or spec to run; repeatable."),
    hyp: list[str] = typer.Option([], "--hyp", help="Existing system output NAME=FILE, one line per segment; repeatable."),
    src: Optional[str] = typer.Option(None, "--src", help="Plain source file (with --ref) instead of a TSV/JSONL test set."),
    ref: Optional[str] = typer.Option(None, "--ref", help="Plain reference file, line-aligned with --src."),
    docs: Optional[str] = typer.Option(None, "--docs", help="Document id per line, for document-level quotation metrics."),
    metrics: str = typer.Option("bleu,chrf", "--metrics", help="Comma-separated: bleu, chrf, chrf++, ter, comet (with --comet-model)."),
    comet_model: Optional[str] = typer.Option(None, "--comet-model", envvar="TRANSCOMPARE_COMET_MODEL",
                                              help="A local COMET checkpoint (model.ckpt), for --metrics …,comet."),
    baseline: Optional[str] = typer.Option(None, "--baseline", help="System the others are tested against (default: the first)."),
    out: Optional[Path] = typer.Option(None, "--out", help="Folder for results.json/.csv, segments.jsonl, hypotheses, chart, HTML."),
    shard: Optional[str] = typer.Option(None, "--shard", help="Evaluate slice I of N (I/N, from 0), for a cluster job array."),
    source: Optional[str] = typer.Option(None, "--from", help="Source language (default: detected)."),
    to: Optional[str] = typer.Option(None, "--to", help="Target language (default: detected from the references)."),
    bootstrap: int = typer.Option(1000, min=10, help="Bootstrap resamples for confidence intervals and paired tests."),
    trials: int = typer.Option(1000, min=10, help="Approximate randomization trials."),
    device: str = DEVICE,
    dtype: str = DTYPE,
    beams: int = BEAMS,
    max_new_tokens: int = MAX_NEW_TOKENS,
    batch_size: Optional[int] = BATCH_SIZE,
    no_cache: bool = NO_CACHE,
    allow_pickle: bool = ALLOW_PICKLE,
    offline: bool = OFFLINE,
    api_base: Optional[str] = API_BASE,
    concurrency: Optional[int] = CONCURRENCY,
    format: str = typer.Option("text", "--format", "-f", help="text (a table) or json (results.json on stdout)."),
) -> None:
    """Score several systems on a test set: BLEU/chrF/TER with significance, quotation metrics, speed."""
    from rich.console import Console

    from ..comparison import parse_version_option
    from ..errors import InputError
    from ..evaluation.outputs import results_table
    from ..evaluation.run import evaluate as run_evaluate
    from ..evaluation.run import merge
    from ..evaluation.runner import parse_shard
    from ..evaluation.testset import open_testset

    if format not in ("text", "json"):
        raise InputError(f"--format {format!r}: choose text or json")
    if testset == "merge":
        if not folders or out is None:
            raise InputError("usage: transcompare evaluate merge DIR [DIR ...] --out FOLDER")
        results = merge([Path(f) for f in folders], out)
    else:
        if folders:
            raise InputError(f"unexpected arguments: {' '.join(folders)}")
        hypotheses = [parse_version_option(h) for h in hyp]
        settings = generation_options(device, dtype, beams, max_new_tokens, batch_size, allow_pickle, offline,
                                      api_base, concurrency)
        results = run_evaluate(open_testset(testset, src, ref, docs), model, hypotheses, metrics, baseline, out,
                               parse_shard(shard), source, to, settings, not no_cache, bootstrap, trials,
                               comet_model=comet_model)
    if format == "json":
        typer.echo(json.dumps(results, ensure_ascii=False, indent=2))
        return
    console = Console()
    console.print(results_table(results))
    for note in results.get("notes", []):
        console.print(f"[yellow]{note}[/]")
    if out is not None:
        console.print(f"[dim]results written to {out}/ (results.json, results.csv, segments.jsonl, hypotheses/, scores.png, report.html)[/]")
