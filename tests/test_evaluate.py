import json
import subprocess
import sys

import pytest

from transcompare.evaluation import runner
from transcompare.evaluation.metrics import score_from, statistics
from transcompare.evaluation.significance import approximate_randomization, bootstrap_interval, paired_bootstrap
from transcompare.evaluation.testset import open_testset

REFS = [f"The council met on day {i} and agreed to repair the bridge near the river." for i in range(40)]
REFS[3] = "“We will not close the school,” said Mayor Ana Ruiz."
REFS[7] = ""  # an empty segment is kept, not dropped
SRCS = [f"El consejo se reunió el día {i} y acordó reparar el puente cerca del río." for i in range(40)]
SRCS[3] = "«No cerraremos la escuela», dijo la alcaldesa Ana Ruiz."
SRCS[7] = ""
GOOD = [r.replace("repair", "fix") for r in REFS]
BAD = [r.replace("the bridge near the river", "a road").replace("“", "").replace("”", "") for r in REFS]


@pytest.fixture
def files(tmp_path):
    def write(name, lines):
        path = tmp_path / name
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return str(path)

    return {"src": write("src.es", SRCS), "ref": write("ref.en", REFS), "good": write("good.en", GOOD),
            "bad": write("bad.en", BAD), "tsv": write("set.tsv", [f"{s}\t{r}" for s, r in zip(SRCS, REFS)]),
            "docs": write("docs.txt", [f"d{i // 4}" for i in range(40)]), "dir": tmp_path}


def evaluate(run_cli, files, *extra):
    code, out, err = run_cli("evaluate", "--src", files["src"], "--ref", files["ref"], "--hyp", f"good={files['good']}",
                             "--hyp", f"bad={files['bad']}", "--metrics", "bleu,chrf,ter", "--bootstrap", "200",
                             "--trials", "200", "-f", "json", *extra)
    assert code == 0, err
    return json.loads(out)


def test_scores_identical_to_sacrebleu_command(run_cli, files):
    results = evaluate(run_cli, files)
    good = next(s for s in results["systems"] if s["name"] == "good")
    expected = subprocess.run([sys.executable, "-m", "sacrebleu", files["ref"], "-i", files["good"], "-m", "bleu",
                               "chrf", "ter", "-b", "-w", "4"], capture_output=True, text=True, check=True).stdout
    assert [round(good["scores"][m]["score"], 4) for m in ("bleu", "chrf", "ter")] == json.loads(expected)
    assert results["signatures"]["bleu"].startswith("nrefs:1|case:mixed|eff:no|tok:13a")


def test_significance_and_ranking(run_cli, files):
    results = evaluate(run_cli, files)
    assert results["baseline"] == "good" and [s["name"] for s in results["systems"]] == ["good", "bad"]
    bad = results["systems"][1]["scores"]["bleu"]
    assert bad["significant"] and bad["p_randomization"] < 0.05 and bad["ci95"][0] <= bad["score"] <= bad["ci95"][1]


def test_tests_on_statistics():
    refs = REFS * 3
    same = statistics("chrf", refs, refs)
    worse = statistics("chrf", [r[: len(r) // 2] for r in refs], refs)
    assert approximate_randomization("chrf", same, same, 100) == 1.0
    assert paired_bootstrap("chrf", worse, same, 100) < 0.05  # the full text beats the half
    interval = bootstrap_interval("chrf", worse, 100)
    assert interval.low <= score_from("chrf", worse.sum(0)) <= interval.high


def test_quote_metrics_and_artifacts(run_cli, files):
    results = evaluate(run_cli, files, "--docs", files["docs"])
    by_name = {s["name"]: s["quotes"] for s in results["systems"]}
    assert by_name["good"]["preservation_rate"] == 1.0 and by_name["good"]["speaker_kept_rate"] == 1.0
    assert by_name["bad"]["preservation_rate"] == 0.0
    assert by_name["good"]["artifacts_per_1000_words"] is not None


def test_outputs_written(run_cli, files):
    out = files["dir"] / "out"
    evaluate(run_cli, files, "--out", str(out))
    for name in ("results.json", "results.csv", "segments.jsonl", "scores.png", "report.html",
                 "hypotheses/good.txt", "systems/bad.npz"):
        assert (out / name).is_file(), name
    rows = [json.loads(line) for line in (out / "segments.jsonl").read_text().splitlines()]
    assert len(rows) == 40 and rows[7]["ref"] == "" and set(rows[0]["systems"]) == {"good", "bad"}
    assert "<img" in (out / "report.html").read_text() and (out / "scores.png").read_bytes()[:4] == b"\x89PNG"


def test_tsv_and_jsonl_match_plain_files(run_cli, files, tmp_path):
    jsonl = tmp_path / "set.jsonl"
    jsonl.write_text("".join(json.dumps({"src": s, "ref": r, "id": f"s{i}"}) + "\n" for i, (s, r) in enumerate(zip(SRCS, REFS))))
    plain = evaluate(run_cli, files)["systems"]
    for testset in (files["tsv"], str(jsonl)):
        code, out, err = run_cli("evaluate", testset, "--hyp", f"good={files['good']}", "--hyp", f"bad={files['bad']}",
                                 "--metrics", "bleu,chrf,ter", "--bootstrap", "200", "--trials", "200", "-f", "json")
        assert code == 0, err
        assert [s["scores"] for s in json.loads(out)["systems"]] == [s["scores"] for s in plain]


def test_shards_merge_into_the_single_run(run_cli, files):
    single = evaluate(run_cli, files, "--docs", files["docs"], "--out", str(files["dir"] / "all"))
    for i in range(3):
        evaluate(run_cli, files, "--docs", files["docs"], "--shard", f"{i}/3", "--out", str(files["dir"] / f"part{i}"))
    code, out, err = run_cli("evaluate", "merge", *(str(files["dir"] / f"part{i}") for i in range(3)),
                             "--out", str(files["dir"] / "merged"), "-f", "json")
    assert code == 0, err
    assert json.loads(out)["systems"] == single["systems"]
    assert (files["dir"] / "merged" / "segments.jsonl").read_text() == (files["dir"] / "all" / "segments.jsonl").read_text()


@pytest.mark.parametrize("case, message", [
    ("short-ref", "has 40 lines, "),
    ("short-hyp", "has 39 lines, the test set has 40"),
    ("bad-jsonl", ":2: malformed JSONL"),
    ("bad-shard", "--shard"),
    ("no-system", "nothing to evaluate"),
])
def test_bad_input_exits_2(run_cli, files, tmp_path, case, message):
    short = tmp_path / "short.txt"
    short.write_text("\n".join(REFS[:39]) + "\n")
    jsonl = tmp_path / "broken.jsonl"
    jsonl.write_text('{"src": "a", "ref": "b"}\n{"src": "a"\n')
    args = {
        "short-ref": ["--src", files["src"], "--ref", str(short), "--hyp", f"g={files['good']}"],
        "short-hyp": ["--src", files["src"], "--ref", files["ref"], "--hyp", f"g={short}"],
        "bad-jsonl": [str(jsonl), "--hyp", f"g={files['good']}"],
        "bad-shard": ["--src", files["src"], "--ref", files["ref"], "--hyp", f"g={files['good']}", "--shard", "3/3"],
        "no-system": ["--src", files["src"], "--ref", files["ref"]],
    }[case]
    code, _, err = run_cli("evaluate", *args)
    assert code == 2 and message in err and "Traceback" not in err


def test_killed_run_resumes_without_recomputing(tmp_path, monkeypatch):
    """A system killed mid-run leaves no result file; the rerun translates only what the cache lacks."""
    from transcompare.translate.cache import TranslationCache
    from transcompare.translate.engine import Engine

    class Upper:
        name, source, target = "upper", "es", "en"

        def __init__(self, fail_after=None):
            self.seen, self.fail_after = 0, fail_after

        def translate(self, segments):
            if self.fail_after is not None and self.seen >= self.fail_after:
                raise KeyboardInterrupt  # the kill
            self.seen += len(segments)
            return [s.upper() for s in segments]

    monkeypatch.setattr(runner, "CHUNK", 10)
    testset = open_testset(None, _write(tmp_path / "s", SRCS), _write(tmp_path / "r", REFS))
    plan = runner.Plan(testset, ("bleu",), "es", "en", tmp_path / "out", (0, 1), 40, (0, 40))
    system = runner.System("upper", "model", "upper")

    def translator(backend):
        engine = Engine(backend, cache=TranslationCache(tmp_path / "cache.sqlite"), progress=False)
        return lambda texts: (engine.translate(texts), 0, 0)

    dying = Upper(fail_after=20)
    with pytest.raises(KeyboardInterrupt):
        runner.run_system(plan, system, {}, translator(dying))
    assert not (tmp_path / "out" / "systems" / "upper.json").exists()
    survivor = Upper()
    run = runner.run_system(plan, system, {}, translator(survivor))
    assert survivor.seen == len({s for s in SRCS if s}) - dying.seen  # only what was not yet translated
    again = Upper(fail_after=0)
    assert runner.run_system(plan, system, {}, translator(again)).stats["bleu"].tolist() == run.stats["bleu"].tolist()


def _write(path, lines):
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def test_model_system_speed_cache_and_resume(run_cli, files, tiny_models):
    out = files["dir"] / "with-model"
    args = ("evaluate", "--src", files["src"], "--ref", files["ref"], "--model", f"hf:{tiny_models['marian']}",
            "--hyp", f"good={files['good']}", "--beams", "1", "--bootstrap", "50", "--trials", "50",
            "--out", str(out), "-f", "json")
    code, first, err = run_cli(*args)
    assert code == 0, err
    model = next(s for s in json.loads(first)["systems"] if s["kind"] == "model")
    assert model["speed"]["translated"] == 39 and model["speed"]["segments_per_s"] > 0  # 40 minus the empty one
    assert model["speed"]["device"] == "cpu" and model["speed"]["batch_size"]
    stamp = (out / "systems" / f"{runner.safe_name(model['name'])}.npz").stat().st_mtime_ns
    code, second, _ = run_cli(*args)
    assert code == 0 and json.loads(second)["systems"] == json.loads(first)["systems"]
    assert (out / "systems" / f"{runner.safe_name(model['name'])}.npz").stat().st_mtime_ns == stamp  # not recomputed


def test_comet_without_package_is_a_note(run_cli, files, monkeypatch):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "comet" else real(name, *a))
    results = evaluate(run_cli, files, "--metrics", "bleu,comet")
    assert results["metrics"] == ["bleu"] and any("COMET" in n for n in results["notes"])


def test_comet_with_a_local_model(run_cli, files, monkeypatch, tmp_path):
    """The adapter against a stand-in for unbabel-comet's documented API (load_from_checkpoint, predict)."""
    import importlib.machinery
    import types

    from transcompare.evaluation import comet as comet_adapter

    calls = []

    class FakeModel:
        def predict(self, samples, batch_size, gpus, progress_bar):
            calls.append(len(samples))
            return types.SimpleNamespace(scores=[0.9 if s["mt"] == s["ref"] else 0.4 for s in samples])

    fake = types.ModuleType("comet")
    fake.__spec__ = importlib.machinery.ModuleSpec("comet", None)
    fake.__version__ = "test"
    fake.load_from_checkpoint = lambda path: FakeModel()
    monkeypatch.setitem(sys.modules, "comet", fake)
    comet_adapter._model.cache_clear()
    checkpoint = tmp_path / "checkpoints" / "model.ckpt"
    checkpoint.parent.mkdir()
    checkpoint.write_bytes(b"weights")
    code, out, err = run_cli("evaluate", "--src", files["src"], "--ref", files["ref"], "--hyp", f"same={files['ref']}",
                             "--hyp", f"bad={files['bad']}", "--metrics", "comet,bleu", "--comet-model", str(checkpoint),
                             "--bootstrap", "100", "--trials", "100", "-f", "json")
    assert code == 0, err
    results = json.loads(out)
    scores = {s["name"]: s["scores"]["comet"] for s in results["systems"]}
    assert scores["same"]["score"] == pytest.approx(90.0) and scores["bad"]["score"] < 90 and scores["bad"]["significant"]
    assert results["ranked_by"] == "comet" and results["signatures"]["comet"].endswith("version:test") and calls
