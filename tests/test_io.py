"""Outputs never destroy what the user pointed at: devices, links and pipes are written
through or refused, regular files are replaced atomically."""

import os
import stat
import threading
from pathlib import Path

import pytest

from transcompare.errors import InputError
from transcompare.io import resolve_output, write_atomic

from .conftest import SAMPLE, needs_apertium


def test_regular_file_replaced_atomically_keeping_its_mode(tmp_path):
    target = tmp_path / "out.json"
    target.write_text("old")
    target.chmod(0o640)
    write_atomic(target, "new")
    assert target.read_text() == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]  # no temporary file left behind


def test_symlink_keeps_pointing_at_its_rewritten_target(tmp_path):
    real = tmp_path / "real.json"
    real.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    write_atomic(link, "new")
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text() == "new"


def test_fifo_is_written_through_not_replaced(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text()))
    reader.start()
    write_atomic(fifo, "through the pipe")
    reader.join(timeout=10)
    assert received == ["through the pipe"]
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_character_device_is_written_through():
    write_atomic("/dev/null", "discarded")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full")
def test_full_device_is_a_one_line_error_and_stays_a_device():
    with pytest.raises(InputError, match="No space left"):
        write_atomic("/dev/full", "x" * 100_000)
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)


def test_unwritable_places_are_refused_before_any_work(tmp_path):
    (tmp_path / "file.txt").write_text("x")
    with pytest.raises(InputError, match="is a file, not a folder"):
        resolve_output(tmp_path / "file.txt" / "x.json")
    with pytest.raises(InputError, match="does not exist"):
        resolve_output(tmp_path / "missing" / "x.json")
    with pytest.raises(InputError, match="is a directory"):
        resolve_output(tmp_path)
    assert resolve_output("-") == (None, True)


def test_cli_outputs(run_cli, tmp_path):
    code, out, _ = run_cli("audit", str(SAMPLE), "-f", "json", "-o", "-")
    assert code == 0 and '"schema"' in out
    code, _, err = run_cli("audit", str(SAMPLE), "-o", str(tmp_path / "file.txt" / "x.json"))
    assert code == 2 and "error" in err and "Traceback" not in err
    if os.path.exists("/proc/version"):
        before = Path("/proc/version").read_text()
        code, _, err = run_cli("audit", str(SAMPLE), "-f", "json", "-o", "/proc/version")
        assert code == 2 and len(err.strip().splitlines()) == 1
        assert Path("/proc/version").read_text() == before


ARTICLE = "The mayor spoke on Monday.\n\n“We will open the library in June,” said Mayor Ana Ruiz.\n"
ORIGINAL = "La alcaldesa habló el lunes.\n\n«Abriremos la biblioteca en junio», dijo la alcaldesa Ana Ruiz.\n"


@pytest.mark.parametrize("args", [
    ["audit", "{a}", "-o", "{a}"],
    ["audit", "{a}", "--source", "{b}", "--html", "{b}"],
    ["quotes", "{a}", "-o", "{a}"],
    ["compare", "{a}", "--version", "x={b}", "--html", "{b}"],
    ["align", "{a}", "{b}", "-o", "{b}"],
    ["translate", "{a}", "-m", "file:{b}", "--to", "es", "-o", "{a}"],
])
def test_an_output_onto_an_input_is_refused_before_any_work(run_cli, tmp_path, args):
    a, b = tmp_path / "article.en.txt", tmp_path / "original.es.txt"
    a.write_text(ARTICLE)
    b.write_text(ORIGINAL)
    code, _, err = run_cli(*(x.format(a=a, b=b) for x in args))
    assert code == 2 and "is an input of this command" in err and len(err.strip().splitlines()) == 1
    assert a.read_text() == ARTICLE and b.read_text() == ORIGINAL


def test_an_output_named_as_a_folder_or_given_twice_is_refused(run_cli, tmp_path):
    a = tmp_path / "article.en.txt"
    a.write_text(ARTICLE)
    code, _, err = run_cli("audit", str(a), "-o", f"{tmp_path / 'reports'}/")
    assert code == 2 and "is a folder name" in err and not (tmp_path / "reports").exists()
    same = tmp_path / "report.json"
    code, _, err = run_cli("audit", str(a), "-o", str(same), "--html", str(same))
    assert code == 2 and "given twice as an output" in err and not same.exists()


def test_one_file_spelled_two_ways_is_still_given_twice(run_cli, tmp_path, monkeypatch):
    a = tmp_path / "article.en.txt"
    a.write_text(ARTICLE)
    monkeypatch.chdir(tmp_path)
    code, _, err = run_cli("audit", str(a), "-o", "r.json", "--html", str(tmp_path / "r.json"))
    assert code == 2 and "given twice as an output" in err and not (tmp_path / "r.json").exists()


def test_a_version_read_through_a_file_model_is_an_input_too(run_cli, tmp_path):
    a, b = tmp_path / "article.en.txt", tmp_path / "other.en.txt"
    a.write_text(ARTICLE)
    b.write_text(ARTICLE.replace("June", "July"))
    code, _, err = run_cli("compare", str(a), "--model", f"file:{b}", "--html", str(b))
    assert code == 2 and "is an input of this command" in err and "July" in b.read_text()


@needs_apertium
def test_translate_checks_the_files_of_its_legs_and_streams_them_whole(run_cli, tmp_path):
    a = tmp_path / "trip.apertium-es-en.en.txt"  # what the way back of `-o trip.txt` would be named
    a.write_text(ARTICLE)
    code, _, err = run_cli("translate", str(a), "-m", "apertium-en-es", "--via", "es", "-o", str(tmp_path / "trip.txt"))
    assert code == 2 and "is an input of this command" in err and a.read_text() == ARTICLE
    code, out, err = run_cli("translate", str(a), "-m", "apertium-en-es", "--via", "es", "-o", "-")
    assert code == 0, err
    assert out.startswith("### apertium-en-es.es\n") and "\n### apertium-es-en.en\n" in out


def test_evaluate_out_is_checked_but_made_only_by_a_run_that_starts(run_cli, tmp_path):
    out = tmp_path / "results"
    code, _, err = run_cli("evaluate", str(tmp_path / "missing.tsv"), "--hyp", f"a={tmp_path / 'h.txt'}",
                           "--out", str(out))
    assert code == 2 and "missing.tsv" in err and not out.exists()
