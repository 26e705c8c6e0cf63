"""The backend protocol, and the settings that identify a translation.

A backend is one file (``hf.py``, ``ct2.py``, ``chat.py``, ``apertium.py``, ``files.py``)
holding one class that satisfies :class:`Backend`. Its class methods work on a spec and
stay cheap (no torch, no weights): :meth:`Backend.locate` finds the model and its
fingerprint, so the cache can be read before anything heavy is loaded. The instance is
the loaded model. Backends join through :mod:`.plugins`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar, Protocol, runtime_checkable

if TYPE_CHECKING:
    from .registry import ModelSpec


@dataclass(frozen=True)
class GenerationSettings:
    beams: int = 4
    max_new_tokens: int = 256
    min_new_tokens: int = 0  # >0 forces output length (benchmarks with random weights)
    device: str = "auto"
    dtype: str = "auto"
    batch_size: int | None = None  # None: automatic
    allow_pickle: bool = False
    offline: bool = False  # never touch the network (also HF_HUB_OFFLINE=1)
    api_base: str | None = None  # chat API servers (openai: specs)
    concurrency: int | None = None  # chat API requests at once (None: the registry's, else 8)
    use_converted: bool = True  # an hf: model runs on a CTranslate2 copy on CPU when there is one

    def cache_key(self) -> dict:
        # Device, batch size, concurrency and the server address do not change what a model writes.
        return {"beams": self.beams, "max_new_tokens": self.max_new_tokens, "min_new_tokens": self.min_new_tokens,
                "dtype": self.dtype}


@dataclass(frozen=True)
class Mark:
    """A backend's note on a word of its output, e.g. Apertium's unknown-word marks."""

    start: int
    end: int
    word: str
    kind: str  # unknown, ungenerated, untranslated


@dataclass(frozen=True)
class Passage:
    """A paragraph to translate as one piece, with the paragraphs around it as context."""

    sentences: tuple[str, ...]
    before: str = ""
    after: str = ""


@dataclass(frozen=True)
class Located:
    """Where a model is and what identifies its outputs, found without loading it."""

    fingerprint: str  # spec plus weights digest, hub revision or version: part of every cache key
    path: Path | None = None
    revision: str | None = None  # the hub commit the weights come from
    details: dict = field(default_factory=dict)  # backend-specific (e.g. the chat API's settings)

    @property
    def folder(self) -> Path:
        """The model's folder, for backends whose models live on disk."""
        if self.path is None:
            raise ValueError(f"{self.fingerprint}: located without a folder")
        return self.path


@runtime_checkable
class Backend(Protocol):
    """What every backend provides. Class-level members work on specs, cheaply."""

    kind: ClassVar[str]  # the spec prefix: hf, ct2, openai, apertium, file
    context: ClassVar[str]  # "sentence", or "paragraph": translate_passages gets whole paragraphs
    runnable: ClassVar[bool]  # False for existing translations (file:)

    name: str
    source: str
    target: str
    fingerprint: str
    device: str
    dtype: str
    preferred_batch_size: int
    sized_by_tokens: bool
    info: dict

    @classmethod
    def locate(cls, spec: ModelSpec, settings: GenerationSettings) -> Located:
        """Find the model (downloading it when allowed); ModelError when it cannot be had."""
        ...

    @classmethod
    def is_available(cls, spec: ModelSpec) -> bool:
        """Usable right now without the network."""
        ...

    @classmethod
    def reverse(cls, spec: ModelSpec) -> ModelSpec | None:
        """The model translating the other way, when the backend knows it (round trips)."""
        ...

    @staticmethod
    def clean(text: str, source: str = "") -> tuple[str, list[Mark]]:
        """The text to show, and the marks the backend left in it."""
        ...

    @classmethod
    def load(cls, spec: ModelSpec | None, source: str, target: str, settings: GenerationSettings,
             located: Located) -> Backend:
        """The loaded model (the heavy part)."""
        ...

    def translate(self, segments: list[str]) -> list[str]: ...

    def count_tokens(self, texts: list[str]) -> list[int] | None: ...


class PassageBackend(Backend, Protocol):
    """A backend whose ``context`` is "paragraph": it translates whole paragraphs with their neighbours."""

    def translate_passages(self, passages: list[Passage]) -> list[list[str]]: ...


class BackendBase:
    """Defaults for the optional parts of :class:`Backend`."""

    context: ClassVar[str] = "sentence"
    runnable: ClassVar[bool] = True
    device = "cpu"
    dtype = ""  # the number format the model runs in, where it has one
    preferred_batch_size = 32
    sized_by_tokens = False  # batches of count_tokens() tokens (GPU), not preferred_batch_size sentences
    info: dict = {}  # noqa: RUF012 - backends that count things (requests, tokens, cost) replace it

    @classmethod
    def is_available(cls, spec: ModelSpec) -> bool:
        return True

    @classmethod
    def reverse(cls, spec: ModelSpec) -> ModelSpec | None:
        return None

    @staticmethod
    def clean(text: str, source: str = "") -> tuple[str, list[Mark]]:
        return text, []

    @classmethod
    def disk_usage(cls, spec: ModelSpec) -> int | None:
        """Bytes the model takes on this disk; None when it is not kept on disk."""
        return None

    @classmethod
    def pull(cls, spec: ModelSpec, allow_pickle: bool) -> str | None:
        """Download the model now (`models pull`); where it went, or None when there is nothing to download."""
        return None

    def count_tokens(self, texts: list[str]) -> list[int] | None:
        """Input tokens per text, for batches sized by tokens; None when the backend has no tokenizer."""
        return None


def settings_dict(settings: GenerationSettings) -> dict:
    return asdict(settings)
