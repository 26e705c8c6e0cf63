"""Speed of the monolingual audit in CPU seconds (time.process_time: other work on the machine does
not count), on 100 KB, 1 MB and 10 MB of news and on 1 MB written as one paragraph without a line
break (the case that used to be quadratic), side by side with a baseline commit.

Texts: the sample article repeated ("sample": dense with artifacts) and, when the corpora are there
(benchmarks/_data.py: TRANSCOMPARE_DATA), native US news from polnear-train ("news"). Each size runs in a fresh process per version
(--baseline checks the commit out with `git worktree add` into a temporary folder and runs the
same measurement there with this interpreter), so imports and caches are paid once, in a warm-up.

    python benchmarks/bench_audit.py [--sizes 0.1,1,10] [--texts sample,news] [--paragraph-mb 0.1,1]
                                     [--baseline ff7b68b] [--repeat 3] [--stages] [--json benchmarks/results/audit.json]

--stages prints the CPU seconds of each stage (build: normalise, segment, quotations; then each
detector, in the audit's order: the first to ask for a shared result, such as the calque lexicon's
matches behind the translation evidence, pays for it) for the 1 MB texts of this version.
Target (issue 10): >= 2 MB/s, linear in size.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _data import corpus

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "france24-putin-nato-2021-12-23.en.txt"
POLNEAR = corpus("polnear-train", "train.jsonl.gz")


def unit_text(kind: str) -> str:
    if kind == "sample":
        return SAMPLE.read_text(encoding="utf-8").strip() + "\n\n"
    with gzip.open(POLNEAR, "rt", encoding="utf-8") as lines:
        return "".join(json.loads(line)["text"].strip() + "\n\n" for line in lines)


def text_of_size(kind: str, megabytes: float, one_paragraph: bool) -> str:
    unit = unit_text(kind)
    if one_paragraph:
        unit = " ".join(unit.split()) + " "
    target = int(megabytes * 1_000_000)
    repeated = unit * (target // len(unit.encode()) + 1)
    return repeated.encode()[:target].decode("utf-8", "ignore")


def measure(kind: str, megabytes: float, one_paragraph: bool) -> dict:
    """Run in the version under test (its root first on sys.path)."""
    from transcompare.auditing import audit_document
    from transcompare.document import build_document

    audit_document(build_document(text_of_size(kind, 0.02, one_paragraph), "warm-up"))
    text = text_of_size(kind, megabytes, one_paragraph)
    start = time.process_time()
    report = audit_document(build_document(text, "bench"))
    seconds = time.process_time() - start
    import transcompare

    return {"cpu_seconds": round(seconds, 3), "mb_per_s": round(megabytes / seconds, 3), "findings": len(report.findings),
            "package": str(Path(transcompare.__file__).parent.parent)}


def stages(kind: str, one_paragraph: bool) -> list[tuple[str, float]]:
    from transcompare import language_id, quotation_marks, segment
    from transcompare.auditing import audit_document
    from transcompare.datamodel import Span
    from transcompare.detectors import AuditContext, all_detectors
    from transcompare.document import build_document, normalise

    audit_document(build_document(text_of_size(kind, 0.02, one_paragraph), "warm-up"))  # as measure() warms up
    text = text_of_size(kind, 1, one_paragraph)
    out = []
    clock = time.process_time()

    def lap(name: str) -> None:
        nonlocal clock
        now = time.process_time()
        out.append((name, now - clock))
        clock = now

    normalised, _ = normalise(text)
    body = Span(0, len(normalised.rstrip()))
    language = language_id.detect_document_language(normalised)
    lap("normalise + language")
    paragraphs = segment.paragraphs(normalised, body)
    sentences = segment.sentences(normalised, paragraphs, language)
    lap("segment")
    quotation_marks.find(normalised, paragraphs, sentences)
    lap("quotations")  # their speakers are attributed only when read (quotes, compare): not by the audit
    document = build_document(text, "bench")
    clock = time.process_time()
    context = AuditContext(document)
    for detector_id, detector in all_detectors().items():
        if detector.applies_to(document.language):
            list(detector.run(context))
            lap(detector_id)
    return out


def run_in(root: Path, args: list[str]) -> dict:
    code = (f"import sys, json; sys.path.insert(0, {str(root)!r}); sys.path.insert(0, {str(ROOT / 'benchmarks')!r});"
            f"import bench_audit as b; print(json.dumps(b.measure(*json.loads(sys.argv[1]))))")
    env = dict(os.environ, PYTHONPATH=str(root))
    done = subprocess.run([sys.executable, "-c", code, json.dumps(args)], capture_output=True, text=True, env=env, cwd=root)
    if done.returncode:
        raise SystemExit(f"measurement failed in {root}: {done.stderr.strip().splitlines()[-1]}")
    return json.loads(done.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="0.1,1,10", help="sizes in MB, comma-separated")
    parser.add_argument("--texts", default="sample,news", help="sample (the sample article) and/or news (polnear)")
    parser.add_argument("--paragraph-mb", default="0.1,1", help="sizes of the one-paragraph case in MB ('' to skip)")
    parser.add_argument("--baseline-paragraph-cap", type=float, default=0.25,
                        help="largest one-paragraph size run on the baseline (it is quadratic there: 1 MB takes minutes)")
    parser.add_argument("--baseline", default="ff7b68b", help="commit to compare with ('' to skip)")
    parser.add_argument("--repeat", type=int, default=1,
                        help="runs of each measurement, the versions taking turns; the fastest is reported (a shared "
                             "machine only ever adds time), every run kept in the JSON")
    parser.add_argument("--stages", action="store_true", help="CPU seconds per stage and detector at 1 MB")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()
    kinds = [k for k in args.texts.split(",") if k]
    if "news" in kinds and not POLNEAR.exists():
        print(f"news text needs {POLNEAR}; measuring the sample only", file=sys.stderr)
        kinds = [k for k in kinds if k != "news"]
    cases = [(kind, float(size), False) for kind in kinds for size in args.sizes.split(",")]
    cases += [(kind, float(size), True) for kind in kinds for size in args.paragraph_mb.split(",") if size]

    versions = {"this": ROOT}
    worktree = None
    if args.baseline:
        worktree = Path(tempfile.mkdtemp(prefix="bench-baseline-")) / "tree"
        added = subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(worktree), args.baseline],
                               capture_output=True, text=True)
        if added.returncode:
            print(f"--baseline {args.baseline}: not a commit of this repository ({added.stderr.strip().splitlines()[-1]})",
                  file=sys.stderr)
            sys.exit(2)
        versions[args.baseline] = worktree
    rows = []
    try:
        print(f"{'text':<7} {'size':>7} {'layout':<14} " + "  ".join(f"{name + ' CPU s':>14} {'MB/s':>6}" for name in versions)
              + ("  speed-up" if len(versions) > 1 else ""))
        for kind, size, one_paragraph in cases:
            row = {"text": kind, "mb": size, "one_paragraph": one_paragraph}
            runs: dict[str, list[dict]] = {}
            for _ in range(max(1, args.repeat)):
                for name, root in versions.items():
                    if name != "this" and one_paragraph and size > args.baseline_paragraph_cap:
                        continue  # quadratic there: see the smaller one-paragraph rows
                    runs.setdefault(name, []).append(run_in(root, [kind, size, one_paragraph]))
            for name, measured in runs.items():
                row[name] = dict(min(measured, key=lambda m: m["cpu_seconds"]), runs=[m["cpu_seconds"] for m in measured])
            if args.baseline in row:
                row["speedup"] = round(row[args.baseline]["cpu_seconds"] / row["this"]["cpu_seconds"], 2)
            rows.append(row)
            cells = "  ".join(f"{row[n]['cpu_seconds']:>14.3f} {row[n]['mb_per_s']:>6.2f}" if n in row else f"{'(skipped)':>21}"
                              for n in versions)
            layout = "one paragraph" if one_paragraph else "paragraphs"
            print(f"{kind:<7} {size:>4} MB {layout:<14} {cells}" + (f"  {row['speedup']:>7.2f}x" if "speedup" in row else ""),
                  flush=True)
    finally:
        if worktree is not None:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(worktree)], capture_output=True)
            shutil.rmtree(worktree.parent, ignore_errors=True)

    per_stage = {}
    if args.stages:
        sys.path.insert(0, str(ROOT))
        for kind in kinds:
            for one_paragraph in (False, True):
                label = f"{kind}{' one paragraph' if one_paragraph else ''}"
                per_stage[label] = [(name, round(seconds, 3)) for name, seconds in stages(kind, one_paragraph)]
                total = sum(s for _, s in per_stage[label])
                print(f"\nCPU seconds per stage, 1 MB {label} (total {total:.2f} s):")
                for name, seconds in sorted(per_stage[label], key=lambda item: -item[1]):
                    print(f"  {name:<26} {seconds:6.3f}")

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([sys.executable, "-m", "transcompare", "--help"], capture_output=True, check=True, cwd=ROOT)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    help_seconds = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    print(f"\ntranscompare --help: {help_seconds:.2f} s CPU")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        payload = {"unit": "CPU seconds (time.process_time)", "baseline": args.baseline, "audit": rows, "stages": per_stage,
                   "help_cpu_seconds": round(help_seconds, 2)}
        tmp = args.json.with_suffix(args.json.suffix + ".tmp")
        tmp.write_text(json.dumps(payload, indent=2) + "\n")
        tmp.replace(args.json)


if __name__ == "__main__":
    main()
