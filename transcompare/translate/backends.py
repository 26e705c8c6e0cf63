"""From a spec to a model ready to load: the language pair checked, the model found (or
downloaded) and fingerprinted, nothing heavy imported. Loading waits until a
translation is missing from the cache."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import ModelError
from .base import Backend, BackendBase, GenerationSettings, Located
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


@dataclass
class Prepared:
    """A model found and fingerprinted for one direction, loaded on first use."""

    spec: ModelSpec | None
    source: str
    target: str
    settings: GenerationSettings
    backend_class: type[Backend]
    located: Located
    _backend: Backend | None = field(default=None, repr=False)

    @property
    def label(self) -> str:
        if self.spec is not None:
            return self.spec.label
        assert self._backend is not None  # of() gives the loaded backend when there is no spec
        return self._backend.name

    @property
    def fingerprint(self) -> str:
        return self.located.fingerprint

    @property
    def loaded(self) -> bool:
        return self._backend is not None

    @property
    def context(self) -> str:
        return self.backend_class.context

    def clean(self, text: str, source: str = ""):
        return self.backend_class.clean(text, source)

    def load(self) -> Backend:
        if self._backend is None:
            self._backend = self.backend_class.load(self.spec, self.source, self.target, self.settings, self.located)
        return self._backend

    @classmethod
    def of(cls, backend, settings: GenerationSettings | None = None) -> Prepared:
        """An already loaded backend (tests, benchmarks, plugins' own scripts). Only name,
        source, target and translate are required of it; the rest has BackendBase's defaults."""
        if not isinstance(backend, BackendBase):
            defaults = {k: getattr(BackendBase, k) for k in ("device", "dtype", "preferred_batch_size",
                                                             "sized_by_tokens", "info")}
            for attribute, value in defaults.items():
                if not hasattr(backend, attribute):
                    setattr(backend, attribute, value)
            backend_class = type(backend)
            if not hasattr(backend_class, "clean") or not hasattr(backend_class, "context"):
                backend_class = type(backend_class.__name__, (backend_class, BackendBase), {})
        else:
            backend_class = type(backend)
        fingerprint = getattr(backend, "fingerprint", f"{type(backend).__name__}:{backend.name}")
        return cls(None, backend.source, backend.target, settings or GenerationSettings(), backend_class,
                   Located(fingerprint), backend)


def prepare(spec: ModelSpec | str, source: str | None, target: str,
            settings: GenerationSettings | None = None) -> Prepared:
    """Check a spec for one direction and find its model, cheaply; ModelError when it cannot run."""
    spec = resolve(spec) if isinstance(spec, str) else spec
    source = check_pair(spec, source, target)
    settings = settings or GenerationSettings()
    cls = spec.backend_class
    return Prepared(spec, source, target, settings, cls, cls.locate(spec, settings))


def load_backend(spec: ModelSpec | str, source: str | None, target: str,
                 settings: GenerationSettings | None = None) -> Backend:
    """Find and load a model in one call, for scripts and tests (commands prepare every model first and
    load each only when the cache lacks a translation)."""
    return prepare(spec, source, target, settings).load()


def reverse_spec(spec: ModelSpec) -> ModelSpec:
    """The model that translates back, for round trips (--via)."""
    if spec.reverse:
        return resolve(spec.reverse)
    known = spec.backend_class.reverse(spec)
    if known is not None:
        return known
    if "*" in spec.pairs:
        return spec  # multilingual: the same model both ways
    raise ModelError(f"{spec.label}: no model known for the way back; give one with --back-model")


def is_usable_offline(spec: ModelSpec) -> bool:
    return spec.backend_class.is_available(spec)
