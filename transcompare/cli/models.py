"""`transcompare models list|pull|convert|check`."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Optional

import typer

from . import app, stdout_console
from .options import ALLOW_PICKLE, API_BASE, DEVICE, DTYPE, OFFLINE, check_languages, generation_options

models_app = typer.Typer(help="The model registry: aliases, language pairs, what is on disk; download and convert models.",
                         no_args_is_help=True)
app.add_typer(models_app, name="models")

def human_size(size: int | None) -> str:
    if size is None:
        return "-"
    amount = float(size)
    for unit in ("B", "KB", "MB"):
        if amount < 1000:
            return f"{amount:.0f} {unit}" if unit == "B" else f"{amount:.1f} {unit}"
        amount /= 1000
    return f"{amount:.1f} GB"


@models_app.command("list", epilog="Example: transcompare models list")
def list_models() -> None:
    """Every alias with its language pairs, whether it runs without the network, and its size on disk."""
    from rich.table import Table

    from ..translate import hub
    from ..translate.ct2 import converted_copies
    from ..translate.registry import registry, user_registry_path

    console = stdout_console()
    table = Table(title="Models", caption=f"User registry: {user_registry_path()}", title_justify="left")
    for column in ("alias", "spec", "pairs", "offline", "size", "description"):
        table.add_column(column, overflow="fold")
    listed = set()
    for alias, spec in registry().items():
        usable = spec.backend_class.is_available(spec)
        listed.add(hub.split_revision(spec.target)[0])
        table.add_row(alias, spec.text, ", ".join(spec.pairs), "[green]yes[/]" if usable else "[red]no[/]",
                      human_size(spec.backend_class.disk_usage(spec)), spec.description)
    console.print(table)
    others = [(repo_id, folder) for repo_id, folder in hub.cached_repos() if repo_id not in listed]
    if others:
        extra = Table(title=f"Other models in the hub cache ({hub.cache_dir()})", title_justify="left")
        extra.add_column("spec")
        extra.add_column("size")
        for repo_id, folder in others:
            extra.add_row(f"hf:{repo_id}", human_size(hub.size_on_disk(folder / "snapshots")))
        console.print(extra)
    copies = converted_copies()
    if copies:
        extra = Table(title="CTranslate2 copies (used on CPU in place of their hf: model)", title_justify="left")
        for column in ("of", "quantization", "folder", "size"):
            extra.add_column(column, overflow="fold")
        for manifest, folder in copies:
            extra.add_row(manifest.get("spec", "?"), manifest.get("quantization", "?"), str(folder),
                          human_size(hub.size_on_disk(folder)))
        console.print(extra)
    console.print("[dim]Download ahead of time: transcompare models pull ALIAS …[/]", highlight=False)


@models_app.command("pull", epilog="Example: transcompare models pull opus-mt-es-en opus-mt-en-es")
def pull(
    specs: list[str] = typer.Argument(..., help="Aliases or hf: specs to download into the hub cache."),
    allow_pickle: bool = ALLOW_PICKLE,
) -> None:
    """Download hub models now (resuming an interrupted download), so later runs need no network."""
    from ..errors import ModelError
    from ..translate import hub
    from ..translate.registry import resolve

    resolved = [resolve(s) for s in specs]
    if hub.offline():
        raise ModelError("HF_HUB_OFFLINE=1 forbids downloading; unset it to pull models")
    for spec in resolved:
        where = spec.backend_class.pull(spec, allow_pickle)
        if where is None:
            typer.echo(f"{spec.label}: {spec.text} is not downloaded from a hub; nothing to do")
        else:
            typer.echo(f"{spec.label}: {where}, {human_size(spec.backend_class.disk_usage(spec))}")


@models_app.command("convert", epilog="Example: transcompare models convert opus-mt-es-en --to ct2 --quantization int8")
def convert(
    spec: str = typer.Argument(..., help="Alias or hf: spec to convert."),
    to: str = typer.Option("ct2", "--to", help="Target format: ct2 (CTranslate2)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Folder to write (default: the cache, where "
                                                                            "translate finds it and uses it on CPU)."),
    quantization: Optional[str] = typer.Option(None, "--quantization", help="int8, int8_float16 or float16 "
                                                                            "(default: float32, outputs as transformers')."),
    allow_pickle: bool = ALLOW_PICKLE,
    offline: bool = OFFLINE,
) -> None:
    """Convert a model for a faster engine with that engine's own converter."""
    from ..errors import InputError
    from ..translate.ct2 import convert as convert_ct2
    from ..translate.registry import resolve

    if to != "ct2":
        raise InputError(f"--to {to!r}: the only target format is ct2")
    if output is not None and output.exists() and not output.is_dir():
        raise InputError(f"-o {output}: exists and is not a folder")
    if output is not None and not output.parent.is_dir():
        raise InputError(f"-o {output}: the folder {output.parent} does not exist")
    resolved = resolve(spec)
    settings = generation_options("cpu", "auto", 1, 256, None, allow_pickle, offline)
    started = time.process_time()
    folder = convert_ct2(resolved, settings, output, quantization)
    typer.echo(f"{resolved.label} → {folder} ({quantization or 'float32'}, {time.process_time() - started:.1f} CPU s)")
    if output is not None:
        typer.echo(f"use it with --model ct2:{folder}")
    else:
        typer.echo(f"--model {resolved.label} now runs on it on CPU")


@models_app.command("check", epilog="Example: transcompare models check apertium-en-es")
def check(
    spec: str = typer.Argument(..., help="Alias or spec to load and try."),
    source: Optional[str] = typer.Option(None, "--from", help="Source language (default: the model's only one)."),
    to: Optional[str] = typer.Option(None, "--to", help="Target language (default: the model's only one)."),
    device: str = DEVICE,
    dtype: str = DTYPE,
    allow_pickle: bool = ALLOW_PICKLE,
    offline: bool = OFFLINE,
    api_base: Optional[str] = API_BASE,
) -> None:
    """Load a model, translate a probe sentence, print load time and speed."""
    from .. import languages
    from ..errors import ModelError
    from ..translate.backends import check_pair, prepare
    from ..translate.registry import resolve

    check_languages({"--from": source, "--to": to})
    resolved = resolve(spec)
    if to is None:
        pairs = [p for p in resolved.pairs if p != "*"]
        if len(pairs) != 1:
            raise ModelError(f"{resolved.label} covers several pairs: give --from and --to")
        source, to = pairs[0].split("-")
    source = check_pair(resolved, source, to)
    settings = generation_options(device, dtype, 4, 128, None, allow_pickle, offline, api_base)
    prepared = prepare(resolved, source, to, settings)
    started = time.perf_counter()
    backend = prepared.load()
    loaded = time.perf_counter() - started
    probe = languages.probe_sentence(source)
    started = time.perf_counter()
    output = backend.translate([probe] * 8)[0]
    seconds = time.perf_counter() - started
    typer.echo(f"{resolved.label} ({resolved.text}, {prepared.fingerprint}) {source}→{to} on {backend.device}")
    typer.echo(f"  loaded in {loaded:.2f} s; {8 / seconds:.1f} sentences/s on a batch of 8")
    typer.echo(f"  {probe}\n  → {output}")
