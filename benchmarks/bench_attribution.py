"""Who said what: quotation finding and speaker attribution on real news, against a baseline.

Needs the corpora (polnear-train, translated-news-dev, ntrex-dev) in ../shared/data or the folder TRANSCOMPARE_DATA
names (benchmarks/_data.py); one line and exit 2 without them.

Data and gold
- polnear-train (840 US political articles, PolNeAR attributions). A gold quotation is
  each stretch inside double quotation marks (“…”, "…", ''…'', ``…'', «…»; a quotation
  left open at a paragraph end continues when the next paragraph opens with the same mark)
  of which at least half lies inside an attribution's content (paragraphs are separated by blank
  lines, or by single line breaks in an article that has more of those than blank lines); when several contents hold
  it, the smallest one. Its speaker is that attribution's source. Its kind is *direct*
  when the content piece holding it has no other words outside quotation marks (at most
  three letters: "that", punctuation) or the quotation follows a colon, else *partial*.
  A pronoun source (he, she, they, it, I, we…) is resolved by pronoun_gold.Coreference (its
  docstring gives the rule): the nearest earlier subject of a sentence or attribution source,
  the sentence's subject first, agreeing in gender and number, in the same paragraph or the one
  before (a quotation-only paragraph continues the one before), a same pronoun passing on its
  referent; first person and anything unresolved have no referent, so no system is right there.
  A relative pronoun source (", who said …", "which notes") stands for its antecedent, the
  noun phrase just before it (pronoun_gold.antecedent). The first round's rules (nearest
  earlier attribution source that names someone, resolve_pronoun below; relative pronouns
  taken as written, which no prediction can match) are reported beside them as "old pronoun rule". Articles are split into two halves by an
  MD5 hash of their id (even first byte: half A, used for tuning; odd: half B).
- translated-news-dev: its 91 quotations with speakers (gold.jsonl).
- ntrex-dev: our own annotation, benchmarks/data/ntrex-quotes.tsv (its header gives the
  rules): every quotation of en.txt and es.txt that reports what someone said or wrote,
  with its speaker. A document is its headline, a blank line, and its body lines one
  after another (the corpus gives no paragraph breaks, so a line is read as a paragraph).

Measures
- A prediction is a top-level quotation the tool lists as speech (kind direct or
  partial; title/term quotes are not predictions; the baseline has no kinds, so all its
  top-level quotations are). Predictions and gold quotations are matched one to one,
  largest overlap first; a match needs the prediction to cover >= 50% of the gold
  quotation's characters. Precision = matched / predictions, recall = matched / gold.
- Right speaker: the prediction's resolved speaker, or its speaker as written when that
  is not a pronoun, shares a head word with the gold speaker (or, for a pronoun gold
  source, with the person it was resolved to). Head words: the phrase is cut at commas,
  brackets and "and"; in each piece, what follows a preposition or "who/that" is
  dropped and the last remaining word counts (case, accents and 's ignored), so "the
  mayor of Madrid" has the head "mayor", "Ana Ruiz, the party's spokeswoman" has "ruiz"
  and "spokeswoman"; a name after a title word after the preposition counts too
  ("secretary of state John Kerry", "Secretary of State John Kerry": "secretary" and "kerry"), and so does every word but
  the first of a name of three or more words that are not first names, and always the
  second-to-last ("Miguel Díaz-Canel Bermúdez": "díaz-canel" and "bermudez"; "Gustavo Petro
  Urrego": "petro" and "urrego", as Spanish names carry two surnames). End to end = gold quotations found with the right speaker / gold
  quotations.
- Speed: polnear articles concatenated to 1 MB (paragraphs kept) through `transcompare
  quotes --format json`: CPU seconds (user+sys) of the whole process, and of the
  extraction alone in this process (time.process_time).

Baseline: the code at commit ff7b68b (or --baseline COMMIT), exported with `git archive`
into a temporary folder and run in a subprocess (PYTHONPATH pointing there), side by side.

    python benchmarks/bench_attribution.py [--json benchmarks/results/attribution.json]
        [--no-baseline | --baseline COMMIT] [--only polnear|tnd|ntrex] [--half A|B] [--context] [--no-speed]
"""

from __future__ import annotations

import argparse
import bisect
import collections
import gzip
import hashlib
import itertools
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

from _data import corpus, require
from pronoun_gold import Coreference, antecedent

ROOT = Path(__file__).resolve().parent.parent
POLNEAR = corpus("polnear-train", "train.jsonl.gz")
TND = corpus("translated-news-dev")
NTREX = corpus("ntrex-dev")
NTREX_GOLD = ROOT / "benchmarks" / "data" / "ntrex-quotes.tsv"
BASELINE_COMMIT = "ff7b68b"

# ------------------------------------------------------------------ predictions (runs on either checkout)


def predict(docs: list[dict]) -> list[list[dict]]:
    """Top-level quotations of each {'text', 'lang'}: inner span, speakers, kind."""
    from transcompare.document import build_document

    out = []
    for doc in docs:
        document = build_document(doc["text"], language=doc["lang"])
        rows = []
        for q in document.quotes:
            if q.depth:
                continue
            resolved = getattr(q, "speaker_resolved", q.speaker)
            rows.append({"start": q.inner.start, "end": q.inner.end, "speaker": q.speaker, "resolved": resolved,
                         "kind": getattr(q, "kind", None), "inherited": getattr(q, "inherited", False),
                         "how": getattr(q, "resolution", None)})
        out.append(rows)
    return out


def predict_baseline(docs: list[dict], commit: str = BASELINE_COMMIT) -> list[list[dict]]:
    with tempfile.TemporaryDirectory() as folder:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "transcompare"],
                                 capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", folder], input=archive, check=True)
        env = dict(os.environ, PYTHONPATH=folder)
        result = subprocess.run([sys.executable, __file__, "--predict"], input=json.dumps(docs).encode(),
                                capture_output=True, env=env, cwd=folder)
        if result.returncode:
            raise SystemExit(f"baseline failed: {result.stderr.decode()[-2000:]}")
        return json.loads(result.stdout)


# ------------------------------------------------------------------ words

PRONOUNS = frozenset("he she they it i we me us him her them you él ella ellos ellas yo nosotros usted".split())
_PREPOSITIONS = frozenset("of in at for from with on to about over under by into de del en para con por sobre who "
                          "which that whose where when que quien quienes cuyo".split())
_SKIP = frozenset("jr jr. sr. iii ii the a an el la los las himself herself themselves itself".split())


def fold(word: str) -> str:
    word = unicodedata.normalize("NFD", word.casefold())
    return "".join(ch for ch in word if not unicodedata.combining(ch))


def heads(phrase: str | None) -> set[str]:
    if not phrase:
        return set()
    phrase = re.sub(r"\([^)]*\)", " ", phrase)
    found = set()
    for piece in re.split(r"[,;:/—–]|\band\b|\by\b", phrase):
        words = [w for w in re.findall(r"[\w’'.-]+", piece)]
        folded = [fold(w).strip(".’'-").removesuffix("’s").removesuffix("'s") for w in words]
        cut = next((n for n, w in enumerate(folded) if w in _PREPOSITIONS), len(folded))
        head = [w for w in folded[:cut] if w and w not in _SKIP]
        if head and head[-1] not in PRONOUNS:
            found.add(head[-1])
        named = [w for w in words[:cut] if w[:1].isupper()]
        if len(named) >= 3 and len(named) == len(words[:cut]):  # "Miguel Díaz-Canel Bermúdez": both surnames
            from transcompare.names import is_first_name
            found.update(fold(w) for w in named[1:] if not is_first_name(w))
            found.add(fold(named[-2]))  # "Gustavo Petro Urrego": the father's surname, though Petro is a first name
        # "secretary of state John Kerry": a name after a title word that follows the preposition
        rest = words[cut + 1:]
        if len(rest) >= 2 and rest[0][:1].islower() and fold(rest[0]) not in _SKIP and rest[-1][:1].isupper():
            found.add(folded[-1])
        elif len(rest) >= 3 and cut < len(folded) and folded[cut] == "of" and all(w[:1].isupper() for w in rest):
            from transcompare.names import is_first_name  # "Secretary of State John Kerry", not "a friend of Ana Ruiz"
            if not is_first_name(rest[0]) and any(is_first_name(w) for w in rest[1:-1]):
                found.add(folded[-1])
    return found


def is_pronoun(phrase: str | None) -> bool:
    return bool(phrase) and fold(phrase.strip()) in PRONOUNS


# ------------------------------------------------------------------ polnear gold

_PARAGRAPH = re.compile(r"\n\s*\n")
_LINE = re.compile(r"\s*\n\s*")
_OPENERS = {"tt": ("``", "''"), "curly": ("“",), "straight": ('"',), "guillemet": ("«",)}


def quotation_stretches(text: str) -> list[tuple[int, int]]:
    """Inner spans of top-level double quotations (independent of transcompare's scanner)."""
    found: list[tuple[int, int]] = []
    bounds, start = [], 0
    single = len(re.findall(r"(?<!\n)\n(?!\n)", text))
    for m in (_LINE if single > len(_PARAGRAPH.findall(text)) else _PARAGRAPH).finditer(text):
        bounds.append((start, m.start()))
        start = m.end()
    bounds.append((start, len(text)))
    carried = None
    for begin, end in bounds:
        opened, i = None, begin
        if carried and text.startswith(_OPENERS[carried[1]], begin):
            opened = carried
            i = begin + (2 if carried[1] == "tt" else 1)
        carried = None
        while i < end:
            ch, two = text[i], text[i:i + 2]
            before = text[i - 1] if i > begin else " "
            if opened is None:
                if two == "``" or (two == "''" and (before.isspace() or before in "([—-")):
                    opened, i = (i + 2, "tt"), i + 2
                    continue
                style = {"“": "curly", '"': "straight", "«": "guillemet"}.get(ch)
                if style and not (ch == '"' and before == "="):  # markup attributes: author="…"
                    opened, i = (i + 1, style), i + 1
                    continue
            else:
                inner, style = opened
                if style == "tt" and two == "''":
                    found.append((inner, i))
                    opened, i = None, i + 2
                    continue
                if (style, ch) in (("curly", "”"), ("straight", '"'), ("guillemet", "»")):
                    found.append((inner, i))
                    opened = None
            i += 1
        carried = opened
    return found


def _old_gender_of_words(words: list[str]) -> str | None:
    """The first round's gender of a source (frozen with the old rule): a gendered word, else any listed
    first name, wherever it stands ("Clinton" alone reads as a man's first name)."""
    from transcompare.names import _table, gender_of

    for word in words:
        gender = _OLD_GENDERED.get(fold(word))
        if gender:
            return gender
    return next((gender_of(w) for w in words if w[:1].isupper() and fold(w) in _table()), None)


_OLD_GENDERED = {
    **dict.fromkeys(
        "mrs mrs. ms ms. miss madam madame mme sra sra. señora srta doña dona lady queen princess duchess "
        "woman women's spokeswoman congresswoman chairwoman businesswoman councilwoman assemblywoman "
        "sister mother wife daughter grandmother aunt niece girl widow actress "
        "ministra presidenta secretaria senadora diputada alcaldesa gobernadora consejera "
        "directora jueza abogada esposa madre hija hermana mujer reina princesa".split(), "f"),
    **dict.fromkeys(
        "mr mr. sir lord sr sr. señor don king prince duke "
        "man spokesman congressman chairman businessman councilman assemblyman "
        "brother father husband son grandfather uncle nephew boy widower actor "
        "ministro presidente secretario senador diputado alcalde gobernador consejero "
        "director juez abogado esposo marido padre hijo hermano hombre rey príncipe".split(), "m"),
}


def _gender_number(phrase: str) -> tuple[str | None, bool]:
    words = re.findall(r"[\w’'.-]+", re.sub(r"\([^)]*\)", " ", phrase))
    plural = " and " in phrase or any(w[0].islower() and w.endswith("s") and not w.endswith("ss") and len(w) > 3
                                      for w in words[-1:])
    return _old_gender_of_words(words), plural


_ORGANISATION = re.compile(r"\b(campaign|committee|party|administration|government|department|agency|company|group|"
                           r"court|council|office|news|times|post|network|organization|association|union|board)\b", re.I)


def _names_someone(phrase: str) -> bool:
    """A source that names a person or organisation: a capitalised word other than its first."""
    words = re.findall(r"[\w’'.-]+", phrase)
    return any(w[0].isupper() for w in words[1:]) or bool(words and words[0][0].isupper()
                                                           and fold(words[0]) not in _SKIP | PRONOUNS)


def _known_genders(sources: list[tuple[int, str]]) -> dict[str, str]:
    """Surname -> gender, from the sources of the article that show it ("Mr. Trump", "Hillary Clinton")."""
    known: dict[str, str | None] = {}
    for _, phrase in sources:
        gender, _ = _gender_number(phrase)
        for head in heads(phrase):
            if gender and known.get(head, gender) == gender:
                known[head] = gender
            elif gender:
                known[head] = None  # two people of one surname: no evidence
    return {k: v for k, v in known.items() if v}


def resolve_pronoun(pronoun: str, position: int, sources: list[tuple[int, str]]) -> str | None:
    """The nearest earlier non-pronoun source agreeing with ``pronoun`` (see the module docstring)."""
    p = fold(pronoun.strip())
    known = _known_genders(sources)
    for start, phrase in reversed(sources):
        if start >= position or is_pronoun(phrase) or not _names_someone(phrase):
            continue
        gender, plural = _gender_number(phrase)
        if gender is None:
            gender = next((known[h] for h in heads(phrase) if h in known), None)
        person = not plural and not _ORGANISATION.search(phrase.split(",")[0])
        if p in ("he", "him", "él"):
            ok = gender != "f" and person
        elif p in ("she", "her", "ella"):
            ok = gender != "m" and person
        elif p in ("they", "them", "ellos", "ellas"):
            ok = plural or bool(_ORGANISATION.search(phrase))
        elif p == "it":
            ok = gender is None and not plural
        else:
            ok = True
        if ok:
            return phrase
    return None


def _within(position: int, stretches: list[tuple[int, int]]) -> bool:
    k = bisect.bisect_right(stretches, (position, float("inf"))) - 1
    return k >= 0 and stretches[k][0] <= position < stretches[k][1]


def polnear_articles() -> list[dict]:
    with gzip.open(POLNEAR, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle]


def half_of(article_id: str) -> str:
    return "A" if hashlib.md5(article_id.encode()).digest()[0] % 2 == 0 else "B"


def polnear_gold(article: dict) -> list[dict]:
    text = article["text"]
    attributions = [a for a in article["attributions"] if a["content"]]
    stretches = quotation_stretches(text)
    inside = sorted(stretches)
    sources = sorted((a["source"][0][0], " ".join(text[s:e] for s, e in a["source"]))
                     for a in article["attributions"] if a["source"]
                     and not _within(a["source"][0][0], inside))
    coreference = Coreference(text, sources, lambda position: _within(position, inside))
    gold = []
    for start, end in stretches:
        if end - start < 1:
            continue
        best = None
        for a in attributions:
            covered = sum(max(0, min(end, ce) - max(start, cs)) for cs, ce in a["content"])
            if covered * 2 >= end - start:
                size = sum(ce - cs for cs, ce in a["content"])
                if best is None or size < best[0]:
                    best = (size, a)
        if best is None:
            continue
        a = best[1]
        source = " ".join(text[s:e] for s, e in a["source"]) if a["source"] else ""
        referent = referent_old = None
        if source and is_pronoun(source):
            referent = coreference.resolve(source, a["source"][0][0])
            referent_old = resolve_pronoun(source, a["source"][0][0], sources)
        elif source and fold(source.strip()) in ("who", "whom", "which", "that"):  # ", who said": its antecedent
            referent = antecedent(text, a["source"][0][0])
        piece = next(((cs, ce) for cs, ce in a["content"] if cs <= start and end <= ce + 1), a["content"][0])
        outside = text[piece[0]:piece[1]]
        for s2, e2 in stretches:  # words outside any quotation in this content piece
            if piece[0] <= s2 and e2 <= piece[1] + 1:
                outside = outside.replace(text[s2:e2], " ")
        letters = sum(ch.isalpha() for ch in re.sub(r"\bthat\b", "", outside))
        colon = text[max(0, start - 3):start].rstrip("“\"`'« ").endswith(":")
        kind = "direct" if letters <= 3 or colon else "partial"
        cue = " ".join(text[s:e] for s, e in a["cue"])
        gold.append({"start": start, "end": end, "speaker": source, "referent": referent,
                     "referent_old": referent_old, "kind": kind,
                     "cue": cue, "source_at": a["source"][0][0] if a["source"] else None})
    return gold


# ------------------------------------------------------------------ other gold sets


def tnd_sets() -> list[dict]:
    rows = []
    for line in (TND / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        text = (TND / "articles" / f"{item['id']}.txt").read_text(encoding="utf-8")
        gold = [{"start": q["start"], "end": q["end"], "speaker": q["speaker"], "referent": None, "kind": None,
                 "cue": "", "source_at": None} for q in item["quotes"]]
        rows.append({"id": item["id"], "text": text, "lang": "en", "gold": gold})
    return rows


def ntrex_documents(lang: str) -> list[tuple[str, str, list[int], int]]:
    """(doc id, text, offset of each line, number of the first line - 1): the headline, a blank line,
    then the body one line after another (one paragraph; attribution reads each line as one)."""
    ids = (NTREX / "doc_ids.txt").read_text(encoding="utf-8").splitlines()
    lines = (NTREX / f"{lang}.txt").read_text(encoding="utf-8").split("\n")
    docs, number = [], 0
    for doc_id, group in itertools.groupby(zip(ids, lines), key=lambda row: row[0]):
        group = [g[1] for g in group]
        offsets, position = [], 0
        for k, line in enumerate(group):
            offsets.append(position)
            position += len(line) + (2 if k == 0 else 1)
        docs.append((doc_id, group[0] + "\n\n" + "\n".join(group[1:]), offsets, number))
        number += len(group)
    return docs


def ntrex_sets(lang: str) -> list[dict]:
    annotations = []
    for row in NTREX_GOLD.read_text(encoding="utf-8").splitlines():
        if not row.strip() or row.startswith("#"):
            continue
        language, line, start, end_line, end, speaker = row.split("\t")
        if language == lang:
            annotations.append((int(line), int(start), int(end_line), int(end), speaker))
    sets = []
    for doc_id, text, offsets, first in ntrex_documents(lang):
        gold = []
        for line, start, end_line, end, speaker in annotations:
            if first < line <= first + len(offsets):
                gold.append({"start": offsets[line - first - 1] + start, "end": offsets[end_line - first - 1] + end,
                             "speaker": speaker, "referent": None, "kind": None, "cue": "", "source_at": None})
        sets.append({"id": doc_id, "text": text, "lang": lang, "gold": gold})
    return sets


# ------------------------------------------------------------------ scoring


def is_prediction(p: dict) -> bool:
    return p.get("kind") != "title-term"


def match(gold: list[dict], preds: list[dict]) -> dict[int, int]:
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(preds):
            overlap = min(g["end"], p["end"]) - max(g["start"], p["start"])
            if overlap > 0 and overlap * 2 >= g["end"] - g["start"]:
                pairs.append((-overlap, gi, pi))
    taken_g, taken_p, out = set(), set(), {}
    for _, gi, pi in sorted(pairs):
        if gi not in taken_g and pi not in taken_p:
            taken_g.add(gi)
            taken_p.add(pi)
            out[gi] = pi
    return out


def right_speaker(g: dict, p: dict, rule: str = "new") -> bool:
    """``rule``: "new" resolves a gold pronoun source with pronoun_gold.Coreference, "old" with the first
    round's nearest-named-source rule (resolve_pronoun)."""
    referent = g["referent"] if rule == "new" else g.get("referent_old", g["referent"])
    gold_heads = heads(referent) if is_pronoun(g["speaker"]) or rule == "new" and g["referent"] else heads(g["speaker"])
    predicted = heads(p.get("resolved")) | (set() if is_pronoun(p.get("speaker")) else heads(p.get("speaker")))
    return bool(gold_heads & predicted)


def _speaker_type(phrase: str | None) -> str:
    if not phrase:
        return "none"
    if is_pronoun(phrase):
        return "pronoun"
    words = re.findall(r"[\w’'.-]+", phrase)
    return "name" if any(w[0].isupper() for w in words) else "description"


def score(items: list[dict], preds: list[list[dict]], context: bool = False, keep: int = 3) -> dict:
    """items: {'id', 'text', 'gold'}; preds: predictions per item."""
    tally = collections.Counter()
    errors: dict[str, list[str]] = collections.defaultdict(list)
    for item, predicted in zip(items, preds):
        gold, text = item["gold"], item["text"]
        speech = [p for p in predicted if is_prediction(p)]
        pairs = match(gold, speech)
        tally["gold"] += len(gold)
        tally["predicted"] += len(speech)
        tally["matched"] += len(pairs)
        for gi, g in enumerate(gold):
            kind = g["kind"] or "all"
            tally[f"gold:{kind}"] += 1
            where = f"{item['id']}@{g['start']}"
            if context:
                where += f" [{g['kind']}] ‖ " + text[max(0, g["start"] - 70):g["start"]].replace("\n", "¶") + "[Q]" + \
                         text[g["end"]:g["end"] + 70].replace("\n", "¶")
            if gi not in pairs:
                listed = [p for p in predicted if p["start"] < g["end"] and g["start"] < p["end"]]
                reason = "listed as title/term" if listed and not any(map(is_prediction, listed)) else "not found"
                errors[f"missed quotation ({reason})"].append(f"{where} gold={g['speaker']!r}")
                continue
            p = speech[pairs[gi]]
            tally[f"matched:{kind}"] += 1
            if p.get("resolved"):
                tally["named"] += 1
            if right_speaker(g, p, "old"):
                tally["right_old"] += 1
                tally[f"right_old:{kind}"] += 1
            if right_speaker(g, p):
                tally["right"] += 1
                tally[f"right:{kind}"] += 1
                tally["named_right"] += bool(p.get("resolved"))
                continue
            gtype = _speaker_type(g["speaker"])
            if not p.get("resolved"):
                cue = fold(g["cue"].split()[0]) if g["cue"].split() else ""
                key = f"no speaker (gold {gtype}, cue {cue!r})" if g["cue"] else f"no speaker (gold {gtype})"
            else:
                key = f"wrong speaker (gold {gtype}, predicted {_speaker_type(p.get('speaker'))}" + \
                      (", inherited)" if p.get("inherited") else ")")
            errors[key].append(f"{where} gold={g['speaker']!r}{' → ' + repr(g['referent']) if g['referent'] else ''}"
                               f" predicted={p.get('speaker')!r} → {p.get('resolved')!r}")
        matched_p = set(pairs.values())
        for pi, p in enumerate(speech):
            if pi not in matched_p:
                where = f"{item['id']}@{p['start']}"
                if context:
                    where += " ‖ " + text[max(0, p["start"] - 50):p["end"] + 30].replace("\n", "¶")
                errors[f"spurious quotation (kind {p.get('kind')}, speaker {'yes' if p.get('resolved') else 'no'})"].append(where)
    result = {
        "gold": tally["gold"], "predicted": tally["predicted"], "matched": tally["matched"],
        "precision": _ratio(tally["matched"], tally["predicted"]), "recall": _ratio(tally["matched"], tally["gold"]),
        "right_speaker": _ratio(tally["right"], tally["gold"]), "right": tally["right"],
        "right_speaker_old_rule": _ratio(tally["right_old"], tally["gold"]), "right_old_rule": tally["right_old"],
        "named": tally["named"], "named_precision": _ratio(tally["named_right"], tally["named"]),
        "no_speaker_share": _ratio(tally["matched"] - tally["named"], tally["matched"]),
        "errors": {k: {"count": len(v), "examples": v[:keep]} for k, v in
                   sorted(errors.items(), key=lambda kv: -len(kv[1]))},
    }
    for kind in ("direct", "partial"):
        if tally[f"gold:{kind}"]:
            result[kind] = {"gold": tally[f"gold:{kind}"], "right": tally[f"right:{kind}"],
                            "right_speaker": _ratio(tally[f"right:{kind}"], tally[f"gold:{kind}"]),
                            "right_speaker_old_rule": _ratio(tally[f"right_old:{kind}"], tally[f"gold:{kind}"]),
                            "recall": _ratio(tally[f"matched:{kind}"], tally[f"gold:{kind}"])}
    return result


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None


# ------------------------------------------------------------------ speed


def speed(articles: list[dict]) -> dict:
    from transcompare.document import build_document

    text, size = [], 0
    for article in itertools.cycle(articles):
        text.append(article["text"])
        size += len(article["text"].encode())
        if size >= 1_000_000:
            break
    body = "\n\n".join(text)
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as handle:
        handle.write(body)
    try:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run([sys.executable, "-m", "transcompare", "quotes", handle.name, "--lang", "en", "--format", "json",
                        "--output", os.devnull], check=True, cwd=ROOT)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    finally:
        os.unlink(handle.name)
    start = time.process_time()
    document = build_document(body, language="en")
    inside = time.process_time() - start
    return {"bytes": len(body.encode()), "quotations": len(document.quotes),
            "cli_cpu_s": round(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime, 3),
            "build_document_cpu_s": round(inside, 3)}


# ------------------------------------------------------------------ report


def _fmt(value) -> str:
    return "—" if value is None else (f"{value:.3f}" if isinstance(value, float) else str(value))


def show(name: str, ours: dict, base: dict | None, top: int) -> None:
    print(f"\n== {name}: {ours['gold']} gold quotations")
    rows = [("quotation precision", "precision", f"/{ours['predicted']} predicted"),
            ("quotation recall", "recall", f"/{ours['gold']} gold"),
            ("right speaker, end to end", "right_speaker", f"{ours['right']}/{ours['gold']}"),
            ("  (old pronoun rule)", "right_speaker_old_rule", f"{ours['right_old_rule']}/{ours['gold']}"),
            ("named speaker precision", "named_precision", f"/{ours['named']} named"),
            ("matched with no speaker", "no_speaker_share", f"/{ours['matched']} matched")]
    print(f"  {'measure':32} {'ours':>7} {'baseline':>9}   denominator (ours)")
    for label, key, denominator in rows:
        print(f"  {label:32} {_fmt(ours[key]):>7} {_fmt(base[key]) if base else '':>9}   {denominator}")
    for kind in ("direct", "partial"):
        if kind in ours:
            b = base.get(kind, {}).get("right_speaker") if base else None
            print(f"  {'right speaker, ' + kind:32} {_fmt(ours[kind]['right_speaker']):>7} {_fmt(b) if base else '':>9}"
                  f"   {ours[kind]['right']}/{ours[kind]['gold']}")
            b = base.get(kind, {}).get("right_speaker_old_rule") if base else None
            print(f"  {'  (old pronoun rule)':32} {_fmt(ours[kind]['right_speaker_old_rule']):>7} "
                  f"{_fmt(b) if base else '':>9}")
    print(f"  {top} most common errors (ours):")
    for key, value in itertools.islice(ours["errors"].items(), top):
        print(f"    {value['count']:5}  {key}")
        for example in value["examples"][:2]:
            print(f"           e.g. {example}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", type=Path)
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--baseline", default=BASELINE_COMMIT, help=f"commit to compare with (default {BASELINE_COMMIT})")
    parser.add_argument("--no-speed", action="store_true")
    parser.add_argument("--only", choices=["polnear", "tnd", "ntrex"])
    parser.add_argument("--half", choices=["A", "B"], help="polnear: only this half")
    parser.add_argument("--context", action="store_true", help="print text around each error example")
    parser.add_argument("--top", type=int, default=20)
    parser.add_argument("--dump", type=Path, help="write every error example (with --context, its text) to this file, "
                                                  "outside the project: it holds the corpora's sentences")
    parser.add_argument("--predict", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.predict:  # subprocess mode for the baseline checkout
        json.dump(predict(json.load(sys.stdin)), sys.stdout)
        return 0
    require(*{"polnear": [POLNEAR], "tnd": [TND], "ntrex": [NTREX]}.get(args.only, [POLNEAR, TND, NTREX]))
    sys.path.insert(0, str(ROOT))
    results: dict = {}
    sets: list[tuple[str, list[dict]]] = []
    if args.only in (None, "polnear"):
        articles = polnear_articles()
        for half in ("A", "B"):
            if args.half and half != args.half:
                continue
            items = [{"id": a["id"], "text": a["text"], "lang": "en", "gold": polnear_gold(a)}
                     for a in articles if half_of(a["id"]) == half]
            sets.append((f"polnear-train half {half} ({len(items)} articles{', tuning' if half == 'A' else ''})", items))
    if args.only in (None, "tnd"):
        sets.append(("translated-news-dev (25 articles)", tnd_sets()))
    if args.only in (None, "ntrex"):
        for lang in ("en", "es"):
            sets.append((f"ntrex-dev {lang} (our annotation)", ntrex_sets(lang)))
    for name, items in sets:
        docs = [{"text": i["text"], "lang": i["lang"]} for i in items]
        start = time.process_time()
        ours = score(items, predict(docs), args.context, keep=10 ** 9 if args.dump else 3)
        ours["cpu_s"] = round(time.process_time() - start, 2)
        base = None if args.no_baseline else score(items, predict_baseline(docs, args.baseline))
        show(name, ours, base, args.top)
        if args.dump:
            with args.dump.open("a", encoding="utf-8") as handle:
                for key, error in ours["errors"].items():
                    handle.write(f"## {name} | {key} | {error['count']}\n")
                    handle.writelines(f"  {e}\n" for e in error["examples"])
                    error["examples"] = error["examples"][:3]
        results[name] = {"ours": ours, "baseline": base}
    if sum(k.startswith("polnear-train half") for k in results) == 2:
        both = [v["ours"] for k, v in results.items() if k.startswith("polnear")]
        right, gold = sum(r["right"] for r in both), sum(r["gold"] for r in both)
        print(f"\npolnear-train, both halves: right speaker {right}/{gold} = {right / gold:.3f}")
    if not args.no_speed and args.only in (None, "polnear"):
        timing = speed(polnear_articles())
        results["speed"] = timing
        print(f"\nspeed: {timing['bytes']:,} bytes, {timing['quotations']} quotations; `transcompare quotes` "
              f"{timing['cli_cpu_s']} s CPU (whole process), build_document {timing['build_document_cpu_s']} s CPU")
    if args.json:  # examples by document and offset only: no text of the corpora in the project
        for value in results.values():
            for side in ("ours", "baseline"):
                for error in ((value.get(side) or {}).get("errors") or {}).values():
                    error["examples"] = [e.split(" ", 1)[0] for e in error["examples"]]
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
