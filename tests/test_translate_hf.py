"""Every transformers family goes through the same loading code a hub model takes."""

import shutil

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
    assert load_backend(f"hf:{tiny_models['t5']}", "en", "de", FAST)._prefix == "translate English to German: "


def test_unsupported_pair_fails_before_weights(tiny_models, monkeypatch):
    from transcompare.translate import hf

    monkeypatch.setattr(hf.HFBackend, "_load_model", lambda *a: pytest.fail("weights loaded"))
    with pytest.raises(ModelError, match="not supported"):
        load_backend(f"hf:{tiny_models['nllb']}", "en", "xx", FAST)


def test_long_input_is_split_not_truncated(tiny_models):
    backend = load_backend(f"hf:{tiny_models['marian']}", "en", "es", FAST)
    long_text = ", ".join(["the minister said the talks will continue"] * 40)  # far over 128 positions
    pieces = backend._split_long(long_text)
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


def test_hub_id_not_on_disk_is_a_clear_error():
    with pytest.raises(ModelError, match="not on this disk"):
        load_backend("hf:Helsinki-NLP/opus-mt-es-en", "es", "en")


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
