"""Translationese the audit catches in English news translated from Spanish, with the article alone.

Needs the corpora (translated-news-dev, and for --native polnear-train and ntrex-dev) in ../shared/data or the
folder TRANSCOMPARE_DATA names (benchmarks/_data.py); one line and exit 2 without them.
Scores the whole audit against the editor's annotation (gold.jsonl): recall per category and
overall (an artifact is caught when a finding overlaps it), precision (a finding overlapping no
annotated artifact counts against it; each is listed for a human look, since the annotator misses
some), findings per 1,000 words; separately for the development half (articles 01-13) and the
check half (14-25). --native adds the false alarms on native English news (polnear-train, 840 US
political articles, and ntrex-dev/en.txt): every finding there is a false alarm. --raw-mt audits raw
machine translation of unseen Spanish news (newstest2012 es.txt through Apertium spa-eng, when installed):
no annotation there, so it prints findings per 1,000 words per detector with examples for a human look.

    python benchmarks/bench_translationese.py [--native] [--raw-mt] [--source-lang auto] [--json benchmarks/results/translationese.json]
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _data import DATA, ROOT, corpus, require

DEV = corpus("translated-news-dev")
HALVES = {"dev 01-13": range(1, 14), "check 14-25": range(14, 26)}
TARGET_CATEGORIES = ("calque", "other", "pronoun", "quote-punctuation", "false-friend")
# Detector modules of the translationese work: their findings are also scored on their own.
TRANSLATIONESE_MODULES = ("calques", "pronouns", "quote_punctuation", "names_translated", "acronyms",
                          "capitalisation", "fragments", "conventions", "word_order", "relative_what",
                          "spanish_grammar", "doubled")


def translationese_detectors() -> set[str]:
    from transcompare.detectors import all_detectors

    return {d.id for d in all_detectors().values() if d.run.__module__.rsplit(".", 1)[-1] in TRANSLATIONESE_MODULES}


def score_articles(source_language: str) -> list[dict]:
    from transcompare.detectors import run_detectors
    from transcompare.document import build_document

    articles = []
    for line in (DEV / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        text = (DEV / "articles" / f"{gold['id']}.txt").read_text(encoding="utf-8")
        document = build_document(text, gold["id"], "en")
        if document.text != text:
            sys.exit(f"article {gold['id']}: normalisation changed the text, offsets would not match")
        findings = run_detectors(document, source_language)
        articles.append({"id": gold["id"], "text": text, "words": document.word_count(),
                         "artifacts": gold["artifacts"], "findings": findings})
    return articles


def overlaps(finding, artifact) -> bool:
    return finding.span.start < artifact["end"] and artifact["start"] < finding.span.end


def half_scores(articles: list[dict], mine: set[str]) -> dict:
    caught, total = Counter(), Counter()
    misses: dict[str, list] = defaultdict(list)
    false_alarms, true_findings, words = [], 0, 0
    true_mine = all_mine = 0
    per_detector: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # detector -> [true, all]
    for article in articles:
        words += article["words"]
        for artifact in article["artifacts"]:
            total[artifact["category"]] += 1
            if any(overlaps(f, artifact) for f in article["findings"]):
                caught[artifact["category"]] += 1
            else:
                misses[artifact["category"]].append((article["id"], artifact["text"], artifact["note"]))
        for finding in article["findings"]:
            hit = any(overlaps(finding, a) for a in article["artifacts"])
            true_findings += hit
            per_detector[finding.detector][0] += hit
            per_detector[finding.detector][1] += 1
            if finding.detector in mine:
                all_mine += 1
                true_mine += hit
            if not hit:
                false_alarms.append((article["id"], finding.detector, finding.span.of(article["text"]), finding.message))
    n_findings = sum(len(a["findings"]) for a in articles)
    return {
        "artifacts": sum(total.values()),
        "caught": sum(caught.values()),
        "recall": ratio(sum(caught.values()), sum(total.values())),
        "by_category": {c: {"caught": caught[c], "total": total[c], "recall": ratio(caught[c], total[c])}
                        for c in sorted(total, key=lambda c: -total[c])},
        "findings": n_findings,
        "true_findings": true_findings,
        "precision": ratio(true_findings, n_findings),
        "translationese_findings": all_mine,
        "translationese_precision": ratio(true_mine, all_mine),
        "words": words,
        "findings_per_1000_words": round(1000 * n_findings / words, 2),
        "by_detector": {d: {"true": t, "findings": n} for d, (t, n) in sorted(per_detector.items(), key=lambda r: -r[1][1])},
        "false_alarms": false_alarms,
        "misses": misses,
    }


def ratio(a: int, b: int) -> float | None:
    return round(a / b, 3) if b else None


def print_half(name: str, scores: dict, show: int) -> None:
    print(f"\n== {name}: {scores['words']} words, {scores['artifacts']} annotated artifacts")
    print(f"recall {scores['caught']}/{scores['artifacts']} = {scores['recall']}   "
          f"precision {scores['true_findings']}/{scores['findings']} = {scores['precision']}   "
          f"(translationese detectors: {scores['translationese_precision']} of {scores['translationese_findings']})   "
          f"{scores['findings_per_1000_words']} findings per 1,000 words")
    for category, row in scores["by_category"].items():
        mark = " *" if category in TARGET_CATEGORIES else ""
        print(f"  {category:<24} {row['caught']:>3}/{row['total']:<3} {row['recall']}{mark}")
    print("precision by detector: " + ", ".join(f"{d} {r['true']}/{r['findings']}" for d, r in scores["by_detector"].items()))
    if show:
        print(f"false alarms (no annotated artifact overlaps; {len(scores['false_alarms'])}):")
        for doc_id, det, text, message in scores["false_alarms"]:
            print(f"  {doc_id} {det:<28} {text[:40]!r:<44} {message[:70]}")
        print("misses, by category:")
        for category in scores["by_category"]:
            for doc_id, text, note in scores["misses"].get(category, [])[:show]:
                print(f"  {category:<18} {doc_id} {text[:40]!r:<44} {note[:60]}")


def native_documents(limit: int | None):
    """(name, text) of native English news: polnear-train articles, then ntrex-dev documents."""
    with gzip.open(DATA / "polnear-train" / "train.jsonl.gz", "rt", encoding="utf-8") as rows:
        for row in itertools.islice(rows, limit):
            yield "polnear-" + str(json.loads(row)["id"]), json.loads(row)["text"]
    ids = (DATA / "ntrex-dev" / "doc_ids.txt").read_text(encoding="utf-8").splitlines()
    lines = (DATA / "ntrex-dev" / "en.txt").read_text(encoding="utf-8").splitlines()
    for doc_id, rows in itertools.groupby(zip(ids, lines), key=lambda row: row[0]):
        text = [line for _, line in rows]
        yield "ntrex-" + doc_id, text[0] + "\n\n" + "\n\n".join(text[1:])


def native_scores(limit: int | None, mine: set[str], show: int) -> dict:
    from transcompare.detectors import run_detectors
    from transcompare.document import build_document

    words, by_detector, examples = 0, Counter(), defaultdict(list)
    cpu = time.process_time()
    for name, text in native_documents(limit):
        document = build_document(text, name, "en")
        words += document.word_count()
        for finding in run_detectors(document):
            by_detector[finding.detector] += 1
            examples[finding.detector].append((name, finding.span.of(document.text), finding.message))
    cpu = time.process_time() - cpu
    total, own = sum(by_detector.values()), sum(n for d, n in by_detector.items() if d in mine)
    print(f"\n== native English news: {words} words, {cpu:.1f} CPU s")
    print(f"all detectors: {total} findings, {1000 * total / words:.3f} per 1,000 words; "
          f"translationese detectors: {own}, {1000 * own / words:.3f} per 1,000 words")
    for detector, count in by_detector.most_common():
        print(f"  {detector:<28} {count:>4}  e.g. " + "; ".join(f"{t[:40]!r}" for _, t, _ in examples[detector][:3]))
        for name, text, message in examples[detector][:show] if detector in mine else []:
            print(f"      {name:<22} {text[:50]!r:<54} {message[:60]}")
    return {"words": words, "findings": total, "per_1000_words": round(1000 * total / words, 3),
            "translationese_findings": own, "translationese_per_1000_words": round(1000 * own / words, 3),
            "by_detector": dict(by_detector.most_common()), "cpu_seconds": round(cpu, 1)}


def raw_mt_documents(limit: int | None):
    """(name, text) of raw machine translation of unseen Spanish news: newstest2012 es.txt through the
    project's Apertium backend (spa-eng), 50 lines a document as bench_false_alarms.py reads it. None
    when Apertium's spa-eng mode is not installed."""
    from bench_align import apertium_translator
    from bench_false_alarms import NEWSTEST_LINES_PER_DOCUMENT

    translate = apertium_translator()
    if translate is None:
        return None
    spanish = (DATA / "newstest2012-es-en" / "es.txt").read_text(encoding="utf-8").splitlines()[:limit]
    english = translate(spanish)
    documents = []
    for start in range(0, len(english), NEWSTEST_LINES_PER_DOCUMENT):
        paragraphs, current = [], []
        for line in (raw.strip() for raw in english[start : start + NEWSTEST_LINES_PER_DOCUMENT]):
            if not line:
                continue
            if not line.rstrip("\"”’»)").endswith((".", "?", "!", "…", ":")):  # a headline stands alone
                paragraphs += [" ".join(current), line] if current else [line]
                current = []
            else:
                current.append(line)
        paragraphs += [" ".join(current)] if current else []
        documents.append((f"newstest-mt:{start + 1}", "\n\n".join(paragraphs)))
    return documents


def raw_mt_scores(limit: int | None, mine: set[str], show: int) -> dict | None:
    """Findings on raw machine translation of unseen Spanish news: no annotation, so a rate per detector
    and examples for a human look (how much the rules see on text nobody fitted them to)."""
    from transcompare.detectors import run_detectors
    from transcompare.document import build_document

    documents = raw_mt_documents(limit)
    if documents is None:
        print("\n== raw machine translation: skipped (apertium spa-eng is not installed)")
        return None
    words, by_detector, examples = 0, Counter(), defaultdict(list)
    cpu = time.process_time()
    for name, text in documents:
        document = build_document(text, name, "en")
        words += document.word_count()
        for finding in run_detectors(document):
            by_detector[finding.detector] += 1
            examples[finding.detector].append(text[max(0, finding.span.start - 40): finding.span.end + 20].replace("\n", " "))
    cpu = time.process_time() - cpu
    own = sum(n for d, n in by_detector.items() if d in mine)
    print(f"\n== raw machine translation (Apertium spa-eng over newstest2012 es.txt, unseen): {words} words, "
          f"{cpu:.1f} CPU s to audit")
    print(f"translationese detectors: {own} findings, {1000 * own / words:.1f} per 1,000 words "
          f"(all detectors: {sum(by_detector.values())})")
    for detector, count in by_detector.most_common():
        if detector in mine:
            print(f"  {detector:<28} {count:>4}")
            for example in examples[detector][:show]:
                print(f"      {example!r}")
    return {"words": words, "translationese_findings": own, "translationese_per_1000_words": round(1000 * own / words, 2),
            "by_detector": {d: n for d, n in by_detector.most_common() if d in mine}}


def lexicon_entries(limit: int | None) -> dict:
    """Every lexicon entry's matches on native news (all false alarms) and on the development half."""
    from transcompare.datamodel import Span
    from transcompare.detectors.calques import find_matches, load_lexicon

    lexicon = load_lexicon("es-en")
    native, dev_true, dev_false, examples = Counter(), Counter(), Counter(), defaultdict(list)
    documents = [(name, text, text.lower() if len(text.lower()) == len(text) else text) for name, text in native_documents(limit)]
    megabytes = sum(len(text.encode("utf-8")) for _, text, _ in documents) / 1e6
    passes = []
    for _ in range(2):  # the first pass compiles the entries it tries; the second finds them compiled
        clock = time.process_time()
        matches = [(text, find_matches(lexicon, text, folded, Span(0, len(text)))) for _, text, folded in documents]
        passes.append(time.process_time() - clock)
    for text, found in matches:
        for match in found:
            native[match.entry.pattern] += 1
            examples[match.entry.pattern].append(text[max(0, match.span.start - 30): match.span.end + 20].replace("\n", " "))
    for line in (DEV / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        if int(gold["id"]) not in HALVES["dev 01-13"]:
            continue
        text = (DEV / "articles" / f"{gold['id']}.txt").read_text(encoding="utf-8")
        for match in find_matches(lexicon, text, text.lower(), Span(0, len(text))):
            hit = any(match.span.start < a["end"] and a["start"] < match.span.end for a in gold["artifacts"])
            (dev_true if hit else dev_false)[match.entry.pattern] += 1
    print(f"\n== lexicon entries ({len(lexicon.entries)}): native hits, dev-half true/false")
    for entry in lexicon.entries:
        p = entry.pattern
        if native[p] or dev_false[p] or dev_true[p]:
            flag = "HIGH" if entry.strong and native[p] else ("high" if entry.strong else "low ")
            print(f"  {flag} native {native[p]:>3}  dev {dev_true[p]}/{dev_false[p]}  {p[:70]}")
            for example in examples[p][:2]:
                print(f"        {example!r}")
    silent = sum(1 for e in lexicon.entries if not native[e.pattern])
    print(f"{silent} of {len(lexicon.entries)} entries never match native news; "
          f"high-confidence entries with native hits: {sum(1 for e in lexicon.entries if e.strong and native[e.pattern])}")
    print(f"matching speed: {megabytes:.1f} MB of native news in {passes[0]:.2f} CPU s "
          f"(first pass, {passes[0] / megabytes:.3f} s/MB) and {passes[1]:.2f} (compiled, {passes[1] / megabytes:.3f} s/MB)")
    return {"entries": len(lexicon.entries), "native_silent": silent,
            "native_hits": {p: n for p, n in native.items()},
            "cpu_seconds_per_mb": [round(p / megabytes, 3) for p in passes]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--source-lang", default="auto", help="what the audit is told (default auto, as a user runs it)")
    parser.add_argument("--native", action="store_true", help="also measure false alarms on native English news")
    parser.add_argument("--entries", action="store_true", help="every lexicon entry's native-news hits (all entries on)")
    parser.add_argument("--native-limit", type=int, help="only the first N polnear articles (quick runs)")
    parser.add_argument("--raw-mt", action="store_true",
                        help="also audit raw machine translation of unseen Spanish news (Apertium over newstest2012 es)")
    parser.add_argument("--raw-mt-limit", type=int, help="only the first N newstest2012 lines")
    parser.add_argument("--show", type=int, default=12, help="misses listed per category (0: none)")
    parser.add_argument("--list", default="dev", choices=["dev", "check", "all"],
                        help="whose misses and false alarms to list (develop on dev, look at check last)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    require(DEV / "gold.jsonl")
    if args.native or args.entries:
        require(DATA / "polnear-train" / "train.jsonl.gz", DATA / "ntrex-dev" / "en.txt")
    if args.raw_mt:
        require(DATA / "newstest2012-es-en" / "es.txt")
    sys.path.insert(0, str(ROOT))
    mine = translationese_detectors()
    articles = score_articles(args.source_lang)
    results = {"source_language": args.source_lang}
    for name, ids in [*HALVES.items(), ("all 25", range(1, 26))]:
        scores = half_scores([a for a in articles if int(a["id"]) in ids], mine)
        listed = name.startswith(args.list)
        print_half(name, scores, args.show if listed else 0)
        # The text of errors is written only for the half listed: the check half stands for held-out articles.
        results[name] = {k: v for k, v in scores.items() if k != "misses" and (listed or k != "false_alarms")}
    if args.entries:
        results["lexicon"] = lexicon_entries(args.native_limit)
    if args.native:
        results["native"] = native_scores(args.native_limit, mine, args.show)
    if args.raw_mt and (raw := raw_mt_scores(args.raw_mt_limit, mine, min(args.show, 3))) is not None:
        results["raw_mt"] = raw
    if args.json:
        from transcompare.io import write_atomic

        write_atomic(args.json, json.dumps(results, indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
