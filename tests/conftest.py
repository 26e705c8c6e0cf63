import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "france24-putin-nato-2021-12-23.en.txt"
SHARED_DATA = ROOT.parent / "shared" / "data"

os.environ.setdefault("NO_COLOR", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path_factory, monkeypatch):
    # Every test gets its own translation cache and user config.
    monkeypatch.setenv("TRANSCOMPARE_CACHE", str(tmp_path_factory.mktemp("cache") / "cache.sqlite"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("config")))


@pytest.fixture
def run_cli(capsys):
    """Run the CLI in-process: returns (exit code, stdout, stderr)."""
    from transcompare.cli import main

    def run(*args: str):
        code = main(list(args))
        out = capsys.readouterr()
        return code, out.out, out.err

    return run


def spans_cover(doc):
    """Every span of a document is inside its text."""
    n = len(doc.text)
    for span in (*doc.paragraphs, *doc.sentences, *(q.span for q in doc.quotes), *(q.inner for q in doc.quotes)):
        assert 0 <= span.start <= span.end <= n
    return True


@pytest.fixture(scope="session")
def tiny_models(tmp_path_factory):
    """Tiny Marian, M2M100, NLLB, mBART-50 and T5 folders, built once per test session."""
    from transformers.utils import logging as hf_logging

    from . import tiny_models as builders

    hf_logging.disable_progress_bar()
    root = tmp_path_factory.mktemp("models")
    return {
        "marian": builders.build_marian(root / "marian"),
        "m2m100": builders.build_m2m100(root / "m2m100"),
        "nllb": builders.build_nllb(root / "nllb"),
        "mbart50": builders.build_mbart50(root / "mbart50"),
        "t5": builders.build_t5(root / "t5"),
    }


def has_apertium_mode(mode: str) -> bool:
    import shutil
    import subprocess

    if not shutil.which("apertium"):
        return False
    return mode in subprocess.run(["apertium", "-l"], capture_output=True, text=True).stdout.split()


needs_apertium = pytest.mark.skipif(not has_apertium_mode("eng-spa"), reason="apertium-eng-spa is not installed")
