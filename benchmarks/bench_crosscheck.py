"""How often transcompare.crosscheck cries wolf on a faithful translation, and how often
it catches a planted change.

Needs ../shared/data/ntrex-dev (English news and its professional Spanish translation,
line by line). Documents are split in two halves (--half dev: the first 30 documents,
--half check: the other 30), so rules tuned on one are checked on the other.

- False alarms: every gold line pair (English source, Spanish translation) compared; a
  pair with a major or critical difference is a false alarm (the translation is
  professional; some are real slips, shown among the examples).
- Detection: one planted change per pair in the target, where the pair allows it: a
  number's digits swapped (13,000 → 31,000), a name's first word replaced, a negation
  removed (or added before an auxiliary); counted as caught when crosscheck reports a
  difference of that kind. Both across languages (English → planted Spanish) and within
  one (English → planted English, a round trip or another outlet's copy).

    python benchmarks/bench_crosscheck.py [--half dev|check|all] [--json benchmarks/results/crosscheck.json]
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

from _data import corpus as corpus_path
from _data import require

ROOT = Path(__file__).resolve().parent.parent
DATA = corpus_path("ntrex-dev")
sys.path.insert(0, str(ROOT))

AUXILIARIES = {"en": r"\b(is|are|was|were|will|can|has|have|had|would|could|should)\b",
               "es": r"\b(es|está|están|fue|ha|han|son|será|puede|pueden|tiene|tienen|hay)\b"}
NEGATIONS = {"en": r"\s(not|never)\b|n[’']t\b", "es": r"\b(no|nunca)\s"}


def documents(half: str) -> list[tuple[list[str], list[str]]]:
    ids = (DATA / "doc_ids.txt").read_text(encoding="utf-8").splitlines()
    en = (DATA / "en.txt").read_text(encoding="utf-8").splitlines()
    es = (DATA / "es.txt").read_text(encoding="utf-8").splitlines()
    docs = [[(r[1], r[2]) for r in rows] for _, rows in itertools.groupby(zip(ids, en, es), key=lambda r: r[0])]
    middle = len(docs) // 2
    chosen = docs[:middle] if half == "dev" else docs[middle:] if half == "check" else docs
    return [([a for a, _ in d], [b for _, b in d]) for d in chosen]


def plant_number(text: str, lang: str, source: str = "") -> str | None:
    from transcompare.crosscheck import number_mentions

    for m in number_mentions(text, lang):
        digits = re.search(r"\d+(?:[.,]\d+)*", m.text)
        if not digits:
            continue
        d = digits.group()
        if len(set(c for c in d if c.isdigit())) > 1:
            i = next(k for k in range(1, len(d)) if d[k].isdigit() and d[k] != d[0])
            new = d[i] + d[1:i] + d[0] + d[i + 1 :]  # swap the first digit with the next different one
        else:
            new = str((int(d[0]) % 9) + 1) + d[1:]
        start = m.span.start + digits.start()
        return text[:start] + new + text[start + len(d) :]
    return None


def plant_name(text: str, lang: str, source: str = "") -> str | None:
    """The first word of a name the source line writes alike (a person's or place's name, not a capitalised
    word the translation translates), not at the start of the sentence, replaced by another name."""
    from transcompare.crosscheck import name_mentions

    for m in name_mentions(text, lang):
        words = m.text.split()
        first = words[0]
        if len(first) < 3 or first.isupper() or m.span.start == 0 \
                or not re.search(rf"(?<!\w){re.escape(first)}(?!\w)", source):
            continue
        replacement = "Halvard" if first != "Halvard" else "Torvald"
        return text[: m.span.start] + replacement + text[m.span.start + len(first) :]
    return None


def plant_negation(text: str, lang: str, source: str = "") -> str | None:
    """Remove the first negation, or add one after the first auxiliary (before it in Spanish)."""
    found = re.search(NEGATIONS[lang], text)
    if found:
        if found.group().lower().startswith("n") and lang == "en":
            return text[: found.start()] + text[found.end() :]  # "don't" → "do"
        return text[: found.start()] + (" " if lang == "en" else "") + text[found.end() :]
    aux = re.search(AUXILIARIES[lang], text)
    if not aux:
        return None
    if lang == "en":
        return text[: aux.end()] + " not" + text[aux.end() :]
    return text[: aux.start()] + "no " + text[aux.start() :]


PLANTS = {"numbers": plant_number, "names": plant_name, "negation": plant_negation}


def run(half: str) -> dict:
    from transcompare.crosscheck import compare_pair, known_names

    docs = documents(half)
    pairs = [(a, b) for en, es in docs for a, b in zip(en, es)]
    known = {"en": known_names("\n".join(a for a, _ in pairs), "en"),
             "es": known_names("\n".join(b for _, b in pairs), "es")}
    start = time.process_time()
    alarms = Counter()
    alarm_pairs = 0
    examples: dict[str, list[str]] = {}
    for a, b in pairs:
        serious = [d for d in compare_pair(a, "en", b, "es", source_names=known["en"], target_names=known["es"])
                   if d.severity.label != "minor"]
        alarm_pairs += bool(serious)
        for d in serious:
            alarms[d.label] += 1
            examples.setdefault(d.label, []).append(d.summary)
    seconds = time.process_time() - start
    detection = {}
    for setting, target_lang in (("en→es", "es"), ("en→en", "en")):
        for kind, plant in PLANTS.items():
            tried = caught = 0
            missed: list[str] = []
            for a, b in pairs:
                target = b if target_lang == "es" else a
                planted = plant(target, target_lang, a)
                if planted is None or planted == target:
                    continue
                tried += 1
                found = compare_pair(a, "en", planted, target_lang, source_names=known["en"],
                                     target_names=known[target_lang])
                if any(d.kind.value == kind for d in found):
                    caught += 1
                elif len(missed) < 5:
                    missed.append(planted[:120])
            detection[f"{setting} {kind}"] = {"caught": caught, "tried": tried,
                                              "rate": round(caught / tried, 3) if tried else None, "missed": missed}
    return {"half": half, "pairs": len(pairs), "false_alarm_pairs": alarm_pairs,
            "false_alarm_rate": round(alarm_pairs / len(pairs), 3), "false_alarms_by_kind": dict(alarms.most_common()),
            "false_alarm_examples": {k: v[:8] for k, v in examples.items()}, "detection": detection,
            "cpu_seconds_false_alarm_pass": round(seconds, 2)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--half", choices=("dev", "check", "all"), default="all")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    require(DATA)
    result = run(args.half)
    print(f"ntrex-dev ({result['half']}): {result['false_alarm_pairs']} of {result['pairs']} faithful en→es line pairs "
          f"with a major or critical difference ({result['false_alarm_rate']:.1%}); "
          f"{result['cpu_seconds_false_alarm_pass']} CPU s")
    for label, count in result["false_alarms_by_kind"].items():
        print(f"  {count:4d} {label}: " + " | ".join(result["false_alarm_examples"][label][:6]))
    print("planted changes caught:")
    for name, row in result["detection"].items():
        print(f"  {name:<18} {row['caught']:4d} / {row['tried']:<4d} ({row['rate']:.1%})")
        for example in row["missed"][:3]:
            print(f"      missed: {example}")
    if args.json:
        args.json.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
