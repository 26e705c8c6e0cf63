"""Evaluation overhead beyond translation: 3,000 segments and 5 systems given as
hypothesis files (so nothing is translated), scored with BLEU, chrF and TER,
1,000 bootstrap resamples, 1,000 randomization trials, quotation metrics, the
artifact audit of every output, and all reports written.

The five systems are derived from real data (../shared/data/newstest2012-es-en):
Apertium's translation when installed, and the reference degraded in four ways.

    python benchmarks/bench_evaluate.py [--json benchmarks/results/evaluate.json]
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "newstest2012-es-en"


def degrade(lines: list[str], how: str, seed: int = 0) -> list[str]:
    rng = random.Random(seed)
    out = []
    for line in lines:
        words = line.split()
        if how == "drop":
            words = [w for i, w in enumerate(words) if i % 7 != 3]
        elif how == "swap":
            for i in range(0, len(words) - 1, 5):
                words[i], words[i + 1] = words[i + 1], words[i]
        elif how == "noise":
            words = [w if rng.random() > 0.15 else w[::-1] for w in words]
        elif how == "lower":
            words = [w.lower() for w in words]
        out.append(" ".join(words))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--segments", type=int, default=3000)
    parser.add_argument("--metrics", default="bleu,chrf,ter")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from transcompare.evaluation.run import evaluate
    from transcompare.evaluation.testset import open_testset

    work = Path(tempfile.mkdtemp(prefix="bench-evaluate-"))
    src = (DATA / "es.txt").read_text(encoding="utf-8").splitlines()[: args.segments]
    ref = (DATA / "en.txt").read_text(encoding="utf-8").splitlines()[: args.segments]
    (work / "src.es").write_text("\n".join(src) + "\n", encoding="utf-8")
    (work / "ref.en").write_text("\n".join(ref) + "\n", encoding="utf-8")
    systems = {how: degrade(ref, how) for how in ("drop", "swap", "noise", "lower")}
    if shutil.which("apertium"):
        systems["apertium"] = subprocess.run(["apertium", "-u", "spa-eng"], input="\n".join(src) + "\n",
                                             capture_output=True, text=True, check=True).stdout.splitlines()
    else:
        systems["shuffle"] = degrade(degrade(ref, "swap"), "drop")
    hyps = []
    for name, lines in systems.items():
        path = work / f"{name}.en"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        hyps.append((name, str(path)))

    start = time.perf_counter()
    results = evaluate(open_testset(None, str(work / "src.es"), str(work / "ref.en")), [], hyps, args.metrics,
                       out=work / "out", source_language="es", target_language="en", progress=False)
    seconds = time.perf_counter() - start
    print(f"{args.segments} segments x {len(hyps)} systems, {args.metrics}, 1,000 bootstrap resamples, "
          f"1,000 randomization trials, quotation metrics, audit, reports: {seconds:.2f} s")
    for system in results["systems"]:
        print(f"  {system['name']:<10} " + "  ".join(f"{m} {s['score']:6.2f}" for m, s in system["scores"].items()))
    # The same scores from sacrebleu's own command, one process per system, for scale.
    start = time.perf_counter()
    for _, path in hyps:
        subprocess.run([sys.executable, "-m", "sacrebleu", str(work / "ref.en"), "-i", path, "-m",
                        *args.metrics.split(","), "-b"], check=True, capture_output=True)
    sacrebleu_seconds = time.perf_counter() - start
    print(f"sacrebleu's own command for the same scores (no significance, no reports): {sacrebleu_seconds:.2f} s")
    print(f"transcompare beyond sacrebleu's scoring: {seconds - sacrebleu_seconds:.2f} s")
    if args.json:
        args.json.write_text(json.dumps({"segments": args.segments, "systems": len(hyps), "metrics": args.metrics,
                                         "seconds": round(seconds, 2), "sacrebleu_seconds": round(sacrebleu_seconds, 2)},
                                        indent=2) + "\n")


if __name__ == "__main__":
    main()
