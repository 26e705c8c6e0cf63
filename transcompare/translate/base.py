"""The backend protocol and the settings that identify a translation."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Protocol, runtime_checkable


@dataclass(frozen=True)
class GenerationSettings:
    beams: int = 4
    max_new_tokens: int = 256
    min_new_tokens: int = 0  # >0 forces output length (benchmarks with random weights)
    device: str = "auto"
    dtype: str = "auto"
    batch_size: int | None = None  # None: automatic
    allow_pickle: bool = False

    def cache_key(self) -> dict:
        # Device and batch size do not change the output enough to split the cache.
        return {"beams": self.beams, "max_new_tokens": self.max_new_tokens, "min_new_tokens": self.min_new_tokens,
                "dtype": self.dtype}


@runtime_checkable
class Backend(Protocol):
    name: str
    source: str
    target: str

    def translate(self, segments: list[str]) -> list[str]: ...


@dataclass(frozen=True)
class Mark:
    """A backend's note on a word of its output, e.g. Apertium's unknown-word marks."""

    start: int
    end: int
    word: str
    kind: str  # unknown, ungenerated, ambiguous


def fingerprint(backend: Backend) -> str:
    """What identifies a backend's outputs in the cache: spec plus weights or version."""
    return getattr(backend, "fingerprint", f"{type(backend).__name__}:{backend.name}")


def clean(backend: Backend, text: str) -> tuple[str, list[Mark]]:
    """The text to show, and the marks the backend left in it (if it has a cleaner)."""
    cleaner = getattr(backend, "clean", None)
    return cleaner(text) if cleaner else (text, [])


def settings_dict(settings: GenerationSettings) -> dict:
    return asdict(settings)
