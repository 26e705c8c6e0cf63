"""Quotation alignment: each quotation of the article matched to its counterpart in a
version, or reported as lost, split, merged, turned into indirect speech, or added."""

from __future__ import annotations

from dataclasses import dataclass

from .align import SentenceAlignment, anchors, dice, trigrams
from .fidelity import Fidelity, chrf, measure
from .model import Document, Quote

INDIRECT_OVERLAP = 0.5  # share of the quote's trigrams still in the aligned sentences
POSITION_PRIOR = 0.3


@dataclass(frozen=True)
class QuoteMatch:
    quote: int  # index into the article's quotes (or the version's, for "added")
    version: str
    status: str  # matched, split, merged, indirect, lost, added
    counterparts: tuple[int, ...]  # indices into the version's quotes
    counterpart_text: str
    fidelity: Fidelity | None


def top_level(document: Document) -> list[int]:
    return [i for i, q in enumerate(document.quotes) if q.depth == 0]


def _sentences_of(document: Document, quote: Quote) -> range:
    return range(document.sentence_of(quote.span.start), document.sentence_of(max(quote.span.start, quote.span.end - 1)) + 1)


def _similarity(a: str, b: str, same_language: bool) -> float:
    if same_language:
        return chrf(b, a) / 100
    return dice(anchors(a), anchors(b)) * 0.7 + 0.3 * min(len(a), len(b)) / max(len(a), len(b), 1)


def align_quotes(article: Document, version: Document, alignment: SentenceAlignment, name: str) -> list[QuoteMatch]:
    same = article.language == version.language
    version_quotes = top_level(version)
    by_sentence: dict[int, list[int]] = {}
    for k in version_quotes:
        for s in _sentences_of(version, version.quotes[k]):
            by_sentence.setdefault(s, []).append(k)
    article_by_sentence: dict[int, list[int]] = {}
    for qi in top_level(article):
        article_by_sentence.setdefault(article.sentence_of(article.quotes[qi].span.start), []).append(qi)
    proposals: dict[int, list[tuple[float, int]]] = {}
    for qi in top_level(article):
        quote = article.quotes[qi]
        sentence = article.sentence_of(quote.span.start)
        targets = sorted({t for s in _sentences_of(article, quote) for t in alignment.targets_of(s)})
        candidates = sorted({k for t in targets for k in by_sentence.get(t, [])})
        # The n-th quotation of a sentence usually stays the n-th: a prior that breaks near-ties.
        rank = article_by_sentence[sentence].index(qi)
        text = quote.inner.of(article.text)
        proposals[qi] = sorted(((_similarity(text, version.quotes[k].inner.of(version.text), same)
                                 + (POSITION_PRIOR if position == rank else 0.0), k)
                                for position, k in enumerate(candidates)), reverse=True)
    claimed: dict[int, list[int]] = {}
    for qi, ranked in proposals.items():
        if ranked:
            claimed.setdefault(ranked[0][1], []).append(qi)
    matches: list[QuoteMatch] = []
    used: set[int] = set()
    for qi, ranked in proposals.items():
        quote = article.quotes[qi]
        text = quote.inner.of(article.text)
        if not ranked:
            matches.append(_unmatched(article, version, alignment, qi, name))
            continue
        best = ranked[0][1]
        status, parts = "matched", (best,)
        if len(claimed[best]) > 1:
            status = "merged"
        elif len(ranked) > 1:
            joined = " ".join(version.quotes[k].inner.of(version.text) for _, k in sorted(ranked[:2], key=lambda r: r[1]))
            if _similarity(text, joined, same) > ranked[0][0] + 0.15:
                status, parts = "split", tuple(sorted(k for _, k in ranked[:2]))
        used.update(parts)
        counterpart = " ".join(version.quotes[k].inner.of(version.text) for k in parts)
        first = version.quotes[parts[0]]
        fidelity = measure(text, counterpart, same, quote.speaker_resolved, first.speaker_resolved,
                           all(version.quotes[k].closed for k in parts))
        matches.append(QuoteMatch(qi, name, status, parts, counterpart, fidelity))
    for k in version_quotes:
        if k not in used and version.quotes[k].inner.of(version.text).strip():
            matches.append(QuoteMatch(k, name, "added", (k,), version.quotes[k].inner.of(version.text), None))
    return matches


def _unmatched(article: Document, version: Document, alignment: SentenceAlignment, qi: int, name: str) -> QuoteMatch:
    """No counterpart with marks: indirect speech if the words survive, else lost."""
    quote = article.quotes[qi]
    text = quote.inner.of(article.text)
    targets = sorted({t for s in _sentences_of(article, quote) for t in alignment.targets_of(s)})
    aligned = " ".join(version.sentences[t].of(version.text) for t in targets)
    if text.strip() and aligned and article.language == version.language:
        mine = trigrams(text)
        overlap = len(mine & trigrams(aligned)) / max(1, len(mine))
        if overlap >= INDIRECT_OVERLAP:
            fidelity = measure(text, aligned, True, quote.speaker_resolved, None, False)
            return QuoteMatch(qi, name, "indirect", (), aligned, fidelity)
    return QuoteMatch(qi, name, "lost", (), aligned, None)
