"""CTranslate2: converted with its own converter, same outputs as transformers in float32."""

import pytest

from transcompare.translate.backends import load_backend, prepare
from transcompare.translate.base import GenerationSettings
from transcompare.translate.ct2 import convert
from transcompare.translate.registry import parse_spec

from .conftest import SAMPLE

pytest.importorskip("ctranslate2")

SENTENCES = ["The cat said “hello” to the mayor.", "El perro.", "the minister said the talks will continue next week",
             "Ñandú, acción, «sí».", "the river bridge " * 12]


@pytest.fixture(autouse=True)
def _own_cache_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))


@pytest.mark.parametrize("family", ["marian", "nllb"])
@pytest.mark.parametrize("new_tokens, forced", [(8, 0), (24, 0), (12, 12)])
def test_float32_greedy_outputs_identical_to_transformers(tiny_models, tmp_path, family, new_tokens, forced):
    settings = GenerationSettings(beams=1, max_new_tokens=new_tokens, min_new_tokens=forced, use_converted=False)
    expected = load_backend(f"hf:{tiny_models[family]}", "en", "es", settings).translate(SENTENCES)
    folder = convert(parse_spec(f"hf:{tiny_models[family]}"), settings, tmp_path / "ct2")
    backend = load_backend(f"ct2:{folder}", "en", "es", settings)
    assert backend.translate(SENTENCES) == expected and any(expected)


def test_int8_copy_used_automatically_on_cpu(tiny_models, run_cli, tmp_path):
    spec = f"hf:{tiny_models['marian']}"
    code, out, err = run_cli("models", "convert", spec, "--to", "ct2", "--quantization", "int8")
    assert code == 0, err
    assert "now runs on it on CPU" in out
    cpu = GenerationSettings(beams=1, max_new_tokens=8, device="cpu")
    prepared = prepare(spec, "en", "es", cpu)
    assert prepared.fingerprint.startswith("ct2:") and prepared.located.details["quantization"] == "int8"
    assert type(prepared.load()).__name__ == "CT2Backend"
    # float32 asked for: the int8 copy is not it; and the transformers model when told not to use copies
    assert prepare(spec, "en", "es", GenerationSettings(dtype="float32", device="cpu")).fingerprint.startswith("hf:")
    code, _, err = run_cli("translate", str(SAMPLE), "-m", spec, "--to", "es", "--from", "en", "--device", "cpu",
                           "--beams", "1", "--max-new-tokens", "4")
    assert code == 0, err
    code, out, _ = run_cli("models", "list")
    assert "CTranslate2 copies" in out and "int8" in out


def test_convert_errors(tiny_models, run_cli, tmp_path):
    code, _, err = run_cli("models", "convert", "apertium-en-es", "--to", "ct2")
    assert code == 2 and "only hf: models" in err
    code, _, err = run_cli("models", "convert", f"hf:{tiny_models['marian']}", "--to", "onnx")
    assert code == 2 and "ct2" in err
    code, _, err = run_cli("models", "convert", f"hf:{tiny_models['marian']}", "--quantization", "int3")
    assert code == 2 and "int8" in err
    code, _, err = run_cli("models", "convert", f"hf:{tiny_models['marian']}", "-o", str(tmp_path / "no" / "such"))
    assert code == 2 and "does not exist" in err
    code, _, err = run_cli("translate", str(SAMPLE), "-m", f"ct2:{tmp_path}", "--to", "es", "--from", "en")
    assert code == 3 and "model.bin" in err
