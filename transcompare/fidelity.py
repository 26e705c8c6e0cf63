"""How faithfully a quotation survived: chrF, length, numbers, names, negation, speaker, boundaries."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict, dataclass
from functools import lru_cache

NEGATIONS = frozenset(
    """not no never none nobody nothing neither nor without cannot n't ni nunca jamás nadie nada ningún ninguno
    ninguna tampoco sin ne pas jamais personne rien aucun kein keine nicht nie niemand nichts não nem nunca
    nenhum nenhuma""".split()
)
_NUMBER = re.compile(r"\d[\d.,\s]*\d|\d")
_WORDS = re.compile(r"[\w’']+")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in text if not unicodedata.combining(c))


def numbers(text: str) -> list[str]:
    """Numbers with separators removed, so 13,000 / 13.000 / 13 000 compare equal."""
    return sorted(re.sub(r"\D", "", n) for n in _NUMBER.findall(text))


def names(text: str) -> set[str]:
    """Capitalised words not at the start of a sentence, folded to a 5-letter stem."""
    words = _WORDS.findall(text)
    out = set()
    for i, word in enumerate(words):
        after_stop = i > 0 and re.search(r"[.!?¿¡:]\s*$", text[: text.find(word)]) is not None
        if i > 0 and word[0].isupper() and not after_stop and len(word) > 1:
            out.add(fold(word)[:5])
    return out


def negations(text: str) -> int:
    lowered = fold(text)
    return sum(1 for w in _WORDS.findall(lowered) if w in NEGATIONS or w.endswith("n't"))


@lru_cache(maxsize=1)
def _chrf_metric():
    from sacrebleu.metrics import CHRF

    return CHRF()


def chrf(hypothesis: str, reference: str) -> float:
    """sacrebleu's sentence chrF (0..100); two empty texts are identical."""
    if not hypothesis.strip() and not reference.strip():
        return 100.0
    return round(_chrf_metric().sentence_score(hypothesis, [reference]).score, 1)


@dataclass(frozen=True)
class Fidelity:
    chrf: float | None  # 0..100, None when the two sides are in different languages
    length_ratio: float
    numbers_kept: bool
    names_kept: bool
    negation_kept: bool
    speaker_kept: bool
    boundaries_kept: bool
    score: float  # 0..1, half from chrF, half from the five checks

    def as_dict(self) -> dict:
        return asdict(self)

    def problems(self) -> list[str]:
        labels = {"numbers_kept": "numbers", "names_kept": "names", "negation_kept": "negation",
                  "speaker_kept": "speaker", "boundaries_kept": "quote boundaries"}
        return [label for key, label in labels.items() if not getattr(self, key)]


def measure(original: str, counterpart: str, same_language: bool, original_speaker: str | None = None,
            counterpart_speaker: str | None = None, counterpart_closed: bool = True) -> Fidelity:
    """Compare a quotation (``original``) with its counterpart in another version."""
    score_chrf = chrf(counterpart, original) if same_language else None
    ratio = round(len(counterpart) / len(original), 2) if original else (1.0 if not counterpart else 0.0)
    numbers_kept = numbers(original) == numbers(counterpart)
    names_kept = names(original) <= names(counterpart) | {n for n in names(original) if n in fold(counterpart)}
    negation_kept = (negations(original) % 2) == (negations(counterpart) % 2)
    speaker_kept = _same_speaker(original_speaker, counterpart_speaker)
    boundaries_kept = counterpart_closed and (not same_language or _same_edges(original, counterpart))
    checks = [numbers_kept, names_kept, negation_kept, speaker_kept, boundaries_kept]
    content = (score_chrf / 100) if score_chrf is not None else min(ratio, 1 / ratio if ratio else 0)
    score = round(0.5 * content + 0.1 * sum(checks), 3)
    return Fidelity(score_chrf, ratio, numbers_kept, names_kept, negation_kept, speaker_kept, boundaries_kept, score)


def _same_speaker(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True  # nothing to contradict
    return bool(set(fold(a).split()) & set(fold(b).split()))


def _same_edges(a: str, b: str) -> bool:
    wa, wb = _WORDS.findall(fold(a)), _WORDS.findall(fold(b))
    if not wa or not wb:
        return not wa and not wb
    return wa[0] in wb[:3] and wa[-1] in wb[-3:]
