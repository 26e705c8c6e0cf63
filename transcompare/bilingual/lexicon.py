"""How common a word is in a language (wordfreq's Zipf scale: 0 unknown, 3 once per million words, 7 'the')."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=65536)
def zipf(word: str, language: str) -> float:
    from wordfreq import zipf_frequency

    try:
        return zipf_frequency(word, language)
    except LookupError:  # a language wordfreq does not know: no opinion
        return 0.0


def belongs_to(word: str, language: str, other: str, margin: float = 1.5, ceiling: float = 4.0) -> bool:
    """``word`` is a word of ``language``, and in ``other`` at most a rare borrowing.

    Web text in any language borrows English, so "rare" is relative: a word must be far
    more common in ``language`` than in ``other``, and below ``ceiling`` there."""
    here, there = zipf(word, language), zipf(word, other)
    return here >= 2.4 and there < ceiling and here - there >= margin


def unknown(word: str, language: str) -> bool:
    return zipf(word, language) == 0.0
