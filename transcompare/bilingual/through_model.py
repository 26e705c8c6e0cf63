"""What a model's translation of a source clause says about whether the translation lacks it.

With a model at hand (``Pair.translate_clauses``, from ``--model``), every piece of the source sentences worth a
look (a piece: the stretch between two clause boundaries, omission.py's ``_pieces``) is translated on its own, all
of a document's pieces in one call through the translation cache: a clause's model words are its pieces'. A clause
whose model words the translation wholly lacks, where it has enough of the model's words for the rest of the
sentence, and no words of its own left over that could say the clause differently, was left out; a reworded
clause keeps some of its words, or leaves words of its own.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..datamodel import Span
from ..fold import LETTERS, fold
from .lexicon import zipf
from .pair import Pair, function_words

MIN_LETTERS = 4  # shorter words are mostly function words, or too ambiguous to look for
STEM = 4  # a word is found when a translation word starts alike ("international", "internacional")
COMMON = 6.0  # wordfreq Zipf: a word this common ("para", "when", "también") says little about which clause is there
# Inflections taken off before the stem is cut, so that a verb's forms meet ("viviendo", "viven"; "living", "lives"):
# a light lemmatiser, the same for the model's words and the translation's. Longest first; a stem keeps 3 letters.
_ENDINGS = tuple(sorted("""iendo ando ieron aron aban ían ía ado ada ados adas ido ida idos idas ar er ir an en ió
    ing ed es s a o e""".split(), key=len, reverse=True))


@dataclass(frozen=True)
class ModelWords:
    missing: tuple[str, ...]  # the clause's content words in the model's translation that the translation lacks
    own: int  # the clause's content words in the model's translation
    rest: int  # the rest of the sentences' content words in the model's translation
    rest_kept: int  # ...that the translation has
    # The translation's content words that no model word of the sentences accounts for, less the rest's model words
    # it lacks (it said those in its own words): what is left over that could say the clause in other words.
    spare: int = 0

    @property
    def kept(self) -> float:
        return self.rest_kept / self.rest if self.rest else 1.0


def _key(word: str) -> str:
    word = fold(word)
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[: -len(ending)]
            break
    return word[:STEM]


def translate_pieces(pair: Pair, pieces: Iterable[Span]) -> None:
    """Translate these source pieces with the pair's model, in one call (its cache answers what it has seen);
    ``piece_words`` reads them. Nothing without a model."""
    if pair.translate_clauses is None:
        return
    done: dict[Span, str] = pair.cache.setdefault("pieces", {})
    todo = list(dict.fromkeys(p for p in pieces if p not in done))
    if todo:
        done.update(zip(todo, pair.translate_clauses([p.of(pair.source.text).strip(" ,;:()[]—–") for p in todo])))


def _content(pair: Pair, text: str, source_words: set[str]) -> dict[str, str]:
    """The content words of a text in the translation's language by their stems: no function or very common
    words, and none of ``source_words`` written in lower case (a word the model did not know and copied)."""
    language = pair.target.language
    skip = function_words(language)
    return {_key(w): w for w in LETTERS.findall(text)
            if len(w) >= MIN_LETTERS and w.lower() not in skip and not (w.islower() and w in source_words)
            and zipf(w.lower(), language) < COMMON}


def piece_words(pair: Pair, pieces: list[Span], first: int, last: int, target_ids: tuple[int, ...]) -> ModelWords | None:
    """The model's content words for the clause ``pieces[first:last + 1]`` that the translation (its sentences
    ``target_ids``) lacks, and how many of the model's words for the other pieces it has. A word the model writes
    for the clause and for another piece proves nothing either way. None unless ``translate_pieces`` translated
    every piece."""
    done = pair.cache.get("pieces", {})
    if any(p not in done for p in pieces):
        return None
    text = pair.source.text
    own: dict[str, str] = {}
    rest: dict[str, str] = {}
    for k, piece in enumerate(pieces):
        (own if first <= k <= last else rest).update(_content(pair, done[piece], set(LETTERS.findall(piece.of(text)))))
    own = {stem: word for stem, word in own.items() if stem not in rest}
    found = _content(pair, " ".join(pair.target_sentences[j] for j in target_ids), set())
    missing = tuple(word for stem, word in own.items() if stem not in found)
    rest_kept = sum(stem in found for stem in rest)
    unexplained = sum(stem not in own and stem not in rest for stem in found)
    return ModelWords(missing, len(own), len(rest), rest_kept, unexplained - (len(rest) - rest_kept))
