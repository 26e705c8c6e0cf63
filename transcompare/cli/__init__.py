"""The command line: parses arguments and calls library functions, nothing more.

One module per command group (audit, quotes, translate, models, compare, align,
evaluate). Errors become one line on stderr and an exit code (see errors.py).
"""

from __future__ import annotations

import logging
import os
import sys

import typer

from .. import __version__
from ..errors import EXIT_INPUT, EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_MODEL, TranscompareError, missing_extra_message

app = typer.Typer(
    name="transcompare",
    help="Audit translated news: align quotations across MT versions, score their fidelity, flag translation artifacts.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode="rich",
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"transcompare {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version and exit."),
) -> None:
    """Audit translated news: align quotations across MT versions, score their fidelity, flag translation artifacts."""


def stderr_console():
    from rich.console import Console

    return Console(stderr=True)


LONG_INPUT_BYTES = 200_000  # below this the work is over before a progress display would help


def progress_for(*files: str | None):
    """The stages of the work on stderr, when the input is large enough for the wait to be noticed."""
    from ..progress import shown_on_stderr

    size = 0
    for file in files:
        if file and file != "-" and os.path.isfile(file):
            size += os.path.getsize(file)
    return shown_on_stderr(size >= LONG_INPUT_BYTES)


def stdout_console():
    """Styled on a terminal; into a file or a pipe, plain and wide enough that no table column
    is cut ("matc…") or wrapped, so the output can be grepped and diffed."""
    from rich.console import Console

    console = Console()
    if console.is_terminal:
        return console
    return Console(width=100_000, no_color=True, highlight=False)


def fail(message: str, code: int = EXIT_INPUT) -> int:
    from rich.markup import escape

    stderr_console().print(f"[bold red]transcompare: error:[/] {escape(message)}", highlight=False, markup=True,
                           soft_wrap=True)
    return code


COMMAND_MODULES = {"audit": "audit", "quotes": "audit", "compare": "compare", "align": "align",
                   "evaluate": "evaluate", "models": "models", "translate": "translate"}


class _StderrFormatter(logging.Formatter):
    """What the library logs, as the CLI words it: "transcompare: warning: …" on stderr."""

    def format(self, record: logging.LogRecord) -> str:
        prefix = "transcompare: warning: " if record.levelno >= logging.WARNING else "transcompare: "
        return prefix + record.getMessage()


def _log_to_stderr() -> None:
    """The library logs to the "transcompare" logger and never prints; the CLI shows it on stderr."""
    logger = logging.getLogger("transcompare")
    if not any(isinstance(h.formatter, _StderrFormatter) for h in logger.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(_StderrFormatter())
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        logger.propagate = False


def _register(argv: list[str] | None) -> None:
    """Import the command modules (commands register themselves on import): only the one asked for,
    when the first argument names it, so that a light command starts fast."""
    import importlib

    args = sys.argv[1:] if argv is None else argv
    wanted = COMMAND_MODULES.get(args[0]) if args else None
    for module in [wanted] if wanted else dict.fromkeys(COMMAND_MODULES.values()):
        importlib.import_module(f"{__name__}.{module}")
    in_listed_order()


def in_listed_order() -> None:
    """Commands listed in COMMAND_MODULES' order, whichever module was imported first."""
    rank = {name: i for i, name in enumerate(COMMAND_MODULES)}
    app.registered_commands.sort(key=lambda c: rank.get(c.name or getattr(c.callback, "__name__", None) or "", len(rank)))


def main(argv: list[str] | None = None) -> int:
    _log_to_stderr()
    _register(argv)
    try:
        result = app(args=argv, prog_name="transcompare", standalone_mode=False)
    except TranscompareError as exc:
        return fail(str(exc), exc.exit_code)
    except typer.Exit as exc:
        return exc.exit_code
    except typer.Abort:
        return fail("aborted", EXIT_INTERRUPTED)
    except typer.TyperException as exc:  # usage errors: typer prints them with the usage line
        show = getattr(exc, "show", None)
        if show is None:
            return fail(str(exc))
        show()
        return getattr(exc, "exit_code", EXIT_INPUT)
    except KeyboardInterrupt:
        return fail("interrupted", EXIT_INTERRUPTED)
    except BrokenPipeError:
        sys.stderr.close()
        return 0
    except Exception as exc:  # a bug, not bad input: one line, the traceback on request
        advice = missing_extra_message(exc.name or "") if isinstance(exc, ModuleNotFoundError) else None
        if advice:  # an optional extra is not installed
            return fail(advice, EXIT_MODEL)
        if os.environ.get("TRANSCOMPARE_DEBUG"):
            raise
        return fail(f"internal error: {type(exc).__name__}: {exc} (rerun with TRANSCOMPARE_DEBUG=1 for the traceback, "
                    "and please report it)", EXIT_INTERNAL)
    if result == EXIT_INTERRUPTED:  # typer turns Ctrl-C into a silent Exit(130)
        return fail("interrupted", EXIT_INTERRUPTED)
    return result if isinstance(result, int) else 0
