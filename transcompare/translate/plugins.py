"""The backends transcompare knows: its own, and those other packages add.

A package adds a backend by declaring an entry point in the group
``transcompare.backends`` whose object is a class satisfying
:class:`~transcompare.translate.base.Backend` (as ``llm`` plugins register models)::

    [project.entry-points."transcompare.backends"]
    mybackend = "my_package.backend:MyBackend"

after which ``mybackend:TARGET`` is a model spec. Nothing is imported until a spec
with that prefix is used.
"""

from __future__ import annotations

import importlib
from functools import cache, lru_cache
from importlib.metadata import EntryPoint, entry_points

from ..errors import ModelError

GROUP = "transcompare.backends"
BUILTIN = {
    "hf": "transcompare.translate.hf:HFBackend",
    "ct2": "transcompare.translate.ct2:CT2Backend",
    "openai": "transcompare.translate.chat:ChatBackend",
    "apertium": "transcompare.translate.apertium:ApertiumBackend",
    "file": "transcompare.translate.files:FileBackend",
}


@lru_cache(maxsize=1)
def _entry_points() -> dict[str, EntryPoint]:

    return {ep.name: ep for ep in entry_points(group=GROUP) if ep.name not in BUILTIN}


def backend_names() -> tuple[str, ...]:
    """Spec prefixes, built-in first. Plugins are looked up only when a prefix is not built in."""
    return tuple(BUILTIN) + tuple(sorted(_entry_points()))


def is_backend_name(name: str) -> bool:
    return name in BUILTIN or name in _entry_points()


@cache
def backend_class(name: str):
    """The class behind a spec prefix, imported on first use."""
    if name in BUILTIN:
        module, _, attribute = BUILTIN[name].partition(":")
        return getattr(importlib.import_module(module), attribute)
    entry = _entry_points().get(name)
    if entry is None:
        raise ModelError(f"no backend {name!r}: choose one of {', '.join(backend_names())}")
    try:
        cls = entry.load()
    except Exception as exc:
        raise ModelError(f"backend {name!r} ({entry.value}) cannot be imported: {exc}") from None
    if getattr(cls, "kind", None) != name:
        raise ModelError(f"backend {name!r} ({entry.value}) does not declare kind = {name!r}")
    return cls
