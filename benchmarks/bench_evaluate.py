"""evaluate against sacrebleu's own command, side by side, in CPU seconds.

Builds the shape of the WMT24 news outputs from newstest2012-es-en (corpora folder: TRANSCOMPARE_DATA)
(needs the corpora): the first 997 segments, Apertium es→en (the baseline, named
first) and 22 copies of the reference degraded in ways MT degrades text (words
dropped, swapped, replaced, repeated, sentences cut short, segments taken from
Apertium, quotation marks dropped or written as &quot;), from far better than
Apertium to worse. Then runs, one after the other and `--repeat` times:

  sacrebleu REF -i APERTIUM SYS… -m bleu chrf --paired-bs -w 4 -f text
  transcompare evaluate --src SRC --ref REF --hyp apertium=… --hyp … --metrics bleu,chrf --out DIR
  the same with --no-analyses

and reports the median CPU seconds (user + system, children included, from
getrusage) of each, the ratios, whether every score equals sacrebleu's (to 4
decimals) and whether every paired-bootstrap p-value equals sacrebleu's.

    python benchmarks/bench_evaluate.py [--repeat 3] [--json benchmarks/results/evaluate.json]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from _data import corpus, require

ROOT = Path(__file__).resolve().parent.parent
DATA = corpus("newstest2012-es-en")
SEGMENTS = 997


def degrade(reference: list[str], apertium: list[str], seed: int, drop=0.0, swap=0.0, replace=0.0, loop=0.0,
            cut=0.0, machine=0.0, quotes: str = "") -> list[str]:
    rng = random.Random(seed)
    vocabulary = sorted({w for line in reference for w in line.split()})
    out = []
    for ref, mt in zip(reference, apertium):
        words = (mt if rng.random() < machine else ref).split()
        words = [w for w in words if rng.random() >= drop]
        words = [rng.choice(vocabulary) if rng.random() < replace else w for w in words]
        for i in range(len(words) - 1):
            if rng.random() < swap:
                words[i], words[i + 1] = words[i + 1], words[i]
        if words and rng.random() < loop:
            i = rng.randrange(len(words))
            words[i:i + 1] = [words[i]] * 4
        if words and rng.random() < cut:
            words = words[: max(1, int(len(words) * 0.6))]
        line = " ".join(words)
        if quotes == "entity":
            line = line.replace('"', "&quot;")
        elif quotes == "drop":
            line = line.replace('"', "")
        out.append(line)
    return out


def systems(reference: list[str], apertium: list[str]) -> dict[str, list[str]]:
    made = {"apertium": apertium}
    settings = [
        dict(drop=0.02), dict(swap=0.03), dict(replace=0.03), dict(drop=0.05, swap=0.05), dict(replace=0.08),
        dict(loop=0.1, drop=0.03), dict(cut=0.2), dict(machine=0.3), dict(machine=0.6), dict(machine=0.9),
        dict(machine=1.0, drop=0.05), dict(machine=0.5, replace=0.05), dict(drop=0.1, replace=0.1, swap=0.1),
        dict(drop=0.02, quotes="entity"), dict(swap=0.03, quotes="drop"), dict(replace=0.15, drop=0.15),
        dict(machine=0.8, swap=0.05), dict(machine=0.99), dict(cut=0.5, drop=0.05), dict(machine=1.0, swap=0.02),
        dict(machine=0.9, quotes="entity"), dict(drop=0.5, replace=0.4, swap=0.2),
    ]
    for i, setting in enumerate(settings):
        name = "ref-" + "-".join(f"{k}{v}" if not isinstance(v, str) else f"{k}-{v}" for k, v in setting.items())
        made[name] = degrade(reference, apertium, i, **setting)
    return made


def cpu_of(command: list[str], **kwargs) -> tuple[float, subprocess.CompletedProcess]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run(command, capture_output=True, text=True, **kwargs)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode:
        sys.exit(f"failed ({done.returncode}): {' '.join(command[:4])} …\n{done.stderr[-2000:]}")
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), done


_ROW = re.compile(r"│\s*(?:Baseline: )?(?P<name>\S+)\s*│\s*(?P<bleu>[\d.]+) \((?P<bleu_mean>[\d.]+) ± (?P<bleu_ci>[\d.]+)\)\s*│"
                  r"\s*(?P<chrf>[\d.]+) \((?P<chrf_mean>[\d.]+) ± (?P<chrf_ci>[\d.]+)\)\s*│")
_P = re.compile(r"│\s*│\s*\(p = (?P<bleu>[\d.]+)\)\*?\s*│\s*\(p = (?P<chrf>[\d.]+)\)\*?\s*│")


def parse_sacrebleu(table: str) -> dict[str, dict]:
    found: dict[str, dict] = {}
    last = None
    for line in table.splitlines():
        row = _ROW.search(line)
        if row:
            last = Path(row["name"]).stem
            found[last] = {"bleu": float(row["bleu"]), "chrf": float(row["chrf"]),
                           "bleu_mean": float(row["bleu_mean"]), "chrf_mean": float(row["chrf_mean"])}
            continue
        p = _P.search(line)
        if p and last:
            found[last].update(p_bleu=float(p["bleu"]), p_chrf=float(p["chrf"]))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--report", type=Path, help="keep the evaluation's output folder here (report.html, …)")
    args = parser.parse_args()
    if not DATA.is_dir():
        require(DATA)
        sys.exit(2)
    if not shutil.which("apertium"):
        print("needs Apertium (apertium spa-eng) for the baseline system", file=sys.stderr)
        sys.exit(2)
    work = Path(tempfile.mkdtemp(prefix="bench-evaluate-"))
    src = (DATA / "es.txt").read_text(encoding="utf-8").splitlines()[:SEGMENTS]
    ref = (DATA / "en.txt").read_text(encoding="utf-8").splitlines()[:SEGMENTS]
    (work / "src.es").write_text("\n".join(src) + "\n", encoding="utf-8")
    (work / "ref.en").write_text("\n".join(ref) + "\n", encoding="utf-8")
    apertium = subprocess.run(["apertium", "-u", "spa-eng"], input="\n".join(src) + "\n", capture_output=True,
                              text=True, check=True).stdout.splitlines()
    paths = {}
    for name, lines in systems(ref, apertium).items():
        paths[name] = work / f"{name}.en"
        paths[name].write_text("\n".join(lines) + "\n", encoding="utf-8")
    sacrebleu = [sys.executable, "-m", "sacrebleu", str(work / "ref.en"), "-i", *map(str, paths.values()),
                 "-m", "bleu", "chrf", "--paired-bs", "-w", "4", "-f", "text"]
    evaluate = [sys.executable, "-m", "transcompare", "evaluate", "--src", str(work / "src.es"), "--ref",
                str(work / "ref.en"), *[f"--hyp={n}={p}" for n, p in paths.items()], "--metrics", "bleu,chrf",
                "--from", "es", "--to", "en", "--out", str(work / "out")]
    times: dict[str, list[float]] = {"sacrebleu": [], "evaluate": [], "evaluate --no-analyses": []}
    env = {"NO_COLOR": "1", "COLUMNS": "200", "PATH": str(Path(sys.executable).parent) + ":/usr/bin:/bin"}
    for _ in range(args.repeat):
        seconds, done = cpu_of(sacrebleu, env=env)
        times["sacrebleu"].append(seconds)
        table = done.stdout
        seconds, _ = cpu_of([*evaluate, "--no-analyses"], env=env, cwd=ROOT)
        times["evaluate --no-analyses"].append(seconds)
        seconds, _ = cpu_of(evaluate, env=env, cwd=ROOT)
        times["evaluate"].append(seconds)
    medians = {k: statistics.median(v) for k, v in times.items()}
    theirs = parse_sacrebleu(table)
    ours = json.loads((work / "out" / "results.json").read_text(encoding="utf-8"))
    scores_equal = p_equal = compared = 0
    differences = []
    for system in ours["systems"]:
        expected = theirs.get(system["name"])
        if expected is None:
            continue
        for metric in ("bleu", "chrf"):
            score = system["scores"][metric]
            compared += 1
            same_score = round(score["score"], 4) == expected[metric]
            scores_equal += same_score
            p = expected.get(f"p_{metric}")
            same_p = p is None or round(score["p_bootstrap"], 4) == p
            p_equal += same_p
            if not (same_score and same_p):
                differences.append(f"{system['name']} {metric}: ours {score['score']} p {score['p_bootstrap']}, "
                                   f"sacrebleu {expected[metric]} p {p}")
    print(f"{SEGMENTS} segments x {len(paths)} systems (baseline apertium), BLEU + chrF, 1,000 paired-bootstrap "
          f"resamples; CPU seconds (user+sys, children included), median of {args.repeat}:")
    for name, value in medians.items():
        print(f"  {name:<24} {value:6.2f} s   runs: {', '.join(f'{t:.2f}' for t in times[name])}")
    ratio = medians["evaluate"] / medians["sacrebleu"]
    bare = medians["evaluate --no-analyses"] / medians["sacrebleu"]
    added = medians["evaluate"] / medians["evaluate --no-analyses"] - 1
    print(f"evaluate / sacrebleu: {ratio:.2f}x with the analyses, {bare:.2f}x without; the analyses add {added:.0%}")
    print(f"scores equal to sacrebleu's (4 decimals): {scores_equal}/{compared}; "
          f"paired-bootstrap p-values equal: {p_equal}/{compared}")
    for line in differences[:10]:
        print("  differs:", line)
    quotes = {s["name"]: s["quotes"] for s in ours["systems"]}
    artifacts = {s["name"]: s["artifacts"]["per_1000_words"] for s in ours["systems"]}
    reference = ours["reference_artifacts"]
    aper = next(s for s in ours["systems"] if s["name"] == "apertium")["artifacts"]
    print(f"artifacts per 1,000 words beyond what the source shows (all findings in brackets): the reference "
          f"{reference['per_1000_words']} ({reference['found_per_1000_words']}; {reference['artifacts']} in "
          f"{reference['words']} words), apertium {aper['per_1000_words']} ({aper['found_per_1000_words']}; "
          f"{aper['artifacts']} in {aper['words']} words)")
    for name, summary in (("reference", reference), ("apertium", aper)):
        print(f"  {name} by detector: " + ", ".join(f"{d['detector']} {d['count']}" for d in summary["by_detector"]))
    for name in ("apertium", "ref-drop0.02-quotes-entity", "ref-swap0.03-quotes-drop"):
        print(f"quotations, {name}: {quotes[name]['outcomes']}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({
            "segments": SEGMENTS, "systems": len(paths), "metrics": "bleu,chrf", "repeat": args.repeat,
            "cpu_seconds": times, "median_cpu_seconds": medians, "ratio_with_analyses": round(ratio, 3),
            "ratio_without_analyses": round(bare, 3), "analyses_overhead": round(added, 3),
            "scores_equal": scores_equal, "p_values_equal": p_equal, "compared": compared, "differences": differences,
            "reference_artifacts_per_1000_words": ours["reference_artifacts"]["per_1000_words"],
            "apertium_artifacts_per_1000_words": artifacts["apertium"],
        }, indent=2) + "\n")
    if args.report:
        shutil.rmtree(args.report, ignore_errors=True)
        shutil.copytree(work / "out", args.report)
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
