"""Hub models on first use, through huggingface_hub, against a local server in the hub's
layout (HF_ENDPOINT): nothing leaves the machine."""

import shutil

import pytest

from transcompare.translate import hub

from .conftest import SAMPLE
from .hub_server import COMMIT, HubServer

REPO = "tiny-org/tiny-marian"


@pytest.fixture
def hub_env(tmp_path, monkeypatch):
    """An empty hub cache, the network allowed, HF_ENDPOINT set by each test."""
    import huggingface_hub.constants

    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "hub"))
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.delenv("TRANSFORMERS_OFFLINE", raising=False)
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_OFFLINE", False)  # read once at import
    folder = tmp_path / "transcompare"
    folder.mkdir()
    (folder / "registry.toml").write_text(f'[tiny]\nspec = "hf:{REPO}"\npairs = ["en-es"]\ndescription = "tiny"\n')
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    return tmp_path


def _serve(tiny_models, tmp_path, monkeypatch, **kwargs) -> HubServer:
    server = HubServer({REPO: tiny_models["marian"]}, **kwargs)
    monkeypatch.setenv("HF_ENDPOINT", server.url)
    return server


def test_first_use_downloads_then_runs_from_disk(hub_env, tiny_models, run_cli, monkeypatch, tmp_path):
    args = ("translate", str(SAMPLE), "-m", "tiny", "--to", "es", "--beams", "1", "--max-new-tokens", "4")
    with _serve(tiny_models, tmp_path, monkeypatch) as server:
        code, out, err = run_cli(*args)
        assert code == 0, err
        assert out.strip() and "sentences translated" in err
        snapshot = hub.local_snapshot(REPO)
        assert snapshot is not None and snapshot.commit == COMMIT
        assert (snapshot.path / "model.safetensors").is_file()
        downloads = len(server.requests)
        code, _, err = run_cli(*args, "--no-cache")
        assert code == 0 and len(server.requests) == downloads  # on disk: no network the second time


def test_revision_pinned_in_the_cache_key_and_the_engine_info(hub_env, tiny_models, monkeypatch, tmp_path):
    from transcompare.translate.backends import prepare
    from transcompare.translate.base import GenerationSettings
    from transcompare.translate.engine import Engine

    with _serve(tiny_models, tmp_path, monkeypatch):
        prepared = prepare("tiny", "en", "es", GenerationSettings(beams=1, max_new_tokens=4))
    assert prepared.fingerprint == f"hf:{REPO}@{COMMIT}" and prepared.located.revision == COMMIT
    assert Engine(prepared, progress=False).info["revision"] == COMMIT


def test_dropped_connection_resumes_with_a_range_request(hub_env, tiny_models, monkeypatch, tmp_path):
    import huggingface_hub.constants

    monkeypatch.setattr(huggingface_hub.constants, "DOWNLOAD_CHUNK_SIZE", 1 << 16)  # the tiny file spans chunks
    with _serve(tiny_models, tmp_path, monkeypatch, cut_once={"model.safetensors"}) as server:
        snapshot = hub.download(REPO, None, "tiny", allow_pickle=False)
    weights = (tiny_models["marian"] / "model.safetensors").read_bytes()
    assert (snapshot.path / "model.safetensors").read_bytes() == weights
    ranges = [value for method, path, headers in server.requests if method == "GET" and path.endswith("model.safetensors")
              for key, value in headers.items() if key.lower() == "range"]
    assert len(ranges) == 1 and 0 < int(ranges[0].split("=")[1].rstrip("-")) < len(weights)  # only the rest


def test_a_download_stopped_half_way_is_completed_not_repeated(hub_env, tiny_models, monkeypatch, tmp_path):
    with _serve(tiny_models, tmp_path, monkeypatch):
        snapshot = hub.download(REPO, None, "tiny", allow_pickle=False)
    weights = snapshot.path / "model.safetensors"
    weights.resolve().unlink()  # killed before the weights arrived: the other files are there
    weights.unlink()
    assert hub.local_snapshot(REPO) is None  # an incomplete snapshot is not used
    with _serve(tiny_models, tmp_path, monkeypatch) as server:
        hub.download(REPO, None, "tiny", allow_pickle=False)
    fetched = [path.rsplit("/", 1)[1] for method, path, _ in server.requests if method == "GET" and "/resolve/" in path]
    assert fetched == ["model.safetensors"] and hub.local_snapshot(REPO) is not None


def test_offline_never_touches_the_network(hub_env, tiny_models, run_cli, monkeypatch, tmp_path):
    with _serve(tiny_models, tmp_path, monkeypatch) as server:
        code, _, err = run_cli("translate", str(SAMPLE), "-m", "tiny", "--to", "es", "--offline")
        assert code == 3 and "transcompare models pull tiny" in err
        monkeypatch.setenv("HF_HUB_OFFLINE", "1")
        code, _, err = run_cli("translate", str(SAMPLE), "-m", "tiny", "--to", "es")
        assert code == 3 and "transcompare models pull tiny" in err
        code, _, err = run_cli("models", "pull", "tiny")
        assert code == 3 and "HF_HUB_OFFLINE" in err
        assert server.requests == []


def test_models_pull_then_list_shows_it_on_disk_with_its_size(hub_env, tiny_models, run_cli, monkeypatch, tmp_path):
    code, out, _ = run_cli("models", "list")
    assert code == 0 and "tiny" in out and "Download ahead of time" in out
    with _serve(tiny_models, tmp_path, monkeypatch):
        code, out, err = run_cli("models", "pull", "tiny", "apertium-en-es")
    assert code == 0, err
    assert f"{REPO}@{COMMIT}" in out and "MB" in out and "nothing to do" in out
    code, out, _ = run_cli("models", "list")
    row = next(line for line in out.splitlines() if line.lstrip("│ ").startswith("tiny "))
    assert "yes" in row and "MB" in row


def test_missing_model_and_pickle_only_model(hub_env, tiny_models, run_cli, monkeypatch, tmp_path):
    pickled = tmp_path / "pickled"
    shutil.copytree(tiny_models["marian"], pickled)
    (pickled / "model.safetensors").rename(pickled / "pytorch_model.bin")
    server = HubServer({REPO: tiny_models["marian"], "tiny-org/pickled": pickled})
    monkeypatch.setenv("HF_ENDPOINT", server.url)
    with server:
        code, _, err = run_cli("translate", str(SAMPLE), "-m", "hf:tiny-org/no-such-model", "--to", "es", "--from", "en")
        assert code == 3 and "no model 'tiny-org/no-such-model'" in err
        code, _, err = run_cli("models", "pull", "hf:tiny-org/pickled")
        assert code == 3 and "--allow-pickle" in err
        assert not any("pytorch_model.bin" in path for _, path, _ in server.requests)  # refused before downloading
