"""`transcompare compare`."""

from __future__ import annotations

from typing import Optional

import typer

from ..errors import EXIT_FINDINGS
from ..gc_pause import collector_paused
from ..io import check_outputs
from . import app, progress_for
from . import options as option
from .audit import SAMPLE, FailOn, emit
from .options import ReportFormat, check_languages, format_option, generation_options


@app.command(epilog=f"Example: transcompare compare {SAMPLE} --model apertium-en-es --via es --html report.html\n\n"
                    "Direct: transcompare compare article.en.txt --version original=article.es.txt --from es --model opus-mt-es-en")
# The collector stays paused for the whole command: each time it was resumed between stages, its first
# pass walked the millions of objects made meanwhile (about a tenth of the CPU time at 5 MB). The report
# is acyclic and freed by reference counting when the command returns, before the collector resumes.
@collector_paused()
def compare(
    article: str = typer.Argument(..., help="The published article."),
    version: list[str] = typer.Option([], "--version", help="Another version, NAME=FILE (the article's language, or "
                                      "English/Spanish; others through --from LANG --model); repeatable."),
    model: list[str] = typer.Option([], "--model", "-m", help="Model alias or spec; repeatable. Default: with no "
                                    "--version, what works offline; with --version, none."),
    via: Optional[str] = typer.Option(None, "--via", help="Round trip each model through this language."),
    source: Optional[str] = typer.Option(None, "--from", help="Translate the --version in this language with each model."),
    to: Optional[str] = typer.Option(None, "--to", help="Target language of direct translations (default: the article's)."),
    format: ReportFormat = format_option(),
    output: Optional[str] = typer.Option(None, "--output", "-o", metavar="FILE", help="Write the report here (atomically)."),
    html: Optional[str] = typer.Option(None, "--html", metavar="FILE", help="Also write a self-contained HTML report here."),
    fail_on: Optional[FailOn] = typer.Option(None, "--fail-on", help="Exit 1 on cross-version findings at or above this severity."),
    source_lang: str = typer.Option("auto", "--source-lang", help="Source language for the calque lexicons."),
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
) -> None:
    """Line up an article with other versions: sentences, quotations, fidelity, artifacts."""
    from .. import comparison
    from ..datamodel import Severity
    from ..report.compare import compare_dict, json_chunks, render_compare
    from ..versions import version_paths

    read = version_paths(version, model)
    check_outputs([output, html], inputs=[article, *read])
    check_languages({"--via": via, "--from": source, "--to": to, "--source-lang": source_lang})
    settings = generation_options(device, dtype, beams, max_new_tokens, batch_size, allow_pickle, offline, api_base,
                                  concurrency)
    with progress_for(article, *read):
        report = comparison.compare(article, version, model, via, source, to, source_lang, settings, not no_cache)
        # Every view is made from one dictionary, built once here and dropped with the report when the
        # command returns (kept to the end of the process, its millions of objects cost the last garbage
        # collection a second or more per 5 MB).
        data = compare_dict(report)
        if html is not None:
            from ..progress import stage
            from ..report.html import html_chunks
            from .audit import write_html

            stage(f"writing {html}")
            write_html(html, html_chunks(report, data))
    if format == "text" and output is None:
        from rich.console import Console

        from ..report.compare_terminal import print_compare

        print_compare(report, Console(), data)
    elif format == "json":
        emit(json_chunks(report, data), output)
    else:
        emit(render_compare(report, format, data), output)
    if fail_on is not None and any(f.severity >= Severity.parse(fail_on.value) for f in report.findings):
        raise typer.Exit(EXIT_FINDINGS)
