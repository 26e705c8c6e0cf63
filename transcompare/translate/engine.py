"""The engine around every backend: de-duplication, cache, length-sorted batches,
out-of-memory back-off and progress. Backends only translate a list of strings."""

from __future__ import annotations

import sys
from collections.abc import Callable

from ..progress import progress_bar
from .base import Backend, GenerationSettings, fingerprint
from .cache import TranslationCache, make_key

PROGRESS_THRESHOLD = 32  # segments; shorter jobs finish before a bar would help
DEFAULT_BATCH = 32


def _is_out_of_memory(exc: BaseException) -> bool:
    return type(exc).__name__ == "OutOfMemoryError" or "out of memory" in str(exc).lower()


def run_batches(translate: Callable[[list[str]], list[str]], segments: list[str], batch_size: int,
                advance: Callable[[int], None] = lambda n: None) -> list[str]:
    """Translate in batches, halving the batch size and retrying on out-of-memory errors."""
    outputs: list[str] = []
    start = 0
    while start < len(segments):
        batch = segments[start : start + batch_size]
        try:
            result = translate(batch)
        except Exception as exc:  # noqa: BLE001 - only OOM is retried; everything else propagates
            if not _is_out_of_memory(exc) or batch_size == 1:
                raise
            _empty_device_cache()
            batch_size = max(1, batch_size // 2)
            print(f"transcompare: out of memory, retrying with batch size {batch_size}", file=sys.stderr)
            continue
        if len(result) != len(batch):
            raise RuntimeError(f"backend returned {len(result)} translations for {len(batch)} segments")
        outputs.extend(result)
        advance(len(batch))
        start += len(batch)
    return outputs


def _empty_device_cache() -> None:
    torch = sys.modules.get("torch")
    if torch is not None and torch.cuda.is_available():
        torch.cuda.empty_cache()


class Engine:
    """Translate segments with one backend: each distinct text once, ever."""

    def __init__(self, backend: Backend, settings: GenerationSettings | None = None,
                 cache: TranslationCache | None = None, progress: bool = True, label: str | None = None):
        self.backend = backend
        self.settings = settings or GenerationSettings()
        self.cache = cache
        self.progress = progress
        self.label = label or backend.name
        self.translated = 0  # segments the backend actually ran on (not cached)

    def _key(self, text: str) -> str:
        return make_key(fingerprint(self.backend), self.backend.source, self.backend.target,
                        self.settings.cache_key(), text)

    def translate(self, segments: list[str]) -> list[str]:
        unique = list(dict.fromkeys(s for s in segments if s.strip()))
        keys = {text: self._key(text) for text in unique}
        cached = self.cache.get_many(keys.values()) if self.cache else {}
        results = {text: cached[k] for text, k in keys.items() if k in cached}
        todo = [t for t in unique if t not in results]
        if todo:
            # Similar lengths in a batch waste less padding; order is restored below.
            todo.sort(key=len, reverse=True)
            batch_size = self.settings.batch_size or getattr(self.backend, "preferred_batch_size", DEFAULT_BATCH)
            with progress_bar(self.progress and len(todo) >= PROGRESS_THRESHOLD, len(todo),
                              f"translating with {self.label}") as advance:
                outputs = run_batches(self._translate_and_store, todo, batch_size, advance)
            results.update(zip(todo, outputs))
            self.translated += len(todo)
        return [results.get(s, "") if s.strip() else "" for s in segments]

    def _translate_and_store(self, batch: list[str]) -> list[str]:
        outputs = self.backend.translate(batch)
        if self.cache is not None and len(outputs) == len(batch):
            self.cache.put_many({self._key(t): o for t, o in zip(batch, outputs)})  # stored as it goes: resumable
        return outputs
