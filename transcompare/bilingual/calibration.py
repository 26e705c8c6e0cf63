"""Length statistics of human translation, per direction.

Calibrated on ntrex-dev (professional English↔Spanish news translation), documents of
half A only (`python benchmarks/bench_injected.py --calibrate` prints them); half B
checks that they hold. A translation is compared with its own median ratio, kept
within DOCUMENT_SPREAD of the calibrated one.
"""

from __future__ import annotations

import math

# Mean log(target characters / source characters) of one-to-one sentence pairs.
LOG_RATIO = {("en", "es"): 0.134, ("es", "en"): -0.134}
DEFAULT_LOG_RATIO = 0.0
DOCUMENT_SPREAD = 0.15
# Spread of the log ratio of one sentence pair: sqrt(A / source characters + B²).
SIGMA_A = 2.25
SIGMA_B = 0.025


def log_ratio(source: str, target: str) -> float:
    return LOG_RATIO.get((source, target), DEFAULT_LOG_RATIO)


def sigma(source_characters: int) -> float:
    return math.sqrt(SIGMA_A / max(source_characters, 10) + SIGMA_B * SIGMA_B)
