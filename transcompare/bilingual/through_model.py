"""What a model's translation of the source says about a source clause the translation may lack.

Given the source's sentences translated by a model (``Pair.translated_source``, from ``--model``), a clause's
content words can be looked for in the human translation. A rule-based model (Apertium) writes a clause's
words about where the clause stands in its sentence, so the clause's stretch of the model's sentence is found
by its place. A clause whose model words the translation wholly lacks, while it has most of the model's words
for the rest of the sentence, was left out; a reworded clause keeps some of them.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..datamodel import Span
from ..fold import LETTERS
from .pair import Pair, function_words

MIN_LETTERS = 4  # shorter words are mostly function words, or too ambiguous to look for
STEM = 4  # a word is found when a translation word starts alike ("viviendo", "viven"; "international", "internacional")


@dataclass(frozen=True)
class ModelWords:
    missing: tuple[str, ...]  # the clause's content words in the model's translation that the translation lacks
    own: int  # the clause's content words in the model's translation
    rest: int  # the rest of the sentences' content words in the model's translation
    rest_kept: int  # ...that the translation has

    @property
    def kept(self) -> float:
        return self.rest_kept / self.rest if self.rest else 1.0


def _key(word: str) -> str:
    return word.lower()[:STEM]


def translation_keys(pair: Pair, target_ids: tuple[int, ...]) -> frozenset[str]:
    """The stems of the translation's words in these sentences."""
    return frozenset(_key(w) for j in target_ids for w in LETTERS.findall(pair.target_sentences[j]))


def model_words(pair: Pair, source_ids: tuple[int, ...], clause: Span, found: frozenset[str]) -> ModelWords | None:
    """The model's content words for ``clause`` (a span of the source sentences ``source_ids``) that the
    translation (``found``: its stems) lacks, and how many of the model's words for the rest it has. A model
    word belongs to the clause when its middle, carried in proportion to the same place of the source
    sentence, falls inside the clause. None without a model's translation."""
    translated = pair.translated_source
    if translated is None:
        return None
    skip = function_words(pair.target.language)
    missing: list[str] = []
    own = rest = rest_kept = 0
    for i in source_ids:
        sentence, output = pair.source.sentences[i], translated[i]
        if not output:
            continue
        scale = (sentence.end - sentence.start) / len(output)
        source_words = set(LETTERS.findall(pair.source.text[sentence.start : sentence.end]))
        for m in LETTERS.finditer(output):
            word = m.group(0)
            if len(word) < MIN_LETTERS or word.lower() in skip or (word.islower() and word in source_words):
                continue  # a function word, or a word the model did not know and copied: no evidence either way
            present = _key(word) in found
            if clause.start <= sentence.start + (m.start() + m.end()) / 2 * scale < clause.end:
                own += 1
                if not present:
                    missing.append(word)
            else:
                rest += 1
                rest_kept += present
    return ModelWords(tuple(missing), own, rest, rest_kept)
