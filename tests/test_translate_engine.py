import logging
import multiprocessing
import os
import sqlite3
import subprocess
import sys

import pytest

from transcompare.errors import InputError, ModelError
from transcompare.translate.backends import Prepared, check_pair, prepare, reverse_spec
from transcompare.translate.base import BackendBase, GenerationSettings, Located
from transcompare.translate.cache import TranslationCache, make_key
from transcompare.translate.devices import BudgetStore, attention_kernels, find_budget, plan_batches
from transcompare.translate.engine import Engine, run_batches
from transcompare.translate.plugins import backend_class, backend_names
from transcompare.translate.registry import parse_spec, registry, resolve

from .conftest import ROOT, SAMPLE


class UpperBackend:
    """A backend that upper-cases and counts what it was asked (only the minimal protocol)."""

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
    assert parse_spec("openai:gpt-4o-mini").backend_class.kind == "openai"
    with pytest.raises(ModelError, match="Did you mean opus-mt-es-en"):
        resolve("opus-mt-es-em")
    with pytest.raises(ModelError, match="BACKEND:TARGET"):
        parse_spec("magic:thing")


def test_every_builtin_backend_satisfies_the_protocol():
    for name in backend_names():
        cls = backend_class(name)
        assert cls.kind == name
        for member in ("locate", "load", "is_available", "reverse", "clean", "default_pairs", "disk_usage", "pull"):
            assert callable(getattr(cls, member)), (name, member)
        assert cls.context in ("sentence", "paragraph")


def test_a_plugin_backend_joins_through_the_entry_point_group(monkeypatch):
    from transcompare.translate import plugins

    class Reverser(BackendBase):
        kind = "reverser"
        name, source, target, fingerprint = "reverser", "en", "es", "reverser:1"

        @staticmethod
        def default_pairs(target):
            return ("en-es",)

        @classmethod
        def locate(cls, spec, settings):
            return Located("reverser:1")

        @classmethod
        def load(cls, spec, source, target, settings, located):
            return cls()

        def translate(self, segments):
            return [s[::-1] for s in segments]

    class EntryPoint:
        name, value = "reverser", "tests:Reverser"

        def load(self):
            return Reverser

    monkeypatch.setattr(plugins, "_entry_points", lambda: {"reverser": EntryPoint()})
    plugins.backend_class.cache_clear()
    try:
        spec = resolve("reverser:anything")
        assert spec.pairs == ("en-es",) and "reverser" in backend_names()
        assert Engine(prepare(spec, "en", "es"), progress=False).translate(["abc"]) == ["cba"]
    finally:
        plugins.backend_class.cache_clear()


def test_user_registry_extends(tmp_path, monkeypatch):
    folder = tmp_path / "transcompare"
    folder.mkdir()
    (folder / "registry.toml").write_text('[my-model]\nspec = "hf:./mine"\npairs = ["en-de"]\ndescription = "mine"\n'
                                          '[my-llm]\nspec = "openai:m"\napi_base = "http://127.0.0.1:9/v1"\n')
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert "my-model" in registry() and resolve("my-model").pairs == ("en-de",)
    assert resolve("my-llm").option("api_base") == "http://127.0.0.1:9/v1"


def test_packaged_registry_is_the_one_in_models_folder():
    from importlib import resources

    packaged = resources.files("transcompare.data").joinpath("registry.toml").read_text("utf-8")
    assert packaged == (ROOT / "models" / "registry.toml").read_text("utf-8")


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
    assert sorted(text for call in backend.calls for text in call) == ["a", "b", "ccc"]  # each distinct text once, empty never
    backend.calls.clear()
    again = Engine(backend, cache=TranslationCache(tmp_path / "c.sqlite"), progress=False)
    assert again.translate(segments) == ["B", "A", "", "B", "CCC", "A"]
    assert backend.calls == [] and again.translated == 0


def test_cache_is_read_before_the_model_loads(tmp_path):
    loads = []

    class Lazy(UpperBackend, BackendBase):
        @classmethod
        def load(cls, spec, source, target, settings, located):
            loads.append(1)
            return cls()

    def prepared():
        return Prepared(resolve("hf:./unused"), "en", "es", GenerationSettings(), Lazy, Located("lazy:1"))

    cache_path = tmp_path / "c.sqlite"
    assert Engine(prepared(), cache=TranslationCache(cache_path), progress=False).translate(["x", "y"]) == ["X", "Y"]
    assert loads == [1]
    engine = Engine(prepared(), cache=TranslationCache(cache_path), progress=False)
    assert engine.translate(["y", "x", ""]) == ["Y", "X", ""]
    assert loads == [1] and engine.info["loaded"] is False  # everything cached: nothing loaded


def test_wrong_number_of_outputs_is_a_model_error():
    class Dropper(UpperBackend):
        def translate(self, segments):
            return super().translate(segments)[:-1]

    with pytest.raises(ModelError, match="returned 1 translations for 2 segments"):
        Engine(Dropper(), progress=False).translate(["a", "b"])


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


def test_batches_sized_by_tokens_longest_first():
    texts = ["a" * 10, "b" * 9, "c" * 5, "d" * 5, "e" * 2, "f", "g"]
    counts = [10, 9, 5, 5, 2, 1, 1]
    batches = plan_batches(texts, counts, budget=20)
    assert [text for batch in batches for text in batch] == texts and len(batches) == 3
    for batch in batches:
        assert len(batch) * max(counts[texts.index(t)] for t in batch) <= 20
    assert plan_batches(["x" * 50], [50], budget=20) == [["x" * 50]]  # one long sentence still goes


def test_token_budget_found_once_per_device_and_remembered(tmp_path, monkeypatch):
    import functools
    import itertools

    import transcompare.translate.engine as engine_module

    class OutOfMemoryError(RuntimeError):
        pass

    # Every batch takes one tick of a fake clock, so a busy machine cannot make doubling look slower.
    ticks = itertools.count()
    monkeypatch.setattr(engine_module, "find_budget",
                        functools.partial(engine_module.find_budget, clock=lambda: next(ticks)))

    calls = []

    class Gpu(UpperBackend, BackendBase):
        device, sized_by_tokens, dtype = "cuda:0", True, "bfloat16"

        def count_tokens(self, texts):
            return [len(t) for t in texts]

        def translate(self, segments):
            calls.append(len(segments) * max(len(s) for s in segments))
            if calls[-1] > 20_000:  # the GPU's memory
                raise OutOfMemoryError("CUDA out of memory")
            return super().translate(segments)

    store = BudgetStore(tmp_path / "budgets.json")
    texts = [f"sentence {i} " + "x" * (i % 40) for i in range(300)]
    engine = Engine(Gpu(), progress=False, budgets=store)
    assert engine.translate(texts) == [t.upper() for t in texts]
    budget = engine.info["batch_tokens"]
    assert 8192 <= budget <= 20_000  # doubled from 4096 until memory ran out
    assert max(calls[calls.index(max(calls)) + 1 :]) <= budget  # then every batch within it
    calls.clear()
    second = Engine(Gpu(), progress=False, budgets=BudgetStore(tmp_path / "budgets.json"))
    second.translate([t + "!" for t in texts])
    assert second.info["batch_tokens"] == budget and max(calls) <= budget  # remembered: no search again


def test_budget_search_stops_when_bigger_batches_are_no_faster():
    ticks = iter(range(0, 10_000, 1))
    seen = []

    def translate(batch):
        seen.append(len(batch))
        return batch

    # Every call takes one tick: throughput doubles with the batch, so the search goes on to the cap.
    assert find_budget(translate, "x" * 10, 10, clock=lambda: next(ticks)) >= 8192
    slow = iter([0, 1, 1, 3, 3, 7])  # 2x the batch takes 2x the time: no gain after the first doubling

    def measured():
        return next(slow)

    assert find_budget(translate, "x" * 10, 10, clock=measured) == 4096


def test_generation_on_cuda_leaves_out_cudnn_attention():
    torch = pytest.importorskip("torch")
    with attention_kernels("cuda"):
        assert not torch.backends.cuda.cudnn_sdp_enabled()
        assert torch.backends.cuda.flash_sdp_enabled() and torch.backends.cuda.mem_efficient_sdp_enabled()
    with attention_kernels("cpu"):
        assert torch.backends.cuda.cudnn_sdp_enabled()  # the process's own setting is left alone


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


def test_corrupt_cache_is_moved_aside_with_its_journals(tmp_path, caplog):
    path = tmp_path / "bad.sqlite"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)  # an SQLite header, a damaged body
    for suffix in ("-wal", "-shm"):
        (tmp_path / f"bad.sqlite{suffix}").write_bytes(b"stale")
    with caplog.at_level(logging.WARNING, logger="transcompare"):
        cache = TranslationCache(path)
    cache.put_many({"k": "v"})
    assert cache.get_many(["k"]) == {"k": "v"}
    assert list(tmp_path.glob("bad.sqlite.corrupt-*")) and "moved it to" in caplog.text
    for suffix in ("-wal", "-shm"):  # the old journals are not replayed into the new cache
        journal = tmp_path / f"bad.sqlite{suffix}"
        assert not journal.exists() or b"stale" not in journal.read_bytes()
    with sqlite3.connect(path) as db:
        assert db.execute("SELECT COUNT(*) FROM translations").fetchone()[0] == 1


@pytest.mark.parametrize("kind", ["folder", "text file", "other database"])
def test_cache_never_touches_what_it_did_not_make(tmp_path, monkeypatch, run_cli, kind):
    path = tmp_path / "thing"
    if kind == "folder":
        path.mkdir()
        (path / "notes.txt").write_text("mine")
    elif kind == "text file":
        path.write_text("my notes, not a cache\n")
    else:
        with sqlite3.connect(path) as db:
            db.execute("CREATE TABLE invoices (id INTEGER)")
    before = sorted(p.name for p in tmp_path.rglob("*"))
    monkeypatch.setenv("TRANSCOMPARE_CACHE", str(path))
    with pytest.raises(InputError, match=str(path)):
        TranslationCache()
    code, _, _err = run_cli("translate", str(SAMPLE), "--model", "hf:/no/such/folder", "--to", "es")
    assert code in (2, 3)
    assert sorted(p.name for p in tmp_path.rglob("*")) == before  # nothing renamed, nothing added


def test_unwritable_cache_warns_and_translates(tmp_path, caplog):
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    with caplog.at_level(logging.WARNING, logger="transcompare"):
        cache = TranslationCache(blocker / "cache.sqlite")  # its folder cannot be made
    assert "translating without it" in caplog.text
    engine = Engine(UpperBackend(), cache=cache, progress=False)
    assert engine.translate(["a"]) == ["A"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes read-only files")
def test_read_only_cache_is_read_and_not_written(tmp_path, caplog):
    path = tmp_path / "c.sqlite"
    TranslationCache(path).put_many({"k": "v"})
    path.chmod(0o444)
    tmp_path.chmod(0o555)
    try:
        with caplog.at_level(logging.WARNING, logger="transcompare"):
            cache = TranslationCache(path)
            assert cache.get_many(["k"]) == {"k": "v"}
            cache.put_many({"k2": "v2"})
        assert "cannot" in caplog.text
    finally:
        tmp_path.chmod(0o755)


def test_cached_rerun_imports_no_torch(tiny_models, tmp_path):
    """A rerun served from the cache loads no model: torch and transformers are never imported."""
    out = tmp_path / "out.txt"
    args = ["translate", str(SAMPLE), "--model", f"hf:{tiny_models['marian']}", "--to", "es", "--from", "en",
            "--beams", "1", "--max-new-tokens", "4", "-o", str(out)]
    script = ("import sys; from transcompare.cli import main; code = main(sys.argv[1:]); "
              "print('IMPORTED', 'torch' in sys.modules, 'transformers' in sys.modules); sys.exit(code)")
    env = {**os.environ, "TRANSCOMPARE_CACHE": str(tmp_path / "cache.sqlite")}
    first = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, env=env, cwd=ROOT)
    assert first.returncode == 0, first.stderr
    assert "IMPORTED True True" in first.stdout
    second = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, env=env, cwd=ROOT)
    assert second.returncode == 0, second.stderr
    assert "IMPORTED False False" in second.stdout and "0 sentences translated" in second.stderr
