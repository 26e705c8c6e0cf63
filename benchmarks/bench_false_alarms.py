"""False alarms of the monolingual audit on native (never machine-translated) news.

Needs the corpora in ../shared/data or the folder TRANSCOMPARE_DATA names (benchmarks/_data.py; one line
and exit 2 without them). Every finding on these texts is counted as a
false alarm; each is listed for a human look (--list) because a few may be real slips.

    English  polnear-train (840 US political news articles, one document each) and
             ntrex-dev/en.txt (60 documents: the headline, then the body as one paragraph)
    Spanish  ntrex-dev/es.txt (a professional translation, same layout) and
             newstest2012-es-en/es.txt (3,003 sentences, no document boundaries: about 50 lines
             per document, cut at a headline; sentences joined into paragraphs, a headline alone)

Prints, per language, the words, findings and findings per 1,000 words per detector, and the
most common findings with examples. Target (issue 10): <= 0.3 per 1,000 words per language.
--half dev|check|all takes the even or odd documents (develop on one half, check the other).

    python benchmarks/bench_false_alarms.py [--lang en,es] [--half all] [--list] [--detectors id,id]
                                            [--json benchmarks/results/false-alarms.json]
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
from _data import DATA, ROOT, require

NEWSTEST_LINES_PER_DOCUMENT = 50


def polnear():
    with gzip.open(DATA / "polnear-train" / "train.jsonl.gz", "rt", encoding="utf-8") as lines:
        for line in lines:
            article = json.loads(line)
            yield f"polnear:{article['id']}", article["text"]


def ntrex(language: str):
    ids = (DATA / "ntrex-dev" / "doc_ids.txt").read_text(encoding="utf-8").splitlines()
    lines = (DATA / "ntrex-dev" / f"{language}.txt").read_text(encoding="utf-8").splitlines()
    for doc_id, rows in itertools.groupby(zip(ids, lines), key=lambda row: row[0]):
        text = [line for _, line in rows]
        yield f"ntrex:{doc_id}", text[0] + "\n\n" + " ".join(text[1:])


def _headline(line: str) -> bool:
    """A line without final punctuation, unless it closes a quotation an earlier line opened (an odd count of
    straight marks, the last one ending it: `… es un gran libro"`)."""
    if line.rstrip("\"”’»)").endswith((".", "?", "!", "…", ":")):
        return False
    return not (line.endswith('"') and line.count('"') % 2 == 1)


def newstest(language: str):
    """Sentences joined back into paragraphs (a quotation often runs over several of them); a headline (a line
    without final punctuation) stands alone. Documents of about NEWSTEST_LINES_PER_DOCUMENT lines, each cut at
    a headline (the corpus keeps no document boundaries; a cut inside a story splits its quotations)."""
    lines = [raw.strip() for raw in (DATA / "newstest2012-es-en" / f"{language}.txt").read_text(encoding="utf-8").splitlines()]
    start = 0
    while start < len(lines):
        end = min(start + NEWSTEST_LINES_PER_DOCUMENT, len(lines))
        while end < len(lines) and not (lines[end] and _headline(lines[end])):
            end += 1
        paragraphs: list[str] = []
        current: list[str] = []
        for line in lines[start:end]:
            if not line:
                continue
            if _headline(line):
                paragraphs += [" ".join(current), line] if current else [line]
                current = []
            else:
                current.append(line)
        paragraphs += [" ".join(current)] if current else []
        yield f"newstest:{start + 1}", "\n\n".join(paragraphs)
        start = end


CORPORA = {"en": (polnear, lambda: ntrex("en")), "es": (lambda: ntrex("es"), lambda: newstest("es"))}


def run_language(language: str, half: str, only: list[str] | None, listing: bool) -> dict:
    from transcompare.detectors import run_detectors
    from transcompare.document import build_document

    words, documents, by_corpus = 0, 0, Counter()
    found: list[tuple[str, str, str, str]] = []  # (document, detector, text, message)
    cpu = time.process_time()
    for corpus in CORPORA[language]:
        for index, (doc_id, text) in enumerate(corpus()):
            if (half == "dev" and index % 2) or (half == "check" and not index % 2):
                continue
            document = build_document(text, doc_id, language)
            documents += 1
            words += document.word_count()
            by_corpus[doc_id.split(":")[0]] += document.word_count()
            for finding in run_detectors(document, only=only):
                found.append((doc_id, finding.detector, finding.span.of(document.text), finding.message))
    cpu = time.process_time() - cpu
    by_detector = Counter(detector for _, detector, _, _ in found)
    print(f"\n== {language}: {documents} documents, {words:,} words ({dict(by_corpus)}), {cpu:.1f} s CPU")
    if listing:
        for doc_id, detector, text, message in found:
            print(f"  {doc_id[:40]:<40} {detector:<24} {text[:60]!r}  {message[:90]}")
    examples = defaultdict(list)
    for _, detector, text, message in found:
        examples[detector].append(f"{text[:50]!r}: {message[:70]}")
    for detector, count in by_detector.most_common():
        print(f"  {detector:<26} {count:>4}  {1000 * count / words:.3f} per 1,000 words")
        for example in examples[detector][:5]:
            print(f"      {example}")
    rate = 1000 * len(found) / words if words else 0.0
    print(f"  total {len(found)} findings in {words:,} words: {rate:.3f} per 1,000 words (target <= 0.3)")
    return {"language": language, "half": half, "documents": documents, "words": words, "words_by_corpus": dict(by_corpus),
            "findings": len(found), "per_1000_words": round(rate, 3),
            "by_detector": {d: {"findings": c, "per_1000_words": round(1000 * c / words, 3)} for d, c in by_detector.most_common()},
            "cpu_seconds": round(cpu, 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lang", default="en,es", help="languages, comma-separated (en, es)")
    parser.add_argument("--half", default="all", choices=["dev", "check", "all"])
    parser.add_argument("--detectors", help="only these detector ids, comma-separated")
    parser.add_argument("--list", action="store_true", help="print every finding")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    languages = [lang.strip() for lang in args.lang.split(",") if lang.strip()]
    if not languages or any(lang not in CORPORA for lang in languages):
        parser.error(f"--lang: choose from {', '.join(CORPORA)}")
    require(DATA / "ntrex-dev" / "doc_ids.txt", *([DATA / "polnear-train" / "train.jsonl.gz"] if "en" in languages else []),
            *([DATA / "newstest2012-es-en" / "es.txt"] if "es" in languages else []))
    sys.path.insert(0, str(ROOT))
    only = args.detectors.split(",") if args.detectors else None
    results = [run_language(lang, args.half, only, args.list) for lang in languages]
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        tmp = args.json.with_suffix(args.json.suffix + ".tmp")
        tmp.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        tmp.replace(args.json)


if __name__ == "__main__":
    main()
