"""`transcompare evaluate` (run), `transcompare evaluate merge` and `transcompare evaluate compare`."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from typer.core import TyperCommand, TyperGroup

from ..io import check_output_folder
from . import app, stderr_console, stdout_console
from . import options as option
from .options import ReportFormat, check_languages, format_option, generation_options, refuse_unused


class _RunByDefault(TyperGroup):
    """`transcompare evaluate TESTSET ...` is `transcompare evaluate run TESTSET ...`."""

    def parse_args(self, ctx, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands:
            args = ["run", *args]  # `evaluate --help` too: the options people look for are run's
        elif args and args[0] in ("merge", "compare") and Path(args[0]).is_file() and \
                any(a.split("=")[0] in ("--hyp", "--model", "-m", "--src", "--ref", "--metrics") for a in args[1:]):
            from ..errors import InputError

            raise InputError(f"'{args[0]}' is a subcommand; to evaluate the file named {args[0]}, write ./{args[0]}")
        return super().parse_args(ctx, args)


class _RecordsSystemOrder(TyperCommand):
    """Keeps the order in which --model and --hyp were given: the first system named is the default baseline."""

    def parse_args(self, ctx, args: list[str]) -> list[str]:
        ctx.meta["system_kinds"] = system_kinds(args, self.params)
        return super().parse_args(ctx, args)


def system_kinds(args: list[str], params) -> list[str]:
    """'model' or 'hyp' for each --model/-m and --hyp in ``args``, in order."""
    kinds = {"--model": "model", "-m": "model", "--hyp": "hyp"}
    takes_value = {name for p in params if p.param_type_name == "option" and not p.is_flag and not p.count
                   for name in (*p.opts, *p.secondary_opts)}
    found, skip = [], False
    for arg in args:
        if skip:
            skip = False
            continue
        if arg == "--":
            break
        if arg.startswith("--"):
            name, has_value, _ = arg.partition("=")
            if name in kinds:
                found.append(kinds[name])
            skip = name in takes_value and not has_value
        elif arg.startswith("-") and len(arg) > 1:
            name = arg[:2]
            if name in kinds:
                found.append(kinds[name])
            skip = name in takes_value and len(arg) == 2
    return found


evaluate_app = typer.Typer(
    cls=_RunByDefault, no_args_is_help=True, rich_markup_mode="rich",
    help="Score systems on a test set: [bold]transcompare evaluate TESTSET --model M --hyp NAME=FILE …[/] "
         "(the same as [bold]evaluate run[/]); [bold]evaluate merge[/] combines shards; [bold]evaluate compare[/] "
         "sets two runs side by side. A test set file named like a subcommand is written ./merge.")
app.add_typer(evaluate_app, name="evaluate")

EXAMPLE = ("Example: transcompare evaluate --src test.es --ref test.en --model apertium-es-en "
           "--hyp google=google.en --metrics bleu,chrf,ter --out results/\n\n"
           "Shards: transcompare evaluate test.tsv --model m --shard 0/4 --out part0 … then "
           "transcompare evaluate merge part0 part1 part2 part3 --out all\n\n"
           "Two runs side by side: transcompare evaluate compare results-v1 results-v2 "
           "(see transcompare evaluate merge --help, transcompare evaluate compare --help)")


@evaluate_app.command("run", cls=_RecordsSystemOrder, epilog=EXAMPLE)
def run(
    ctx: typer.Context,
    testset: Optional[str] = typer.Argument(None, help="TSV (source<TAB>reference) or JSONL ({src, ref, id?, doc?})."),
    model: list[str] = typer.Option([], "--model", "-m", help="Model alias or spec to run; repeatable."),
    hyp: list[str] = typer.Option([], "--hyp", help="Existing system output NAME=FILE, one line per segment; repeatable."),
    src: Optional[str] = typer.Option(None, "--src", help="Plain source file (with --ref) instead of a TSV/JSONL test set."),
    ref: Optional[str] = typer.Option(None, "--ref", help="Plain reference file, line-aligned with --src."),
    docs: Optional[str] = typer.Option(None, "--docs", help="Document id per line: quotations and artifacts are analysed per document."),
    metrics: str = typer.Option("bleu,chrf", "--metrics", help="Comma-separated: bleu, chrf, chrf++, ter, comet (with --comet-model)."),
    comet_model: Optional[str] = typer.Option(None, "--comet-model", envvar="TRANSCOMPARE_COMET_MODEL",
                                              help="A local COMET checkpoint (model.ckpt), for --metrics …,comet."),
    baseline: Optional[str] = typer.Option(None, "--baseline", help="System the others are tested against (default: the first named)."),
    out: Optional[Path] = typer.Option(None, "--out", help="Folder for results.json/.csv/.md, segments.jsonl, hypotheses, chart, HTML."),
    shard: Optional[str] = typer.Option(None, "--shard", help="Evaluate slice I of N (I/N, from 0), for a cluster job array."),
    source: Optional[str] = typer.Option(None, "--from", help="Source language (default: detected)."),
    to: Optional[str] = typer.Option(None, "--to", help="Target language (default: detected from the references)."),
    bootstrap: int = typer.Option(1000, min=10, help="Bootstrap resamples for confidence intervals and paired tests."),
    trials: int = typer.Option(1000, min=10, help="Approximate randomization trials."),
    analyses: bool = typer.Option(True, "--analyses/--no-analyses",
                                  help="Scores by sentence length and word frequency, n-gram differences, the segments that differ most."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=0, help="Score chunks of the test set in N processes (0: one per core): faster, a little more CPU."),
    device: str = option.DEVICE,
    dtype: str = option.DTYPE,
    beams: int = option.BEAMS,
    max_new_tokens: int = option.MAX_NEW_TOKENS,
    batch_size: Optional[int] = option.BATCH_SIZE,
    no_cache: bool = option.NO_CACHE,
    allow_pickle: bool = option.ALLOW_PICKLE,
    offline: bool = option.OFFLINE,
    api_base: Optional[str] = option.API_BASE,
    concurrency: Optional[int] = option.CONCURRENCY,
    format: ReportFormat = format_option(),
) -> None:
    """Score several systems on a test set: BLEU/chrF/TER with significance, and what explains the scores."""
    from ..evaluation.api import evaluate
    from ..evaluation.systems import parse_shard
    from ..evaluation.testset import open_testset

    check_languages({"--from": source, "--to": to})
    refuse_unused({"TESTSET": testset is not None and (src is not None or ref is not None)},
                  reason="give the test set as one file or as --src and --ref, not both")
    if out is not None:
        check_output_folder(out)
    hypotheses = [parse_hyp_option(h) for h in hyp]
    settings = generation_options(device, dtype, beams, max_new_tokens, batch_size, allow_pickle, offline, api_base,
                                  concurrency)
    results = evaluate(open_testset(testset, src, ref, docs), model, hypotheses, metrics, baseline, out,
                       parse_shard(shard), source, to, settings, not no_cache, bootstrap, trials,
                       comet_model=comet_model, order=ctx.meta.get("system_kinds"), analyses=analyses, jobs=jobs)
    _show(results, format, out)


@evaluate_app.command("merge")
def merge(
    folders: list[Path] = typer.Argument(..., help="The --out folders of the shards."),
    out: Path = typer.Option(..., "--out", help="Folder for the merged results."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=0, help="Score in N processes (0: one per core)."),
    format: ReportFormat = format_option(),
) -> None:
    """Combine the --out folders of `evaluate --shard I/N` runs into the results of one run."""
    from ..evaluation.api import merge as merge_runs

    check_output_folder(out, inputs=folders)

    _show(merge_runs(folders, out, jobs=jobs), format, out)


@evaluate_app.command("compare")
def compare(
    first: Path = typer.Argument(..., help="An earlier evaluate --out folder."),
    second: Path = typer.Argument(..., help="Another, on the same test set."),
    format: ReportFormat = format_option(),
) -> None:
    """Two runs on the same test set side by side: each system's scores in both, and whether they differ significantly."""
    import json

    from ..evaluation.comparison import compare_runs, comparison_markdown, comparison_table

    comparison = compare_runs(first, second)
    if format == "json":
        typer.echo(json.dumps(comparison.to_json(), ensure_ascii=False, indent=2))
    elif format == "markdown":
        typer.echo(comparison_markdown(comparison), nl=False)
    else:
        stdout_console().print(comparison_table(comparison))


def parse_hyp_option(value: str) -> tuple[str, str]:
    from ..errors import InputError

    name, sep, path = value.partition("=")
    if not sep or not name or not path:
        raise InputError(f"--hyp {value!r}: write NAME=FILE, e.g. --hyp google=google.en.txt")
    return name, path


def _show(results, format: str, out: Optional[Path]) -> None:
    import json

    errors = stderr_console()
    if format == "json":
        typer.echo(json.dumps(results.to_json(), ensure_ascii=False, indent=2))
    elif format == "markdown":
        from ..evaluation.render.markdown import render_markdown

        typer.echo(render_markdown(results), nl=False)
    else:
        from ..evaluation.render.terminal import reference_line, results_table

        console = stdout_console()
        console.print(results_table(results))
        line = reference_line(results)
        if line:
            console.print(line, style="dim")
    for note in results.notes:
        errors.print(f"[yellow]note:[/] {note}", highlight=False)
    if out is not None:
        errors.print(f"[dim]results written to {out}/ (results.json, results.csv, results.md, segments.jsonl, "
                     "statistics.npz, hypotheses/, scores.svg, report.html)[/]", highlight=False)
