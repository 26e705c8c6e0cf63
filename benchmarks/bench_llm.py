"""LLM translation throughput against the local chat API test server (tests/llm_server.py)
with a simulated latency per request: document-level (a paragraph per request) and
sentence-level, N requests at once, then a rerun served from the translation cache.

The sentences are real Spanish news (newstest2012-es-en, from the corpora folder: TRANSCOMPARE_DATA), grouped four
consecutive lines to a paragraph. Latency dominates, so wall seconds are the measure;
CPU seconds are printed beside them.

    python benchmarks/bench_llm.py --json benchmarks/results/llm.json
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from _data import corpus

ROOT = Path(__file__).resolve().parent.parent
DATA = corpus("newstest2012-es-en")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sentences", type=int, default=1000)
    parser.add_argument("--latency", type=float, default=0.2, help="seconds the server waits before each answer")
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--paragraph", type=int, default=4, help="sentences per paragraph")
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    if not (args.data / "es.txt").is_file():
        print(f"needs {args.data}/es.txt (the corpora folder: set TRANSCOMPARE_DATA)", file=sys.stderr)
        sys.exit(2)
    sys.path.insert(0, str(ROOT))
    from tests.llm_server import ChatServer, fake_translation
    from transcompare.translate.backends import prepare
    from transcompare.translate.base import GenerationSettings
    from transcompare.translate.cache import TranslationCache
    from transcompare.translate.engine import Engine

    lines = [x for x in (args.data / "es.txt").read_text(encoding="utf-8").splitlines() if x.strip()][: args.sentences]
    paragraphs = [i // args.paragraph for i in range(len(lines))]
    work = Path(tempfile.mkdtemp(prefix="bench-llm-"))
    figures = {}
    with ChatServer(latency=args.latency) as server:
        spec = "openai:bench-llm"
        settings = GenerationSettings(concurrency=args.concurrency, api_base=server.url)

        def run(name: str, groups, cache_name: str):
            engine = Engine(prepare(spec, "es", "en", settings), settings, TranslationCache(work / cache_name),
                            progress=False)
            before = len(server.requests)
            wall, cpu = time.perf_counter(), time.process_time()
            outputs = engine.translate(lines, groups)
            wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
            wrong = sum(o != fake_translation(s) for o, s in zip(outputs, lines))
            figures[name] = {"wall_seconds": round(wall, 2), "cpu_seconds": round(cpu, 2),
                             "requests": len(server.requests) - before, "wrong_outputs": wrong,
                             "sentences_per_s": round(len(lines) / wall, 1)}
            info = engine.info
            figures[name].update({k: info.get(k) for k in ("retries", "input_tokens", "output_tokens") if k in info})

        run("document_level", paragraphs, "paragraphs.sqlite")
        run("document_level_cached_rerun", paragraphs, "paragraphs.sqlite")
        run("sentence_level", None, "sentences.sqlite")
    result = {"sentences": len(lines), "latency_s": args.latency, "concurrency": args.concurrency,
              "sentences_per_paragraph": args.paragraph, **figures}
    print(f"{len(lines)} sentences (newstest2012 es), {args.latency * 1000:.0f} ms per request, "
          f"{args.concurrency} requests at once")
    for name, f in figures.items():
        print(f"{name:<28} {f['wall_seconds']:7.2f} s wall {f['cpu_seconds']:6.2f} CPU s  {f['requests']:5d} requests  "
              f"{f['sentences_per_s']:8.1f} sent/s  wrong outputs: {f['wrong_outputs']}/{len(lines)}")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()
