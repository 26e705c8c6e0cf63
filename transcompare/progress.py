"""Progress on stderr for long work, or nothing for short work.

The library never prints: it names the stage it is in (:func:`stage`) and counts what it
has done (:func:`progress_bar`). Both show only while the CLI has opened a display with
:func:`shown_on_stderr`, or, for counted work, when the caller asks for a bar; on one
live display, since rich allows only one at a time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

_live: ContextVar[Any] = ContextVar("transcompare_progress", default=None)  # the open rich Progress
_stage_task: ContextVar[Any] = ContextVar("transcompare_stage_task", default=None)


def _new_progress() -> Any:
    from rich.console import Console
    from rich.progress import BarColumn, Progress, ProgressColumn, SpinnerColumn, TextColumn, TimeElapsedColumn
    from rich.text import Text

    class Count(ProgressColumn):
        """"12/500" for counted work; nothing for a stage."""

        def render(self, task) -> Text:
            return Text("" if task.total is None else f"{int(task.completed)}/{int(task.total)}")

    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), Count(), TimeElapsedColumn(),
                    console=Console(stderr=True), transient=True)


@contextmanager
def shown_on_stderr(enabled: bool) -> Iterator[None]:
    """While open, the stages of long work show on stderr (a terminal only: logs stay clean)."""
    from rich.console import Console

    if not enabled or _live.get() is not None or not Console(stderr=True).is_terminal:
        yield
        return
    with _new_progress() as display:
        live, task = _live.set(display), _stage_task.set(display.add_task("starting", total=None))
        try:
            yield
        finally:
            _live.reset(live)
            _stage_task.reset(task)


def stage(label: str) -> None:
    """Say what the work is doing now ("aligning sentences"); nothing when no display is open."""
    display, task = _live.get(), _stage_task.get()
    if display is not None and task is not None:
        display.update(task, description=label)


@contextmanager
def progress_bar(enabled: bool, total: int, label: str) -> Iterator[Callable[[int], None]]:
    """A bar counting to ``total``: on the open display, else its own when ``enabled``."""
    display = _live.get()
    if display is not None:
        task = display.add_task(label, total=total)
        try:
            yield lambda n: display.advance(task, n)
        finally:
            display.remove_task(task)
        return
    if not enabled:
        yield lambda n: None
        return
    with _new_progress() as bar:
        task = bar.add_task(label, total=total)
        yield lambda n: bar.advance(task, n)
