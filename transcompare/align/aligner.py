"""align_sentences: features, anchors, corridor search, and whether the documents correspond."""

from __future__ import annotations

import math
from collections import Counter

from . import features
from .anchoring import find_anchors
from .lexicon import for_languages
from .result import Bead, SentenceAlignment
from .scoring import Scorer
from .search import best_path, centre_line, cumulative

# (content weight, length weight) per method: within one language the words decide; across
# languages without a model the keys are sparser and lengths count for more.
WEIGHTS = {"words": (6.0, 0.5), "anchors": (3.0, 1.0), "translation+anchors": (4.0, 0.8)}
# How much a key found on one side only counts against similarity: within one language a word
# that vanished was dropped or changed; across languages most words have no key in common.
UNMATCHED = {"words": 1.0, "anchors": 0.0, "translation+anchors": 0.3}

# Correspondence, measured by benchmarks/bench_align.py on the 60 ntrex-dev articles paired with their
# translation and with the next article: overlap 0.25-0.57 and contrast 0.21-0.55 for translations
# (0.37-0.60 and 0.28-0.49 within one language); at most 0.10 and 0.11 for different articles.
MIN_OVERLAP = 0.15  # share of the aligned sentences' key weight matched within their beads, ...
MIN_CONTRAST = 0.05  # ... with the 1-1 beads sharing this much more than the same sentences paired at random;
STRONG_CONTRAST = 0.2  # or this much more alone: part of one text aligned well, the rest left unmatched


def align_sentences(source: list[str], target: list[str], same_language: bool,
                    translated_source: list[str] | None = None, band: int | None = None,
                    languages: tuple[str | None, str | None] = (None, None)) -> SentenceAlignment:
    """Align two lists of sentences.

    ``translated_source``: ``source`` translated into the target's language (a model's output),
    whose words are then compared with the target's. ``languages``: the two sides' language codes
    when known (the bilingual word list is used for English–Spanish, and tried when unknown).
    ``band``: cells either side of the corridor (default search.WIDTH).
    """
    n, m = len(source), len(target)
    if n == 0 or m == 0:
        unaligned = tuple(Bead((i,), (), 0.0) for i in range(n)) + tuple(Bead((), (j,), 0.0) for j in range(m))
        return SentenceAlignment(unaligned, 0.0, "none", corresponds=False)
    vocabulary: dict[str, int] = {}
    method, source_ids, source_repeats, target_ids, target_repeats = _featurise(
        source, target, same_language, translated_source, languages, vocabulary)
    weights, full_weights = _weights(source_ids, target_ids, len(vocabulary), UNMATCHED[method])
    source_totals = [sum(map(full_weights.__getitem__, keys)) for keys in source_ids]
    target_totals = [sum(map(full_weights.__getitem__, keys)) for keys in target_ids]
    if not UNMATCHED[method]:  # keys with no possible counterpart weigh nothing: keep the sets small
        weightless = frozenset(k for k, weight in enumerate(weights) if not weight)
        source_ids = [keys if keys.isdisjoint(weightless) else keys - weightless for keys in source_ids]
        target_ids = [keys if keys.isdisjoint(weightless) else keys - weightless for keys in target_ids]
    source_lengths, target_lengths = [len(s) for s in source], [len(t) for t in target]
    content_weight, length_weight = WEIGHTS[method]
    scorer = Scorer(source_ids, target_ids, weights, source_lengths, target_lengths, content_weight, length_weight,
                    source_repeats, target_repeats)
    anchors = find_anchors(source_ids, target_ids, weights, scorer.similarity,
                           cumulative(source_lengths), cumulative(target_lengths))
    centres = centre_line(anchors, source_lengths, target_lengths)
    path = best_path(scorer, centres, m, **({"width": band} if band else {}))
    beads = tuple(Bead(s, t, round(sim, 3)) for s, t, sim in path)
    matched = [b.score for b in beads if b.source and b.target]
    confidence = sum(matched) / len(matched) if matched else 0.0
    overlap, contrast = _overlap(beads, source_ids, target_ids, full_weights, source_totals, target_totals)
    anchored = len(anchors) / min(n, m)
    return SentenceAlignment(beads, round(confidence, 3), method,
                             corresponds=decide(overlap, contrast),
                             anchored=round(anchored, 3), overlap=round(overlap, 3), contrast=round(contrast, 3),
                             comparisons=scorer.comparisons)


def decide(overlap: float, contrast: float) -> bool:
    """Whether two documents are versions of one text, from the alignment's figures."""
    return (overlap >= MIN_OVERLAP and contrast >= MIN_CONTRAST) or contrast >= STRONG_CONTRAST


def _featurise(source, target, same_language, translated_source, languages, vocabulary):
    """The method; each sentence's keys as ids (strings are dropped as soon as they are numbered); and the
    keys each sentence has more than once. A sentence written twice gets the same sets, computed once."""
    if same_language:
        keys = _Keys(features.same_language_key_list, vocabulary)
        return ("words", *keys.of(source), *keys.of(target))
    lexicon = for_languages(*languages)

    def keys_of(text: str) -> list[str]:
        return features.cross_language_key_list(features.expand_contractions(text), lexicon)

    keys = _Keys(keys_of, vocabulary)
    if translated_source is None:
        return ("anchors", *keys.of(source), *keys.of(target))
    if len(translated_source) != len(source):
        raise ValueError("translated_source must have one translation per source sentence")

    def with_words(text: str, words_of: str) -> list[str]:
        found = keys_of(text)
        found.extend("w" + k for k in features.same_language_key_list(words_of))
        return found

    return ("translation+anchors", *_Keys(lambda pair: with_words(*pair), vocabulary).of(zip(source, translated_source)),
            *_Keys(lambda text: with_words(text, text), vocabulary).of(target))


_NONE: frozenset[int] = frozenset()


class _Keys:
    """Sentences as sets of key ids, and the ids each has more than once; each distinct sentence featurised once."""

    def __init__(self, keys_of, vocabulary: dict[str, int]):
        self._keys_of, self._vocabulary = keys_of, vocabulary
        self._seen: dict[str, tuple[frozenset[int], frozenset[int]]] = {}

    def of(self, sentences) -> tuple[list[frozenset[int]], list[frozenset[int]]]:
        seen, out, repeats = self._seen, [], []
        for sentence in sentences:
            found = seen.get(sentence)
            if found is None:
                found = seen[sentence] = _ids(self._keys_of(sentence), self._vocabulary)
            out.append(found[0])
            repeats.append(found[1])
        return out, repeats


def _ids(keys: list[str], vocabulary: dict[str, int]) -> tuple[frozenset[int], frozenset[int]]:
    ids = [vocabulary.setdefault(k, len(vocabulary)) for k in keys]
    unique = frozenset(ids)
    if len(unique) == len(ids):
        return unique, _NONE
    return unique, frozenset(k for k, count in Counter(ids).items() if count > 1)


def _weights(source_ids, target_ids, size: int, unmatched: float) -> tuple[list[float], list[float]]:
    """Inverse document frequency over both sides: as the search uses it (times ``unmatched`` for keys
    found on one side only), and for every key alike."""
    in_source, in_target = [0] * size, [0] * size
    for keys in source_ids:
        for k in keys:
            in_source[k] += 1
    for keys in target_ids:
        for k in keys:
            in_target[k] += 1
    sentences = len(source_ids) + len(target_ids)
    full = [math.log(1 + sentences / (a + b)) for a, b in zip(in_source, in_target)]
    return [w * (1.0 if a and b else unmatched) for w, a, b in zip(full, in_source, in_target)], full


def _overlap(beads, source_ids, target_ids, weights, source_totals, target_totals) -> tuple[float, float]:
    """The share of the key weight of the aligned sentences (those not left out as 1-0 or 0-1) matched
    within their beads; and, over the 1-1 beads, how much that share exceeds the share matched when each
    source sentence is paired with a distant target: half the document away, or, where the text repeats
    and that target says the same as the aligned one, the next one that does not."""
    def shared(a, b) -> float:
        return sum(map(weights.__getitem__, a & b))

    matched = total = 0.0
    pairs = []  # (source, target, shared weight) of the 1-1 beads
    for bead in beads:
        if not bead.source or not bead.target:  # an omission or addition: counted by the caller, not here
            continue
        if len(bead.source) == 1 and len(bead.target) == 1:
            i, j = bead.source[0], bead.target[0]
            common = shared(source_ids[i], target_ids[j])
            pairs.append((i, j, common))
            matched += 2 * common
            total += source_totals[i] + target_totals[j]
            continue
        a = frozenset().union(*(source_ids[i] for i in bead.source))
        b = frozenset().union(*(target_ids[j] for j in bead.target))
        matched += 2 * shared(a, b)
        total += sum(source_totals[i] for i in bead.source) + sum(target_totals[j] for j in bead.target)
    overlap = matched / total if total else 0.0
    m = len(target_ids)
    if not pairs or m < 2:
        return overlap, overlap
    shift = max(1, m // 2)
    aligned = chance = chance_total = pair_total = 0.0
    for i, j, common in pairs:
        aligned += 2 * common
        pair_total += source_totals[i] + target_totals[j]
        far = _distant(target_ids, j, (j + shift) % m)
        if far is not None:
            chance += 2 * shared(source_ids[i], target_ids[far])
            chance_total += source_totals[i] + target_totals[far]
    return overlap, (aligned / pair_total if pair_total else 0.0) - (chance / chance_total if chance_total else 0.0)


REPEATS_LOOKED_PAST = 8  # distant targets tried after one that repeats the aligned target


def _distant(target_ids, j: int, far: int) -> int | None:
    """``far``, or, when target ``far`` has the same keys as target ``j`` (a document repeated has a copy
    of ``j`` half the document away), the first of a few others, golden-ratio steps of the document
    apart (no period divides them all), that does not; None when they all do."""
    m = len(target_ids)
    for step in range(REPEATS_LOOKED_PAST + 1):
        candidate = (far + int(step * 0.6180339887 * m)) % m
        if target_ids[candidate] != target_ids[j]:
            return candidate
    return None
