"""Where the benchmarks find the real corpora they measure on (ntrex-dev, newstest2012-es-en,
polnear-train, translated-news-dev): the folder named by TRANSCOMPARE_DATA, else the data
folder shared beside this repository. They are not shipped with the project."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(os.environ.get("TRANSCOMPARE_DATA") or ROOT.parent / "shared" / "data")


def corpus(*parts: str) -> Path:
    """A path inside the corpora folder (it may not exist; see :func:`require`)."""
    return DATA.joinpath(*parts)


def require(*paths: Path) -> None:
    """One line and exit 2 when a corpus the benchmark needs is missing."""
    for path in paths:
        if not path.exists():
            print(f"needs {path}: the benchmark corpora are not here (set TRANSCOMPARE_DATA to their folder)",
                  file=sys.stderr)
            sys.exit(2)
