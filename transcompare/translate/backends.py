"""Build a backend from a spec, checking the language pair before loading anything heavy."""

from __future__ import annotations

from ..errors import ModelError
from .base import Backend, GenerationSettings
from .registry import ModelSpec, resolve


def check_pair(spec: ModelSpec, source: str | None, target: str) -> str:
    """The source language to use; fails early when the registry knows the pair is unsupported."""
    if not spec.supports(source, target):
        pairs = ", ".join(spec.pairs)
        raise ModelError(f"{spec.label} does not translate {source or '?'}→{target} (it covers {pairs})")
    source = source or spec.default_source(target)
    if source is None:
        raise ModelError(f"{spec.label}: give the source language with --from")
    if source == target:
        raise ModelError(f"source and target are both {source!r}")
    return source


def load_backend(spec: ModelSpec | str, source: str | None, target: str,
                 settings: GenerationSettings | None = None) -> Backend:
    spec = resolve(spec) if isinstance(spec, str) else spec
    source = check_pair(spec, source, target)
    if spec.backend == "hf":
        from .hf import HFBackend

        return HFBackend(spec, source, target, settings)
    if spec.backend == "apertium":
        from .apertium import ApertiumBackend

        return ApertiumBackend(spec.target, source, target, name=spec.label)
    if spec.backend == "file":
        raise ModelError(f"{spec.label} is an existing translation, not a model: give it to `compare --version NAME=FILE`")
    raise ModelError(f"{spec.label}: the {spec.backend} backend is not available in this version")


def reverse_spec(spec: ModelSpec) -> ModelSpec:
    """The model that translates back, for round trips (--via)."""
    if spec.reverse:
        return resolve(spec.reverse)
    if spec.backend == "apertium":
        src, _, tgt = spec.target.partition("-")
        return resolve(f"apertium:{tgt.split('_')[0]}-{src}")
    if "*" in spec.pairs:
        return spec  # multilingual: the same model both ways
    raise ModelError(f"{spec.label}: no model known for the way back; give one with --back-model")


def is_usable_offline(spec: ModelSpec) -> bool:
    if spec.backend == "apertium":
        from .apertium import installed_modes

        return spec.target in installed_modes()
    if spec.backend == "hf":
        from .hf import is_available_offline

        return is_available_offline(spec)
    if spec.backend == "file":
        from pathlib import Path

        return Path(spec.target).is_file()
    return False
