"""Sentence alignment accuracy and speed on real bitext.

Accuracy: ../shared/data/ntrex-dev (English news and its professional Spanish
translation, line-aligned). Each document's lines are joined into paragraphs (the
headline, then the body), segmented by transcompare, aligned, and every predicted
sentence link is mapped back to the gold lines; precision, recall and F1 are over
those line links against the gold pairs (i, i). Run with anchors only, and with the
Spanish translated to English by Apertium (when installed).

Speed: two 5,000-sentence documents (the same data repeated), seconds and peak
Python memory, against 1,250 sentences in the same process to show linear growth.

    python benchmarks/bench_align.py [--json benchmarks/results/align.json]
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import json
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "ntrex-dev"


def documents():
    ids = (DATA / "doc_ids.txt").read_text(encoding="utf-8").splitlines()
    en = (DATA / "en.txt").read_text(encoding="utf-8").splitlines()
    es = (DATA / "es.txt").read_text(encoding="utf-8").splitlines()
    for _, group in itertools.groupby(zip(ids, en, es), key=lambda row: row[0]):
        rows = list(group)
        yield [r[1] for r in rows], [r[2] for r in rows]


def segmented(lines: list[str], language: str):
    """The document as a reader gets it, and the gold line of each sentence transcompare finds."""
    from transcompare.document import build_document

    text = lines[0] + "\n\n" + " ".join(lines[1:])
    starts, position = [0], len(lines[0]) + 2
    for line in lines[1:]:
        starts.append(position)
        position += len(line) + 1
    doc = build_document(text, "bench", language)
    return doc.sentence_texts(), [bisect.bisect_right(starts, s.start) - 1 for s in doc.sentences]


def accuracy(translate=None) -> dict:
    from transcompare.align import align_sentences

    tp = fp = fn = 0
    for en_lines, es_lines in documents():
        es_sents, es_line = segmented(es_lines, "es")
        en_sents, en_line = segmented(en_lines, "en")
        translated = translate(es_sents) if translate else None
        alignment = align_sentences(es_sents, en_sents, same_language=False, translated_source=translated)
        predicted = {(es_line[s], en_line[t]) for s, t in alignment.links()}
        gold = {(i, i) for i in range(len(en_lines))}
        tp, fp, fn = tp + len(predicted & gold), fp + len(predicted - gold), fn + len(gold - predicted)
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(2 * precision * recall / (precision + recall), 3)}


def speed(sentences: int) -> dict:
    from transcompare.align import align_sentences

    en = [s for e, _ in documents() for s in e]
    es = [s for _, x in documents() for s in x]
    source = (es * (sentences // len(es) + 1))[:sentences]
    target = (en * (sentences // len(en) + 1))[:sentences]
    start = time.perf_counter()
    align_sentences(source, target, same_language=False)
    seconds = time.perf_counter() - start
    tracemalloc.start()  # a second run for memory: tracing slows Python down
    align_sentences(source, target, same_language=False)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return {"sentences": sentences, "seconds": round(seconds, 2), "peak_mb": round(peak / 1e6, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    results = {"anchors": accuracy()}
    print(f"anchors only:          P {results['anchors']['precision']:.3f}  R {results['anchors']['recall']:.3f}  F1 {results['anchors']['f1']:.3f}")
    from transcompare.translate.apertium import installed_modes

    if "spa-eng" in installed_modes():
        from transcompare.translate.apertium import ApertiumBackend
        from transcompare.translate.engine import Engine

        engine = Engine(ApertiumBackend("spa-eng", "es", "en"), progress=False)
        results["apertium"] = accuracy(lambda sents: [ApertiumBackend.clean(t)[0] for t in engine.translate(sents)])
        r = results["apertium"]
        print(f"with Apertium es→en:   P {r['precision']:.3f}  R {r['recall']:.3f}  F1 {r['f1']:.3f}")
    else:
        print("with a model: skipped (apertium spa-eng is not installed)")
    small, large = speed(1250), speed(5000)
    results["speed"] = [small, large]
    for row in (small, large):
        print(f"{row['sentences']:>5} x {row['sentences']} sentences: {row['seconds']:6.2f} s, peak {row['peak_mb']:6.1f} MB")
    print(f"time ratio 5000/1250: {large['seconds'] / small['seconds']:.1f} (4.0 is linear); "
          f"memory ratio: {large['peak_mb'] / max(small['peak_mb'], 0.1):.1f}")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n")


if __name__ == "__main__":
    main()
