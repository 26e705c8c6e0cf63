"""Recall of the bilingual audit on artifacts injected into human translations, and its
findings on the untouched translations.

Data: ../shared/data/ntrex-dev (60 English news documents with a professional Spanish
translation, line-aligned). Both directions: English source → Spanish translation and
Spanish source → English translation. Each document becomes an article (one line per
paragraph). For every artifact type, a copy of each translation gets one injected
artifact, placed by a fixed seed; the audit sees only the source and the doctored
translation (the injector's record of where it put the artifact is used only to score).

An injected artifact counts as found when a finding of the types listed for it covers
the doctored line (or its source line, or, for a sentence deleted or cut off, the line before where it was; a
clause dropped from a line leaves the line, and the finding must be on it).
Untouched translations: every *introduced* finding per 1,000 words of translation (one the source has too is
inherited, as `--fail-on` counts), listed; and the same less the findings judged real by hand
(benchmarks/data/ntrex-untouched-judged.tsv: a translator's slip, or a defect of the English original, which the
es-en direction audits as its "translation"). --model apertium aligns through Apertium's translation of the
source, and has Apertium translate each piece of the sentences short enough to have lost one (all of a document's
in one call) to look for a clause's words; --beside prints another run's JSON next to this one.
A dropped clause is one a translator could leave out with the rest still grammatical (a bracketed aside,
or a comma-delimited relative, subordinate or coordinated clause, adjunct, participle clause or
apposition; never the main clause, whether after an introductory phrase or gerund, after an aside, or holding the
sentence's finite verb; never a list's last item, a unit ending in a conjunction, or one a relative after it
describes); its five words or more are words, not the comma before them. --loose-clauses drops any stretch between
punctuation, as the first version of this benchmark did.
Documents 0-29 are half A (calibration: rules and thresholds are set on it) and documents
30-59 half B (check); both are reported.

    python benchmarks/bench_injected.py [--json benchmarks/results/injected.json] [--calibrate] [--loose-clauses]
        [--model apertium] [--beside benchmarks/results/injected.json]
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import json
import math
import random
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

from _data import corpus as corpus_path
from _data import require

ROOT = Path(__file__).resolve().parent.parent
DATA = corpus_path("ntrex-dev")
SEED = 20261128
DIRECTIONS = (("en", "es"), ("es", "en"))
_WORD = re.compile(r"[^\W\d_]+")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


@dataclass
class Injection:
    lines: list[str]  # the doctored translation, one paragraph per line
    line: int  # the translation line doctored (after the change), or where text was removed
    source_line: int | None  # the source line whose translation was doctored
    removed: bool = False  # text taken out: the finding may sit at the boundary
    marks: tuple[tuple[int, int], ...] = ()  # character spans of the injected text in the doctored translation


def documents():
    ids = (DATA / "doc_ids.txt").read_text(encoding="utf-8").splitlines()
    en = (DATA / "en.txt").read_text(encoding="utf-8").splitlines()
    es = (DATA / "es.txt").read_text(encoding="utf-8").splitlines()
    for doc_id, group in itertools.groupby(zip(ids, en, es), key=lambda row: row[0]):
        rows = list(group)
        yield doc_id, {"en": [r[1] for r in rows], "es": [r[2] for r in rows]}


def join(lines: list[str]) -> str:
    return "\n\n".join(lines) + "\n"


def line_starts(lines: list[str]) -> list[int]:
    starts, position = [], 0
    for line in lines:
        starts.append(position)
        position += len(line) + 2
    return starts


# --- injectors: each returns an Injection, or None when the document offers no place for it ---------------

def drop_sentence(rng, src, tgt, sl, tl, corpus):
    places = [i for i in range(1, len(tgt) - 1) if len(src[i].split()) >= 6]
    if not places:
        return None
    i = rng.choice(places)
    return Injection(tgt[:i] + tgt[i + 1 :], i, i, removed=True)


# What a translator can leave out of a sentence and leave it grammatical: a bracketed aside, or a comma-delimited
# unit that opens the way an optional unit opens (a relative or subordinate clause, a coordinated clause, an
# adjunct, a participle or gerund clause, an apposition), never the main clause after an introductory phrase.
_CLAUSE_OPENERS = {
    "en": frozenset("""which who whose whom where when while whereas although though as after before because since
        unless until if but and or so yet including according with without despite in on at for from during by
        near amid among following a an the""".split()),
    "es": frozenset("""que quien quienes cuyo cuya cuyos cuyas donde cuando mientras aunque pese porque pues tras
        después antes según pero y e o u sino incluido incluida incluidos incluidas con sin en durante desde hasta
        para por ante junto cerca entre un una el la los las lo""".split()),
}
_DETERMINERS = {"en": frozenset("a an the".split()), "es": frozenset("un una el la los las".split())}
# A sentence opening with one of these starts with an adjunct: the unit after its first comma is the main clause.
_INTRODUCTORY = {
    "en": frozenset("""although though while when after before because since if unless as in on at for from during
        according despite with without by following amid under over last this""".split()),
    "es": frozenset("""aunque mientras cuando tras después antes porque como si según pese en durante desde con sin
        por para ante bajo sobre entre el la este esta a al tal cualquiera cualesquiera""".split()),
}
# An aside between two commas goes with both only where a verb follows it ("The man, found by X, was ..."); a
# name or adjective there means the second comma belongs to something else ("the Officer, Elin Jones").
_VERB_AFTER = {
    "en": re.compile(r"(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|did|does|do|also|"
                     r"said|says|told|argue|[a-z]{3,}(?:ed|es))$"),
    "es": re.compile(r"(?:es|son|era|eran|fue|fueron|ha|han|había|habían|será|serán|está|están|estaba|estaban|puede|"
                     r"pueden|podría|debe|deben|dijo|también|[a-záéíóúñ]{3,}(?:ó|aron|ieron|aba|aban|ía|ían))$"),
}
# A unit ending in a conjunction runs into the next clause ("un espíritu de unidad y, por supuesto, está"): no unit.
_CONJUNCTIONS = frozenset("and or but nor y e o u ni pero".split())
# A relative after the unit describes its last noun ("en las calles, que normalmente están llenas"): it would be left
# describing another.
_RELATIVES = {"en": frozenset("which who whom whose where".split()),
              "es": frozenset("que quien quienes cuyo cuya cuyos cuyas donde".split())}
_PARTICIPLE = {"en": re.compile(r"[a-z]{3,}(?:ing|ed)$"), "es": re.compile(r"[a-záéíóú]{3,}(?:ndo|ad[oa]s?|id[oa]s?)$")}
_COMMA_UNIT = re.compile(r"(?<!\d),\s+([^,;:.!?()“”\"«»'‘’]+?)(?=,\s|[.!?](?:\s|$)|$)")
_BRACKETED = re.compile(r"\s\([^()“”\"«»]+\)")
_ABBREVIATION = re.compile(r"(?:\b[A-Z]{1,3}|\b(?:Jr|Sr|Inc|Co|Ltd|St|Mr|Mrs|Ms|Dr|vs|etc))$")


_IRREGULAR_FINITE = {"en": frozenset("""became began came went took made gave got told found saw left won lost held kept
    led ran met sent brought thought felt""".split()),
                     "es": frozenset("sigue siguen tiene tienen hay va van dice dicen hace hacen".split())}


def _finite_verb(words: list[str], language: str) -> bool:
    """Whether the unit's words hold a finite verb before any relative pronoun (whose clause may have one)."""
    for word in words[1:]:
        word = word.strip(",;:“”\"«»()").lower()
        if word in _RELATIVES[language]:
            return False
        if _VERB_AFTER[language].fullmatch(word) or word in _IRREGULAR_FINITE[language]:
            return True
    return False


def _optional_units(line: str, language: str):
    """(start, end) of every unit of ``line`` a translator could drop, leaving the rest grammatical."""
    for m in _BRACKETED.finditer(line):
        yield m.start(), m.end()
    for m in _COMMA_UNIT.finditer(line):
        words = m.group(1).split()
        first = words[0].lower() if words else ""
        if first not in _CLAUSE_OPENERS[language] and not _PARTICIPLE[language].match(first):
            continue
        if words[-1].lower() in _CONJUNCTIONS:
            continue
        before = line[: m.start()]
        starts = [s.end() for s in re.finditer(r"[.!?]\s+", before)]
        sentence = before[starts[-1] if starts else 0 :]
        opening = [w.strip("“\"«¿¡(").lower() for w in sentence.split()[:2]]
        # "Although A, B", and "But although A, B": a conjunction may come first.
        # "Although A, B", "But although A, B", "Teniendo en cuenta A, B": a conjunction may come first, and a
        # gerund or participle opens an adjunct too.
        introduced = bool(opening) and (opening[0] in _INTRODUCTORY[language]
                                        or bool(_PARTICIPLE[language].match(opening[0]))
                                        or opening[0] in _CONJUNCTIONS and opening[1:] and opening[1] in _INTRODUCTORY[language])
        if "," not in sentence and (len(sentence.split()) < 4 or introduced):
            continue  # "Although A, B" or "The next day, B": B is the main clause
        nominal = first in _DETERMINERS[language] or _PARTICIPLE[language].match(first)
        if nominal and (introduced or len(sentence.rsplit(",", 1)[-1].split()) < 3):
            continue  # "As part of A, the B will ..." is the main clause; "houses, hospitals, shopping malls" a list
        if nominal and _finite_verb(words, language):
            continue  # "X, un electricista de la zona dijo que": the unit holds the main verb, no apposition
        previous = sentence.rsplit(",", 1)[-1].split() if "," in sentence else []
        if first in _CONJUNCTIONS and previous and len(previous) < 3:
            continue  # "its identity, personal information, and safety have been": the last item of a list
        opener = previous[0].strip("“\"«").lower() if previous else ""
        if nominal and (opener in _CLAUSE_OPENERS[language] or opener in _INTRODUCTORY[language]
                        or _PARTICIPLE[language].match(opener)):
            continue  # "X, rested on Friday, returned to ...": after an aside the sentence goes on, its main clause
        after = line[m.end() :]
        if after[:1] in ".!?" and _ABBREVIATION.search(m.group(1)):
            continue  # the full stop of "EE. UU." or "St." ends no clause
        if after.startswith(","):
            following = after[1:].split()[:1]
            nxt = following[0] if following else ""
            if nxt.lower() in _RELATIVES[language]:
                continue
            if nxt.lower() in _CLAUSE_OPENERS[language] and nxt.lower() not in _DETERMINERS[language]:
                yield m.start(), m.end()  # "A, unit, and B" → "A, and B"
            elif _VERB_AFTER[language].fullmatch(nxt):
                yield m.start(), m.end() + 1  # "The man, identified by X, was found" → "The man was found"
            continue
        yield m.start(), m.end()


def word_count(text: str) -> int:
    """Words with a letter or digit: the comma a unit starts with (", who said") is none."""
    return sum(any(c.isalnum() for c in token) for token in text.split())


def drop_clause(rng, src, tgt, sl, tl, corpus):
    """An optional unit of at least 5 words and a fifth of its line, leaving at least 4 words, the rest grammatical:
    a bracketed aside, or a comma-delimited clause, apposition or adjunct (see _optional_units)."""
    places = []
    for i, line in enumerate(tgt[1:], 1):
        words = word_count(line)
        for start, end in _optional_units(line, tl):
            size = word_count(line[start:end])
            if size >= 5 and size >= 0.2 * words and words - size >= 4:
                places.append((i, start, end))
    return _drop_one(rng, tgt, places)


def _drop_one(rng, tgt, places):
    """One of the (line, start, end) places cut out of its line, or None when there is none."""
    if not places:
        return None
    i, start, end = rng.choice(places)
    lines = list(tgt)
    lines[i] = tgt[i][:start] + tgt[i][end:]
    return Injection(lines, i, i)  # the line stays: the finding must be on it (or on its source line)


_LOOSE_CLAUSE = re.compile(r"[,;:]\s+[^,;:.!?]+|\([^()]+\)")


def drop_clause_loose(rng, src, tgt, sl, tl, corpus):
    """The first version (--loose-clauses, for comparison): any comma-, semicolon- or colon-delimited stretch or
    bracket of at least 5 words and a fifth of its sentence, grammatical or not, even across a quotation mark
    or inside a number ("380,000")."""
    places = []
    for i, line in enumerate(tgt[1:], 1):
        words = len(line.split())
        for m in _LOOSE_CLAUSE.finditer(line):
            size = len(m.group(0).split())
            if size >= 5 and size >= 0.2 * words and words - size >= 4:
                places.append((i, m.start(), m.end()))
    return _drop_one(rng, tgt, places)


def change_number(rng, src, tgt, sl, tl, corpus):
    places = []
    for i, line in enumerate(tgt):
        source_digits = {re.sub(r"\D", "", n) for n in _NUMBER.findall(src[i])}
        for m in _NUMBER.finditer(line):
            if re.sub(r"\D", "", m.group(0)) in source_digits:
                places.append((i, m.start(), m.end()))
    if not places:
        return None
    i, start, end = rng.choice(places)
    number = tgt[i][start:end]
    digits = [k for k, c in enumerate(number) if c.isdigit()]
    k = rng.choice(digits)
    new_digit = rng.choice([d for d in "123456789" if d != number[k]])
    changed = number[:k] + new_digit + number[k + 1 :]
    lines = list(tgt)
    lines[i] = tgt[i][:start] + changed + tgt[i][end:]
    offset = line_starts(lines)[i]
    return Injection(lines, i, i, marks=((offset + start, offset + start + len(changed)),))


OTHER_NAMES = ("Ana Martínez", "Paul Johnson", "Chidi Okafor", "Eva Lindqvist", "Luc Moreau", "Yuki Tanaka",
               "Piotr Kowalski", "Rui Ferreira")
# Capitalised in English and not in Spanish, or titles: never a person or place ("Sunday", "President").
NOT_NAMES = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december mr mrs ms dr president prime minister king queen pope senator
governor mayor judge""".split())
_NAME_RUN = re.compile(r"\b[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+(?:[ -][A-ZÁÉÍÓÚÑ][a-záéíóúñ]+)*\b")
COMMON_WORD = 4.0  # wordfreq Zipf: a capitalised word this common in English or Spanish is no proper name ("Sky", "Select")


def _names(line: str) -> list[re.Match]:
    """Runs of capitalised words that do not start the line or follow a full stop or an opening mark."""
    return [m for m in _NAME_RUN.finditer(line)
            if m.start() > 0 and not re.search(r"[.!?:“\"«¿¡(]\s*$", line[: m.start()])]


def _is_name(run: str, corpus) -> bool:
    """A person's or place's name: every word never written in lower case in the corpus, no title, weekday or
    month, and no common word of either language."""
    from wordfreq import zipf_frequency

    words = re.split(r"[ -]", run)
    return all(w.lower() not in corpus["en"] and w.lower() not in corpus["es"] and w.lower() not in NOT_NAMES
               and max(zipf_frequency(w.lower(), "en"), zipf_frequency(w.lower(), "es")) < COMMON_WORD for w in words)


def _written(name: str, text: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text) is not None


def swap_name(rng, src, tgt, sl, tl, corpus):
    """A person's or place's name written alike in the source and translation lines, replaced by another name
    both versions of the document write (a whole name for a whole name: "Theresa May" → "Jeremy Corbyn"), or
    a name from outside the document when it has none."""
    places = []
    for i, line in enumerate(tgt):
        for m in _names(line):
            if _written(m.group(0), src[i]) and _is_name(m.group(0), corpus):
                places.append((i, m))
    if not places:
        return None
    i, m = rng.choice(places)
    old_words = set(re.split(r"[ -]", m.group(0)))
    size = min(len(old_words), 2)
    elsewhere = sorted({n.group(0) for j, line in enumerate(tgt) if j != i for n in _names(line)
                        if min(len(re.split(r"[ -]", n.group(0))), 2) == size and not old_words & set(re.split(r"[ -]", n.group(0)))
                        and not _written(n.group(0), src[i]) and not _written(n.group(0), tgt[i])
                        and _written(n.group(0), " ".join(src)) and _is_name(n.group(0), corpus)})
    outside = [n if size == 2 else n.split()[-1] for n in OTHER_NAMES]
    replacement = rng.choice(elsewhere or [n for n in outside if not _written(n, src[i])])
    lines = list(tgt)
    lines[i] = tgt[i][: m.start()] + replacement + tgt[i][m.end() :]
    offset = line_starts(lines)[i]
    return Injection(lines, i, i, marks=((offset + m.start(), offset + m.start() + len(replacement)),))


def copy_source(rng, src, tgt, sl, tl, corpus):
    places = [i for i in range(1, len(tgt)) if len(src[i].split()) >= 6]
    if not places:
        return None
    i = rng.choice(places)
    lines = list(tgt)
    lines[i] = src[i]
    offset = line_starts(lines)[i]
    return Injection(lines, i, i, marks=((offset, offset + len(src[i])),))


def leave_term(rng, src, tgt, sl, tl, corpus):
    """A source word the translation side of the corpus never uses, in place of a translation word."""
    places = []
    for i in range(1, len(tgt)):
        source_words = [w for w in _WORD.findall(src[i]) if w.islower() and len(w) >= 5 and w not in corpus[tl]]
        target_words = [m for m in _WORD.finditer(tgt[i]) if m.group(0).islower() and len(m.group(0)) >= 5
                        and m.group(0) not in src[i]]
        if source_words and target_words:
            places.append((i, source_words, target_words))
    if not places:
        return None
    i, source_words, target_words = rng.choice(places)
    word = rng.choice(source_words)
    m = rng.choice(target_words)
    lines = list(tgt)
    lines[i] = tgt[i][: m.start()] + word + tgt[i][m.end() :]
    offset = line_starts(lines)[i]
    return Injection(lines, i, i, marks=((offset + m.start(), offset + m.start() + len(word)),))


NEGATION = {"en": r"\b(?:not|never)\s+|n't\b", "es": r"\b(?:no|nunca)\s+"}
AUXILIARIES = {"en": r"\b(?:is|are|was|were|will|can|could|would|should|has|have|had|must)\b",
               "es": r"\b(?:es|son|era|eran|fue|fueron|está|están|estaba|ha|han|había|habían|puede|pueden|podría|será|serán|debe|deben)\b"}


CLITICS = r"(?:(?:me|te|se|nos|os|le|les|lo|la|los|las)\s+)+"  # Spanish puts "no" before them: "no nos han"
NEGATIVE_CONCORD = r"[^,.;:!?]*\b(?:ningún|ninguna|ninguno|nada|nadie|nunca|jamás|tampoco|ni)\b"


def flip_negation(rng, src, tgt, sl, tl, corpus):
    """A negation taken out, or one put in before an auxiliary, as a translation would word it: Spanish "no"
    before the object pronouns, and never taken from a clause whose other negative word needs it ("no ... en
    ningún momento" without "no" is no reversal, only bad Spanish)."""
    places = []
    for i, line in enumerate(tgt[1:], 1):
        for m in re.finditer(NEGATION[tl], line):
            if tl == "es" and re.match(NEGATIVE_CONCORD, line[m.end() :]):
                continue
            places.append((i, "drop", m))
        for m in re.finditer(AUXILIARIES[tl], line):
            if not re.match(r"\s+(?:not|no|never|nunca)\b", line[m.end() :]) and not re.search(NEGATION[tl], line[max(0, m.start() - 8) : m.start()]):
                places.append((i, "add", m))
    if not places:
        return None
    i, how, m = rng.choice(places)
    lines = list(tgt)
    if how == "drop":
        lines[i] = tgt[i][: m.start()] + tgt[i][m.end() :]
        where = (m.start(), m.start())
    elif tl == "en":
        lines[i] = tgt[i][: m.end()] + " not" + tgt[i][m.end() :]
        where = (m.end(), m.end() + 4)
    else:
        clitics = re.search(rf"\b{CLITICS}$", tgt[i][: m.start()], re.IGNORECASE)
        at = clitics.start() if clitics else m.start()
        word = "No " if at == 0 or re.search(r"[.!?¿¡“\"«]\s*$", tgt[i][:at]) else "no "
        following = tgt[i][at:]
        if word == "No " and following[:1].isupper() and not re.match(r"[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+\s+[A-ZÁÉÍÓÚÑ]", following):
            following = following[:1].lower() + following[1:]
        lines[i] = tgt[i][:at] + word + following
        where = (at, at + 3)
    offset = line_starts(lines)[i]
    return Injection(lines, i, i, marks=((offset + where[0], offset + where[1]),))


def truncate(rng, src, tgt, sl, tl, corpus):
    """The translation stops mid-sentence or at a sentence end, a third of the way or later."""
    if len(tgt) < 4:
        return None
    i = rng.randrange(max(1, len(tgt) // 3), len(tgt) - 1)
    if rng.random() < 0.5:
        return Injection(tgt[:i], i, i, removed=True)
    spaces = [m.start() for m in re.finditer(r" ", tgt[i])]
    middle = [p for p in spaces if 0.25 * len(tgt[i]) <= p <= 0.75 * len(tgt[i])] or spaces
    if not middle:
        return None
    return Injection(tgt[:i] + [tgt[i][: rng.choice(middle)]], i, i, removed=True)


OPENING = "“\"«"


def double_mark(rng, src, tgt, sl, tl, corpus):
    places = [(i, m.start()) for i, line in enumerate(tgt) for m in re.finditer(r"(?:^|(?<=\s))[“\"«](?=\w)", line)]
    if not places:
        return None
    i, pos = rng.choice(places)
    lines = list(tgt)
    lines[i] = tgt[i][:pos] + tgt[i][pos] + tgt[i][pos:]
    offset = line_starts(lines)[i]
    return Injection(lines, i, i, marks=((offset + pos, offset + pos + 2),))


PREAMBLES = {
    "en": ("Here is the translation of the article into English:", "Sure! Below is the English translation.",
           "Translation:"),
    "es": ("Aquí tienes la traducción del artículo al español:", "¡Claro! A continuación, la traducción al español.",
           "Traducción:"),
}


def llm_preamble(rng, src, tgt, sl, tl, corpus):
    preamble = rng.choice(PREAMBLES[tl])
    return Injection([preamble] + list(tgt), 0, None, marks=((0, len(preamble)),))


def quot_entity(rng, src, tgt, sl, tl, corpus):
    if not any(re.search(r"[“”\"«»]", line) for line in tgt):
        return None
    lines = [re.sub(r"[“”\"«»]", "&quot;", line) for line in tgt]
    text = join(lines)
    marks = tuple((m.start(), m.end()) for m in re.finditer("&quot;", text))
    first = bisect.bisect_right(line_starts(lines), marks[0][0]) - 1
    return Injection(lines, first, None, marks=marks)


# type → (injector, detectors whose finding counts as catching it; None: any finding over the injected text)
TYPES = {
    "drop-sentence": (drop_sentence, {"bilingual.omission"}),
    "drop-clause": (drop_clause, {"bilingual.omission"}),
    "change-number": (change_number, {"bilingual.number"}),
    "swap-name": (swap_name, {"bilingual.name"}),
    "copy-source": (copy_source, {"bilingual.copy", "language.untranslated"}),
    "leave-term": (leave_term, {"bilingual.term"}),
    "flip-negation": (flip_negation, {"bilingual.negation"}),
    "truncate": (truncate, {"bilingual.truncation"}),
    "double-mark": (double_mark, None),
    "llm-preamble": (llm_preamble, None),
    "quot-entity": (quot_entity, None),
}
MONOLINGUAL_TYPES = ("double-mark", "llm-preamble", "quot-entity")  # found by the `mono` worker's detectors


def audit(source_lines, target_lines, sl, tl, translate=None):
    from transcompare.auditing import audit_against_source
    from transcompare.document import build_document

    source = build_document(join(source_lines), "source", sl)
    target = build_document(join(target_lines), "translation", tl)
    bridge, clauses = translate(source, sl, tl) if translate else (None, None)
    return audit_against_source(target, source, translated_source=bridge, translate_clauses=clauses), source, target


def translator(model: str):
    """The source's sentences in the translation's language, by ``model`` ("apertium": Apertium both ways), and
    the model for the audit to translate clauses with."""
    from transcompare.auditing import translate_sentences
    from transcompare.translate.session import TranslationSession

    session = TranslationSession(progress=False)
    done = {}

    def translate(source, sl, tl):
        key = (source.text, sl, tl)
        if key not in done:
            spec = f"apertium-{sl}-{tl}" if model == "apertium" else model
            done[key] = translate_sentences(source, spec, tl, session)
        return done[key]

    return translate


def caught(kind: str, injection: Injection, report, source_lines) -> bool:
    _, wanted = TYPES[kind]
    target_starts = line_starts(injection.lines)
    source_starts = line_starts(source_lines)
    for finding in report.findings:
        if wanted is None:
            if any(finding.span.start <= end and start <= finding.span.end for start, end in injection.marks):
                return True
            continue
        if finding.detector not in wanted:
            continue
        if kind == "truncate":
            return True
        near = {injection.line, injection.line - 1} if injection.removed else {injection.line}
        source_lines_covered = lines_of(finding.source_span, source_starts) if finding.source_span else range(0)
        if near & set(lines_of(finding.span, target_starts)) or injection.source_line in source_lines_covered:
            return True
    return False


def lines_of(span, starts: list[int]) -> range:
    """The lines a span covers (a sentence bead may run over two paragraphs); an empty span, its line."""
    first = bisect.bisect_right(starts, span.start) - 1
    return range(first, bisect.bisect_right(starts, max(span.start, span.end - 1)))


JUDGED = ROOT / "benchmarks" / "data" / "ntrex-untouched-judged.tsv"


def judgements() -> dict[tuple[str, str, int, int, str], tuple[str, str]]:
    """(direction, doc, line, offset, detector) → (verdict, why) of the untouched findings judged by hand."""
    if not JUDGED.exists():
        return {}
    rows = [line.split("\t") for line in JUDGED.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    return {(d, doc, int(line), int(offset), detector): (verdict, why)
            for d, doc, line, offset, detector, verdict, why in rows[1:]}


def half_of(number: int) -> str:
    """Documents 0-29: half A (calibration); 30-59: half B (check)."""
    return "A" if number < 30 else "B"


def run(half_of, only_types=None, translate=None) -> dict:
    docs = list(documents())
    corpus = {lang: {w for _, d in docs for line in d[lang] for w in _WORD.findall(line)} for lang in ("en", "es")}
    recall = defaultdict(lambda: defaultdict(lambda: [0, 0]))  # type → "half:sl-tl" → [found, injected]
    misses = defaultdict(list)
    clean = defaultdict(lambda: [0, 0])  # "half:sl-tl" → [introduced findings, words]
    clean_findings = []
    cpu = 0.0
    for number, (doc_id, doc) in enumerate(docs):
        half = half_of(number)
        for sl, tl in DIRECTIONS:
            src, tgt = doc[sl], doc[tl]
            key = f"{half}:{sl}-{tl}"
            started = time.process_time()
            report, _, target = audit(src, tgt, sl, tl, translate)
            cpu += time.process_time() - started
            introduced = [f for f in report.findings if f.provenance != "inherited"]
            clean[key][0] += len(introduced)
            clean[key][1] += target.word_count()
            starts = line_starts(tgt)
            for f in introduced:
                line = bisect.bisect_right(starts, f.span.start) - 1
                clean_findings.append((key, doc_id, f, f.span.of(target.text), report, line, f.span.start - starts[line]))
            for kind, (inject, _) in TYPES.items():
                if only_types and kind not in only_types:
                    continue
                rng = random.Random(f"{SEED}:{doc_id}:{sl}-{tl}:{kind}")
                injection = inject(rng, src, tgt, sl, tl, corpus)
                if injection is None:
                    continue
                report, _, target = audit(src, injection.lines, sl, tl, translate)
                found = caught(kind, injection, report, src)
                recall[kind][key][0] += found
                recall[kind][key][1] += 1
                if not found:
                    misses[kind].append((key, doc_id, injection, report))
    return {"recall": recall, "misses": misses, "clean": clean, "clean_findings": clean_findings, "cpu": cpu}


def summarise(result) -> dict:
    out = {"recall": {}, "untouched": {}}
    for kind, by_key in result["recall"].items():
        row = {key: {"found": f, "injected": n, "recall": round(f / n, 3) if n else None} for key, (f, n) in sorted(by_key.items())}
        total_f = sum(f for f, _ in by_key.values())
        total_n = sum(n for _, n in by_key.values())
        row["all"] = {"found": total_f, "injected": total_n, "recall": round(total_f / total_n, 3) if total_n else None}
        out["recall"][kind] = row
    for key, (count, words) in sorted(result["clean"].items()):
        out["untouched"][key] = {"findings": count, "words": words, "per_1k_words": round(1000 * count / words, 3)}
    count = sum(c for c, _ in result["clean"].values())
    words = sum(w for _, w in result["clean"].values())
    out["untouched"]["all"] = {"findings": count, "words": words, "per_1k_words": round(1000 * count / words, 3)}
    out["untouched_by_detector"] = dict(Counter(row[2].detector for row in result["clean_findings"]).most_common())
    judged = judgements()
    out["untouched_findings"] = [{"where": key, "doc": doc, "line": line, "offset": offset, "detector": f.detector,
                                  "text": text[:120], "message": f.message[:160],
                                  "source": f.source_span.of(report.source.text)[:120] if f.source_span and report.source else None,
                                  "judged": judged.get((key.split(":")[1], doc, line, offset, f.detector))}
                                 for key, doc, f, text, report, line, offset in result["clean_findings"]]
    real = Counter(row["where"] for row in out["untouched_findings"] if (row["judged"] or ("",))[0] == "real")
    for key, row in out["untouched"].items():
        count = row["findings"] - (sum(real.values()) if key == "all" else real[key])
        row["not_judged_real"] = count
        row["not_judged_real_per_1k_words"] = round(1000 * count / row["words"], 3)
    return out


def print_summary(summary: dict, result) -> None:
    keys = ["A:en-es", "A:es-en", "B:en-es", "B:es-en"]
    print(f"{'type':<15}" + "".join(f"{k:>14}" for k in keys) + f"{'all':>14}")
    for kind in TYPES:
        row = summary["recall"].get(kind)
        if not row:
            continue
        cells = []
        for k in keys + ["all"]:
            cell = row.get(k)
            cells.append(f"{cell['found']:>4}/{cell['injected']:<3} {cell['recall']:.2f}" if cell else f"{'-':>14}")
        tag = "  (mono worker's detectors)" if kind in MONOLINGUAL_TYPES else ""
        print(f"{kind:<15}" + "".join(f"{c:>14}" for c in cells) + tag)
    print("\nuntouched human translations, introduced findings per 1,000 words:")
    for key, row in summary["untouched"].items():
        print(f"  {key:<8} {row['findings']:>3} findings / {row['words']:>6} words = {row['per_1k_words']:.3f}   "
              f"less those judged real by hand ({JUDGED.name}): {row['not_judged_real']:>3} = "
              f"{row['not_judged_real_per_1k_words']:.3f}")
    print("  by detector:", summary["untouched_by_detector"])
    for row in summary["untouched_findings"][:40]:
        verdict = f"judged {row['judged'][0]}: {row['judged'][1]}" if row["judged"] else "not judged"
        print(f"    [{row['where']} {row['doc']} line {row['line']} at {row['offset']}] {row['detector']}: {row['text']!r} "
              f"← {row['source']!r}")
        print(f"        {row['message']}\n        ({verdict})")
    print("\nmisses (up to 3 per type):")
    for kind, rows in result["misses"].items():
        for key, doc, injection, report in rows[:3]:
            line = injection.lines[injection.line] if injection.line < len(injection.lines) else "(end)"
            got = ", ".join(sorted({f.detector for f in report.findings})) or "nothing"
            print(f"  {kind} [{key} {doc} line {injection.line}] {line[:110]!r} → found: {got}")


def print_beside(summary: dict, other: dict, name: str) -> None:
    """Recall per type and the untouched findings of this run next to another's (its JSON)."""
    this = f"this run ({summary.get('model') or 'no model'})"
    that = f"{name} ({other.get('model') or 'no model'})"
    print(f"\nside by side: {'type':<15}{this:>28}{that:>36}")
    for kind in TYPES:
        cells = [run["recall"].get(kind, {}).get("all") for run in (summary, other)]
        if not any(cells):
            continue
        text = [f"{c['found']}/{c['injected']} = {c['recall']:.3f}" if c else "-" for c in cells]
        print(f"              {kind:<15}{text[0]:>28}{text[1]:>36}")
    rows = [run["untouched"]["all"] for run in (summary, other)]
    text = [f"{r['findings']}/{r['words']} = {r['per_1k_words']:.3f}" for r in rows]
    print(f"              {'untouched':<15}{text[0]:>28}{text[1]:>36}   (findings / words = per 1,000)")


def speed(sentences: int = 1000) -> dict:
    """CPU seconds (time.process_time) of the bilingual audit, without a model, of a pair of
    ``sentences`` lines (ntrex-dev repeated): building both documents, aligning, every check,
    and the monolingual audits of both texts. Imports and word lists load once before."""
    from transcompare.auditing import audit_against_source
    from transcompare.bilingual.lexicon import zipf
    from transcompare.document import build_document

    lines = [doc for _, doc in documents()]
    es = ([line for d in lines for line in d["es"]] * 2)[:sentences]
    en = ([line for d in lines for line in d["en"]] * 2)[:sentences]
    started = time.process_time()
    audit_against_source(build_document("Uno. Dos.\n", "s", "es"), build_document("One. Two.\n", "t", "en"))
    zipf("casa", "es"), zipf("house", "en")
    warm_up = time.process_time() - started
    started = time.process_time()
    source = build_document(join(es), "source", "es")
    target = build_document(join(en), "translation", "en")
    audit_against_source(target, source)
    return {"lines": sentences, "source_sentences": len(source.sentences), "target_sentences": len(target.sentences),
            "cpu_seconds": round(time.process_time() - started, 2), "warm_up_cpu_seconds": round(warm_up, 2)}


def calibrate(half: str = "A") -> None:
    """The length statistics bilingual/calibration.py uses, from one half of the documents."""
    from transcompare.bilingual.calibration import sigma

    for sl, tl in DIRECTIONS:
        values, residuals = [], []
        for number, (_, doc) in enumerate(documents()):
            if half_of(number) != half:
                continue
            for s, t in zip(doc[sl], doc[tl]):
                if len(s) >= 20:
                    values.append((len(s), math.log(len(t) / len(s))))
        mean = sum(v for _, v in values) / len(values)
        residuals = sorted((v - mean) / sigma(n) for n, v in values)

        def q(p: float, ordered: list[float] = residuals) -> float:
            return ordered[min(len(ordered) - 1, int(p * len(ordered)))]

        print(f"{sl}→{tl}: {len(values)} line pairs, mean log ratio {mean:+.3f}; z quantiles "
              f"0.1% {q(0.001):+.2f} 1% {q(0.01):+.2f} 5% {q(0.05):+.2f} 95% {q(0.95):+.2f} 99% {q(0.99):+.2f} "
              f"99.9% {q(0.999):+.2f}; sd of z {math.sqrt(sum(r * r for r in residuals) / len(residuals)):.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--calibrate", action="store_true", help="print the length statistics of half A and exit")
    parser.add_argument("--types", help="comma-separated artifact types to inject (default: all)")
    parser.add_argument("--loose-clauses", action="store_true",
                        help="drop clauses as the first version did (any stretch between punctuation, grammatical "
                             "or not), to compare with earlier figures")
    parser.add_argument("--model", help="align through this model's translation of the source, and look for a "
                                        "clause's words in it ('apertium': apertium-en-es / apertium-es-en); "
                                        "default: no model")
    parser.add_argument("--beside", type=Path, help="a results JSON of another run (another --model, or none) to "
                                                    "print side by side with this one")
    args = parser.parse_args()
    require(DATA)
    sys.path.insert(0, str(ROOT))
    if args.calibrate:
        calibrate("A")
        return
    timing = speed()
    print(f"speed: {timing['source_sentences']} × {timing['target_sentences']} sentences es→en, no model: "
          f"{timing['cpu_seconds']:.2f} s CPU (process_time; imports and word lists before: {timing['warm_up_cpu_seconds']:.2f} s)\n")
    translate = translator(args.model) if args.model else None
    if args.loose_clauses:
        TYPES["drop-clause"] = (drop_clause_loose, TYPES["drop-clause"][1])
    result = run(half_of, set(args.types.split(",")) if args.types else None, translate)
    summary = summarise(result)
    summary["audit_cpu_seconds_untouched"] = round(result["cpu"], 2)
    summary["seed"] = SEED
    summary["speed"] = timing
    summary["model"] = args.model
    print_summary(summary, result)
    if args.beside:
        print_beside(summary, json.loads(args.beside.read_text(encoding="utf-8")), args.beside.name)
    print(f"\nCPU seconds for the 120 untouched audits (with the model's translation, when cached): {result['cpu']:.1f}")
    if args.json:
        from transcompare.io import write_atomic

        write_atomic(args.json, json.dumps(summary, ensure_ascii=False, indent=2) + "\n")


if __name__ == "__main__":
    main()
