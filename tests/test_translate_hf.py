"""Every transformers family goes through the same loading code a hub model takes."""

import os
import shutil
import subprocess
import sys
import time

import pytest

from transcompare.errors import ModelError
from transcompare.translate.backends import load_backend
from transcompare.translate.base import GenerationSettings

from .conftest import SAMPLE

FAST = GenerationSettings(beams=1, max_new_tokens=8)


@pytest.mark.parametrize("family, expected", [("marian", "marian"), ("m2m100", "m2m_100"), ("nllb", "nllb"),
                                              ("mbart50", "mbart"), ("t5", "t5")])
def test_each_family_loads_and_translates(tiny_models, family, expected):
    backend = load_backend(f"hf:{tiny_models[family]}", "en", "es", FAST)
    assert backend.family == expected
    out = backend.translate(["The cat said “hello”.", "", "El perro."])
    assert len(out) == 3 and all(isinstance(x, str) for x in out)
    assert not any(x.startswith(("__es__", "spa_Latn")) for x in out)  # language tokens stripped


def test_language_codes_per_family(tiny_models):
    nllb = load_backend(f"hf:{tiny_models['nllb']}", "en", "es", FAST)
    assert nllb._generate_extra["forced_bos_token_id"] == nllb.tokenizer.convert_tokens_to_ids("spa_Latn")
    mbart = load_backend(f"hf:{tiny_models['mbart50']}", "en", "es", FAST)
    assert mbart._generate_extra["forced_bos_token_id"] == mbart.tokenizer.convert_tokens_to_ids("es_XX")
    assert load_backend(f"hf:{tiny_models['t5']}", "en", "de", FAST).setup.prefix == "translate English to German: "


def test_unsupported_pair_fails_before_weights(tiny_models, monkeypatch):
    from transcompare.translate import hf

    monkeypatch.setattr(hf.HFBackend, "_load_model", lambda *a: pytest.fail("weights loaded"))
    with pytest.raises(ModelError, match="not supported"):
        load_backend(f"hf:{tiny_models['nllb']}", "en", "xx", FAST)


def test_long_input_is_split_not_truncated(tiny_models):
    backend = load_backend(f"hf:{tiny_models['marian']}", "en", "es", FAST)
    long_text = ", ".join(["the minister said the talks will continue"] * 40)  # far over 128 positions
    pieces = backend.splitter.split(long_text)
    assert len(pieces) > 1 and " ".join(pieces).split() == long_text.split()
    assert len(backend.translate([long_text])) == 1


def test_missing_folder_no_weights_and_pickle(tiny_models, tmp_path):
    with pytest.raises(ModelError, match="does not exist"):
        load_backend(f"hf:{tmp_path / 'nope'}", "en", "es")
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(ModelError, match="no model weights"):
        load_backend(f"hf:{empty}", "en", "es")
    pickled = tmp_path / "pickled"
    shutil.copytree(tiny_models["marian"], pickled)
    (pickled / "model.safetensors").rename(pickled / "pytorch_model.bin")
    with pytest.raises(ModelError, match="--allow-pickle"):
        load_backend(f"hf:{pickled}", "en", "es")


def test_hub_id_not_on_disk_offline_names_models_pull(tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "hub"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    with pytest.raises(ModelError, match=r"not on this disk.*transcompare models pull opus-mt-es-en"):
        load_backend("opus-mt-es-en", "es", "en")
    monkeypatch.delenv("HF_HUB_OFFLINE")
    with pytest.raises(ModelError, match="--offline"):
        load_backend("opus-mt-es-en", "es", "en", GenerationSettings(offline=True))


def test_model_not_on_disk_is_refused_before_transformers_is_imported(tmp_path):
    script = ("import sys; from transcompare.cli import main; code = main(sys.argv[1:]); "
              "print('IMPORTED', 'transformers' in sys.modules, 'torch' in sys.modules); sys.exit(code)")
    env = {**os.environ, "HF_HUB_CACHE": str(tmp_path), "HF_HUB_OFFLINE": "1"}
    for spec in ("opus-mt-es-en", f"hf:{tmp_path / 'missing'}"):
        started = time.process_time()
        done = subprocess.run([sys.executable, "-c", script, "translate", str(SAMPLE), "--model", spec, "--to", "es",
                               "--from", "en"], capture_output=True, text=True, env=env)
        assert done.returncode == 3, done.stderr
        assert "IMPORTED False False" in done.stdout and "Traceback" not in done.stderr
    assert time.process_time() - started < 5


def test_every_model_and_the_output_checked_before_any_translation(tiny_models, run_cli, tmp_path, monkeypatch):
    from transcompare.translate import hf

    monkeypatch.setattr(hf.HFBackend, "translate", lambda *a: pytest.fail("translated before checking everything"))
    good = f"hf:{tiny_models['marian']}"
    code, _, err = run_cli("translate", str(SAMPLE), "-m", good, "-m", f"hf:{tmp_path / 'nope'}", "--to", "es",
                           "--from", "en")
    assert code == 3 and "does not exist" in err
    code, _, err = run_cli("translate", str(SAMPLE), "-m", good, "--to", "es", "--from", "en", "-o",
                           str(tmp_path / "missing_dir") + "/")
    assert code == 2 and "is a folder" in err
    code, _, err = run_cli("translate", str(SAMPLE), "-m", good, "--to", "es", "--from", "en", "-o",
                           str(tmp_path / "missing_dir" / "out.txt"))
    assert code == 2 and "does not exist" in err
    code, _, err = run_cli("translate", str(SAMPLE), "-m", good, "--via", "es", "--from", "en", "--back-model",
                           f"hf:{tmp_path / 'nope'}")
    assert code == 3 and "does not exist" in err


@pytest.mark.parametrize("command", ["translate", "compare", "evaluate"])
def test_max_new_tokens_on_every_command_that_translates(run_cli, command):
    code, out, _ = run_cli(command, "--help")
    assert code == 0 and "--max-new-tokens" in out and "--offline" in out and "--api-base" in out


def test_cli_translate_with_local_model_and_cache(tiny_models, run_cli, tmp_path):
    out = tmp_path / "out.es.txt"
    args = ("translate", str(SAMPLE), "--model", f"hf:{tiny_models['marian']}", "--to", "es", "--beams", "1",
            "--max-new-tokens", "8", "-o", str(out))
    code, _, err = run_cli(*args)
    assert code == 0 and "42 sentences translated" in err
    first = out.read_text()
    assert first.count("\n\n") >= 18  # paragraphs kept
    code, _, err = run_cli(*args)
    assert code == 0 and "0 sentences translated" in err and out.read_text() == first


def test_cli_model_errors_exit_3(run_cli, tmp_path):
    code, _, err = run_cli("translate", str(SAMPLE), "--model", "no-such-model", "--to", "es")
    assert code == 3 and "unknown model" in err
    code, _, err = run_cli("translate", str(SAMPLE), "--model", f"hf:{tmp_path}", "--to", "es")
    assert code == 3 and "no model weights" in err
