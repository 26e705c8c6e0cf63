"""Translation speed on CPU: the naive loop, the transformers backend, CTranslate2 float32
and int8, and a fully cached rerun of `transcompare translate` as a whole process.

Every engine runs the same random-weight Marian (OPUS-MT shape by default: d512, 6+6
layers, 8k vocabulary) on the same real Spanish news sentences (newstest2012-es-en from the corpora
folder, TRANSCOMPARE_DATA), greedy, the same number of new tokens (forced, so random weights
write full-length outputs), one thread each. Times are CPU seconds (process_time), so a
busy shared machine does not skew them. Outputs are compared token for token.

    python benchmarks/bench_translate.py --json benchmarks/results/translate-cpu.json
    python benchmarks/bench_translate.py --sentences 100 --size small        # quick
    python benchmarks/bench_translate.py --device cuda --size opus-mt --sentences 3003 --naive-sentences 100  # GPU
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _data import corpus

os.environ.setdefault("OMP_NUM_THREADS", "1")  # before torch and ctranslate2 load: one thread each
ROOT = Path(__file__).resolve().parent.parent
DATA = corpus("newstest2012-es-en")
SIZES = {"small": dict(d_model=256, layers=3, heads=4, ffn=1024, vocab_size=8000),
         "opus": dict(d_model=512, layers=6, heads=8, ffn=2048, vocab_size=8000),
         # opus-mt-es-en's own shape: its 65,001-row embedding and output projection (77.9M parameters).
         "opus-mt": dict(d_model=512, layers=6, heads=8, ffn=2048, vocab_size=8000, embeddings=65001)}


def sentences(n: int, data: Path = DATA) -> list[str]:
    lines = (data / "es.txt").read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip()][:n]


def naive(backend, texts, settings):
    """One sentence per call, float32: what a first script does."""
    import torch

    tok, model = backend.tokenizer, backend.model
    out = []
    with torch.inference_mode():
        for text in texts:
            batch = tok([text], return_tensors="pt").to(backend.device)
            ids = model.generate(**batch, num_beams=settings.beams, max_new_tokens=settings.max_new_tokens,
                                 min_new_tokens=settings.min_new_tokens)
            out.append(tok.decode(ids[0], skip_special_tokens=True).strip())
    return out


CLOCK = time.process_time  # wall clock with a GPU (see main)


def timed(function, *args):
    started = CLOCK()
    result = function(*args)
    return result, CLOCK() - started


def cli_rerun_seconds(folder: Path, texts: list[str], work: Path, new_tokens: int) -> dict:
    """`transcompare translate` on the sentences as an article, run twice; the second is fully cached."""
    article = work / "article.es.txt"
    article.write_text("\n\n".join(texts) + "\n", encoding="utf-8")
    env = {**os.environ, "TRANSCOMPARE_CACHE": str(work / "cli-cache.sqlite"), "XDG_CACHE_HOME": str(work / "xdg")}
    command = [sys.executable, "-m", "transcompare", "translate", str(article), "--model", f"hf:{folder}", "--from",
               "es", "--to", "en", "--beams", "1", "--max-new-tokens", str(new_tokens), "--device", "cpu",
               "-o", str(work / "out.en.txt")]
    # An int8 copy in the default place: the first run fills the cache quickly through it.
    subprocess.run([sys.executable, "-m", "transcompare", "models", "convert", f"hf:{folder}", "--to", "ct2",
                    "--quantization", "int8"], check=True, env=env, capture_output=True)
    subprocess.run(command, check=True, env=env, capture_output=True)
    script = ("import resource, subprocess, sys, time; t = time.perf_counter(); "
              "p = subprocess.run(sys.argv[1:], capture_output=True, text=True); w = time.perf_counter() - t; "
              "r = resource.getrusage(resource.RUSAGE_CHILDREN); "
              "print(p.returncode, r.ru_utime + r.ru_stime, w, p.stderr.strip().splitlines()[-1])")
    runs = []
    for _ in range(3):
        done = subprocess.run([sys.executable, "-c", script, *command], check=True, env=env, capture_output=True,
                              text=True)
        code, cpu, wall, last = done.stdout.split(" ", 3)
        assert code == "0" and "0 sentences translated" in last, done.stdout
        runs.append((float(cpu), float(wall)))
    best = min(runs)
    return {"cached_rerun_cpu_seconds": round(best[0], 3), "cached_rerun_wall_seconds": round(best[1], 3)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sentences", type=int, default=500)
    parser.add_argument("--size", choices=SIZES, default="opus")
    parser.add_argument("--new-tokens", type=int, default=32)
    parser.add_argument("--beams", type=int, default=1)
    parser.add_argument("--naive-sentences", type=int, default=None,
                        help="time the naive loop on the first N sentences only and compare rates (it is slow)")
    parser.add_argument("--device", default="cpu", help="cpu (all engines), or cuda (naive vs the transformers "
                                                        "backend in bfloat16, batches sized by tokens)")
    parser.add_argument("--cli-runs", type=int, default=2, help="GPU: runs of the whole command (default 2)")
    parser.add_argument("--data", type=Path, default=DATA, help="folder with es.txt (default: newstest2012-es-en in the corpora folder, TRANSCOMPARE_DATA)")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    if not (args.data / "es.txt").is_file():
        print(f"needs {args.data}/es.txt (the corpora folder: set TRANSCOMPARE_DATA)", file=sys.stderr)
        sys.exit(2)
    sys.path.insert(0, str(ROOT))
    import torch

    from tests.tiny_models import build_marian
    from transcompare.translate.backends import prepare
    from transcompare.translate.base import GenerationSettings
    from transcompare.translate.ct2 import convert
    from transcompare.translate.engine import Engine
    from transcompare.translate.families import quiet_transformers
    from transcompare.translate.registry import parse_spec

    torch.set_num_threads(1)
    quiet_transformers()
    texts = sentences(args.sentences, args.data)
    work = Path(tempfile.mkdtemp(prefix="bench-translate-"))
    folder = build_marian(work / "model", max_positions=512, texts=sentences(3000, args.data), **SIZES[args.size])
    settings = GenerationSettings(beams=args.beams, max_new_tokens=args.new_tokens, min_new_tokens=args.new_tokens,
                                  device="cpu", dtype="float32", use_converted=False)
    if args.device != "cpu":
        return gpu(args, folder, texts, settings)

    def engine(spec: str):
        prepared = prepare(spec, "es", "en", settings)
        run = Engine(prepared, settings, None, progress=False)
        run.translate(texts[:4])  # load and warm up outside the timing
        return run

    hf = engine(f"hf:{folder}")
    naive_texts = texts[: args.naive_sentences or len(texts)]
    expected, naive_subset_s = timed(naive, hf.backend, naive_texts, settings)
    naive_s = naive_subset_s * len(texts) / len(naive_texts)  # per-sentence rate, scaled to the whole set
    got_hf, hf_s = timed(hf.translate, texts)
    results = {"hf": (got_hf, hf_s)}
    for quantization in ("float32", "int8"):
        out = convert(parse_spec(f"hf:{folder}"), settings, work / f"ct2-{quantization}", quantization)
        run = engine(f"ct2:{out}")
        results[f"ct2-{quantization}"] = timed(run.translate, texts)
    rerun = cli_rerun_seconds(folder, texts, work, args.new_tokens)

    n = len(texts)
    same = {name: sum(a == b for a, b in zip(got_hf, out)) for name, (out, _) in results.items()}
    result = {
        "device": "cpu", "device_name": platform.processor() or "cpu", "threads": 1, "model": args.size,
        "parameters": sum(p.numel() for p in hf.backend.model.parameters()), "sentences": n,
        "new_tokens": args.new_tokens, "beams": 1, "time": "CPU seconds (process_time)",
        "naive_sentences_timed": len(naive_texts), "naive_cpu_seconds": round(naive_s, 2),
        **{f"{name}_cpu_seconds": round(seconds, 2) for name, (_, seconds) in results.items()},
        **{f"{name}_sent_per_cpu_s": round(n / seconds, 1) for name, (_, seconds) in results.items()},
        "naive_sent_per_cpu_s": round(n / naive_s, 2),
        "hf_vs_naive": round(naive_s / hf_s, 2),
        "ct2_float32_vs_hf": round(hf_s / results["ct2-float32"][1], 2),
        "ct2_int8_vs_hf": round(hf_s / results["ct2-int8"][1], 2),
        "ct2_int8_vs_naive": round(naive_s / results["ct2-int8"][1], 2),
        "hf_identical_to_naive": f"{sum(a == b for a, b in zip(expected, got_hf))}/{len(naive_texts)}",
        "ct2_float32_identical_to_hf": f"{same['ct2-float32']}/{n}",
        "ct2_int8_identical_to_hf": f"{same['ct2-int8']}/{n}",
        **rerun,
    }
    print(f"{n} sentences (newstest2012 es), {args.size} Marian ({result['parameters'] / 1e6:.1f}M parameters, random "
          f"weights), {args.new_tokens} new tokens, greedy, one thread, CPU seconds")
    scaled = f" (timed on {len(naive_texts)}, scaled)" if len(naive_texts) < n else ""
    print(f"naive loop, one sentence per call:  {naive_s:8.1f} s  {n / naive_s:7.2f} sent/s{scaled}")
    for name, (_, seconds) in results.items():
        print(f"{name:<35} {seconds:8.1f} s  {n / seconds:7.2f} sent/s  x{naive_s / seconds:5.1f} naive  "
              f"x{hf_s / seconds:4.2f} hf   identical to hf: {same[name]}/{n}")
    print(f"fully cached rerun of `transcompare translate` (whole process): {rerun['cached_rerun_cpu_seconds']} CPU s, "
          f"{rerun['cached_rerun_wall_seconds']} s wall")
    differing = [(a, b) for a, b in zip(got_hf, results["ct2-int8"][0]) if a != b][:5]
    if differing:
        print("int8 vs float32, first differences (random weights, so the words mean nothing):")
        for a, b in differing:
            print(f"  hf  : {a[:70]}\n  int8: {b[:70]}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n")


def gpu(args, folder: Path, texts: list[str], settings) -> None:
    """On a GPU, wall seconds with the device synchronised, in one process:
    - the naive loop (one sentence per call, float32), timed on the first sentences and scaled;
    - the plain loop the issue measured: bfloat16, batches of 512 in input order, model.generate;
    - the engine in float32 on the naive loop's sentences (its outputs must be the naive loop's);
    - the engine in its automatic dtype (bfloat16 where the GPU has it), batches sized by tokens,
      greedy and beam 4 (the budget is found once per setting and remembered, outside the timing);
    - `transcompare translate --device cuda` as a whole process, twice (the first finds the batch
      budget, the second starts from it), its own report of load and translation time read back.
    """
    from dataclasses import replace

    import torch

    from transcompare.translate.backends import prepare
    from transcompare.translate.devices import BudgetStore
    from transcompare.translate.engine import Engine

    global CLOCK
    on_cuda = args.device.startswith("cuda")

    def clock() -> float:
        if on_cuda:
            torch.cuda.synchronize()
        return time.perf_counter()

    def free() -> None:
        if on_cuda:
            torch.cuda.empty_cache()

    CLOCK = clock
    work = folder.parent
    budgets = BudgetStore(work / "batch-budgets.json")
    n = len(texts)
    base = replace(settings, device=args.device)
    result: dict = {"device": args.device, "device_name": torch.cuda.get_device_name(0) if on_cuda else "cpu",
                    "torch": torch.__version__, "model": args.size, "sentences": n, "new_tokens": args.new_tokens,
                    "time": "wall seconds, synchronised"}

    naive_backend = prepare(f"hf:{folder}", "es", "en", base).load()
    result["parameters"] = sum(p.numel() for p in naive_backend.model.parameters())
    naive_texts = texts[: args.naive_sentences or 100]
    naive(naive_backend, texts[:4], base)
    expected, naive_s = timed(naive, naive_backend, naive_texts, base)
    result["naive_sent_per_s"] = round(len(naive_texts) / naive_s, 1)
    result["naive_sentences_timed"] = len(naive_texts)

    fp32 = Engine(naive_backend, base, None, progress=False, budgets=budgets)
    fp32.translate(texts[:8])
    got = fp32.translate(naive_texts)
    result["engine_float32_identical_to_naive"] = f"{sum(a == b for a, b in zip(expected, got))}/{len(naive_texts)}"
    del naive_backend, fp32
    free()
    print(json.dumps(result), flush=True)  # partial results, in case a later step fails

    for beams in (1, 4):
        fast = replace(base, dtype="auto", beams=beams)
        engine = Engine(prepare(f"hf:{folder}", "es", "en", fast), fast, None, progress=False, budgets=budgets)
        engine.translate(texts[:8])  # loads; the token budget is found here once and remembered
        engine.translate(texts[8:16])
        if beams == 1:
            plain_s = plain_loop(engine.backend, texts, fast, batch=512, clock=clock)
            result["plain_loop_batch512_sent_per_s"] = round(n / plain_s, 1)
        _, seconds = timed(engine.translate, texts)
        result[f"engine_beam{beams}_sent_per_s"] = round(n / seconds, 1)
        result[f"engine_beam{beams}_batch_tokens"] = engine.info.get("batch_tokens")
        result["engine_dtype"] = engine.backend.dtype
        del engine
        free()
        print(json.dumps(result), flush=True)
    result["engine_vs_naive"] = round(result["engine_beam1_sent_per_s"] / result["naive_sent_per_s"], 1)
    result.update(cli_runs(folder, texts, work, args))
    print(json.dumps(result, indent=2))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n")


def plain_loop(backend, texts: list[str], settings, batch: int, clock) -> float:
    """The loop the issue measured: fixed batches in input order straight into model.generate."""
    import torch

    tok, model = backend.tokenizer, backend.model
    started = clock()
    with torch.inference_mode():
        for start in range(0, len(texts), batch):
            inputs = tok(texts[start:start + batch], return_tensors="pt", padding=True).to(backend.device)
            ids = model.generate(**inputs, num_beams=1, max_new_tokens=settings.max_new_tokens,
                                 min_new_tokens=settings.min_new_tokens)
            tok.batch_decode(ids, skip_special_tokens=True)
    return clock() - started


def cli_runs(folder: Path, texts: list[str], work: Path, args) -> dict:
    """`transcompare translate --device DEVICE --no-cache` twice on the sentences as an article; the
    command's own line gives load and translation seconds. The model's output lengths are its own
    here (the command has no minimum length), at most --new-tokens."""
    import re

    article = work / "cli-article.es.txt"
    article.write_text("\n\n".join(texts) + "\n", encoding="utf-8")
    env = {**os.environ, "XDG_CACHE_HOME": str(work / "cli-xdg"), "TRANSCOMPARE_CACHE": str(work / "cli.sqlite")}
    command = [sys.executable, "-m", "transcompare", "translate", str(article), "--model", f"hf:{folder}", "--from",
               "es", "--to", "en", "--beams", "1", "--max-new-tokens", str(args.new_tokens), "--device", args.device,
               "--no-cache", "-o", str(work / "cli-out.en.txt")]
    out: dict = {}
    for run in ("first", "second")[: args.cli_runs]:
        started = time.perf_counter()
        done = subprocess.run(command, env=env, capture_output=True, text=True)
        wall = time.perf_counter() - started
        line = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else ""
        out[f"cli_{run}_run"] = {"exit": done.returncode, "process_wall_seconds": round(wall, 2), "line": line}
        found = re.search(r"(\d+) sentences translated in ([\d.]+) s", line)
        if found:
            out[f"cli_{run}_run"]["translate_sent_per_s"] = round(int(found[1]) / float(found[2]), 1)
            out[f"cli_{run}_run"]["whole_process_sent_per_s"] = round(int(found[1]) / wall, 1)
    return out


if __name__ == "__main__":
    main()
