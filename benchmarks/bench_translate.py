"""Translation speed: the naive pattern vs the engine, and a cached rerun, in one process.

transformers 5 removed ``pipeline("translation")``; its replacement pattern, tokenizer
plus ``generate`` called one sentence at a time, is the baseline (the pipeline ran at
the same speed, see ../shared/NOTES-models.md). Both sides use the same model, the
same sentences (real Spanish news from ../shared/data/newstest2012-es-en) and the same
generation settings; the model has random weights, so output length is fixed
(min_new_tokens = max_new_tokens) and outputs are compared token for token.

    python benchmarks/bench_translate.py                       # CPU, small Marian
    python benchmarks/bench_translate.py --device cuda --size opus --dtype bfloat16
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "newstest2012-es-en"
SIZES = {"small": dict(d_model=256, layers=3, heads=4, ffn=1024, vocab_size=8000),
         "opus": dict(d_model=512, layers=6, heads=8, ffn=2048, vocab_size=8000)}


def sentences(n: int, data: Path = DATA) -> list[str]:
    lines = (data / "es.txt").read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip()][:n]


def naive(backend, texts, settings, device):
    """One sentence per call, float32: what a first script does."""
    import torch

    tok, model = backend.tokenizer, backend.model
    out = []
    with torch.inference_mode():
        for text in texts:
            batch = tok([text], return_tensors="pt").to(device)
            ids = model.generate(**batch, num_beams=settings.beams, max_new_tokens=settings.max_new_tokens,
                                 min_new_tokens=settings.min_new_tokens)
            out.append(tok.decode(ids[0], skip_special_tokens=True).strip())
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sentences", type=int, default=500)
    parser.add_argument("--size", choices=SIZES, default="small")
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--dtype", default="float32", help="engine dtype (the baseline stays float32)")
    parser.add_argument("--batch-size", type=int, default=None)
    parser.add_argument("--new-tokens", type=int, default=32)
    parser.add_argument("--beams", type=int, default=1)
    parser.add_argument("--data", type=Path, default=DATA, help="folder with es.txt (default: ../shared/data/newstest2012-es-en)")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from tests.tiny_models import build_marian
    from transformers.utils import logging as hf_logging

    from transcompare.translate.backends import load_backend
    from transcompare.translate.base import GenerationSettings
    from transcompare.translate.cache import TranslationCache
    from transcompare.translate.engine import Engine

    hf_logging.disable_progress_bar()
    texts = sentences(args.sentences, args.data)
    work = Path(tempfile.mkdtemp(prefix="bench-translate-"))
    folder = build_marian(work / "model", max_positions=512, texts=sentences(3000, args.data), **SIZES[args.size])
    common = dict(beams=args.beams, max_new_tokens=args.new_tokens, min_new_tokens=args.new_tokens, device=args.device)
    baseline_settings = GenerationSettings(dtype="float32", **common)
    engine_settings = GenerationSettings(dtype=args.dtype, batch_size=args.batch_size, **common)

    import torch

    def sync():
        if args.device.startswith("cuda"):
            torch.cuda.synchronize()

    base_backend = load_backend(f"hf:{folder}", "es", "en", baseline_settings)
    naive(base_backend, texts[:8], baseline_settings, base_backend.device)  # warm-up
    sync()
    start = time.perf_counter()
    expected = naive(base_backend, texts, baseline_settings, base_backend.device)
    sync()
    naive_s = time.perf_counter() - start
    del base_backend

    backend = load_backend(f"hf:{folder}", "es", "en", engine_settings)
    Engine(backend, engine_settings, None, progress=False).translate(texts[:8])  # warm-up
    engine_s = float("inf")
    for attempt in range(2):  # the first pass also pays for kernels tuned to new batch shapes
        cache_file = work / f"cache-{attempt}.sqlite"
        engine = Engine(backend, engine_settings, TranslationCache(cache_file), progress=False)
        sync()
        start = time.perf_counter()
        got = engine.translate(texts)
        sync()
        engine_s = min(engine_s, time.perf_counter() - start)
    start = time.perf_counter()
    cached = Engine(backend, engine_settings, TranslationCache(cache_file), progress=False).translate(texts)
    cached_s = time.perf_counter() - start
    assert cached == got

    same = sum(a == b for a, b in zip(expected, got)) / len(texts)
    device_name = torch.cuda.get_device_name(0) if args.device.startswith("cuda") else platform.processor() or "cpu"
    result = {
        "device": args.device, "device_name": device_name, "threads": torch.get_num_threads(), "model": args.size,
        "parameters": sum(p.numel() for p in backend.model.parameters()), "sentences": len(texts),
        "new_tokens": args.new_tokens, "beams": args.beams, "engine_dtype": args.dtype,
        "engine_batch_size": args.batch_size or backend.preferred_batch_size,
        "naive_seconds": round(naive_s, 3), "engine_seconds": round(engine_s, 3), "cached_seconds": round(cached_s, 4),
        "naive_sent_per_s": round(len(texts) / naive_s, 1), "engine_sent_per_s": round(len(texts) / engine_s, 1),
        "engine_speedup": round(naive_s / engine_s, 1), "cache_speedup": round(engine_s / cached_s, 1),
        "identical_outputs": round(same, 3),
    }
    print(f"{result['sentences']} sentences, {args.size} Marian ({result['parameters'] / 1e6:.1f}M parameters), "
          f"{args.new_tokens} new tokens, beams {args.beams}, on {device_name}")
    print(f"naive, one sentence per call (float32): {naive_s:8.2f} s  {result['naive_sent_per_s']:8.1f} sent/s")
    print(f"engine ({args.dtype}, batch {result['engine_batch_size']}):          {engine_s:8.2f} s  "
          f"{result['engine_sent_per_s']:8.1f} sent/s   x{result['engine_speedup']}")
    print(f"engine, cached rerun:                     {cached_s:8.3f} s                x{result['cache_speedup']} vs uncached")
    print(f"identical outputs (engine vs naive): {same:.1%}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
