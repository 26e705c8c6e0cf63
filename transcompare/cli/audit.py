"""`transcompare audit` and `transcompare quotes`."""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from ..errors import EXIT_FINDINGS
from ..io import check_outputs
from . import app, progress_for, stdout_console
from .options import DocumentFormat, check_languages, format_option, refuse_unused

SAMPLE = "samples/france24-putin-nato-2021-12-23.en.txt"


class FailOn(str, Enum):
    minor = "minor"
    major = "major"
    critical = "critical"


def write_html(path: str, page: str | Iterable[str]) -> None:
    """An HTML report (text, or its pieces as they are made), written atomically, said on stderr."""
    from ..io import atomic_writer

    with atomic_writer(path) as handle:
        for piece in [page] if isinstance(page, str) else page:
            handle.write(piece.encode("utf-8"))
    typer.echo(f"wrote {path}", err=True)


def emit(text: str | Iterable[str], output: str | Path | None) -> None:
    """Results (text, or its pieces as they are made) go to stdout, or atomically to ``output``."""
    pieces = [text] if isinstance(text, str) else text
    if output is None:
        for piece in pieces:
            typer.echo(piece, nl=False)
    else:
        from ..io import atomic_writer

        with atomic_writer(output) as handle:
            for piece in pieces:
                handle.write(piece.encode("utf-8"))


@app.command(epilog=f"Example: transcompare audit {SAMPLE} --source-lang es --fail-on major\n\n"
                    "Against the original: transcompare audit article.en.txt --source article.es.txt")
def audit(
    file: Optional[str] = typer.Argument(None, help="Article to audit (plain text, UTF-8 or UTF-16); '-' reads stdin."),
    format: DocumentFormat = format_option(),
    fail_on: Optional[FailOn] = typer.Option(None, "--fail-on", help="Exit 1 when findings at or above this severity exist."),
    source_lang: str = typer.Option("auto", "--source-lang", help="Language the article was translated from ('auto': try every lexicon)."),
    lang: Optional[str] = typer.Option(None, "--lang", help="Language of the article (default: detected)."),
    detectors: Optional[str] = typer.Option(None, "--detectors", help="Comma-separated detector ids to run (default: all)."),
    output: Optional[str] = typer.Option(None, "--output", "-o", metavar="FILE", help="Write the report to this file (atomically)."),
    html: Optional[str] = typer.Option(None, "--html", metavar="FILE", help="Also write a self-contained HTML report here."),
    list_detectors: bool = typer.Option(False, "--list-detectors", help="List the detectors and exit (no FILE needed)."),
    source: Optional[str] = typer.Option(None, "--source", "-s", help="The original the article was translated from: "
                                         "adds bilingual checks and tells introduced findings from those also in the source."),
    model: Optional[str] = typer.Option(None, "--model", "-m", help="With --source: a model (alias or spec) that translates "
                                        "the source into the article's language, for a surer sentence alignment and to find clauses left out."),
    include_inherited: bool = typer.Option(False, "--include-inherited", help="With --source: --fail-on counts findings "
                                           "also in the source too (default: introduced ones only)."),
) -> None:
    """Find translation artifacts in an article: exact spans, category, severity, reason, fix; with --source, also
    what only the original shows (omissions, additions, untranslated text, numbers, names, quotations, truncation)."""
    from ..auditing import audit as run_audit
    from ..datamodel import Severity
    from ..detectors import all_detectors
    from ..errors import InputError
    from ..report import render

    if list_detectors:
        from ..bilingual import all_checks

        for registry in (all_detectors(), all_checks()):
            for det in registry.values():
                langs = ",".join(det.languages) if det.languages else "any"
                typer.echo(f"{det.id:<26} {det.category:<26} {det.severity.label:<9} [{langs}] {det.description}")
        raise typer.Exit()
    if file is None:
        raise InputError("give the article to audit (a file, or - for stdin); see `transcompare audit --help`")
    check_outputs([output, html], inputs=[file, source])
    check_languages({"--source-lang": source_lang, "--lang": lang})
    if source is None and (model is not None or include_inherited):
        raise InputError(f"{'--model' if model is not None else '--include-inherited'} needs --source ORIGINAL")
    chosen = [d.strip() for d in detectors.split(",") if d.strip()] if detectors else None
    with progress_for(file, source):
        report = run_audit(file, language=lang, source_language=source_lang, detectors=chosen, original=source,
                           model=model)
    if html is not None:
        from ..report.html import render_audit_html

        write_html(html, render_audit_html(report))
    if format == "text" and output is None:
        from rich.console import Console

        from ..report.terminal import print_audit

        print_audit(report, Console())
    else:
        emit(render(report, format), output)
    if fail_on is not None and report.count_at_least(Severity.parse(fail_on.value), include_inherited):
        raise typer.Exit(EXIT_FINDINGS)


@app.command(epilog=f"Example: transcompare quotes {SAMPLE}\n\n"
                    f"Across versions: transcompare quotes {SAMPLE} --model apertium-en-es --via es")
def quotes(
    file: str = typer.Argument(..., help="Article to read; '-' reads stdin."),
    format: DocumentFormat = format_option(),
    lang: Optional[str] = typer.Option(None, "--lang", help="Language of the article (default: detected)."),
    output: Optional[str] = typer.Option(None, "--output", "-o", metavar="FILE", help="Write to this file (atomically)."),
    version: list[str] = typer.Option([], "--version", help="Another version, NAME=FILE; shows the quotations across versions."),
    model: list[str] = typer.Option([], "--model", "-m", help="Model alias or spec; shows the quotations across versions."),
    via: Optional[str] = typer.Option(None, "--via", help="Round trip each model through this language."),
    source: Optional[str] = typer.Option(None, "--from", help="Translate the --version in this language with each model."),
    html: Optional[str] = typer.Option(None, "--html", metavar="FILE", help="Also write a self-contained HTML page of the quotations here."),
) -> None:
    """List the quotations of an article: speaker, text, line, mark style, closed or not; or across versions."""
    from ..document import load_document
    from ..report.quote_table import render_quotes
    from ..versions import version_paths

    check_outputs([output, html], inputs=[file, *version_paths(version, model)])
    check_languages({"--lang": lang, "--via": via, "--from": source})
    across_versions = bool(version or model or via or source)  # --via/--from alone: what works offline, as compare
    refuse_unused({"--lang": lang is not None and across_versions},
                  reason="across versions each version's language is detected")
    if across_versions:
        from ..comparison import compare
        from ..report.compare import compare_dict
        from ..report.quote_table import render_quote_matrix

        report = compare(file, version, model, via, source)
        data = compare_dict(report)  # the page and the table are made from one dictionary
        if html is not None:
            from ..report.html import render_quotes_html

            write_html(html, render_quotes_html(report.article, report, data))
        if format == "text" and output is None:
            from rich.console import Console

            from ..report.compare_terminal import print_lines, quotation_lines

            print_lines(quotation_lines(data), Console())
        else:
            emit(render_quote_matrix(report, format, data), output)
        return
    document = load_document(file, lang)
    if html is not None:
        from ..report.html import render_quotes_html

        write_html(html, render_quotes_html(document))
    if format == "text" and output is None:
        from ..report.quote_table import quotes_table

        stdout_console().print(quotes_table(document))
    else:
        emit(render_quotes(document, format), output)
