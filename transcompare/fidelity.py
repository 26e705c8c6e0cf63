"""How faithfully a quotation survived: chrF, the words kept, numbers, names and negation
(compared by :mod:`transcompare.crosscheck`), speaker and boundaries."""

from __future__ import annotations

import difflib
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from .crosscheck import Difference, Kind, compare_pair
from .datamodel import Severity
from .fold import fold

_WORDS = re.compile(r"[\w’']+")
CHRF_ORDER = 6
CHRF_BETA = 2
LONGEST_DIFF = 2000  # words; longer quotations are compared as bags of words only


@lru_cache(maxsize=4)  # an indirect quotation is compared with its aligned sentences, shared by all their quotations
def _char_ngrams(text: str) -> tuple[Counter, list[int]]:
    """Character n-grams (1..6, whitespace removed) in one counter, and how many there are per order."""
    joined = "".join(text.split())
    size = len(joined)
    grams = Counter(joined[i : i + n] for n in range(1, CHRF_ORDER + 1) for i in range(size - n + 1))
    return grams, [max(0, size - n + 1) for n in range(1, CHRF_ORDER + 1)]


@lru_cache(maxsize=8192)
def chrf(hypothesis: str, reference: str) -> float:
    """Sentence chrF (0..100), the same figure as sacrebleu's ``CHRF().sentence_score`` (character
    6-grams, β = 2, whitespace ignored, a test checks they agree), without its per-call overhead;
    two empty texts are identical."""
    if not hypothesis.strip() and not reference.strip():
        return 100.0
    hyp, hyp_counts = _char_ngrams(hypothesis)
    ref, ref_counts = _char_ngrams(reference)
    matches = [0] * (CHRF_ORDER + 1)
    fewer, more = (hyp, ref) if len(hyp) <= len(ref) else (ref, hyp)  # the shorter side's n-grams: linear time
    found = more.get
    for gram, count in fewer.items():
        other = found(gram)
        if other:
            matches[len(gram)] += count if count < other else other
    factor = CHRF_BETA ** 2
    avg_precision = avg_recall = 0.0
    effective = 0
    for n in range(1, CHRF_ORDER + 1):
        n_hyp, n_ref = hyp_counts[n - 1], ref_counts[n - 1]
        if n_hyp and n_ref:
            avg_precision += matches[n] / n_hyp
            avg_recall += matches[n] / n_ref
            effective += 1
    if not effective:
        return 0.0
    avg_precision /= effective
    avg_recall /= effective
    if avg_precision + avg_recall <= 1e-16:
        return 0.0
    score = (1 + factor) * avg_precision * avg_recall / (factor * avg_precision + avg_recall)
    return round(100 * score, 1)


def words(text: str) -> list[str]:
    return [w.strip("’'") for w in _WORDS.findall(fold(text))]


def words_kept(original: str, counterpart: str) -> float:
    """Share of the quotation's words the counterpart still has (in any order)."""
    mine = _word_counts(original)
    if not mine:
        return 1.0
    return sum((mine & _word_counts(counterpart)).values()) / sum(mine.values())  # & reads the left side's words


@lru_cache(maxsize=4)  # as _char_ngrams: a long counterpart is counted once
def _word_counts(text: str) -> Counter:
    return Counter(words(text))


@lru_cache(maxsize=4096)
def _loose(word: str) -> str:
    return fold(word).strip(".,;:!?“”\"'‘’«»()")


@lru_cache(maxsize=4096)  # a quotation repeated in an article (a standfirst, boilerplate) is compared once
def word_diff(original: str, counterpart: str, exact: bool = False) -> tuple[tuple[str, str], ...]:
    """The counterpart as segments ("equal" | "delete" | "insert", text): deleted words are the
    original's, inserted words the counterpart's, in reading order. Words are matched regardless
    of case, accents and punctuation around them (a quotation's words), or ``exact``ly (MT outputs)."""
    old, new = original.split(), counterpart.split()
    if len(old) + len(new) > LONGEST_DIFF:
        return (("delete", original), ("insert", counterpart)) if original != counterpart else (("equal", original),)
    if exact:
        matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    else:
        matcher = difflib.SequenceMatcher(a=[_loose(w) for w in old], b=[_loose(w) for w in new], autojunk=False)
    out: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            out.append(("equal", " ".join(new[j1:j2])))
            continue
        if i2 > i1:
            out.append(("delete", " ".join(old[i1:i2])))
        if j2 > j1:
            out.append(("insert", " ".join(new[j1:j2])))
    return tuple(out)


@dataclass(frozen=True)
class Fidelity:
    chrf: float | None  # 0..100, None when the two sides are in different languages
    length_ratio: float
    words_kept: float | None  # same language: share of the quotation's words kept; None across languages
    speaker_kept: bool
    boundaries_kept: bool
    score: float  # 0..1: half from chrF (or length), half from the checks
    differences: tuple[Difference, ...] = field(default=())  # numbers, names, negation (crosscheck)

    def _kept(self, kind: Kind) -> bool:
        return not any(d.kind is kind and d.severity >= Severity.MAJOR for d in self.differences)

    @property
    def numbers_kept(self) -> bool:
        return self._kept(Kind.NUMBERS)

    @property
    def names_kept(self) -> bool:
        return self._kept(Kind.NAMES)

    @property
    def negation_kept(self) -> bool:
        return self._kept(Kind.NEGATION)

    @property
    def severity(self) -> Severity | None:
        return max((d.severity for d in self.differences), default=None)

    def as_dict(self) -> dict:
        return {"chrf": self.chrf, "length_ratio": self.length_ratio, "words_kept": self.words_kept,
                "numbers_kept": self.numbers_kept, "names_kept": self.names_kept,
                "negation_kept": self.negation_kept, "speaker_kept": self.speaker_kept,
                "boundaries_kept": self.boundaries_kept, "score": self.score,
                "differences": [d.as_dict() for d in self.differences]}

    def problems(self) -> list[str]:
        labels = {"numbers_kept": "numbers", "names_kept": "names", "negation_kept": "negation",
                  "speaker_kept": "speaker", "boundaries_kept": "quote boundaries"}
        return [label for key, label in labels.items() if not getattr(self, key)]


@lru_cache(maxsize=8192)
def measure(original: str, counterpart: str, original_lang: str, counterpart_lang: str,
            original_speaker: str | None = None, counterpart_speaker: str | None = None,
            counterpart_closed: bool = True, original_names: frozenset[str] = frozenset(),
            counterpart_names: frozenset[str] = frozenset()) -> Fidelity:
    """Compare a quotation (``original``) with its counterpart in another version.

    ``original_names``, ``counterpart_names``: each document's names (crosscheck.known_names)."""
    same = original_lang == counterpart_lang
    score_chrf = chrf(counterpart, original) if same else None
    ratio = round(len(counterpart) / len(original), 2) if original else (1.0 if not counterpart else 0.0)
    kept = round(words_kept(original, counterpart), 3) if same else None
    differences = tuple(compare_pair(original, original_lang, counterpart, counterpart_lang,
                                     source_names=original_names, target_names=counterpart_names))
    speaker_kept = _same_speaker(original_speaker, counterpart_speaker)
    boundaries_kept = counterpart_closed and (not same or _same_edges(original, counterpart))
    checks = [not any(d.kind is kind and d.severity >= Severity.MAJOR for d in differences) for kind in Kind]
    checks += [speaker_kept, boundaries_kept]
    content = (score_chrf / 100) if score_chrf is not None else min(ratio, 1 / ratio if ratio else 0)
    score = round(0.5 * content + 0.1 * sum(checks), 3)
    return Fidelity(score_chrf, ratio, kept, speaker_kept, boundaries_kept, score, differences)


def _same_speaker(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True  # nothing to contradict
    return bool(set(fold(a).split()) & set(fold(b).split()))


def _same_edges(a: str, b: str) -> bool:
    wa, wb = _WORDS.findall(fold(a)), _WORDS.findall(fold(b))
    if not wa or not wb:
        return not wa and not wb
    return wa[0] in wb[:3] and wa[-1] in wb[-3:]
