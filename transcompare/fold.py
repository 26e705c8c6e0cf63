"""One way to compare words across spellings: lower case, accents off ('Está' → 'esta',
'Straße' → 'strasse', 'Łódź' → 'lodz'). Names, numbers' words, lexicon keys and quotations
are all matched on folded text."""

from __future__ import annotations

import re
import unicodedata

# A run of letters in any script: no digits, no underscore ("Está", "naïve", "COVID" of "COVID-19").
LETTERS = re.compile(r"[^\W\d_]+")


def _latin_table() -> dict[int, str]:
    """Latin letters with accents → their base letters, computed once (str.translate is fast)."""
    table = {}
    for code in range(0xC0, 0x250):
        char = chr(code)
        base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
        if base and base != char:
            table[code] = base.lower()
    # Letters Unicode does not decompose.
    table.update({ord("ß"): "ss", ord("æ"): "ae", ord("œ"): "oe", ord("ø"): "o", ord("đ"): "d", ord("ł"): "l"})
    return table


_LATIN = _latin_table()


def fold(text: str) -> str:
    """Lower case without accents."""
    folded = text.lower().translate(_LATIN)
    if folded.isascii():
        return folded
    return "".join(c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c))
