"""A translation session: models checked up front, loaded once when needed, one cache,
direct and round-trip translation."""

from __future__ import annotations

from ..datamodel import Document
from ..document import build_document
from .article import Translation, translate_document
from .backends import Prepared, prepare, reverse_spec
from .base import GenerationSettings
from .cache import TranslationCache
from .engine import Engine
from .registry import ModelSpec, resolve


class TranslationSession:
    def __init__(self, settings: GenerationSettings | None = None, use_cache: bool = True, progress: bool = True):
        self.settings = settings or GenerationSettings()
        self.cache = TranslationCache() if use_cache else None
        self.progress = progress
        self._engines: dict[tuple[str, str, str], Engine] = {}
        self.last_translated = 0

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
        before = engine.translated
        result = translate_document(document, engine)
        self.last_translated = engine.translated - before
        return result

    def round_trip(self, document: Document, spec: ModelSpec | str, via: str, back: str | None = None) -> list[Translation]:
        """document → via → document's language: [forward leg, back leg]."""
        spec = resolve(spec) if isinstance(spec, str) else spec
        forward = self.translate(document, spec, via)
        counted = self.last_translated
        pivot = build_document(forward.text, name=forward.document.name, language=via)
        backward = self.translate(pivot, self.back_spec(spec, back), document.language, source=via)
        self.last_translated += counted
        return [forward, backward]

    @staticmethod
    def back_spec(spec: ModelSpec, back: str | None) -> ModelSpec:
        return resolve(back) if back else reverse_spec(spec)
