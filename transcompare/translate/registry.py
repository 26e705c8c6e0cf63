"""Model specs a person can type, and the registry of aliases.

Specs: ``hf:Helsinki-NLP/opus-mt-es-en`` (``@REVISION`` pins a hub commit),
``hf:./models/my-marian``, ``ct2:./models/opus-mt-es-en-ct2``, ``openai:MODEL``,
``apertium:spa-eng``, ``file:translations/es.txt``, a prefix a plugin adds (see
plugins.py), or an alias from models/registry.toml or the user's
$XDG_CONFIG_HOME/transcompare/registry.toml.
"""

from __future__ import annotations

import difflib
import os
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from ..errors import InputError, ModelError
from .plugins import backend_class, backend_names, is_backend_name

# Registry keys every entry may have; any other key is an option of its backend (e.g. the
# chat API's api_base, api_key_env, prompt, price_input, price_output, concurrency).
COMMON_KEYS = ("spec", "pairs", "description", "reverse", "revision")


@dataclass(frozen=True)
class ModelSpec:
    backend: str  # a spec prefix: hf, ct2, openai, apertium, file, or a plugin's
    target: str  # hub id, folder, model name, Apertium mode, or file path
    alias: str | None = None
    pairs: tuple[str, ...] = ("*",)  # "src-tgt" pairs; "*": any pair the model's languages allow
    description: str = ""
    reverse: str | None = None  # alias translating the other way
    revision: str | None = None  # hub commit (or branch/tag) to pin
    options: tuple[tuple[str, object], ...] = ()  # backend-specific registry keys, sorted

    def option(self, name: str, default=None):
        return dict(self.options).get(name, default)

    @property
    def backend_class(self):
        return backend_class(self.backend)

    @property
    def text(self) -> str:
        return f"{self.backend}:{self.target}"

    @property
    def label(self) -> str:
        return self.alias or self.text

    def supports(self, source: str | None, target: str) -> bool:
        if "*" in self.pairs:
            return True
        return any(p.split("-")[1] == target and (source is None or p.split("-")[0] == source) for p in self.pairs)

    def default_source(self, target: str) -> str | None:
        matches = [p.split("-")[0] for p in self.pairs if p != "*" and p.split("-")[1] == target]
        return matches[0] if len(matches) == 1 else None


def user_registry_path() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "transcompare" / "registry.toml"


def _read_registry(text: str, origin: str) -> dict[str, ModelSpec]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{origin}: invalid TOML ({exc})") from None
    specs = {}
    for alias, entry in data.items():
        if not isinstance(entry, dict) or "spec" not in entry:
            raise InputError(f"{origin}: entry [{alias}] needs a `spec`")
        parsed = parse_spec(entry["spec"])
        options = tuple(sorted((k, v) for k, v in entry.items() if k not in COMMON_KEYS))
        specs[alias] = ModelSpec(parsed.backend, parsed.target, alias, tuple(entry.get("pairs", parsed.pairs)),
                                 entry.get("description", ""), entry.get("reverse"), entry.get("revision"), options)
    return specs


@lru_cache(maxsize=4)
def _registry(user_path: str, version: tuple[int, int]) -> dict[str, ModelSpec]:
    builtin = resources.files("transcompare.data").joinpath("registry.toml").read_text("utf-8")
    specs = _read_registry(builtin, "models/registry.toml")
    if Path(user_path).is_file():
        specs.update(_read_registry(Path(user_path).read_text("utf-8"), user_path))
    return specs


def registry() -> dict[str, ModelSpec]:
    """Built-in aliases, overridden and extended by the user's registry."""
    path = user_registry_path()
    stat = path.stat() if path.is_file() else None
    return _registry(str(path), (stat.st_mtime_ns, stat.st_size) if stat else (0, 0))  # reread when edited


def parse_spec(text: str) -> ModelSpec:
    """A spec string without alias lookup."""
    backend, sep, target = text.partition(":")
    if not sep or not target or not is_backend_name(backend):
        raise ModelError(f"model spec {text!r} is not BACKEND:TARGET with BACKEND one of {', '.join(backend_names())}")
    return ModelSpec(backend, target, pairs=backend_class(backend).default_pairs(target))


def resolve(text: str) -> ModelSpec:
    """An alias or a spec string; unknown names fail with the closest aliases."""
    aliases = registry()
    if text in aliases:
        return aliases[text]
    if ":" in text and is_backend_name(text.split(":", 1)[0]):
        return parse_spec(text)
    close = difflib.get_close_matches(text, list(aliases), n=3, cutoff=0.5)
    hint = f" Did you mean {', '.join(close)}?" if close else ""
    raise ModelError(f"unknown model {text!r}.{hint} See `transcompare models list`, or give hf:ID, hf:PATH, ct2:PATH, openai:MODEL, apertium:MODE.")
