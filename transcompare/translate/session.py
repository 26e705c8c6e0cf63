"""A translation session: backends loaded once, one cache, direct and round-trip translation."""

from __future__ import annotations

from ..document import build_document
from ..model import Document
from .article import Translation, translate_document
from .backends import load_backend, reverse_spec
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

    def engine(self, spec: ModelSpec | str, source: str, target: str) -> Engine:
        spec = resolve(spec) if isinstance(spec, str) else spec
        key = (spec.text, source, target)
        if key not in self._engines:
            backend = load_backend(spec, source, target, self.settings)
            self._engines[key] = Engine(backend, self.settings, self.cache, self.progress, label=spec.label)
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
        back_spec = resolve(back) if back else reverse_spec(spec)
        pivot = build_document(forward.text, name=forward.document.name, language=via)
        backward = self.translate(pivot, back_spec, document.language, source=via)
        self.last_translated += counted
        return [forward, backward]
