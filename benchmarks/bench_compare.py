"""Time and memory of `transcompare compare` on large inputs, as a user runs it: a fresh process
per case (imports included), JSON and HTML written, CPU seconds (user + system) and peak
resident memory of that process. Target: 20 MB in under 60 CPU seconds and 2 GB.

Cases, each at 1, 10 and 20 MB of article text (--sizes to change):

- repeated: the sample article repeated many times, against its round trip (Apertium
  en→es→en when installed, else the same article with numbers, a negation, names and
  quotation marks changed) repeated as often: the worst case for alignment and matching.
- news en-es: the English news of ntrex-dev against their Spanish translation,
  repeated to the size (across languages: anchors, crosscheck's number and name tables).

Also the CPU seconds of each stage in one process (load, audit, align, known names, quotations,
sentence crosscheck, provenance, report data, JSON, HTML) for the largest size, so a slow stage is named.
Needs ntrex-dev from the corpora folder (TRANSCOMPARE_DATA) for the news case (says so and exits 2 when it is missing).

    python benchmarks/bench_compare.py [--sizes 1,10,20] [--json benchmarks/results/compare.json]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from _data import corpus

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "france24-putin-nato-2021-12-23.en.txt"
NTREX = corpus("ntrex-dev")
LIMIT_S = 600
LIMIT_BYTES = 6 * 1024**3


def _body(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    return text.split("\n", 1)[1] if text.startswith("date ") else text


def round_trip(work: Path) -> tuple[str, str]:
    """(text, how it was made) of the sample's version."""
    if shutil.which("apertium"):
        out = work / "trip.txt"
        subprocess.run([sys.executable, "-m", "transcompare", "translate", str(SAMPLE), "--model", "apertium-en-es",
                        "--via", "es", "-o", str(out)], check=True, capture_output=True, cwd=ROOT)
        back = next(work.glob("trip.*.en.txt"))
        return _body(back), "Apertium round trip en→es→en"
    text = _body(SAMPLE).replace("13,000", "31,000").replace("will not compromise", "no compromise") \
        .replace("“fooled”", "fooled").replace("Jens Stoltenberg", "Jan Stoltenberg")
    return text, "the sample with a number, a negation, a name and quotation marks changed (Apertium not installed)"


def ntrex() -> tuple[str, str]:
    import itertools

    ids = (NTREX / "doc_ids.txt").read_text(encoding="utf-8").splitlines()
    en = (NTREX / "en.txt").read_text(encoding="utf-8").splitlines()
    es = (NTREX / "es.txt").read_text(encoding="utf-8").splitlines()
    docs_en, docs_es = [], []
    for _, rows in itertools.groupby(zip(ids, en, es), key=lambda r: r[0]):
        rows = list(rows)
        docs_en.append(rows[0][1] + "\n\n" + " ".join(r[1] for r in rows[1:]))
        docs_es.append(rows[0][2] + "\n\n" + " ".join(r[2] for r in rows[1:]))
    return "\n\n".join(docs_en) + "\n\n", "\n\n".join(docs_es) + "\n\n"


def repeat_to(text: str, size: int) -> str:
    return text * max(1, round(size / len(text.encode("utf-8"))))


def _limits() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (LIMIT_BYTES, LIMIT_BYTES))


def run_compare(article: Path, version: Path, work: Path) -> dict:
    """One `compare` process: its own CPU seconds, peak RSS and exit status (os.wait4)."""
    command = [sys.executable, "-m", "transcompare", "compare", str(article), "--version", f"version={version}",
               "-f", "json", "-o", str(work / "r.json"), "--html", str(work / "r.html")]
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, preexec_fn=_limits, cwd=ROOT,
                            env={**os.environ, "NO_COLOR": "1"})
    timer = threading.Timer(LIMIT_S, proc.kill)
    timer.start()
    _, code, usage = os.wait4(proc.pid, 0)
    timer.cancel()
    error = proc.stderr.read().decode(errors="replace").strip()[-200:]
    proc.returncode = os.waitstatus_to_exitcode(code)
    status = "ok" if proc.returncode in (0, 1) else f"killed after {LIMIT_S} s" if proc.returncode == -9 else \
        f"exit {proc.returncode}: {error}"
    return {"cpu_s": round(usage.ru_utime + usage.ru_stime, 1), "wall_s": round(time.perf_counter() - start, 1),
            "peak_rss_mb": round(usage.ru_maxrss / 1024), "status": status,
            "html_mb": round((work / "r.html").stat().st_size / 1e6, 1) if (work / "r.html").exists() else None}


STAGE_SCRIPT = r"""
import io, json, sys, time
from transcompare import comparison
from transcompare.document import load_document
from transcompare.report.compare import compare_dict, json_chunks
from transcompare.report.html import html_chunks

# The stages of one compare_versions call, timed where comparison.py calls them (nothing runs twice).
stages = {}
def timed(name, fn):
    def run(*args, **kwargs):
        start = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            stages[name] = round(stages.get(name, 0.0) + time.process_time() - start, 2)
    return run

for attribute, name in (("audit_document", "audit (both)"), ("_alignment", "align"), ("known_names", "known names"),
                        ("align_quotes", "quotations"), ("sentence_changes", "sentence crosscheck"),
                        ("trace_artifacts", "provenance"), ("cross_version_findings", "cross-version findings")):
    setattr(comparison, attribute, timed(name, getattr(comparison, attribute)))
article, version = timed("load (both)", lambda: (load_document(sys.argv[1]), load_document(sys.argv[2])))()
report = timed("compare (all of the above)", comparison.compare_versions)(article, [comparison.Version("v", version, "file")])
data = timed("report data", compare_dict)(report)  # as the CLI: one dictionary for the JSON and the page
timed("json", lambda: sum(map(len, json_chunks(report, data))))()
timed("html", lambda: sum(map(len, html_chunks(report, data))))()
print(json.dumps(stages))
"""


def stages(article: Path, version: Path) -> dict:
    proc = subprocess.run([sys.executable, "-c", STAGE_SCRIPT, str(article), str(version)], capture_output=True,
                          text=True, timeout=LIMIT_S * 3, preexec_fn=_limits, cwd=ROOT)
    if proc.returncode:
        return {"error": proc.stderr.strip()[-300:]}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="1,10,20", help="article sizes in MB")
    parser.add_argument("--cases", default="repeated,news", help="repeated, news")
    parser.add_argument("--no-stages", action="store_true", help="skip the per-stage profile")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    cases = args.cases.split(",")
    if "news" in cases and not NTREX.is_dir():
        print(f"the news case needs {NTREX} (set TRANSCOMPARE_DATA to the corpora's folder); "
              "run with --cases repeated without it", file=sys.stderr)
        return 2
    sizes = [float(s) for s in args.sizes.split(",")]
    work = Path(tempfile.mkdtemp(prefix="bench-compare-"))
    inputs = {}
    if "repeated" in cases:
        trip, how = round_trip(work)
        inputs["repeated"] = (_body(SAMPLE), trip, f"the sample repeated, against {how}")
    if "news" in cases:
        en, es = ntrex()
        inputs["news"] = (en, es, "ntrex-dev English news repeated, against their Spanish translation")
    results = []
    for case, (a, b, description) in inputs.items():
        for size in sizes:
            article, version = work / f"{case}-{size}.en.txt", work / f"{case}-{size}.v.txt"
            article_text = repeat_to(a, int(size * 1e6))
            times = len(article_text) // len(a)
            article.write_text(article_text, encoding="utf-8")
            version.write_text(b * times, encoding="utf-8")
            row = {"case": case, "description": description, "mb": round(len(article_text.encode()) / 1e6, 1),
                   "copies": times, **run_compare(article, version, work)}
            results.append(row)
            print(f"{case:<8} {row['mb']:5.1f} MB ({times} copies): {row['cpu_s']:7.1f} CPU s, peak {row['peak_rss_mb']:6d} MB"
                  f" RSS, {row['wall_s']} s wall, HTML {row['html_mb']} MB — {row['status']}", flush=True)
        if not args.no_stages:
            biggest = max(sizes)
            profile = stages(work / f"{case}-{biggest}.en.txt", work / f"{case}-{biggest}.v.txt")
            results.append({"case": case, "mb": biggest, "stages_cpu_s": profile})
            print(f"  stages at {biggest} MB (CPU s): {profile}", flush=True)
    if args.json:
        args.json.write_text(json.dumps({"results": results, "limit_s": LIMIT_S,
                                         "note": "CPU seconds = user + system of the compare process"}, indent=2) + "\n")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
