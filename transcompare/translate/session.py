"""A translation session: models checked up front, loaded once when needed, one cache,
direct and round-trip translation."""

from __future__ import annotations

from dataclasses import dataclass

from ..datamodel import Document
from ..document import build_document
from .article import Translation, translate_document
from .backends import Prepared, prepare, reverse_spec
from .base import GenerationSettings
from .cache import TranslationCache
from .engine import Engine
from .registry import ModelSpec, resolve


@dataclass
class Work:
    """What the last translate or round trip did: sentences the models ran on (the rest came
    from the cache), and wall seconds loading models and translating."""

    translated: int = 0
    load_seconds: float = 0.0
    run_seconds: float = 0.0

    def __add__(self, other: Work) -> Work:
        return Work(self.translated + other.translated, self.load_seconds + other.load_seconds,
                    self.run_seconds + other.run_seconds)


class TranslationSession:
    def __init__(self, settings: GenerationSettings | None = None, use_cache: bool = True, progress: bool = True):
        self.settings = settings or GenerationSettings()
        self.cache = TranslationCache() if use_cache else None
        self.progress = progress
        self._engines: dict[tuple[str, str, str], Engine] = {}
        self.last = Work()

    def prepare(self, spec: ModelSpec | str, source: str | None, target: str) -> Prepared:
        """Check a model for one direction (and download it if allowed) without loading it."""
        return self.engine(spec, source, target).model

    def engine(self, spec: ModelSpec | str, source: str | None, target: str) -> Engine:
        spec = resolve(spec) if isinstance(spec, str) else spec
        key = (spec.text, source or "", target)
        if key not in self._engines:
            prepared = prepare(spec, source, target, self.settings)
            self._engines[key] = Engine(prepared, self.settings, self.cache, self.progress, label=spec.label)
        return self._engines[key]

    def translate(self, document: Document, spec: ModelSpec | str, target: str, source: str | None = None) -> Translation:
        engine = self.engine(spec, source or document.language, target)
        before = Work(engine.translated, engine.load_seconds, engine.run_seconds)
        result = translate_document(document, engine)
        self.last = Work(engine.translated - before.translated, engine.load_seconds - before.load_seconds,
                         engine.run_seconds - before.run_seconds)
        return result

    def round_trip(self, document: Document, spec: ModelSpec | str, via: str, back: str | None = None) -> list[Translation]:
        """document → via → document's language: [forward leg, back leg]."""
        spec = resolve(spec) if isinstance(spec, str) else spec
        forward = self.translate(document, spec, via)
        first_leg = self.last
        pivot = build_document(forward.text, name=forward.document.name, language=via)
        backward = self.translate(pivot, self.back_spec(spec, back), document.language, source=via)
        self.last = first_leg + self.last
        return [forward, backward]

    @staticmethod
    def back_spec(spec: ModelSpec, back: str | None) -> ModelSpec:
        return resolve(back) if back else reverse_spec(spec)
