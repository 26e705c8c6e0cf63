import json
import os
import subprocess
import sys

import pytest

from .conftest import ROOT, SAMPLE


def test_audit_text_and_summary(run_cli):
    code, out, _err = run_cli("audit", str(SAMPLE))
    assert code == 0 and "quote.empty" in out and "findings" in out
    assert "\x1b[" not in out  # NO_COLOR respected


@pytest.mark.parametrize("fmt", ["json", "jsonl", "markdown"])
def test_audit_formats(run_cli, fmt):
    code, out, _ = run_cli("audit", str(SAMPLE), "--format", fmt)
    assert code == 0
    if fmt == "json":
        data = json.loads(out)
        assert data["schema"] == "transcompare.audit/1" and data["tool"]["version"]
        f = data["findings"][0]
        assert {"detector", "category", "severity", "span", "start", "end", "message", "suggestion"} <= set(f)
    elif fmt == "jsonl":
        rows = [json.loads(line) for line in out.splitlines()]
        assert rows and all(r["document"] for r in rows)
    else:
        assert out.startswith("# Translation audit")


def test_fail_on(run_cli):
    assert run_cli("audit", str(SAMPLE), "--fail-on", "critical", "-f", "json")[0] == 1
    clean = ROOT / "tests" / "data" / "clean.en.txt"
    assert run_cli("audit", str(clean), "--fail-on", "minor", "-f", "json")[0] == 0


def test_output_file_is_written(run_cli, tmp_path):
    out = tmp_path / "r.json"
    assert run_cli("audit", str(SAMPLE), "-f", "json", "-o", str(out))[0] == 0
    assert json.loads(out.read_text())["findings"]


def test_stdin(monkeypatch, run_cli):
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO("He said “”.".encode())))
    code, out, _ = run_cli("audit", "-", "-f", "json", "--lang", "en")
    assert code == 0 and json.loads(out)["findings"][0]["detector"] == "quote.empty"


@pytest.mark.parametrize(
    "content, message",
    [(b"", "empty file"), (b"\x00\x01binary", "binary file"), (b"ol\xe9", "invalid byte")],
)
def test_bad_input_exits_2(run_cli, tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    code, _out, err = run_cli("audit", str(path))
    assert code == 2 and message in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_missing_file_directory_bad_options(run_cli, tmp_path):
    assert run_cli("audit", str(tmp_path / "missing.txt"))[0] == 2
    assert run_cli("audit", str(tmp_path))[0] == 2
    code, _, err = run_cli("audit", str(SAMPLE), "--source-lang", "xx")
    assert code == 2 and "not an ISO 639-1 language code" in err
    assert run_cli("audit", str(SAMPLE), "--fail-on", "huge")[0] == 2
    code, _, err = run_cli("audit", str(SAMPLE), "--detectors", "nope")
    assert code == 2 and "unknown detector" in err


def test_quotes_command(run_cli):
    code, out, _ = run_cli("quotes", str(SAMPLE), "-f", "json")
    rows = json.loads(out)["quotes"]
    assert code == 0 and any("Putin" in (r["speaker"] or "") for r in rows) and any(r["text"] == "" for r in rows)


def test_version_and_help(run_cli):
    code, out, _ = run_cli("--version")
    assert code == 0 and out.startswith("transcompare ")
    for command in ("audit", "quotes"):
        code, out, _ = run_cli(command, "--help")
        assert code == 0 and "Example: transcompare" in out


def test_help_and_audit_do_not_import_torch():
    probe = (
        "import sys; from transcompare.cli import main; "
        "main(['--help']); main(['audit', sys.argv[1], '-f', 'json']); "
        "bad = [m for m in ('torch', 'transformers') if m in sys.modules]; "
        "sys.stderr.write(repr(bad)); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", probe, str(SAMPLE)], capture_output=True, text=True,
                            env={**os.environ, "NO_COLOR": "1"})
    assert result.returncode == 0, result.stderr


def test_python_dash_m_entry_point():
    result = subprocess.run([sys.executable, "-m", "transcompare", "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and "transcompare" in result.stdout


def test_list_detectors_needs_no_file(run_cli):
    code, out, _ = run_cli("audit", "--list-detectors")
    assert code == 0 and "quote.empty" in out and "calque.lexicon" in out
    code, _, err = run_cli("audit")
    assert code == 2 and "give the article" in err


def test_outputs_get_normal_permissions(run_cli, tmp_path):
    out = tmp_path / "r.json"
    assert run_cli("audit", str(SAMPLE), "-f", "json", "-o", str(out))[0] == 0
    assert out.stat().st_mode & 0o044  # readable by others, as a plain write would be (mkstemp gives 0600)
    assert not list(tmp_path.glob(".*.tmp"))  # no temporary file left behind


def test_python_api_functions_survive_submodule_imports(tmp_path):
    # importing submodules must not shadow the API names
    import transcompare.auditing
    import transcompare.comparison
    import transcompare.evaluation.api  # noqa: F401
    from transcompare import audit, compare, evaluate

    assert callable(audit) and callable(compare) and callable(evaluate)
    assert audit(SAMPLE).findings
    other = tmp_path / "v.txt"
    other.write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    report = compare(str(SAMPLE), versions=[f"copy={other}"])
    assert report.results[0].alignment.confidence > 0.9


def test_missing_extra_names_the_pip_command(run_cli, monkeypatch):
    import transcompare.auditing

    def without_httpx(*args, **kwargs):
        raise ModuleNotFoundError("No module named 'httpx'", name="httpx")

    monkeypatch.setattr(transcompare.auditing, "audit", without_httpx)
    code, _, err = run_cli("audit", str(SAMPLE))
    assert code == 3
    assert "pip install 'transcompare[llm]'" in err and "Traceback" not in err


@pytest.mark.parametrize("args, message", [
    (["compare", "{a}", "--to", "zz"], "--to 'zz': not an ISO 639-1 language code"),
    (["compare", "{a}", "--source-lang", "xx"], "--source-lang 'xx'"),
    (["quotes", "{a}", "--version", "x={a}", "--lang", "en"], "--lang does nothing here"),
    (["translate", "{a}", "-m", "apertium-en-es", "--to", "es", "--via", "es"], "--to does nothing here"),
    (["translate", "{a}", "-m", "apertium-en-es", "--to", "es", "--back-model", "apertium-es-en"],
     "--back-model does nothing here"),
    (["models", "check", "apertium-en-es", "--from", "zz", "--to", "es"], "--from 'zz'"),
])
def test_a_bad_language_or_an_option_that_would_be_ignored_is_refused(run_cli, tmp_path, args, message):
    article = tmp_path / "a.txt"
    article.write_text("The mayor said on Monday that the library would open in June.\n")
    code, out, err = run_cli(*(a.format(a=article) for a in args))
    assert code == 2 and message in err and not out and len(err.strip().splitlines()) == 1, err
