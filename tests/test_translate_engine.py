import multiprocessing
import sqlite3

import pytest

from transcompare.errors import ModelError
from transcompare.translate.backends import check_pair, reverse_spec
from transcompare.translate.cache import TranslationCache, make_key
from transcompare.translate.engine import Engine, run_batches
from transcompare.translate.registry import parse_spec, registry, resolve


class UpperBackend:
    """A backend that upper-cases and counts what it was asked."""

    name, source, target = "upper", "en", "es"

    def __init__(self):
        self.calls: list[list[str]] = []

    def translate(self, segments):
        self.calls.append(list(segments))
        return [s.upper() for s in segments]


def test_registry_aliases_and_specs():
    assert resolve("opus-mt-es-en").text == "hf:Helsinki-NLP/opus-mt-es-en"
    assert parse_spec("apertium:spa-eng").pairs == ("es-en",)
    assert resolve("hf:./models/x").backend == "hf"
    with pytest.raises(ModelError, match="Did you mean opus-mt-es-en"):
        resolve("opus-mt-es-em")
    with pytest.raises(ModelError, match="BACKEND:TARGET"):
        parse_spec("magic:thing")


def test_user_registry_extends(tmp_path, monkeypatch):
    folder = tmp_path / "transcompare"
    folder.mkdir()
    (folder / "registry.toml").write_text('[my-model]\nspec = "hf:./mine"\npairs = ["en-de"]\ndescription = "mine"\n')
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert "my-model" in registry() and resolve("my-model").pairs == ("en-de",)


def test_pair_checked_before_loading():
    with pytest.raises(ModelError, match="does not translate en→fr"):
        check_pair(resolve("opus-mt-en-es"), "en", "fr")
    assert check_pair(resolve("opus-mt-en-es"), None, "es") == "en"
    assert reverse_spec(resolve("apertium-en-es")).label == "apertium-es-en"
    assert reverse_spec(resolve("nllb-200-600m")).label == "nllb-200-600m"


def test_engine_dedupes_keeps_order_and_caches(tmp_path):
    cache = TranslationCache(tmp_path / "c.sqlite")
    backend = UpperBackend()
    engine = Engine(backend, cache=cache, progress=False)
    segments = ["b", "a", "", "b", "ccc", "a"]
    assert engine.translate(segments) == ["B", "A", "", "B", "CCC", "A"]
    assert sorted(sum(backend.calls, [])) == ["a", "b", "ccc"]  # each distinct text once, empty never
    backend.calls.clear()
    again = Engine(backend, cache=TranslationCache(tmp_path / "c.sqlite"), progress=False)
    assert again.translate(segments) == ["B", "A", "", "B", "CCC", "A"]
    assert backend.calls == [] and again.translated == 0


def test_out_of_memory_halves_the_batch():
    class OutOfMemoryError(RuntimeError):
        pass

    sizes = []

    def translate(batch):
        sizes.append(len(batch))
        if len(batch) > 2:
            raise OutOfMemoryError("CUDA out of memory")
        return [x * 2 for x in batch]

    assert run_batches(translate, list("abcdefg"), 8) == [x * 2 for x in "abcdefg"]
    assert sizes[:3] == [7, 4, 2]


def _writer(path, worker):
    cache = TranslationCache(path)
    for i in range(50):
        cache.put_many({make_key("fp", "en", "es", {}, f"{worker}-{i}-{j}"): "x" for j in range(5)})


def test_two_processes_write_at_once(tmp_path):
    path = tmp_path / "shared.sqlite"
    TranslationCache(path)
    procs = [multiprocessing.get_context("spawn").Process(target=_writer, args=(path, w)) for w in range(2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    assert len(TranslationCache(path)) == 2 * 50 * 5


def test_corrupt_cache_is_moved_aside(tmp_path, capsys):
    path = tmp_path / "bad.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    cache = TranslationCache(path)
    cache.put_many({"k": "v"})
    assert cache.get_many(["k"]) == {"k": "v"}
    assert list(tmp_path.glob("bad.sqlite.corrupt-*")) and "moved it to" in capsys.readouterr().err
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT COUNT(*) FROM translations").fetchone()[0] == 1
