"""LLM translators over the OpenAI-compatible chat API, against a local server."""

import json

import pytest

from transcompare.errors import InputError, ModelError
from transcompare.translate.backends import prepare
from transcompare.translate.base import GenerationSettings, Passage
from transcompare.translate.chat import MalformedAnswer, parse_answer
from transcompare.translate.engine import Engine

from .llm_server import ChatServer

pytest.importorskip("httpx")

KEY = "sk-test-5ecret-never-stored"
ARTICLE = ("The mayor opened the new bridge on Monday. She said “it took ten years”.\n\n"
           "The council paid 4 million euros. Critics called it late.\n\n"
           "Traffic will start next week.\n")


@pytest.fixture
def llm(tmp_path, monkeypatch):
    """A running server and a registry alias for it; returns (server, alias writer)."""
    servers = []

    def start(**kwargs):
        server = ChatServer(**kwargs).__enter__()
        servers.append(server)
        folder = tmp_path / "config" / "transcompare"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "registry.toml").write_text(
            f'[local-llm]\nspec = "openai:tiny-llm"\napi_base = "{server.url}"\napi_key_env = "TEST_LLM_KEY"\n'
            'price_input = 0.5\nprice_output = 1.5\ntimeout = 0.5\nbackoff = 0.01\nretries = 4\nconcurrency = 4\n')
        monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
        monkeypatch.setenv("TEST_LLM_KEY", KEY)
        return server

    yield start
    for server in servers:
        server.__exit__(None, None, None)


def _article(tmp_path):
    path = tmp_path / "article.en.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return str(path)


def test_parse_answer():
    assert parse_answer("[1] Uno.\n[2] Dos\n   sigue.\n", 2) == ["Uno.", "Dos sigue."]
    assert parse_answer("Here you go:\n[1] Uno.\n[2] Dos.", 2) == ["Uno.", "Dos."]
    assert parse_answer("Solo una.", 1) == ["Solo una."]
    for broken in ("[1] Uno.", "Uno.\nDos.", "[1] a\n[1] b", "[1] a\n[3] b"):
        with pytest.raises(MalformedAnswer):
            parse_answer(broken, 2)


def test_document_level_translation_cached_and_key_kept_secret(llm, run_cli, tmp_path, monkeypatch):
    server = llm()
    cache_file = tmp_path / "cache.sqlite"
    monkeypatch.setenv("TRANSCOMPARE_CACHE", str(cache_file))
    args = ("translate", _article(tmp_path), "-m", "local-llm", "--from", "en", "--to", "es")
    code, out, err = run_cli(*args)
    assert code == 0, err
    assert out.split("\n\n")[0].strip() == "THE MAYOR OPENED THE NEW BRIDGE ON MONDAY. SHE SAID “IT TOOK TEN YEARS”."
    assert len(out.strip().split("\n\n")) == 3  # paragraphs kept
    assert len(server.requests) == 3  # one request per paragraph
    second = next(c for c in (r["body"]["messages"][-1]["content"] for r in server.requests)
                  if "The council paid" in c.split("numbered")[1].split("Context after")[0])
    assert "The mayor opened the new bridge" in second.split("numbered")[0]  # the paragraph before, as context
    assert "Traffic will start" in second.split("Context after")[1]
    assert all(r["headers"].get("Authorization") == f"Bearer {KEY}" for r in server.requests)
    code, out2, err2 = run_cli(*args)
    assert code == 0 and out2 == out and len(server.requests) == 3  # the rerun is served from the cache
    assert "0 sentences translated" in err2
    for text in (out, err, out2, err2, cache_file.read_bytes().decode("latin-1"),
                 *(p.read_bytes().decode("latin-1") for p in tmp_path.glob("cache.sqlite*"))):
        assert KEY not in text


def test_retries_on_429_5xx_and_timeouts_and_counts_cost(llm):
    llm(faults=["429", "500", "timeout", "garbage"], slow=1.5)
    engine = Engine(prepare("local-llm", "en", "es", GenerationSettings()), progress=False)
    out = engine.translate(["One.", "Two.", "Three."], [0, 0, 1])
    assert out == ["ONE.", "TWO.", "THREE."]
    info = engine.info
    assert info["retries"] >= 4 and info["requests"] >= 5
    assert info["input_tokens"] > 0 and info["output_tokens"] > 0
    expected = (info["input_tokens"] * 0.5 + info["output_tokens"] * 1.5) / 1e6
    assert info["cost_usd"] == pytest.approx(expected, abs=1e-6)


def test_answers_that_do_not_map_fall_back_to_one_sentence_per_request(llm):
    server = llm(faults=["unnumbered", "short", "commentary"])
    engine = Engine(prepare("local-llm", "en", "es", GenerationSettings(concurrency=1)), progress=False)
    assert engine.translate(["One.", "Two."], [0, 0]) == ["ONE.", "TWO."]
    counts = [len(r["body"]["messages"][-1]["content"].split("\n[")) - 1 for r in server.requests]
    assert counts == [2, 2, 1, 1]  # the paragraph twice (both broken), then sentence by sentence


def test_errors_exit_3_without_the_key(llm, run_cli, tmp_path, monkeypatch):
    llm(faults=["401"])
    code, _, err = run_cli("translate", _article(tmp_path), "-m", "local-llm", "--from", "en", "--to", "es")
    assert code == 3 and "HTTP 401" in err and "invalid api key" in err and KEY not in err
    llm(faults=["garbage"] * 100)
    code, _, err = run_cli("translate", _article(tmp_path), "-m", "local-llm", "--from", "en", "--to", "es",
                           "--no-cache")
    assert code == 3 and "cannot be read as a translation" in err
    llm(faults=["500"] * 100)
    code, _, err = run_cli("translate", _article(tmp_path), "-m", "local-llm", "--from", "en", "--to", "es",
                           "--no-cache")
    assert code == 3 and "HTTP 500 after 5 attempts" in err
    monkeypatch.delenv("TEST_LLM_KEY")
    code, _, err = run_cli("translate", _article(tmp_path), "-m", "local-llm", "--from", "en", "--to", "es")
    assert code == 3 and "TEST_LLM_KEY" in err


def test_concurrent_requests_and_api_base_option(run_cli, tmp_path):
    with ChatServer(latency=0.2) as server:
        text = "\n\n".join(f"Paragraph {i} has one sentence." for i in range(12)) + "\n"
        article = tmp_path / "many.en.txt"
        article.write_text(text, encoding="utf-8")
        code, out, err = run_cli("translate", str(article), "-m", "openai:any-model", "--api-base", server.url,
                                 "--concurrency", "6", "--from", "en", "--to", "es")
        assert code == 0, err
        assert "PARAGRAPH 11 HAS ONE SENTENCE." in out
        assert server.most_in_flight == 6 and "Authorization" not in server.requests[0]["headers"]


def test_evaluate_reports_tokens_and_cost(llm, run_cli, tmp_path):
    llm()
    src, ref = tmp_path / "src.txt", tmp_path / "ref.txt"
    src.write_text("One cat.\nTwo dogs.\n", encoding="utf-8")
    ref.write_text("UN GATO.\nDOS PERROS.\n", encoding="utf-8")
    code, out, err = run_cli("evaluate", "--src", str(src), "--ref", str(ref), "-m", "local-llm", "--from", "en",
                             "--to", "es", "--format", "json")
    assert code == 0, err
    speed = json.loads(out)["systems"][0]["speed"]
    assert speed["input_tokens"] > 0 and speed["cost_usd"] > 0 and speed["model"].startswith("openai:tiny-llm@")


def test_passages_keep_their_sentence_count(llm, monkeypatch):
    llm()
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    backend = prepare("local-llm", "en", "es", GenerationSettings()).load()
    out = backend.translate_passages([Passage(("A.", "B.", "C.")), Passage(("D.",), before="C.")])
    assert out == [["A.", "B.", "C."], ["D."]]
    with pytest.raises(InputError, match="http"):
        prepare("openai:x", "en", "es", GenerationSettings(api_base="ftp://nowhere"))
    with pytest.raises(ModelError, match="OPENAI_API_KEY"):
        prepare("openai:x", "en", "es", GenerationSettings(api_base="https://api.openai.com/v1"))
