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


def belongs_to(word: str, language: str, other: str, margin: float = 1.5, ceiling: float = 2.5) -> bool:
    """``word`` is a common word of ``language`` and all but unknown in ``other``."""
    here, there = zipf(word, language), zipf(word, other)
    return here >= 3.0 and there < ceiling and here - there >= margin
