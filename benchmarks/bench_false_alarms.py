"""False alarms of the audit on native news text: ../shared/data/ntrex-dev/en.txt
(60 English news documents never machine-translated). Each document is the headline,
then its body as one paragraph. Prints every finding and the rate per 1,000 words.

    python benchmarks/bench_false_alarms.py [--lang en] [--json benchmarks/results/false-alarms.json]
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "ntrex-dev"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lang", default="en", choices=["en", "es"])
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from transcompare.detectors import run_detectors
    from transcompare.document import build_document

    ids = (DATA / "doc_ids.txt").read_text(encoding="utf-8").splitlines()
    lines = (DATA / f"{args.lang}.txt").read_text(encoding="utf-8").splitlines()
    words, findings = 0, []
    for doc_id, rows in itertools.groupby(zip(ids, lines), key=lambda row: row[0]):
        text = [line for _, line in rows]
        document = build_document(text[0] + "\n\n" + " ".join(text[1:]), doc_id, args.lang)
        words += document.word_count()
        for finding in run_detectors(document):
            findings.append(finding)
            print(f"{doc_id:<24} {finding.detector:<24} {finding.span.of(document.text)[:50]!r}  {finding.message[:70]}")
    rate = 1000 * len(findings) / words
    print(f"{len(findings)} findings in {words} words: {rate:.2f} per 1,000 words")
    print("by detector:", dict(Counter(f.detector for f in findings)))
    if args.json:
        args.json.write_text(json.dumps({"language": args.lang, "words": words, "findings": len(findings),
                                         "per_1000_words": round(rate, 2),
                                         "by_detector": dict(Counter(f.detector for f in findings))}, indent=2) + "\n")


if __name__ == "__main__":
    main()
