"""``file:PATH``: an existing translation. It is a version to compare, not a model to run."""

from __future__ import annotations

from pathlib import Path

from ..errors import ModelError
from .base import BackendBase, GenerationSettings, Located


class FileBackend(BackendBase):
    kind = "file"
    runnable = False

    @staticmethod
    def default_pairs(target: str) -> tuple[str, ...]:
        return ("*",)

    @classmethod
    def locate(cls, spec, settings: GenerationSettings) -> Located:
        raise ModelError(f"{spec.label} is an existing translation, not a model: give it to `compare --version NAME=FILE`")

    @classmethod
    def load(cls, spec, source, target, settings, located):
        raise ModelError(f"{spec.label} is an existing translation, not a model")

    @classmethod
    def is_available(cls, spec) -> bool:
        return Path(spec.target).is_file()
