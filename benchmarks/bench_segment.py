"""Sentence boundaries: precision, recall and F1 per language, side by side with a baseline commit.

Needs the corpora ntrex-dev and newstest2012-es-en (benchmarks/_data.py: TRANSCOMPARE_DATA); exits 2 without them.

ntrex-dev: each document laid out as bench_align.py lays it out (the headline as its own
paragraph, then three lines a paragraph), so the splitter sees line ends in running text. Every
line end inside a paragraph is a gold boundary; inside a line, the gold is
benchmarks/data/ntrex-dev-inside-boundaries.tsv (every candidate inside a line judged by hand).
Paragraph ends are given to the splitter and not counted. Also: how often the English and
Spanish sides of the same line get the same number of sentences (what the aligner needs), with
the gold's own rate beside it (translators sometimes split a sentence). Documents 0-29 are the
development half, 30-59 the check half.

newstest2012-es-en: one sentence a line mostly, laid out the same way in pieces of 20 lines.
Recall over the line ends; a split inside a line is "confirmed" when the other language's line
has at least as many splits (the source had two sentences there), otherwise a likely false split,
listed for a human look. Lines 0-1499 and 1500-3002 are reported apart.

The baseline (--baseline, default main's commit before this work) is checked out with
`git worktree add` into a temporary folder and segmented there in its own process.

    python benchmarks/bench_segment.py [--baseline 0da44d6] [--examples 8] [--json benchmarks/results/segment.json]
"""

from __future__ import annotations

import argparse
import bisect
import collections
import functools
import itertools
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _data import corpus, require
from bench_align import article, prf  # the layout the aligner's benchmark reads, and its scores

ROOT = Path(__file__).resolve().parent.parent
NTREX = corpus("ntrex-dev")
NEWSTEST = corpus("newstest2012-es-en")
LABELS = ROOT / "benchmarks" / "data" / "ntrex-dev-inside-boundaries.tsv"
LANGUAGES = ("en", "es")
NTREX_HALVES = {"dev 0-29": range(0, 30), "check 30-59": range(30, 60)}
NEWSTEST_PIECE = 20
NEWSTEST_HALVES = {"lines 0-1499": range(0, 1500), "lines 1500-3002": range(1500, 3003)}
FINAL_MARKS = ".!?…"
CLOSING = "\"'”’»)]"


def read_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def corpora() -> dict[str, list[dict]]:
    """Per corpus, its documents: the line numbers (in the corpus files) and the lines of each language."""
    ids = read_lines(NTREX / "doc_ids.txt")
    ntrex_lines = {lang: read_lines(NTREX / f"{lang}.txt") for lang in LANGUAGES}
    ntrex = [{"lines": [i for i, _ in group]}
             for _, group in itertools.groupby(enumerate(ids), key=lambda item: item[1])]
    news_lines = {lang: read_lines(NEWSTEST / f"{lang}.txt") for lang in LANGUAGES}
    newstest = [{"lines": list(range(start, min(start + NEWSTEST_PIECE, len(news_lines["en"]))))}
                for start in range(0, len(news_lines["en"]), NEWSTEST_PIECE)]
    for docs, source in ((ntrex, ntrex_lines), (newstest, news_lines)):
        for doc in docs:
            for lang in LANGUAGES:
                doc[lang] = [source[lang][i] for i in doc["lines"]]
    return {"ntrex": ntrex, "newstest": newstest}


def predict() -> dict:
    """Run in the version under test (its root first on sys.path): sentence ends per document and language."""
    from transcompare import segment
    from transcompare.datamodel import Span

    out: dict = {"cpu_s": 0.0}
    for corpus_name, docs in corpora().items():
        out[corpus_name] = {lang: [] for lang in LANGUAGES}
        for doc in docs:
            for lang in LANGUAGES:
                text, _ = article(doc[lang])
                start = time.process_time()
                sentences = segment.sentences(text, segment.paragraphs(text, Span(0, len(text))), lang)
                out["cpu_s"] += time.process_time() - start
                out[corpus_name][lang].append([s.end for s in sentences])
    out["cpu_s"] = round(out["cpu_s"], 3)
    return out


def predict_in(root: Path) -> dict:
    code = (f"import sys, json; sys.path.insert(0, {str(root)!r}); sys.path.insert(0, {str(ROOT / 'benchmarks')!r});"
            "import bench_segment as b; import transcompare; "
            f"assert transcompare.__file__.startswith({str(root)!r}), transcompare.__file__; print(json.dumps(b.predict()))")
    env = dict(os.environ, PYTHONPATH=str(root))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=root)
    if done.returncode:
        raise SystemExit(f"segmentation failed in {root}: {done.stderr.strip().splitlines()[-1]}")
    return json.loads(done.stdout)


def labels() -> dict[tuple[str, int], dict[int, tuple[int, str]]]:
    """(language, line) → {offset in the line: (1 boundary / 0 not, kind)}."""
    out: dict = collections.defaultdict(dict)
    rows = [row for row in LABELS.read_text(encoding="utf-8").splitlines() if row and not row.startswith("#")]
    for row in rows[1:]:
        lang, line, offset, boundary, kind = row.split("\t")
        out[(lang, int(line))][int(offset)] = (int(boundary), kind)
    return out


class Layout:
    """One document's article text in one language: where each line starts and ends, and the paragraph ends."""

    def __init__(self, units: list[str]):
        self.text, self.starts = article(units)
        self.ends = [start + len(unit.rstrip()) for start, unit in zip(self.starts, units)]
        self.paragraph_ends = {m.start() for m in re.finditer(r"\n\n", self.text)} | {len(self.text.rstrip())}

    def line_of(self, position: int) -> int:
        """The line a sentence ending at ``position`` ends in."""
        return bisect.bisect_right(self.starts, position - 1) - 1


def shape(text: str, end: int) -> str:
    """A boundary or non-boundary named by what it looks like (and whether the language table lists the word)."""
    mark_end = end
    while mark_end > 0 and text[mark_end - 1] in CLOSING:
        mark_end -= 1
    closers = text[mark_end:end]
    marks_start = mark_end
    while marks_start > 0 and text[marks_start - 1] in FINAL_MARKS:
        marks_start -= 1
    marks = text[marks_start:mark_end]
    token = text[max(0, marks_start - 30):marks_start].split()[-1:] or [""]
    token = token[0].lstrip("\"“‘«(¿¡'")
    previous = text[max(0, marks_start - 40):marks_start].split()[-2:-1]
    following = text[end:end + 30].split()[:1] or [""]
    if "'" in closers or "’" in closers:
        return "single closing quote after the mark"
    if closers:
        return "closing mark after the final mark"
    if marks in ("...", "…"):
        return "ellipsis"
    if marks != ".":
        return "? or ! or a run of marks"
    if "\xa0" in text[end:end + 1]:
        return "period before a no-break space"
    if re.fullmatch(r"[^\W\d_]{1,3}", token) and previous and re.fullmatch(r"[^\W\d_]{1,3}\.", previous[0]):
        return "abbreviation written with spaced periods (EE. UU., I. A.)"
    if len(token) == 1 and token.isalpha():
        return "period after a single letter (initial)"
    if "." in token:
        return "abbreviation with inner periods (U.S., a.m.)"
    if token.isdigit():
        return "period after a number"
    if token.lower() in table_words():
        return "period after a word the language table lists as an abbreviation"
    if token[:1].isupper() and following[0][:1].isupper():
        return "period after a capitalised word, before a capital"
    return "period after an ordinary word"


@functools.lru_cache(maxsize=1)
def table_words() -> frozenset[str]:
    """Words this version's language table lists as abbreviations (to name error classes; main process only)."""
    from transcompare import languages

    columns = ("abbreviations", "may_end", "before_number", "final_unless_number")
    return frozenset(word for lang in languages.TABLE for column in columns for word in getattr(lang, column, ()))


def ends_with_mark(text: str, end: int) -> bool:
    """A line end a splitter can find: a final mark, perhaps with closing marks after it (not a colon)."""
    return text[max(0, end - 8):end].rstrip(CLOSING)[-1:] in tuple(FINAL_MARKS)


def context(text: str, end: int) -> str:
    return " ".join(text[max(0, end - 45):end].split()) + " ‖ " + " ".join(text[end:end + 30].split())


def score_ntrex(docs: list[dict], predicted: dict, gold_inside: dict, indices: range) -> dict:
    result: dict = {}
    per_line_counts: dict = {lang: {} for lang in LANGUAGES}
    gold_counts: dict = {lang: {} for lang in LANGUAGES}
    for lang in LANGUAGES:
        tp = fp = fn = skipped = 0
        errors: collections.Counter = collections.Counter()
        examples: dict = collections.defaultdict(list)
        for index in indices:
            doc, ends = docs[index], set(predicted[lang][index])
            layout = Layout(doc[lang])
            gold = set()
            for k, line in enumerate(doc["lines"]):
                for offset, (boundary, _) in gold_inside.get((lang, line), {}).items():
                    if boundary:
                        gold.add(layout.starts[k] + offset)
                gold.add(layout.ends[k])
            gold -= layout.paragraph_ends
            unmarked = {e for e in gold if not ends_with_mark(layout.text, e)}
            skipped += len(unmarked)
            gold -= unmarked
            found = ends - layout.paragraph_ends - unmarked
            tp, fp, fn = tp + len(found & gold), fp + len(found - gold), fn + len(gold - found)
            for kind, positions in (("missed", gold - found), ("false", found - gold)):
                for position in sorted(positions):
                    line = doc["lines"][layout.line_of(position)]
                    offset = position - layout.starts[layout.line_of(position)]
                    label = gold_inside.get((lang, line), {}).get(offset)
                    name = f"{kind}: {label[1] if label and kind == 'false' else shape(layout.text, position)}"
                    errors[name] += 1
                    examples[name].append(f"doc {index} line {line}: {context(layout.text, position)}")
            for k, line in enumerate(doc["lines"]):
                low, high = layout.starts[k], layout.ends[k]
                per_line_counts[lang][line] = sum(low < e <= high for e in ends)
                gold_counts[lang][line] = sum(low < e <= high for e in gold | (layout.paragraph_ends & set(layout.ends)))
        result[lang] = prf(tp, fp, fn)
        result[lang]["line_ends_without_final_mark"] = skipped
        result[lang]["errors"] = [{"class": name, "count": count, "examples": examples[name]}
                                  for name, count in errors.most_common()]
    lines = sorted(per_line_counts["en"])
    result["agreement"] = {
        "lines": len(lines),
        "same_count": sum(per_line_counts["en"][i] == per_line_counts["es"][i] for i in lines),
        "same_count_in_gold": sum(gold_counts["en"][i] == gold_counts["es"][i] for i in lines),
        "both_sides_right": sum(all(per_line_counts[lang][i] == gold_counts[lang][i] for lang in LANGUAGES)
                                for i in lines),
    }
    return result


def score_newstest(docs: list[dict], predicted: dict, indices: range) -> dict:
    """Line ends are gold; splits inside a line are confirmed by the other language or listed as likely false."""
    result: dict = {}
    inside: dict = {lang: {} for lang in LANGUAGES}
    layouts = {lang: [Layout(doc[lang]) for doc in docs] for lang in LANGUAGES}
    for lang in LANGUAGES:
        for d, doc in enumerate(docs):
            layout, ends = layouts[lang][d], predicted[lang][d]
            for k, line in enumerate(doc["lines"]):
                if line in indices:
                    inside[lang][line] = [e for e in ends if layout.starts[k] < e < layout.ends[k]]
    for lang in LANGUAGES:
        other = "es" if lang == "en" else "en"
        found = gold = confirmed = skipped = 0
        errors: collections.Counter = collections.Counter()
        examples: dict = collections.defaultdict(list)
        for d, doc in enumerate(docs):
            layout, ends = layouts[lang][d], set(predicted[lang][d])
            for k, line in enumerate(doc["lines"]):
                if line not in indices:
                    continue
                if layout.ends[k] in layout.paragraph_ends:
                    pass
                elif not ends_with_mark(layout.text, layout.ends[k]):
                    skipped += 1
                else:
                    gold += 1
                    if layout.ends[k] in ends:
                        found += 1
                    else:
                        name = f"missed: {shape(layout.text, layout.ends[k])}"
                        errors[name] += 1
                        examples[name].append(f"line {line}: {context(layout.text, layout.ends[k])}")
                splits = inside[lang][line]
                confirmed += min(len(splits), len(inside[other][line]))
                for position in splits[len(inside[other][line]):]:
                    name = f"unconfirmed split: {shape(layout.text, position)}"
                    errors[name] += 1
                    examples[name].append(f"line {line}: {context(layout.text, position)}")
        splits_total = sum(len(v) for v in inside[lang].values())
        unconfirmed = splits_total - confirmed
        row = prf(found + confirmed, unconfirmed, gold - found)
        row.update({"line_ends": gold, "line_ends_without_final_mark": skipped, "line_ends_found": found, "inside_splits": splits_total,
                    "inside_confirmed": confirmed, "inside_unconfirmed": unconfirmed,
                    "errors": [{"class": name, "count": count, "examples": examples[name]}
                               for name, count in errors.most_common()]})
        result[lang] = row
    return result


def check_labels(docs: list[dict], gold_inside: dict) -> None:
    """Every labelled offset must still sit right after a final or closing mark in the data."""
    texts = {lang: read_lines(NTREX / f"{lang}.txt") for lang in LANGUAGES}
    for (lang, line), offsets in gold_inside.items():
        for offset in offsets:
            before = texts[lang][line][offset - 1 : offset]
            if not before or before not in FINAL_MARKS + CLOSING:
                raise SystemExit(f"{LABELS.name}: {lang} line {line} offset {offset} is not after a final mark: "
                                 "the labels do not match the data")


def print_rows(title: str, per_version: dict, halves: dict, corpus: str) -> None:
    print(f"\n{title}")
    names = list(per_version)
    header = f"  {'half':16} {'lang':4} " + "  ".join(f"{name[:22]:>22} P / R / F1" for name in names)
    print(header)
    for half in halves:
        for lang in LANGUAGES:
            cells = []
            for name in names:
                row = per_version[name][corpus][half][lang]
                cells.append(f"{row['precision']:.3f} / {row['recall']:.3f} / {row['f1']:.3f} "
                             f"({row['correct']}/{row['predicted']}, {row['gold']})")
            print(f"  {half:16} {lang:4} " + "  ".join(f"{cell:>33}" for cell in cells))


def print_errors(per_version: dict, corpus: str, halves: dict, limit: int) -> None:
    for name, scores in per_version.items():
        print(f"\n{corpus}, {name}: error classes (both halves)")
        for lang in LANGUAGES:
            merged: collections.Counter = collections.Counter()
            examples: dict = {}
            for half in halves:
                for error in scores[corpus][half][lang]["errors"]:
                    merged[error["class"]] += error["count"]
                    examples.setdefault(error["class"], []).extend(error["examples"])
            for error_class, count in merged.most_common():
                print(f"  {lang} {count:3} × {error_class}")
                for example in examples[error_class][:limit]:
                    print(f"        {example}")


def without_text(value):
    """The results with each example reduced to where it is (the data's sentences stay out of the project)."""
    if isinstance(value, dict):
        return {key: ([example.split(":")[0] for example in item] if key == "examples" else without_text(item))
                for key, item in value.items()}
    if isinstance(value, list):
        return [without_text(item) for item in value]
    return value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--baseline", default="0da44d6", help="commit to compare with ('' to skip)")
    parser.add_argument("--examples", type=int, default=3, help="examples printed per error class")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()
    require(NTREX, NEWSTEST)
    sys.path.insert(0, str(ROOT))
    docs = corpora()
    gold_inside = labels()
    check_labels(docs["ntrex"], gold_inside)

    versions = {"this": ROOT}
    worktree = None
    if args.baseline:
        worktree = Path(tempfile.mkdtemp(prefix="bench-segment-baseline-")) / "tree"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(worktree), args.baseline],
                       check=True, capture_output=True)
        versions = {f"baseline {args.baseline}": worktree, "this": ROOT}
    try:
        predictions = {name: predict_in(root) for name, root in versions.items()}
    finally:
        if worktree is not None:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(worktree)], capture_output=True)
            shutil.rmtree(worktree.parent, ignore_errors=True)

    scores = {}
    for name, predicted in predictions.items():
        scores[name] = {
            "ntrex": {half: score_ntrex(docs["ntrex"], predicted["ntrex"], gold_inside, indices)
                      for half, indices in NTREX_HALVES.items()},
            "newstest": {half: score_newstest(docs["newstest"], predicted["newstest"], indices)
                         for half, indices in NEWSTEST_HALVES.items()},
            "cpu_s": predicted["cpu_s"],
        }
    print_rows("ntrex-dev sentence boundaries inside paragraphs (correct/predicted, gold): line ends and the "
               "hand-judged boundaries inside lines", scores, NTREX_HALVES, "ntrex")
    print("\nntrex-dev lines whose English and Spanish sides get the same number of sentences:")
    for half in NTREX_HALVES:
        gold = next(iter(scores.values()))["ntrex"][half]["agreement"]
        cells = "  ".join(f"{name}: {s['ntrex'][half]['agreement']['same_count']}/{gold['lines']} "
                          f"({s['ntrex'][half]['agreement']['same_count'] / gold['lines']:.3f}), both sides right "
                          f"{s['ntrex'][half]['agreement']['both_sides_right']}" for name, s in scores.items())
        print(f"  {half:12} {cells}; in the gold {gold['same_count_in_gold']}/{gold['lines']} "
              f"({gold['same_count_in_gold'] / gold['lines']:.3f}: translators split some sentences)")
    print_rows("newstest2012 line ends and splits inside lines (a split counts as correct when the other language's "
               "line has as many, so precision is a lower bound: read the unconfirmed splits below, many are real "
               "sentence ends the other side's translator joined)", scores, NEWSTEST_HALVES, "newstest")
    for name, s in scores.items():
        for half in NEWSTEST_HALVES:
            for lang in LANGUAGES:
                row = s["newstest"][half][lang]
                print(f"  {name[:22]:22} {half:16} {lang}: line ends found {row['line_ends_found']}/{row['line_ends']}, "
                      f"splits inside lines {row['inside_splits']} ({row['inside_confirmed']} confirmed by the other "
                      f"language, {row['inside_unconfirmed']} likely false)")
    print_errors(scores, "ntrex", NTREX_HALVES, args.examples)
    print_errors(scores, "newstest", NEWSTEST_HALVES, args.examples)
    print("\nCPU seconds segmenting both corpora (time.process_time): "
          + ", ".join(f"{name} {s['cpu_s']:.2f}" for name, s in scores.items()))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        tmp = args.json.with_suffix(args.json.suffix + ".tmp")
        tmp.write_text(json.dumps({"baseline": args.baseline, "scores": without_text(scores)}, indent=2,
                                  ensure_ascii=False) + "\n", encoding="utf-8")
        tmp.replace(args.json)


if __name__ == "__main__":
    main()
