"""Clipped n-gram matches of many segments at once, with numpy.

sacrebleu counts n-grams segment by segment in Python ``Counter`` objects. Here every
segment of a chunk is one flat array of integer codes (words or characters), each
n-gram gets a dense id by extending the id of its (n-1)-gram prefix with its last code,
and the clipped matches ``min(hypothesis count, reference count)`` of every
(segment, n-gram) pair come from sorted-array look-ups. The reference side is built
once per chunk of the test set and reused for every system: its (segment, n-gram) keys
are sorted once, and a hypothesis's n-grams are only looked up in them and counted per
key (no sort per system). The counts are exactly sacrebleu's.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np


@dataclass(frozen=True)
class Flat:
    """Sequences of integer codes laid end to end."""

    codes: np.ndarray  # int64, all positions
    segment: np.ndarray  # int64, the segment of each position
    lengths: np.ndarray  # int64, codes per segment

    @classmethod
    def of(cls, sequences: list[list[int]] | list[np.ndarray]) -> Flat:
        lengths = np.fromiter((len(s) for s in sequences), dtype=np.int64, count=len(sequences))
        codes = np.concatenate([np.asarray(s, dtype=np.int64) for s in sequences]) if lengths.sum() else np.zeros(0, np.int64)
        return cls(codes, np.repeat(np.arange(len(sequences), dtype=np.int64), lengths), lengths)

    @classmethod
    def of_characters(cls, texts: list[str]) -> Flat:
        """Code points of each text (whitespace already removed by the caller)."""
        lengths = np.fromiter((len(t) for t in texts), dtype=np.int64, count=len(texts))
        codes = np.frombuffer("".join(texts).encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
        return cls(codes, np.repeat(np.arange(len(texts), dtype=np.int64), lengths), lengths)

    def starts(self, order: int) -> np.ndarray:
        """Positions where an n-gram of ``order`` starts inside one segment."""
        if order == 1:
            return np.arange(len(self.codes))
        last = np.arange(len(self.codes) - order + 1)
        return last[self.segment[last] == self.segment[last + order - 1]]


@dataclass(frozen=True)
class OrderTable:
    """The reference n-grams of one order."""

    prefixes: np.ndarray  # sorted pair codes (prefix id * base + last code) defining the n-gram ids
    keys: np.ndarray  # sorted unique segment * types + id
    counts: np.ndarray  # occurrences of each key in its reference segment
    types: int  # number of distinct n-grams

    @cached_property
    def segments(self) -> np.ndarray:
        """The segment of each key."""
        return self.keys // self.types


class ReferenceNgrams:
    """Reference n-gram tables of one chunk, orders 1..max_order."""

    def __init__(self, flat: Flat, max_order: int):
        self.flat = flat
        self.segments = len(flat.lengths)
        self.base = int(flat.codes.max()) + 2 if len(flat.codes) else 2
        self.tables: list[OrderTable] = []
        self.ids: list[np.ndarray] = []  # per order: the n-gram id at every start position (-1 where none)
        previous = None
        for order in range(1, max_order + 1):
            starts = flat.starts(order)
            pairs = self._pairs(flat, previous, starts, order)
            prefixes, ids = np.unique(pairs, return_inverse=True)
            at = np.full(len(flat.codes), -1, dtype=np.int64)
            at[starts] = ids
            types = len(prefixes)
            keys, counts = np.unique(flat.segment[starts] * types + ids, return_counts=True)
            self.tables.append(OrderTable(prefixes, keys, counts, types))
            self.ids.append(at)
            previous = at

    def _pairs(self, flat: Flat, previous: np.ndarray | None, starts: np.ndarray, order: int) -> np.ndarray:
        if previous is None:
            return flat.codes[starts]
        return previous[starts] * self.base + flat.codes[starts + order - 1]

    def lookup(self, flat: Flat) -> list[np.ndarray]:
        """Per order, the reference n-gram id at every start position of ``flat`` (-1: not in the reference)."""
        found: list[np.ndarray] = []
        previous = None
        for order, table in enumerate(self.tables, 1):
            starts = flat.starts(order)
            if previous is None:
                pairs = flat.codes[starts]
                valid = np.ones(len(starts), dtype=bool)
            else:
                prefix, last = previous[starts], flat.codes[starts + order - 1]
                valid = (prefix >= 0) & (last < self.base)  # a code the reference lacks matches nothing
                pairs = prefix * self.base + last
            at = np.full(len(flat.codes), -1, dtype=np.int64)
            ids = _find(table.prefixes, pairs)
            ids[~valid] = -1
            at[starts] = ids
            found.append(at)
            previous = at
        return found

    def matches(self, flat: Flat) -> list[OrderMatches]:
        """Per order: clipped matches per segment, and per reference key how many the hypothesis matched."""
        results = []
        for table, at in zip(self.tables, self.lookup(flat)):
            hit = at >= 0
            per_key = _clipped(table.keys, table.counts, flat.segment[hit] * table.types + at[hit])
            per_segment = np.bincount(table.segments, weights=per_key, minlength=self.segments)
            results.append(OrderMatches(per_segment.astype(np.int64), per_key))
        return results

    def sequences(self, order: int, types: np.ndarray) -> np.ndarray:
        """The codes of n-grams of ``order`` given by their ids (len(types) × order)."""
        columns = []
        current = np.asarray(types, dtype=np.int64)
        for n in range(order, 1, -1):
            pairs = self.tables[n - 1].prefixes[current]
            columns.append(pairs % self.base)
            current = pairs // self.base
        columns.append(self.tables[0].prefixes[current])
        return np.column_stack(columns[::-1]) if columns else np.zeros((0, order), dtype=np.int64)

    def key_types(self, order: int) -> np.ndarray:
        table = self.tables[order - 1]
        return table.keys % table.types


@dataclass(frozen=True)
class OrderMatches:
    per_segment: np.ndarray  # clipped matches in each segment
    per_key: np.ndarray  # clipped matches of each reference (segment, n-gram) key


def _clipped(keys: np.ndarray, counts: np.ndarray, found: np.ndarray) -> np.ndarray:
    """Per key of the sorted ``keys`` (each occurring ``counts`` times in the reference), how many
    times ``found`` (a hypothesis's keys, unsorted, repeated) has it, at most ``counts``."""
    where = _find(keys, found)
    return np.minimum(np.bincount(where[where >= 0], minlength=len(keys)), counts)


def _find(sorted_values: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Index of each value in ``sorted_values``, -1 where absent."""
    if len(sorted_values) == 0:
        return np.full(len(values), -1, dtype=np.int64)
    where = np.searchsorted(sorted_values, values)
    where[where == len(sorted_values)] = 0
    return np.where(sorted_values[where] == values, where, -1)


def ngram_counts(lengths: np.ndarray, order: int) -> np.ndarray:
    """n-grams of ``order`` in sequences of these lengths."""
    return np.maximum(lengths - order + 1, 0)


class Vocabulary:
    """Integer codes for words: the reference's first, new words of hypotheses after them."""

    def __init__(self) -> None:
        self.codes: dict[str, int] = {}

    def encode(self, tokens: list[str]) -> list[int]:
        codes = self.codes
        return [codes.setdefault(t, len(codes)) for t in tokens]

    def words(self) -> list[str]:
        return list(self.codes)


class PackedNgrams:
    """The same counts as ReferenceNgrams for texts with a small alphabet (characters): every n-gram
    of a chunk is packed exactly, with its segment, into one 64-bit key, so a hypothesis needs one
    sort per order and no look-ups of n-gram ids. ``packable`` says whether a chunk qualifies."""

    SEGMENT_BITS = 16

    def __init__(self, flat: Flat, max_order: int):
        self.flat = flat
        self.max_order = max_order
        self.segments = len(flat.lengths)
        self.alphabet = np.unique(flat.codes)
        self.bits = max(1, len(self.alphabet).bit_length())  # room for the codes and one "not in the reference"
        dense = np.searchsorted(self.alphabet, flat.codes) + 1
        self.tables: list[tuple[np.ndarray, np.ndarray]] = [np.unique(keys, return_counts=True)
                                                            for keys in self._keys(flat, dense)]
        self.key_segments = [keys >> (63 - self.SEGMENT_BITS) for keys, _ in self.tables]

    @classmethod
    def packable(cls, flat: Flat, max_order: int) -> bool:
        if len(flat.lengths) >= 1 << cls.SEGMENT_BITS:
            return False
        alphabet = len(np.unique(flat.codes))
        return max(1, alphabet.bit_length()) * max_order <= 63 - cls.SEGMENT_BITS

    def _keys(self, flat: Flat, dense: np.ndarray):
        """Per order, the packed key of every n-gram (its codes, then its segment in the top bits)."""
        rolling = dense.astype(np.int64)
        segment_bits = flat.segment << (63 - self.SEGMENT_BITS)
        for order in range(1, self.max_order + 1):
            if order > 1:
                rolling = (rolling[:-1] << self.bits) | dense[order - 1 :]
            starts = flat.starts(order)
            yield rolling[starts] | segment_bits[starts]

    def matches(self, flat: Flat) -> list[OrderMatches]:
        where = np.searchsorted(self.alphabet, flat.codes)
        where[where == len(self.alphabet)] = 0
        known = self.alphabet[where] == flat.codes if len(self.alphabet) else np.zeros(len(flat.codes), bool)
        dense = np.where(known, where + 1, 0)  # 0: a character the references of this chunk lack
        results = []
        for (ref_keys, ref_counts), segments, hyp_keys in zip(self.tables, self.key_segments, self._keys(flat, dense)):
            clipped = _clipped(ref_keys, ref_counts, hyp_keys)
            per_segment = np.bincount(segments, weights=clipped, minlength=self.segments).astype(np.int64)
            results.append(OrderMatches(per_segment, np.zeros(0, np.int64)))
        return results
