"""`transcompare models list|check`."""

from __future__ import annotations

import time

import typer

from . import app
from .options import ALLOW_PICKLE, DEVICE, DTYPE, generation_options

models_app = typer.Typer(help="The model registry: aliases, language pairs, what works offline.", no_args_is_help=True)
app.add_typer(models_app, name="models")

@models_app.command("list", epilog="Example: transcompare models list")
def list_models() -> None:
    """Every alias with its language pairs and whether it can run offline right now."""
    from rich.console import Console
    from rich.table import Table

    from ..translate.backends import is_usable_offline
    from ..translate.registry import registry, user_registry_path

    table = Table(title="Models", caption=f"User registry: {user_registry_path()}", title_justify="left")
    for column in ("alias", "spec", "pairs", "offline", "description"):
        table.add_column(column, overflow="fold")
    for alias, spec in registry().items():
        usable = is_usable_offline(spec)
        table.add_row(alias, spec.text, ", ".join(spec.pairs), "[green]yes[/]" if usable else "[red]no[/]", spec.description)
    Console().print(table)


@models_app.command("check", epilog="Example: transcompare models check apertium-en-es")
def check(
    spec: str = typer.Argument(..., help="Alias or spec to load and try."),
    source: str = typer.Option(None, "--from", help="Source language (default: the model's only one)."),
    to: str = typer.Option(None, "--to", help="Target language (default: the model's only one)."),
    device: str = DEVICE,
    dtype: str = DTYPE,
    allow_pickle: bool = ALLOW_PICKLE,
) -> None:
    """Load a model, translate a probe sentence, print load time and speed."""
    from .. import languages
    from ..errors import ModelError
    from ..translate.backends import check_pair, load_backend
    from ..translate.registry import resolve

    resolved = resolve(spec)
    if to is None:
        pairs = [p for p in resolved.pairs if p != "*"]
        if len(pairs) != 1:
            raise ModelError(f"{resolved.label} covers several pairs: give --from and --to")
        source, to = pairs[0].split("-")
    source = check_pair(resolved, source, to)
    settings = generation_options(device, dtype, 4, 128, None, allow_pickle)
    started = time.perf_counter()
    backend = load_backend(resolved, source, to, settings)
    loaded = time.perf_counter() - started
    probe = languages.probe_sentence(source)
    started = time.perf_counter()
    output = backend.translate([probe] * 8)[0]
    seconds = time.perf_counter() - started
    typer.echo(f"{resolved.label} ({resolved.text}) {source}→{to}")
    typer.echo(f"  loaded in {loaded:.2f} s; {8 / seconds:.1f} sentences/s on a batch of 8")
    typer.echo(f"  {probe}\n  → {output}")
