"""Audit speed on 100 KB, 1 MB and 10 MB of text (the sample article repeated).

Prints seconds and MB/s per size and the time per MB relative to the 100 KB run in the
same process: a ratio near 1.0 means time grows linearly. Also times `transcompare --help`.

    python benchmarks/bench_audit.py [--sizes 0.1,1,10] [--json benchmarks/results/audit.json]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "france24-putin-nato-2021-12-23.en.txt"


def article_of_size(megabytes: float) -> str:
    unit = SAMPLE.read_text(encoding="utf-8").strip() + "\n\n"
    target = int(megabytes * 1_000_000)
    return (unit * (target // len(unit.encode()) + 1))[: max(1, target)]


def time_audit(text: str) -> tuple[float, int]:
    from transcompare.auditing import audit_document
    from transcompare.document import build_document

    start = time.perf_counter()
    report = audit_document(build_document(text, "bench"))
    return time.perf_counter() - start, len(report.findings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="0.1,1,10", help="sizes in MB, comma-separated")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    time_audit(article_of_size(0.01))  # warm-up: imports, lexicon compilation

    rows = []
    for size in (float(s) for s in args.sizes.split(",")):
        seconds, findings = time_audit(article_of_size(size))
        rows.append({"mb": size, "seconds": round(seconds, 3), "mb_per_s": round(size / seconds, 3), "findings": findings})
    base = rows[0]["seconds"] / rows[0]["mb"]
    print(f"{'size':>8} {'seconds':>9} {'MB/s':>7} {'s/MB vs first':>14} {'findings':>9}")
    for row in rows:
        row["per_mb_ratio"] = round(row["seconds"] / row["mb"] / base, 2)
        print(f"{row['mb']:>6} MB {row['seconds']:>9.3f} {row['mb_per_s']:>7.2f} {row['per_mb_ratio']:>14.2f} {row['findings']:>9}")

    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "transcompare", "--help"], capture_output=True, check=True)
    help_seconds = time.perf_counter() - start
    print(f"transcompare --help: {help_seconds:.3f} s")
    if args.json:
        args.json.write_text(json.dumps({"audit": rows, "help_seconds": round(help_seconds, 3)}, indent=2) + "\n")


if __name__ == "__main__":
    main()
