"""Sentence alignment: accuracy against NLTK's Gale–Church, and time and memory at scale.

Needs ntrex-dev and newstest2012-es-en from the corpora folder (TRANSCOMPARE_DATA); exits 2 when it is missing.

Accuracy: ntrex-dev is English news and its professional Spanish translation, line by
line. Each document becomes an article in two layouts: as a reader gets it (the headline as
its own paragraph, then three lines a paragraph), and one line a paragraph. Both sides are
segmented by transcompare, aligned (Spanish → English), and every predicted sentence link is
mapped back to the lines the two sentences cover; precision, recall and F1 are over those line
links against the gold pairs. Two cases per layout: "1-1" as published, and "2-1" with every
fifth Spanish line merged into the next one (gold: the merged line with both English lines).
Systems: transcompare without a model, transcompare with the Spanish translated to English by
Apertium (when installed), and NLTK's gale_church (`pip install -e .[bench]`) on the same
sentences. Documents 0-29 are the development half, 30-59 the check half. Every line link
transcompare gets wrong is printed (those that segmentation forces on any aligner apart).

Scale: the newstest2012 and ntrex sentence pairs, repeated to 1k, 5k, 20k and 100k
sentences, with every 97th English sentence dropped and every 41st Spanish pair merged;
each size in its own process, for CPU seconds and peak RSS. Plus one article repeated to
2,150 sentences (the case that used to blow up), and `transcompare align` on two short
documents as a whole process.

    python benchmarks/bench_align.py [--quick] [--json benchmarks/results/align.json]
"""

from __future__ import annotations

import argparse
import bisect
import collections
import itertools
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _data import corpus, require

ROOT = Path(__file__).resolve().parent.parent
NTREX = corpus("ntrex-dev")
NEWSTEST = corpus("newstest2012-es-en")
HALVES = {"dev 0-29": range(0, 30), "check 30-59": range(30, 60)}
SIZES = (1_000, 5_000, 20_000, 100_000)


def lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def documents() -> list[tuple[list[str], list[str]]]:
    ids, en, es = lines(NTREX / "doc_ids.txt"), lines(NTREX / "en.txt"), lines(NTREX / "es.txt")
    return [([r[1] for r in rows], [r[2] for r in rows])
            for _, rows in ((k, list(g)) for k, g in itertools.groupby(zip(ids, en, es), key=lambda r: r[0]))]


def join(first: str, second: str) -> str:
    """Two sentences as a translator merges them: one sentence, the first's full stop made a semicolon."""
    first = first.rstrip()
    return (first[:-1] if first.endswith((".", "!", "?")) else first) + "; " + second.lstrip()


def merge_every_fifth(es: list[str]) -> tuple[list[str], list[tuple[int, ...]]]:
    """Spanish lines with line 4+5, 9+10, ... merged; and the English lines each one translates."""
    out, gold, i = [], [], 0
    while i < len(es):
        if i % 5 == 4 and i + 1 < len(es):
            out.append(join(es[i], es[i + 1]))
            gold.append((i, i + 1))
            i += 2
        else:
            out.append(es[i])
            gold.append((i,))
            i += 1
    return out, gold


FINAL = (".", "!", "?", ":", ";", "…", "\"", "'", "”", "’", "»", ")")


def article(units: list[str]) -> tuple[str, list[int]]:
    """The headline as a paragraph, then three units a paragraph; and where each unit starts.

    A line without final punctuation is a headline or subheading: it stands as its own paragraph.
    """
    text, starts, in_paragraph = "", [], 0
    for k, unit in enumerate(units):
        heading = not unit.rstrip().endswith(FINAL)
        if k:
            new_paragraph = k == 1 or heading or in_paragraph == 3 or not units[k - 1].rstrip().endswith(FINAL)
            text += "\n\n" if new_paragraph else " "
            in_paragraph = 0 if new_paragraph else in_paragraph
        starts.append(len(text))
        text += unit
        in_paragraph += 1
    return text, starts


def one_line_a_paragraph(units: list[str]) -> tuple[str, list[int]]:
    """Every unit its own paragraph; and where each unit starts."""
    text, starts = "", []
    for k, unit in enumerate(units):
        text += "\n\n" if k else ""
        starts.append(len(text))
        text += unit
    return text, starts


LAYOUTS = {"headline + 3 a paragraph": article, "one line a paragraph": one_line_a_paragraph}


def segmented(units: list[str], language: str, layout=article) -> tuple[list[str], list[tuple[int, ...]]]:
    """Sentences as transcompare finds them, and the units (lines) each one covers."""
    from transcompare.document import build_document

    text, starts = layout(units)
    doc = build_document(text, "bench", language)
    covered = []
    for span in doc.sentences:
        first = bisect.bisect_right(starts, span.start) - 1
        last = bisect.bisect_right(starts, max(span.start, span.end - 1)) - 1
        covered.append(tuple(range(first, last + 1)))
    return doc.sentence_texts(), covered


def prepare(case: str, layout=article) -> list[dict]:
    """Per document: sentences of both sides, the English lines each covers, the gold links."""
    out = []
    for index, (en, es) in enumerate(documents()):
        es_units, es_gold = merge_every_fifth(es) if case == "2-1" else (es, [(i,) for i in range(len(es))])
        en_sents, en_cover = segmented(en, "en", layout)
        es_sents, es_cover = segmented(es_units, "es", layout)
        out.append({"index": index, "en": en_sents, "es": es_sents, "en_lines": en_cover, "es_lines": es_cover,
                    "gold": {(unit, line) for unit, lines_ in enumerate(es_gold) for line in lines_}})
    return out


def line_links(doc: dict, sentence_links) -> set[tuple[int, int]]:
    return {(a, b) for s, t in sentence_links for a in doc["es_lines"][s] for b in doc["en_lines"][t]}


def transcompare_links(doc: dict, translated: list[str] | None = None):
    from transcompare.align import align_sentences

    return align_sentences(doc["es"], doc["en"], same_language=False, translated_source=translated).links()


def oracle_links(doc: dict):
    """The best any sentence aligner can do: where segmentation joined two lines, it must link both."""
    return [(s, t) for s, units in enumerate(doc["es_lines"]) for t, lines_ in enumerate(doc["en_lines"])
            if any((u, line) in doc["gold"] for u in units for line in lines_)]


def nltk_links(doc: dict):
    from nltk.translate.gale_church import align_blocks

    return align_blocks([len(s) for s in doc["es"]], [len(s) for s in doc["en"]])


def prf(tp: int, fp: int, fn: int) -> dict:
    precision, recall = tp / max(1, tp + fp), tp / max(1, tp + fn)
    f1 = 2 * precision * recall / max(1e-9, precision + recall)
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
            "correct": tp, "predicted": tp + fp, "gold": tp + fn}


def score(docs: list[dict], links_of) -> dict:
    """Sentence links against the gold the lines give them, and line links against the gold lines."""
    counts = {"sentence": [0, 0, 0], "line": [0, 0, 0]}
    errors: collections.Counter = collections.Counter()
    examples: dict[str, str] = {}
    for doc in docs:
        predicted_sentences = set(links_of(doc))
        pairs = {"sentence": (predicted_sentences, set(oracle_links(doc))),
                 "line": (line_links(doc, predicted_sentences), doc["gold"])}
        for level, (predicted, gold) in pairs.items():
            tally = counts[level]
            tally[0], tally[1], tally[2] = (tally[0] + len(predicted & gold), tally[1] + len(predicted - gold),
                                            tally[2] + len(gold - predicted))
        for kind, (s, t) in classify(*pairs["sentence"]):
            errors[kind] += 1
            examples.setdefault(kind, f"doc {doc['index']} es {s} “{doc['es'][s][:50] if s is not None else ''}” "
                                      f"↔ en {t} “{doc['en'][t][:50] if t is not None else ''}”")
    return {"sentence": prf(*counts["sentence"]), "line": prf(*counts["line"]),
            "errors": [{"kind": k, "count": c, "example": examples[k]} for k, c in errors.most_common(8)]}


def classify(predicted: set, gold: set):
    """Name each wrong or missing link by what happened to it; with the pair it concerns."""
    aligned_es, aligned_en = {a for a, _ in predicted}, {b for _, b in predicted}
    gold_of = collections.defaultdict(list)
    for a, b in gold:
        gold_of[a].append(b)
    for a, b in sorted(predicted - gold):
        offset = min((b - g for g in gold_of[a]), key=abs, default=0)
        yield (f"linked {'one' if abs(offset) == 1 else 'several'} sentence{'s' if abs(offset) > 1 else ''} "
               f"{'later' if offset > 0 else 'earlier'}"), (a, b)
    for a, b in sorted(gold - predicted):
        if a not in aligned_es:
            yield "es sentence left unaligned", (a, b)
        elif b not in aligned_en:
            yield "en sentence left unaligned", (a, b)
        else:
            yield "missed link (both aligned elsewhere)", (a, b)


def apertium_translator():
    from transcompare.translate.apertium import ApertiumBackend, installed_modes
    from transcompare.translate.cache import TranslationCache
    from transcompare.translate.engine import Engine

    if "spa-eng" not in installed_modes():
        return None
    engine = Engine(ApertiumBackend("spa-eng", "es", "en"), cache=TranslationCache(), progress=False)
    return lambda sentences: [ApertiumBackend.clean(t)[0] for t in engine.translate(sentences)]


def accuracy(results: dict) -> None:
    translate = apertium_translator()
    missed: list[str] = []
    for layout_name, layout in LAYOUTS.items():
        for case in ("1-1", "2-1"):
            docs = prepare(case, layout)
            translations = {}
            if translate:
                flat = translate([s for d in docs for s in d["es"]])
                position = 0
                for d in docs:
                    translations[d["index"]] = flat[position : position + len(d["es"])]
                    position += len(d["es"])
            systems = {"segmentation ceiling": oracle_links, "transcompare": transcompare_links}
            if translate:
                systems["transcompare+apertium"] = lambda d, translations=translations: transcompare_links(
                    d, translations[d["index"]])
            try:
                import nltk.translate.gale_church  # noqa: F401

                systems["nltk gale_church"] = nltk_links
            except ImportError:
                print("nltk is not installed (pip install -e .[bench]): no Gale–Church baseline")
            print(f"\n{layout_name}, {case}:")
            for half, indices in HALVES.items():
                subset = [d for d in docs if d["index"] in indices]
                for system, links_of in systems.items():
                    start = time.process_time()
                    row = score(subset, links_of)
                    row["cpu_s"] = round(time.process_time() - start, 3)
                    if system.startswith("transcompare"):
                        row["missed_lines"] = wrong_lines(subset, links_of)
                        missed.extend(f"  {layout_name}, {case}, {system}: {text}" for text in
                                      describe(subset, row["missed_lines"]))
                    results.setdefault("accuracy", {}).setdefault(layout_name, {}).setdefault(case, {}).setdefault(
                        half, {})[system] = row
                    sl, ll = row["sentence"], row["line"]
                    print(f"  {half:12} {system:22} line links P {ll['precision']:.4f} R {ll['recall']:.4f} "
                          f"F1 {ll['f1']:.4f} ({ll['correct']}/{ll['predicted']} predicted, {ll['gold']} gold) | "
                          f"sentence links F1 {sl['f1']:.4f} ({sl['correct']}/{sl['predicted']}, {sl['gold']})")
            if not translate:
                print("  with a model: skipped (apertium spa-eng is not installed)")
    print("\nline F1 against NLTK's gale_church (transcompare / with Apertium / NLTK):")
    for layout_name, cases in results["accuracy"].items():
        for case, halves in cases.items():
            for half, rows in halves.items():
                ours, theirs = rows["transcompare"]["line"]["f1"], rows.get("nltk gale_church", {}).get("line", {})
                with_model = rows.get("transcompare+apertium", {}).get("line", {}).get("f1")
                ceiling = rows["segmentation ceiling"]["line"]["f1"]
                verdict = ("" if not theirs else "above" if ours > theirs["f1"] else
                           "tied at the segmentation ceiling" if ours == theirs["f1"] == ceiling else
                           "tied" if ours == theirs["f1"] else "BELOW")
                print(f"  {layout_name:25} {case} {half:12} {ours:.4f} / {with_model or float('nan'):.4f} / "
                      f"{theirs.get('f1', float('nan')):.4f} (ceiling {ceiling:.4f}) {verdict}")
    print("\nline links transcompare gets wrong, beyond what segmentation forces on any aligner "
          "(FP: predicted, not gold; FN: gold, missed):")
    for line in missed or ["  none"]:
        print(line)
    print("\nmost common remaining sentence-link errors (transcompare without a model, both halves):")
    for layout_name, cases in results["accuracy"].items():
        for case, halves in cases.items():
            merged: collections.Counter = collections.Counter()
            example = {}
            for half in halves.values():
                for e in half["transcompare"]["errors"]:
                    merged[e["kind"]] += e["count"]
                    example.setdefault(e["kind"], e["example"])
            for kind, count in merged.most_common(8):
                print(f"  {layout_name}, {case}: {count:3} × {kind} (e.g. {example[kind]})")


def wrong_lines(docs: list[dict], links_of) -> list[dict]:
    """The line links a system gets wrong that the segmentation ceiling gets right."""
    out = []
    for doc in docs:
        predicted = line_links(doc, set(links_of(doc)))
        ceiling = line_links(doc, set(oracle_links(doc)))
        out.extend({"doc": doc["index"], "es_line": a, "en_line": b, "kind": "FP"}
                   for a, b in sorted(predicted - doc["gold"] - ceiling))
        out.extend({"doc": doc["index"], "es_line": a, "en_line": b, "kind": "FN"}
                   for a, b in sorted(doc["gold"] - predicted))
    return out


def describe(docs: list[dict], wrong: list[dict]) -> list[str]:
    """One line per wrong link: where it is, and the start of the sentences covering the two lines."""
    by_index = {d["index"]: d for d in docs}

    def start_of(doc: dict, side: str, line: int) -> str:
        found = [s for s, lines_ in zip(doc[side], doc[side + "_lines"]) if line in lines_]
        return (found[0][:40] + "…") if found else "?"

    return [f"{w['kind']} doc {w['doc']} es line {w['es_line']} “{start_of(by_index[w['doc']], 'es', w['es_line'])}” ↔ "
            f"en line {w['en_line']} “{start_of(by_index[w['doc']], 'en', w['en_line'])}”" for w in wrong]


def correspondence(results: dict) -> None:
    """Each article with its translation, and with the next article: does the aligner tell them apart?"""
    from transcompare.align import align_sentences

    docs, translate = prepare("1-1"), apertium_translator()
    pairs = {"translation": lambda d, o: (d["es"], d["en"], False, None),
             "other article": lambda d, o: (d["es"], o["en"], False, None),
             "English vs English of another article": lambda d, o: (d["en"], o["en"], True, None),
             "translation of the first half only": lambda d, o: (d["es"], d["en"][: len(d["en"]) // 2], False, None),
             "English vs its first half and a new line": lambda d, o: (
                 d["en"], d["en"][: len(d["en"]) // 2] + ["A line about the weather in Oslo."], True, None)}
    if translate:
        pairs["translation, with Apertium"] = lambda d, o: (d["es"], d["en"], False, translate(d["es"]))
        pairs["other article, with Apertium"] = lambda d, o: (d["es"], o["en"], False, translate(d["es"]))
        pairs["Apertium's English vs the English"] = lambda d, o: (translate(d["es"]), d["en"], True, None)
    print("\ncorrespondence (60 articles; 'other' is the next article in the set):")
    for label, make in pairs.items():
        rows = []
        for k, d in enumerate(docs):
            source, target, same, translated = make(d, docs[(k + 1) % len(docs)])
            rows.append(align_sentences(source, target, same, translated_source=translated))
        overlaps, contrasts = sorted(r.overlap for r in rows), sorted(r.contrast for r in rows)
        said = sum(r.corresponds for r in rows)
        results.setdefault("correspondence", {})[label] = {
            "corresponds": said, "of": len(rows), "overlap": [overlaps[0], overlaps[-1]],
            "contrast": [contrasts[0], contrasts[-1]]}
        print(f"  {label:44} said to correspond: {said:2}/{len(rows)}; overlap {overlaps[0]:.2f}–{overlaps[-1]:.2f}, "
              f"contrast {contrasts[0]:.2f}–{contrasts[-1]:.2f}")


def scale_corpus(size: int) -> tuple[list[str], list[str], list[tuple[int, int]]]:
    """Spanish and English sentences (size each, before edits) and the gold links."""
    es = lines(NEWSTEST / "es.txt") + lines(NTREX / "es.txt")
    en = lines(NEWSTEST / "en.txt") + lines(NTREX / "en.txt")
    source, target, gold, kept = [], [], [], {}
    for i in range(size):
        if i % 97 != 96:
            kept[i] = len(target)
            target.append(en[i % len(en)])
    i = 0
    while i < size:
        if i % 41 == 40 and i + 1 < size:
            source.append(join(es[i % len(es)], es[(i + 1) % len(es)]))
            gold.extend((len(source) - 1, kept[k]) for k in (i, i + 1) if k in kept)
            i += 2
        else:
            source.append(es[i % len(es)])
            if i in kept:
                gold.append((len(source) - 1, kept[i]))
            i += 1
    return source, target, gold


def repeated_article(sentences: int) -> tuple[list[str], list[str]]:
    en, es = documents()[1]
    return (es * (sentences // len(es) + 1))[:sentences], (en * (sentences // len(en) + 1))[: sentences - 3]


def peak_rss_mb() -> float:
    """This process's peak resident memory (VmHWM: unlike ru_maxrss, not inherited from the parent)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure_one(kind: str, size: int) -> dict:
    """Run in a child process: CPU seconds and peak RSS of one alignment."""
    source, target = (scale_corpus(size)[:2] if kind == "scale" else repeated_article(size))
    gold = scale_corpus(size)[2] if kind == "scale" else None
    from transcompare.align import align_sentences

    rss_before = peak_rss_mb()
    start = time.process_time()
    alignment = align_sentences(source, target, same_language=False)
    row = {"kind": kind, "sentences": size, "source": len(source), "target": len(target),
           "cpu_s": round(time.process_time() - start, 2),
           "peak_rss_mb": round(peak_rss_mb(), 1), "rss_before_mb": round(rss_before, 1),
           "comparisons": getattr(alignment, "comparisons", None)}
    if gold is not None:
        predicted, gold_set = set(alignment.links()), set(gold)
        correct = len(predicted & gold_set)
        row["precision"], row["recall"] = round(correct / max(1, len(predicted)), 4), round(correct / len(gold_set), 4)
    return row


def child(kind: str, size: int) -> dict:
    out = subprocess.run([sys.executable, __file__, "--child", kind, str(size)], capture_output=True, text=True,
                         cwd=ROOT, timeout=3600)
    if out.returncode:
        raise SystemExit(f"child {kind} {size} failed: {out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def cli_cost(results: dict) -> None:
    en, es = documents()[0]
    with tempfile.TemporaryDirectory() as folder:
        a, b = Path(folder) / "a.es.txt", Path(folder) / "b.en.txt"
        a.write_text(article(es[:6])[0], encoding="utf-8")
        b.write_text(article(en[:6])[0], encoding="utf-8")
        runs = []
        for _ in range(10):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            done = subprocess.run([sys.executable, "-m", "transcompare", "align", str(a), str(b)], capture_output=True,
                                  cwd=ROOT)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            if done.returncode:
                raise SystemExit(f"transcompare align failed: {done.stderr.decode()[-500:]}")
            runs.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    runs.sort()
    results["cli_align_cpu_s"] = {"min": round(runs[0], 3), "median": round(runs[len(runs) // 2], 3)}
    print(f"\n`transcompare align` on two 6-line documents, whole process: {runs[0]:.3f} s CPU at best, "
          f"{runs[len(runs) // 2]:.3f} s median of 10")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--quick", action="store_true", help="accuracy and sizes up to 5k only")
    parser.add_argument("--accuracy-only", action="store_true", help="accuracy and correspondence, no timings")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    if not NTREX.exists() or not NEWSTEST.exists():
        require(NTREX, NEWSTEST)
        raise SystemExit(2)
    if args.child:
        print(json.dumps(measure_one(args.child[0], int(args.child[1]))))
        return
    results: dict = {}
    accuracy(results)
    correspondence(results)
    if args.accuracy_only:
        write(args.json, results)
        return
    print("\nscale (newstest2012 + ntrex pairs repeated; every 97th English sentence dropped, every 41st Spanish "
          "pair merged), each in its own process:")
    rows = []
    for size in SIZES[:2] if args.quick else SIZES:
        row = child("scale", size)
        rows.append(row)
        print(f"  {row['source']:>6} × {row['target']:>6} sentences: {row['cpu_s']:7.2f} s CPU, peak RSS "
              f"{row['peak_rss_mb']:6.1f} MB (interpreter and data {row['rss_before_mb']:.0f} MB), "
              f"{row['comparisons']} comparisons; links P {row['precision']:.4f} R {row['recall']:.4f}")
    results["scale"] = rows
    for a, b in zip(rows, rows[1:]):
        print(f"  {b['sentences']}/{a['sentences']}: time ×{b['cpu_s'] / max(a['cpu_s'], 0.01):.1f}, "
              f"comparisons ×{(b['comparisons'] or 0) / max(1, a['comparisons'] or 1):.1f} "
              f"(×{b['sentences'] / a['sentences']:.0f} is linear)")
    row = child("repeated", 2150)
    results["repeated_article"] = row
    print(f"  one article repeated, {row['source']} × {row['target']} sentences: {row['cpu_s']:.2f} s CPU, "
          f"peak RSS {row['peak_rss_mb']:.1f} MB, {row['comparisons']} comparisons")
    cli_cost(results)
    write(args.json, results)


def write(path: Path | None, results: dict) -> None:
    if path:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
