"""`transcompare evaluate`: scores, significance, direction, baseline, outputs, shards, compare, bad input."""

import json
import shutil
import subprocess
import sys

import pytest

from . import evaluate_data as data

needs_apertium = pytest.mark.skipif(shutil.which("apertium") is None, reason="Apertium is not installed")


@pytest.fixture
def files(tmp_path):
    return {**data.files(tmp_path), "dir": tmp_path}


def evaluate(run_cli, files, *extra, systems=("good", "bad")):
    hyps = [a for name in systems for a in ("--hyp", f"{name}={files[name]}")]
    code, out, err = run_cli("evaluate", "--src", files["src"], "--ref", files["ref"], *hyps, "--metrics",
                             "bleu,chrf,ter", "--bootstrap", "200", "--trials", "200", "-f", "json", *extra)
    assert code == 0, err
    return json.loads(out)


def by_name(results):
    return {s["name"]: s for s in results["systems"]}


def test_scores_identical_to_sacrebleu_command(run_cli, files):
    results = evaluate(run_cli, files)
    for name in ("good", "bad"):
        expected = subprocess.run([sys.executable, "-m", "sacrebleu", files["ref"], "-i", files[name], "-m", "bleu",
                                   "chrf", "ter", "-b", "-w", "4"], capture_output=True, text=True, check=True).stdout
        assert [round(by_name(results)[name]["scores"][m]["score"], 4) for m in ("bleu", "chrf", "ter")] == json.loads(expected)
    metrics = {m["name"]: m for m in results["metrics"]}
    assert metrics["bleu"]["signature"].startswith("nrefs:1|bs:200|ar:200|seed:12345|case:mixed|eff:no|tok:13a")
    assert metrics["bleu"]["higher_is_better"] and not metrics["ter"]["higher_is_better"]


def test_verdicts_follow_significance_and_direction(run_cli, files):
    results = evaluate(run_cli, files)
    assert results["baseline"] == "good" and [s["name"] for s in results["systems"]] == ["good", "bad"]
    good, bad = by_name(results)["good"]["scores"], by_name(results)["bad"]["scores"]
    assert all(s["verdict"] == "baseline" and s["p_bootstrap"] is None for s in good.values())
    # bad has lower BLEU and higher TER: significantly worse on both, whatever the numbers' direction
    assert bad["bleu"]["score"] < good["bleu"]["score"] and bad["ter"]["score"] > good["ter"]["score"]
    assert bad["bleu"]["verdict"] == bad["ter"]["verdict"] == "worse" and bad["bleu"]["p_bootstrap"] < 0.05
    # the other way round, the lower TER is the better one
    flipped = by_name(evaluate(run_cli, files, "--baseline", "bad"))["good"]["scores"]
    assert flipped["ter"]["verdict"] == "better" and flipped["ter"]["score"] < bad["ter"]["score"]


def test_no_significant_difference_is_same(run_cli, files):
    results = evaluate(run_cli, files, systems=("good", "middling"))
    assert by_name(results)["middling"]["scores"]["chrf"]["verdict"] in ("same", "worse")
    same = evaluate(run_cli, {**files, "copy": files["good"]}, systems=("good", "copy"))
    assert all(s["verdict"] == "same" for s in by_name(same)["copy"]["scores"].values())


def test_baseline_is_the_first_system_named(run_cli, files):
    assert evaluate(run_cli, files, systems=("bad", "good"))["baseline"] == "bad"


@needs_apertium
def test_baseline_is_a_model_named_before_the_files(run_cli, files):
    code, out, err = run_cli("evaluate", "--src", files["src"], "--ref", files["ref"], "--model", "apertium-es-en",
                             "--hyp", f"good={files['good']}", "--bootstrap", "50", "--trials", "50", "-f", "json")
    assert code == 0, err
    assert json.loads(out)["baseline"] == "apertium-es-en"


def test_the_order_of_mixed_options_is_read_from_the_command_line():
    from typer.main import get_command

    from transcompare.cli.evaluate import evaluate_app, system_kinds

    params = get_command(evaluate_app).commands["run"].params
    args = ["t.tsv", "--baseline", "x", "-m", "m1", "--hyp=a=a.txt", "--metrics", "bleu", "--hyp", "b=b.txt",
            "--model=m2", "-mm3", "--format", "json"]
    assert system_kinds(args, params) == ["model", "hyp", "hyp", "model", "model"]
    assert system_kinds(["--hyp", "--model", "--model", "m"], params) == ["hyp", "model"]  # a value is not an option


def test_text_output_shows_direction_and_marks_and_notes_go_to_stderr(run_cli, files, monkeypatch):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "comet" else real(name, *a))
    monkeypatch.setenv("COLUMNS", "200")
    code, out, err = run_cli("evaluate", "--src", files["src"], "--ref", files["ref"], "--hyp", f"good={files['good']}",
                             "--hyp", f"bad={files['bad']}", "--metrics", "bleu,ter,comet", "--bootstrap", "100",
                             "--trials", "100")
    assert code == 0, err
    assert "BLEU ↑" in out and "TER ↓" in out and "▼" in out and "baseline good" in out
    assert "COMET" in err and "COMET" not in out  # the note is on stderr


def test_markdown_output(run_cli, files):
    code, out, err = run_cli("evaluate", "--src", files["src"], "--ref", files["ref"], "--hyp", f"good={files['good']}",
                             "--hyp", f"bad={files['bad']}", "--metrics", "bleu,ter", "--bootstrap", "100",
                             "--trials", "100", "-f", "markdown")
    assert code == 0, err
    assert "| # | System | BLEU ↑ | TER ↓ |" in out and "▼" in out and "## Quotations of the reference" in out


def test_outputs_written(run_cli, files):
    out = files["dir"] / "out"
    evaluate(run_cli, files, "--out", str(out))
    for name in ("results.json", "results.csv", "results.md", "segments.jsonl", "statistics.npz", "scores.svg",
                 "report.html"):
        assert (out / name).is_file(), name
    rows = [json.loads(line) for line in (out / "segments.jsonl").read_text().splitlines()]
    assert len(rows) == 40 and rows[7]["ref"] == "" and set(rows[0]["systems"]) == {"good", "bad"}
    assert rows[0]["systems"]["good"]["bleu"] < 100 and rows[3]["systems"]["good"]["chrf"] == 100.0
    html = (out / "report.html").read_text()
    assert "<svg" in html and "Content-Security-Policy" in html
    assert json.loads((out / "results.json").read_text())["schema"] == "transcompare.evaluate/2"


def test_results_read_back_into_the_same_dataclasses(run_cli, files):
    from transcompare.evaluation.results import EvaluationResults

    results = evaluate(run_cli, files, "--docs", files["docs"])
    again = EvaluationResults.from_json(results)
    assert again.to_json() == results and again.system("bad").scores["ter"].verdict == "worse"


def test_tsv_and_jsonl_match_plain_files(run_cli, files):
    plain = evaluate(run_cli, files)
    for testset in (files["tsv"], files["jsonl"]):
        code, out, err = run_cli("evaluate", testset, "--hyp", f"good={files['good']}", "--hyp", f"bad={files['bad']}",
                                 "--metrics", "bleu,chrf,ter", "--bootstrap", "200", "--trials", "200", "-f", "json")
        assert code == 0, err
        results = json.loads(out)
        assert [s["scores"] for s in results["systems"]] == [s["scores"] for s in plain["systems"]]
        assert results["testset_fingerprint"] == plain["testset_fingerprint"]  # the content, not the file format


def test_shards_merge_into_the_single_run(run_cli, files):
    single = evaluate(run_cli, files, "--docs", files["docs"], "--out", str(files["dir"] / "all"))
    for i in range(3):
        evaluate(run_cli, files, "--docs", files["docs"], "--shard", f"{i}/3", "--out", str(files["dir"] / f"part{i}"))
    code, out, err = run_cli("evaluate", "merge", *(str(files["dir"] / f"part{i}") for i in range(3)),
                             "--out", str(files["dir"] / "merged"), "-f", "json")
    assert code == 0, err
    merged = json.loads(out)
    assert merged["systems"] == single["systems"] and merged["analyses"] == single["analyses"]
    assert merged["testset_fingerprint"] == single["testset_fingerprint"]
    assert (files["dir"] / "merged" / "segments.jsonl").read_text() == (files["dir"] / "all" / "segments.jsonl").read_text()


def test_a_test_set_named_merge_can_be_evaluated(run_cli, files, monkeypatch):
    monkeypatch.chdir(files["dir"])
    shutil.copy(files["tsv"], files["dir"] / "merge")
    code, out, err = run_cli("evaluate", "./merge", "--hyp", f"good={files['good']}", "--bootstrap", "50",
                             "--trials", "50", "-f", "json")
    assert code == 0, err and json.loads(out)["testset"] == "merge"
    code, _, err = run_cli("evaluate", "merge", "--hyp", f"good={files['good']}")
    assert code == 2 and "./merge" in err
    code, _, err = run_cli("evaluate", "run", "merge", "--hyp", f"good={files['good']}", "--bootstrap", "50",
                           "--trials", "50", "-f", "json")
    assert code == 0, err


def test_compare_two_runs(run_cli, files):
    first, second = files["dir"] / "v1", files["dir"] / "v2"
    evaluate(run_cli, files, "--out", str(first), systems=("good", "bad"))
    evaluate(run_cli, {**files, "bad": files["middling"]}, "--out", str(second), systems=("good", "bad"))
    code, out, err = run_cli("evaluate", "compare", str(first), str(second), "-f", "json")
    assert code == 0, err
    changes = {s["system"]: {c["metric"]: c for c in s["changes"]} for s in json.loads(out)["systems"]}
    assert changes["good"]["bleu"]["difference"] == 0 and changes["good"]["bleu"]["verdict"] == "same"
    assert changes["bad"]["bleu"]["verdict"] == "better" and changes["bad"]["ter"]["verdict"] == "better"
    code, out, err = run_cli("evaluate", "compare", str(first), str(second))
    assert code == 0 and "▲" in out
    other = files["dir"] / "other"
    shorter = data.write_lines(files["dir"] / "short.en", data.references()[:30])
    shorter_src = data.write_lines(files["dir"] / "short.es", data.sources()[:30])
    code, _, err = run_cli("evaluate", "--src", shorter_src, "--ref", shorter, "--hyp", f"good={shorter}",
                           "--bootstrap", "50", "--trials", "50", "--out", str(other))
    assert code == 0, err
    code, _, err = run_cli("evaluate", "compare", str(first), str(other))
    assert code == 2 and "not runs on the same test set" in err


def test_any_target_language(run_cli, tmp_path):
    """Languages outside the tool's own rules (Italian here) are scored and audited with the generic rules."""
    refs = [f"Il consiglio si è riunito il giorno {i} e ha deciso di riparare il ponte." for i in range(30)]
    srcs = [f"El consejo se reunió el día {i} y acordó reparar el puente." for i in range(30)]
    refs[4] = "«Non chiuderemo la scuola», ha detto la sindaca."
    srcs[4] = "«No cerraremos la escuela», dijo la alcaldesa."
    hyp = [r.replace("riparare", "aggiustare") for r in refs]
    args = ["--src", data.write_lines(tmp_path / "s.es", srcs), "--ref", data.write_lines(tmp_path / "r.it", refs),
            "--hyp", f"mt={data.write_lines(tmp_path / 'h.it', hyp)}", "--bootstrap", "50", "--trials", "50", "-f", "json"]
    for languages in (["--from", "es", "--to", "it"], ["--from", "it", "--to", "es"], []):
        code, out, err = run_cli("evaluate", *args, *languages)
        assert code == 0, err
        results = json.loads(out)
        assert results["systems"][0]["quotes"]["reference_quotes"] == 1


@pytest.mark.parametrize("case, message", [
    ("short-ref", "has 40 lines, "),
    ("short-hyp", "has 39 lines, the test set has 40"),
    ("bad-jsonl", ":2: malformed JSONL"),
    ("three-columns", "set3.tsv:2: expected source<TAB>reference, found 3 columns: 'b\\tB\\textra'"),
    ("bad-shard", "--shard"),
    ("no-system", "nothing to evaluate"),
    ("hyp-without-name", "--hyp "),
    ("unknown-baseline", "--baseline 'nobody'"),
    ("unknown-metric", "--metrics 'blue'"),
    ("bad-format", "'xml' is not one of"),
    ("format-not-written", "'jsonl' is not one of 'text', 'json', 'markdown'"),
    ("testset-and-src", "give the test set as one file or as --src and --ref, not both"),
    ("out-is-a-file", "exists and is not a folder"),
    ("bad-language", "--to 'zz': not an ISO 639-1 language code"),
])
def test_bad_input_exits_2(run_cli, files, tmp_path, case, message):
    short = tmp_path / "short.txt"
    short.write_text("\n".join(data.references()[:39]) + "\n")
    jsonl = tmp_path / "broken.jsonl"
    jsonl.write_text('{"src": "a", "ref": "b"}\n{"src": "a"\n')
    three = tmp_path / "set3.tsv"
    three.write_text("a\tA\nb\tB\textra\n")
    pair = ["--src", files["src"], "--ref", files["ref"]]
    args = {
        "short-ref": ["--src", files["src"], "--ref", str(short), "--hyp", f"g={files['good']}"],
        "short-hyp": [*pair, "--hyp", f"g={short}"],
        "bad-jsonl": [str(jsonl), "--hyp", f"g={files['good']}"],
        "three-columns": [str(three), "--hyp", f"g={files['good']}"],
        "bad-shard": [*pair, "--hyp", f"g={files['good']}", "--shard", "3/3"],
        "no-system": pair,
        "hyp-without-name": [*pair, "--hyp", files["good"]],
        "unknown-baseline": [*pair, "--hyp", f"g={files['good']}", "--baseline", "nobody"],
        "unknown-metric": [*pair, "--hyp", f"g={files['good']}", "--metrics", "blue"],
        "bad-format": [*pair, "--hyp", f"g={files['good']}", "-f", "xml"],
        "format-not-written": [*pair, "--hyp", f"g={files['good']}", "-f", "jsonl"],
        "testset-and-src": [files["tsv"], *pair, "--hyp", f"g={files['good']}"],
        "out-is-a-file": [*pair, "--hyp", f"g={files['good']}", "--out", files["good"]],
        "bad-language": [*pair, "--hyp", f"g={files['good']}", "--to", "zz"],
    }[case]
    code, _, err = run_cli("evaluate", *args)
    assert code == 2 and message in err and "Traceback" not in err, err
    if case == "hyp-without-name":
        assert "--version" not in err


def test_a_model_run_is_reused(run_cli, files, tiny_models):
    out = files["dir"] / "with-model"
    args = ("evaluate", "--src", files["src"], "--ref", files["ref"], "--model", f"hf:{tiny_models['marian']}",
            "--hyp", f"good={files['good']}", "--beams", "1", "--max-new-tokens", "16", "--bootstrap", "50",
            "--trials", "50", "--out", str(out), "-f", "json")
    code, first, err = run_cli(*args)
    assert code == 0, err
    model = next(s for s in json.loads(first)["systems"] if s["kind"] == "model")
    assert json.loads(first)["baseline"] == model["name"]  # --model came first
    assert model["speed"]["translated"] == 39 and model["speed"]["segments_per_s"] > 0  # 40 minus the empty one
    assert model["speed"]["device"] == "cpu" and model["speed"]["batch_size"]
    hypotheses = next((out / "hypotheses").glob("*.txt"))
    stamp = hypotheses.stat().st_mtime_ns
    code, second, _ = run_cli(*args)
    assert code == 0 and json.loads(second)["systems"] == json.loads(first)["systems"]
    assert hypotheses.stat().st_mtime_ns == stamp  # not translated again


def test_killed_translation_resumes_from_the_cache(tmp_path):
    """A model killed mid-run leaves no hypothesis file; the rerun translates only what the cache lacks."""
    from transcompare.evaluation import systems
    from transcompare.evaluation.testset import open_testset
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

    srcs, refs = data.sources(), data.references()
    testset = open_testset(None, data.write_lines(tmp_path / "s", srcs), data.write_lines(tmp_path / "r", refs))
    plan = systems.Plan(testset, ("bleu",), "es", "en", tmp_path / "out", (0, 1), 40, (0, 40))
    system = systems.System("upper", "model", "upper")
    folder = tmp_path / "out" / "hypotheses"

    def translator(backend):
        engine = Engine(backend, cache=TranslationCache(tmp_path / "cache.sqlite"), progress=False)
        return lambda: (lambda texts: (engine.translate(texts), 0, 0))

    import transcompare.evaluation.systems as module

    module.CHUNK = 10
    try:
        dying = Upper(fail_after=20)
        with pytest.raises(KeyboardInterrupt):
            systems.translate_system(plan, system, folder, {}, translator(dying))
        assert not (folder / "upper.txt").exists()
        survivor = Upper()
        done = systems.translate_system(plan, system, folder, {}, translator(survivor))
        assert survivor.seen == len({s for s in srcs if s}) - dying.seen  # only what was not yet translated
        assert done.path.read_text().splitlines()[0] == srcs[0].upper()
        again = Upper(fail_after=0)
        systems.translate_system(plan, system, folder, {}, translator(again))  # reused: nothing translated
    finally:
        module.CHUNK = 2000


def test_a_utf16_test_set_is_read_and_a_bad_byte_names_its_line(tmp_path):
    from transcompare.errors import InputError
    from transcompare.evaluation.testset import text_lines

    utf16 = tmp_path / "set.tsv"
    utf16.write_text("uno\tone\ndos\ttwo\n", encoding="utf-16")
    assert list(text_lines(utf16)) == ["uno\tone", "dos\ttwo"]
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"first line\nsecond \xff line\n")
    with pytest.raises(InputError, match="not valid UTF-8 at line 2"):
        list(text_lines(broken))
    first = tmp_path / "first.txt"
    first.write_bytes(b"\xff\n")
    with pytest.raises(InputError, match="at line 1"):
        list(text_lines(first))
