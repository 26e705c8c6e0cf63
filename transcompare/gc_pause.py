"""Python's cycle collector paused while a large result is built.

The collector walks every tracked object each time enough new ones have been made. Reading,
aligning and reporting a long article makes millions of small objects (spans, keys, findings,
report rows) that form no cycles and are freed by reference counting as always; walking them again
and again cost `compare` about a tenth of its CPU time on a 5 MB article
(benchmarks/bench_compare.py). The collector's state is restored afterwards, so nesting is safe.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
