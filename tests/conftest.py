import os
from collections.abc import Mapping
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


class _TinyModels(Mapping):
    """Tiny Marian, M2M100, NLLB, mBART-50 and T5 folders, each built the first time a test asks
    for it (once per session), so a test run that needs one family does not build five."""

    def __init__(self, root):
        from . import tiny_models as builders

        self._root, self._built = root, {}
        self._builders = {"marian": builders.build_marian, "m2m100": builders.build_m2m100,
                          "nllb": builders.build_nllb, "mbart50": builders.build_mbart50, "t5": builders.build_t5}

    def __getitem__(self, family):
        if family not in self._built:
            self._built[family] = self._builders[family](self._root / family)
        return self._built[family]

    def __iter__(self):
        return iter(self._builders)

    def __len__(self):
        return len(self._builders)


@pytest.fixture(scope="session")
def tiny_models(tmp_path_factory):
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()
    return _TinyModels(tmp_path_factory.mktemp("models"))


def has_apertium_mode(mode: str) -> bool:
    import shutil
    import subprocess

    if not shutil.which("apertium"):
        return False
    return mode in subprocess.run(["apertium", "-l"], capture_output=True, text=True).stdout.split()


needs_apertium = pytest.mark.skipif(not has_apertium_mode("eng-spa"), reason="apertium-eng-spa is not installed")


def top(text, lang="en"):
    """The top-level quotations of a text written for a test."""
    from transcompare.document import build_document

    return [q for q in build_document(text, language=lang).quotes if q.depth == 0]


def last(text, lang="en"):
    return top(text, lang)[-1]
