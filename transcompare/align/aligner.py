"""align_sentences: features, anchors, corridor search, and whether the documents correspond."""

from __future__ import annotations

import math

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

# Correspondence (benchmarks/bench_align.py measures these on matched and mismatched articles).
MIN_CONTRAST = 0.08  # matched beads must be this much more alike than the same sentences paired at random
MIN_ANCHORED = 0.25  # or this share of sentences anchored ...
MIN_ANCHORS = 3  # ... by at least this many anchors


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
        beads = [Bead((i,), (), 0.0) for i in range(n)] + [Bead((), (j,), 0.0) for j in range(m)]
        return SentenceAlignment(tuple(beads), 0.0, "none", corresponds=False)
    vocabulary: dict[str, int] = {}
    method, source_ids, target_ids = _featurise(source, target, same_language, translated_source, languages,
                                                vocabulary)
    weights = _weights(source_ids, target_ids, len(vocabulary), UNMATCHED[method])
    # Keys with no possible counterpart weigh nothing: keep the sets small.
    source_ids = [frozenset(k for k in keys if weights[k]) for keys in source_ids]
    target_ids = [frozenset(k for k in keys if weights[k]) for keys in target_ids]
    source_lengths, target_lengths = [len(s) for s in source], [len(t) for t in target]
    content_weight, length_weight = WEIGHTS[method]
    scorer = Scorer(source_ids, target_ids, weights, source_lengths, target_lengths, content_weight, length_weight)
    anchors = find_anchors(source_ids, target_ids, weights, scorer.similarity,
                           cumulative(source_lengths), cumulative(target_lengths))
    centres = centre_line(anchors, source_lengths, target_lengths)
    path = best_path(scorer, centres, m, **({"width": band} if band else {}))
    beads = tuple(Bead(s, t, round(sim, 3)) for s, t, sim in path)
    matched = [b.score for b in beads if b.source and b.target]
    confidence = sum(matched) / len(matched) if matched else 0.0
    contrast = _contrast(scorer, beads, m)
    anchored = len(anchors) / min(n, m)
    return SentenceAlignment(beads, round(confidence, 3), method,
                             corresponds=decide(contrast, anchored, len(anchors)),
                             anchored=round(anchored, 3), contrast=round(contrast, 3),
                             comparisons=scorer.comparisons)


def decide(contrast: float, anchored: float, anchor_count: int) -> bool:
    """Whether two documents are versions of one text, from the alignment's figures."""
    return contrast >= MIN_CONTRAST or (anchored >= MIN_ANCHORED and anchor_count >= MIN_ANCHORS)


def _featurise(source, target, same_language, translated_source, languages, vocabulary):
    """The method, and each sentence's keys as ids (strings are dropped as soon as they are numbered)."""
    if same_language:
        return ("words", [_ids(features.same_language_keys(s), vocabulary) for s in source],
                [_ids(features.same_language_keys(t), vocabulary) for t in target])
    lexicon = for_languages(*languages)
    if translated_source is None:
        return ("anchors", [_ids(features.cross_language_keys(s, lexicon), vocabulary) for s in source],
                [_ids(features.cross_language_keys(t, lexicon), vocabulary) for t in target])
    if len(translated_source) != len(source):
        raise ValueError("translated_source must have one translation per source sentence")

    def with_words(keys: set[str], text: str) -> set[str]:
        keys.update("w" + k for k in features.same_language_keys(text))
        return keys

    return ("translation+anchors",
            [_ids(with_words(features.cross_language_keys(s, lexicon), t), vocabulary)
             for s, t in zip(source, translated_source)],
            [_ids(with_words(features.cross_language_keys(t, lexicon), t), vocabulary) for t in target])


def _ids(keys, vocabulary: dict[str, int]) -> frozenset[int]:
    return frozenset(vocabulary.setdefault(k, len(vocabulary)) for k in keys)


def _weights(source_ids, target_ids, size: int, unmatched: float) -> list[float]:
    """Inverse document frequency over both sides; times ``unmatched`` for keys found on one side only."""
    in_source, in_target = [0] * size, [0] * size
    for keys in source_ids:
        for k in keys:
            in_source[k] += 1
    for keys in target_ids:
        for k in keys:
            in_target[k] += 1
    sentences = len(source_ids) + len(target_ids)
    return [math.log(1 + sentences / (a + b)) * (1.0 if a and b else unmatched) for a, b in zip(in_source, in_target)]


def _contrast(scorer: Scorer, beads, m: int) -> float:
    """Mean similarity of the 1-1 beads minus that of their source sentences with distant targets."""
    pairs = [(b.source[0], b.target[0], b.score) for b in beads if len(b.source) == 1 and len(b.target) == 1]
    if not pairs:
        return 0.0
    matched = sum(score for _, _, score in pairs) / len(pairs)
    if m < 2:
        return matched
    shift = max(1, m // 2)
    chance = sum(scorer.similarity(i + 1, (j + shift) % m + 1, 1, 1) for i, j, _ in pairs) / len(pairs)
    return matched - chance
