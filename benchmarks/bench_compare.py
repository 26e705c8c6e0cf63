"""End-to-end comparison time: the sample article against three versions whose
translations are cached (an Apertium round trip, plus its two legs given as files),
as the `compare` command runs it, in a fresh process (imports included).

    python benchmarks/bench_compare.py [--json benchmarks/results/compare.json]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "france24-putin-nato-2021-12-23.en.txt"


def run(args: list[str], env: dict) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "transcompare", *args], check=True, capture_output=True, env=env, cwd=ROOT)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-compare-"))
    env = {**os.environ, "TRANSCOMPARE_CACHE": str(work / "cache.sqlite"), "NO_COLOR": "1"}
    legs = work / "trip.txt"
    run(["translate", str(SAMPLE), "--model", "apertium-en-es", "--via", "es", "-o", str(legs)], env)
    command = ["compare", str(SAMPLE), "--model", "apertium-en-es", "--via", "es",
               "--version", f"spanish={work / 'trip.apertium-en-es.es.txt'}",
               "--version", f"back={work / 'trip.apertium-es-en.en.txt'}", "-f", "json", "-o", str(work / "r.json"),
               "--html", str(work / "r.html")]
    run(command, env)  # fills the cache
    times = sorted(run(command, env) for _ in range(3))
    result = {"versions": 3, "median_seconds": round(times[1], 2), "runs": [round(t, 2) for t in times]}
    print(f"compare sample with 3 cached versions (json + html): median {times[1]:.2f} s over 3 runs "
          f"(fresh process each, imports included)")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
