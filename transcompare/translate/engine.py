"""The engine around every backend: de-duplication, cache, length-sorted batches,
out-of-memory back-off and progress. Backends only translate a list of strings.

The cache is read first, with a fingerprint found without loading anything; the model is
loaded only when something is missing, so a fully cached rerun loads no model at all.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable, Sequence
from typing import cast

from ..errors import ModelError
from ..progress import progress_bar
from .backends import Prepared
from .base import Backend, GenerationSettings, Mark, Passage, PassageBackend
from .cache import TranslationCache, make_key
from .devices import BudgetStore, device_name, empty_device_cache, find_budget, is_out_of_memory, plan_batches

log = logging.getLogger(__name__)

PROGRESS_THRESHOLD = 32  # segments; shorter jobs finish before a bar would help


def _check_count(outputs: Sequence, batch: Sequence) -> None:
    if len(outputs) != len(batch):
        raise ModelError(f"the backend returned {len(outputs)} translations for {len(batch)} segments")


def run_batches(translate: Callable[[list[str]], list[str]], segments: list[str], batch_size: int,
                advance: Callable[[int], None] = lambda n: None) -> list[str]:
    """Translate in batches of ``batch_size``, halving it and retrying on out-of-memory errors."""
    outputs: list[str] = []
    start = 0
    while start < len(segments):
        batch = segments[start : start + batch_size]
        try:
            result = translate(batch)
        except Exception as exc:
            if not is_out_of_memory(exc) or batch_size == 1:
                raise
            empty_device_cache()
            batch_size = max(1, batch_size // 2)
            log.warning("out of memory, retrying with batch size %d", batch_size)
            continue
        _check_count(result, batch)
        outputs.extend(result)
        advance(len(batch))
        start += len(batch)
    return outputs


def run_planned(translate: Callable[[list[str]], list[str]], batches: list[list[str]],
                advance: Callable[[int], None] = lambda n: None, on_split: Callable[[list[str]], None] = lambda b: None,
                ) -> list[str]:
    """Translate prepared batches in order; a batch that runs out of memory is split in two."""
    outputs: list[str] = []
    queue = list(reversed(batches))
    while queue:
        batch = queue.pop()
        try:
            result = translate(batch)
        except Exception as exc:
            if not is_out_of_memory(exc) or len(batch) == 1:
                raise
            empty_device_cache()
            half = len(batch) // 2
            queue += [batch[half:], batch[:half]]
            on_split(batch)
            continue
        _check_count(result, batch)
        outputs.extend(result)
        advance(len(batch))
    return outputs


class Engine:
    """Translate segments with one model: each distinct text once, ever."""

    def __init__(self, model: Prepared | Backend, settings: GenerationSettings | None = None,
                 cache: TranslationCache | None = None, progress: bool = True, label: str | None = None,
                 budgets: BudgetStore | None = None):
        self.model = model if isinstance(model, Prepared) else Prepared.of(model, settings)
        self.settings = settings or self.model.settings
        self.cache = cache
        self.progress = progress
        self.label = label or self.model.label
        self.budgets = budgets or BudgetStore()
        self.translated = 0  # segments the backend actually ran on (not cached)
        self.load_seconds = 0.0  # wall seconds spent loading the model
        self.run_seconds = 0.0  # wall seconds spent translating what the cache did not have, loading excluded
        # What evaluate reports about this model; updated as it loads and runs.
        self.info: dict = {"model": self.model.fingerprint, "revision": self.model.located.revision,
                           "loaded": False}

    # ------------------------------------------------------------------ what callers need without loading
    @property
    def source(self) -> str:
        return self.model.source

    @property
    def target(self) -> str:
        return self.model.target

    @property
    def backend(self) -> Backend:
        """The loaded model (loading it on first use)."""
        if self.info["loaded"]:
            return self.model.load()
        started = time.perf_counter()
        backend = self.model.load()
        self.load_seconds += time.perf_counter() - started
        self.info.update(loaded=True, device=backend.device,
                         batch_size=self.settings.batch_size or backend.preferred_batch_size)
        return backend

    def clean(self, text: str, source: str = "") -> tuple[str, list[Mark]]:
        return self.model.clean(text, source)

    def _key(self, text: str) -> str:
        return make_key(self.model.fingerprint, self.source, self.target, self.settings.cache_key(), text)

    # ------------------------------------------------------------------ translation
    def translate(self, segments: list[str], paragraphs: list[int] | None = None) -> list[str]:
        """One output per segment. ``paragraphs`` (a paragraph number per segment) gives
        paragraph-level backends their context; sentence-level backends ignore it."""
        if self.model.context == "paragraph":
            return self._translate_passages(segments, paragraphs)
        unique = list(dict.fromkeys(s for s in segments if s.strip()))
        keys = {text: self._key(text) for text in unique}
        cached = self.cache.get_many(keys.values()) if self.cache else {}
        results = {text: cached[k] for text, k in keys.items() if k in cached}
        todo = [t for t in unique if t not in results]
        if todo:
            with progress_bar(self.progress and len(todo) >= PROGRESS_THRESHOLD, len(todo),
                              f"translating with {self.label}") as advance:
                started, loading = time.perf_counter(), self.load_seconds
                outputs, todo = self._run(todo, advance)
                self.run_seconds += time.perf_counter() - started - (self.load_seconds - loading)
            results.update(zip(todo, outputs))
            self.translated += len(todo)
            self.info.update(self.backend.info)
        return [results.get(s, "") if s.strip() else "" for s in segments]

    def _run(self, todo: list[str], advance) -> tuple[list[str], list[str]]:
        """(outputs, the texts in the order they were translated): longest first, so a batch pads little."""
        backend = self.backend
        if self.settings.batch_size is None and backend.sized_by_tokens:
            counts = backend.count_tokens(todo) or [len(t.split()) for t in todo]
            order = sorted(range(len(todo)), key=lambda i: -counts[i])
            todo, counts = [todo[i] for i in order], [counts[i] for i in order]
            key = self._budget_key(backend)
            budget = self.budgets.get(key)
            if budget is None:
                budget = find_budget(backend.translate, todo[0], counts[0])
                self.budgets.put(key, budget)
            self.info["batch_tokens"] = budget

            def lower(batch: list[str]) -> None:
                smaller = max(1, len(batch) // 2) * max(counts[todo.index(batch[0])], 1)
                self.budgets.put(key, smaller)
                self.info["batch_tokens"] = smaller

            batches = plan_batches(todo, counts, budget)
            return run_planned(self._translate_and_store, batches, advance, lower), todo
        todo = sorted(todo, key=len, reverse=True)
        size = self.settings.batch_size or backend.preferred_batch_size
        return run_batches(self._translate_and_store, todo, size, advance), todo

    def _budget_key(self, backend) -> str:
        return "|".join([device_name(backend.device), self.model.fingerprint, str(backend.dtype),
                         f"beams={self.settings.beams}", f"max_new_tokens={self.settings.max_new_tokens}"])

    def _translate_and_store(self, batch: list[str]) -> list[str]:
        outputs = self.backend.translate(batch)
        _check_count(outputs, batch)
        if self.cache is not None:
            self.cache.put_many({self._key(t): o for t, o in zip(batch, outputs)})  # stored as it goes: resumable
        return outputs

    # ------------------------------------------------------------------ paragraph-level backends
    def _translate_passages(self, segments: list[str], paragraphs: list[int] | None) -> list[str]:
        numbers = paragraphs if paragraphs is not None else list(range(len(segments)))
        if len(numbers) != len(segments):
            raise ValueError("one paragraph number per segment")
        groups: dict[int, list[int]] = {}
        for index, (number, text) in enumerate(zip(numbers, segments)):
            groups.setdefault(number, [])
            if text.strip():
                groups[number].append(index)
        order = [n for n in groups if groups[n]]
        texts = {n: " ".join(segments[i] for i in groups[n]) for n in order}
        passages, keys = {}, {}
        for position, number in enumerate(order):
            before = texts[order[position - 1]] if position > 0 else ""
            after = texts[order[position + 1]] if position + 1 < len(order) else ""
            passage = Passage(tuple(segments[i] for i in groups[number]), before, after)
            context = hashlib.sha256("\x1e".join([before, *passage.sentences, after]).encode()).hexdigest()[:24]
            passages[number] = passage
            keys[number] = [self._key(f"{segments[i]}\x1d{context}") for i in groups[number]]
        wanted = [k for n in order for k in keys[n]]
        cached = self.cache.get_many(wanted) if self.cache else {}
        todo = [n for n in order if any(k not in cached for k in keys[n])]
        results = dict(cached)
        if todo:
            sentences = sum(len(passages[n].sentences) for n in todo)
            with progress_bar(self.progress and sentences >= PROGRESS_THRESHOLD, sentences,
                              f"translating with {self.label}") as advance:
                size = self.settings.batch_size or self.backend.preferred_batch_size
                for start in range(0, len(todo), size):
                    chunk = todo[start : start + size]
                    outputs = cast(PassageBackend, self.backend).translate_passages([passages[n] for n in chunk])
                    _check_count(outputs, chunk)
                    fresh: dict[str, str] = {}
                    for number, output in zip(chunk, outputs):
                        _check_count(output, passages[number].sentences)
                        fresh.update(zip(keys[number], output))
                    if self.cache is not None:
                        self.cache.put_many(fresh)
                    results.update(fresh)
                    advance(sum(len(passages[n].sentences) for n in chunk))
            self.translated += sentences
            self.info.update(self.backend.info)
        out = [""] * len(segments)
        for number in order:
            for index, key in zip(groups[number], keys[number]):
                out[index] = results[key]
        return out
