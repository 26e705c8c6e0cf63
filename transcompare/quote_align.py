"""Quotation alignment: every quotation of the article, nested ones included, matched to its
counterpart in a version, or reported as altered, emptied, split, merged, turned into indirect
speech or lost; the version's quotations left over are added.

Each article quotation gets exactly one :class:`QuoteMatch` per version, and each quotation of
the version is the counterpart of at most one match or is itself reported as added, so the
counts add up. Candidates are the version's quotations in the sentences the article
quotation's sentences are aligned to (in a sentence of hundreds of quotations, the hundred or so
around its rank); time is linear in the number of quotations.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from .align import SentenceAlignment, anchors, dice, trigrams
from .crosscheck import Change
from .datamodel import Document, Quote, Severity
from .fidelity import Fidelity, measure

# Below this a quotation in the aligned sentences is another one (same language: trigrams; across
# languages: numbers, names and cognates, which short quotations often lack, and length).
MIN_SIMILARITY = {True: 0.3, False: 0.2}
RANK_PRIOR = 0.2  # the n-th quotation of a sentence usually stays the n-th: breaks near-ties
DEPTH_PRIOR = 0.05
JOIN_GAIN = 0.1  # how much better two pieces together must fit to call it a split or a merge
INDIRECT_OVERLAP = 0.5  # share of the quotation's trigrams still in the aligned sentences
ALTERED_WORDS_KEPT = 0.8  # below this share of words kept, a matched quotation is altered


class QuoteStatus(str, Enum):
    MATCHED = "matched"
    ALTERED = "altered"
    EMPTIED = "emptied"
    SPLIT = "split"
    MERGED = "merged"
    INDIRECT = "indirect"
    LOST = "lost"
    ADDED = "added"
    NOT_COMPARED = "not compared"

    @property
    def severity(self) -> Severity | None:
        return _STATUS_SEVERITY[self]

    @property
    def meaning(self) -> str:
        return _STATUS_MEANING[self]

    @property
    def found(self) -> bool:
        """The quotation is there, with its marks."""
        return self in (QuoteStatus.MATCHED, QuoteStatus.ALTERED, QuoteStatus.SPLIT, QuoteStatus.MERGED)


_STATUS_SEVERITY = {
    QuoteStatus.MATCHED: None, QuoteStatus.ALTERED: Severity.MAJOR, QuoteStatus.EMPTIED: Severity.CRITICAL,
    QuoteStatus.SPLIT: Severity.MINOR, QuoteStatus.MERGED: Severity.MINOR, QuoteStatus.INDIRECT: Severity.MINOR,
    QuoteStatus.LOST: Severity.CRITICAL, QuoteStatus.ADDED: Severity.MINOR, QuoteStatus.NOT_COMPARED: None,
}
_STATUS_MEANING = {
    QuoteStatus.MATCHED: "the same words, with their quotation marks",
    QuoteStatus.ALTERED: "quoted, but words were dropped or changed, a number, name or negation differs, "
                         "or the quotation is no longer closed",
    QuoteStatus.EMPTIED: "the quotation marks are there but the words are gone (from the version, or from the "
                         "article when the version is its source)",
    QuoteStatus.SPLIT: "the quotation was cut into two",
    QuoteStatus.MERGED: "two quotations became one",
    QuoteStatus.INDIRECT: "the words are there without quotation marks (reported speech)",
    QuoteStatus.LOST: "the quotation is not in the version",
    QuoteStatus.ADDED: "a quotation the article does not have",
    QuoteStatus.NOT_COMPARED: "the version does not correspond to the article: nothing was matched",
}


@dataclass(frozen=True)
class QuoteMatch:
    quote: int  # index into the article's quotes (the version's, for ADDED)
    version: str
    status: QuoteStatus
    counterparts: tuple[int, ...]  # indices into the version's quotes
    counterpart_text: str
    fidelity: Fidelity | None
    severity: Severity | None = None  # the status's, raised by what the fidelity checks found


def sentence_targets(alignment: SentenceAlignment, count: int) -> list[tuple[int, ...]]:
    """The version sentences each of the ``count`` article sentences is aligned to (one pass)."""
    out: list[tuple[int, ...]] = [()] * count
    for bead in alignment.beads:
        for s in bead.source:
            if s < count:
                out[s] = bead.target
    return out


def top_level(document: Document) -> list[int]:
    """Indices of the quotations that are not inside another one."""
    return [i for i, q in enumerate(document.quotes) if q.depth == 0]


def quote_text(document: Document, index: int) -> str:
    return document.quotes[index].inner.of(document.text)


def _has_words(text: str) -> bool:
    return any(c.isalnum() for c in text)


def _sentences_of(document: Document, quote: Quote) -> range:
    return range(document.sentence_of(quote.span.start),
                 document.sentence_of(max(quote.span.start, quote.span.end - 1)) + 1)


@dataclass(frozen=True)
class _Context:
    article: Document
    version: Document
    name: str
    same: bool
    article_names: frozenset[str]
    version_names: frozenset[str]
    # Each text's words test and trigrams (same language) or anchors, read once: a quotation is compared
    # with every candidate, and a candidate with every quotation of its sentences.
    _features: dict[str, frozenset[str] | None] = field(default_factory=dict, compare=False, repr=False)
    _sentences: dict[tuple[int, ...], tuple[str, frozenset[str]]] = field(default_factory=dict, compare=False,
                                                                         repr=False)

    def features(self, text: str) -> frozenset[str] | None:
        """None for a text without words (nothing to compare)."""
        try:
            return self._features[text]
        except KeyError:
            found = self._features[text] = None if not _has_words(text) else \
                trigrams(text) if self.same else anchors(text)
            return found

    def sentences(self, aligned: tuple[int, ...]) -> tuple[str, frozenset[str]]:
        """The version's sentences at these indices, joined, and their trigrams or anchors (read once for
        all the quotations aligned to them)."""
        found = self._sentences.get(aligned)
        if found is None:
            text = " ".join(self.version.sentences[t].of(self.version.text) for t in aligned)
            found = self._sentences[aligned] = (text, trigrams(text) if self.same else anchors(text))
        return found

    def similarity(self, a: str, b: str) -> float:
        fa, fb = self.features(a), self.features(b)
        if fa is None or fb is None:
            return 0.0
        if self.same:
            return dice(fa, fb)
        return dice(fa, fb) * 0.7 + 0.3 * min(len(a), len(b)) / max(len(a), len(b), 1)

    def measure(self, qi: int, counterpart: str, parts: tuple[int, ...], ignore_additions: bool) -> Fidelity:
        quote = self.article.quotes[qi]
        first = self.version.quotes[parts[0]] if parts else None
        closed = all(self.version.quotes[k].closed for k in parts) if parts else False
        fidelity = measure(quote.inner.of(self.article.text), counterpart, self.article.language,
                           self.version.language, quote.speaker_resolved, first.speaker_resolved if first else None, closed,
                           self.article_names, self.version_names)
        if ignore_additions:  # the counterpart holds more than this quotation: what it adds is not a change
            kept = tuple(d for d in fidelity.differences if d.change is not Change.ADDED)
            fidelity = Fidelity(fidelity.chrf, fidelity.length_ratio, fidelity.words_kept, fidelity.speaker_kept,
                                fidelity.boundaries_kept, fidelity.score, kept)
        return fidelity


def align_quotes(article: Document, version: Document, alignment: SentenceAlignment, name: str, *,
                 targets: list[tuple[int, ...]] | None = None, article_names: frozenset[str] = frozenset(),
                 version_names: frozenset[str] = frozenset()) -> list[QuoteMatch]:
    """One match per article quotation, then the version's quotations nobody matched (added).

    ``targets``: :func:`sentence_targets` of the alignment, when the caller has it already;
    ``article_names``, ``version_names``: each document's names (crosscheck.known_names)."""
    ctx = _Context(article, version, name, article.language == version.language, article_names, version_names)
    targets = targets if targets is not None else sentence_targets(alignment, len(article.sentences))
    by_sentence: dict[int, list[int]] = {}
    for k, quote in enumerate(version.quotes):
        by_sentence.setdefault(version.sentence_of(quote.span.start), []).append(k)
    aligned: list[tuple[int, ...]] = []
    for quote in article.quotes:
        aligned.append(tuple(sorted({t for s in _sentences_of(article, quote) if s < len(targets)
                                     for t in targets[s]})))
    ranks = _ranks(aligned)
    in_sentences: dict[tuple[int, ...], list[int]] = {}  # the version's quotations in aligned sentences, once each
    candidates: list[list[int]] = []
    for sentences, rank in zip(aligned, ranks):
        group = in_sentences.get(sentences)
        if group is None:
            group = in_sentences[sentences] = [k for t in sentences for k in by_sentence.get(t, ())]
        candidates.append(_near(group, rank))

    # 1. the best pairs first, one counterpart each
    proposals = []
    for qi, ks in enumerate(candidates):
        text = quote_text(article, qi)
        for position, k in enumerate(ks):
            similarity = ctx.similarity(text, quote_text(version, k))
            if similarity >= MIN_SIMILARITY[ctx.same]:
                prior = (RANK_PRIOR if position == ranks[qi] else 0.0) + \
                    (DEPTH_PRIOR if article.quotes[qi].depth == version.quotes[k].depth else 0.0)
                proposals.append((similarity + prior, similarity, qi, k))
    proposals.sort(key=lambda p: (-p[0], p[2], p[3]))
    partner: dict[int, int] = {}  # article quote → version quote
    owner: dict[int, int] = {}  # version quote → article quote
    best_claim: dict[int, tuple[float, int]] = {}  # article quote → its best candidate, even if taken
    for _, similarity, qi, k in proposals:
        best_claim.setdefault(qi, (similarity, k))
        if qi not in partner and k not in owner:
            partner[qi], owner[k] = k, qi

    status: dict[int, QuoteStatus] = {}
    parts: dict[int, tuple[int, ...]] = {qi: (k,) for qi, k in partner.items()}
    # 2. splits: a second piece next to the counterpart makes the fit better
    for qi, k in partner.items():
        text = quote_text(article, qi)
        for k2 in (k + 1, k - 1):
            if k2 in owner or k2 not in candidates[qi] or not _has_words(quote_text(version, k2)):
                continue
            pieces = tuple(sorted((k, k2)))
            joined = " ".join(quote_text(version, x) for x in pieces)
            if ctx.similarity(text, joined) > ctx.similarity(text, quote_text(version, k)) + JOIN_GAIN:
                owner[k2] = qi
                parts[qi] = pieces
                status[qi] = QuoteStatus.SPLIT
                break
    # 3. merges: an unmatched quotation whose best candidate holds it together with its owner's
    for qi, (_, k) in best_claim.items():
        if qi in partner or k not in owner:
            continue
        other = owner[k]
        if other not in partner or parts[other] != (k,):
            continue
        together = " ".join(quote_text(article, x) for x in sorted((qi, other)))
        if ctx.similarity(together, quote_text(version, k)) > \
                ctx.similarity(quote_text(article, other), quote_text(version, k)) + JOIN_GAIN:
            partner[qi] = k
            parts[qi] = (k,)
            status[qi] = status[other] = QuoteStatus.MERGED

    matches: list[QuoteMatch] = []
    for qi in range(len(article.quotes)):
        if qi in partner:
            matches.append(_found(ctx, qi, parts[qi], status.get(qi)))
        else:
            matches.append(_missing(ctx, qi, candidates[qi], aligned[qi], owner, ranks[qi]))
    for k in range(len(version.quotes)):
        if k not in owner:
            matches.append(QuoteMatch(k, name, QuoteStatus.ADDED, (k,), quote_text(version, k), None,
                                      QuoteStatus.ADDED.severity))
    return matches


def not_compared(article: Document, name: str) -> list[QuoteMatch]:
    """Every quotation, unmatched: the version does not correspond to the article."""
    return [QuoteMatch(qi, name, QuoteStatus.NOT_COMPARED, (), "", None) for qi in range(len(article.quotes))]


CANDIDATE_REACH = 50  # candidates either side of a quotation's rank among the quotations of its sentences


def _near(group: list[int], rank: int) -> list[int]:
    """The candidates of the quotation of this rank: all of them, or, in a sentence of hundreds of
    quotations, the 2 × CANDIDATE_REACH + 1 around its rank, so that time stays linear."""
    window = 2 * CANDIDATE_REACH + 1
    if len(group) <= window:
        return group
    start = max(0, min(min(rank, len(group) - 1) - CANDIDATE_REACH, len(group) - window))
    return group[start : start + window]


def _ranks(aligned: list[tuple[int, ...]]) -> list[int]:
    """Each article quotation's position among the quotations aligned to the same version sentences."""
    seen: dict[tuple[int, ...], int] = {}
    out = []
    for sentences in aligned:
        out.append(seen.get(sentences, 0))
        seen[sentences] = out[-1] + 1
    return out


def _found(ctx: _Context, qi: int, parts: tuple[int, ...], status: QuoteStatus | None) -> QuoteMatch:
    counterpart = " ".join(quote_text(ctx.version, k) for k in parts)
    fidelity = ctx.measure(qi, counterpart, parts, ignore_additions=status is QuoteStatus.MERGED)
    original = quote_text(ctx.article, qi)
    if status is None:
        closed = all(ctx.version.quotes[k].closed for k in parts)
        altered = (fidelity.severity is not None and fidelity.severity >= Severity.MAJOR) or (
            fidelity.words_kept is not None and fidelity.words_kept < ALTERED_WORDS_KEPT) or not closed
        status = QuoteStatus.ALTERED if altered and _has_words(original) else QuoteStatus.MATCHED
    return QuoteMatch(qi, ctx.name, status, parts, counterpart, fidelity, _worst(status.severity, fidelity.severity))


def _missing(ctx: _Context, qi: int, candidates: list[int], aligned: tuple[int, ...], owner: dict[int, int],
             rank: int) -> QuoteMatch:
    original = quote_text(ctx.article, qi)
    empties = [k for k in candidates if k not in owner and not _has_words(quote_text(ctx.version, k))]
    if empties:
        k = empties[rank] if rank < len(empties) else empties[0]
        owner[k] = qi
        fidelity = ctx.measure(qi, quote_text(ctx.version, k), (k,), ignore_additions=False)
        if not _has_words(original):  # “” in both: nothing was there to keep
            return QuoteMatch(qi, ctx.name, QuoteStatus.MATCHED, (k,), quote_text(ctx.version, k), fidelity)
        return QuoteMatch(qi, ctx.name, QuoteStatus.EMPTIED, (k,), quote_text(ctx.version, k), fidelity,
                          QuoteStatus.EMPTIED.severity)
    sentences, features = ctx.sentences(aligned)
    if not _has_words(original):
        # The article's quotation is empty: the version's words in the same place are what it lost.
        free = [k for k in candidates if k not in owner]
        if free:
            k = free[rank] if rank < len(free) else free[0]
            owner[k] = qi
            fidelity = ctx.measure(qi, quote_text(ctx.version, k), (k,), ignore_additions=False)
            return QuoteMatch(qi, ctx.name, QuoteStatus.EMPTIED, (k,), quote_text(ctx.version, k), fidelity,
                              QuoteStatus.EMPTIED.severity)
        return QuoteMatch(qi, ctx.name, QuoteStatus.LOST, (), sentences, None)  # nothing to lose
    if sentences and _words_survive(ctx, original, features):
        fidelity = ctx.measure(qi, sentences, (), ignore_additions=True)
        return QuoteMatch(qi, ctx.name, QuoteStatus.INDIRECT, (), sentences, fidelity,
                          _worst(QuoteStatus.INDIRECT.severity, fidelity.severity))
    return QuoteMatch(qi, ctx.name, QuoteStatus.LOST, (), sentences, None, QuoteStatus.LOST.severity)


def _words_survive(ctx: _Context, quotation: str, in_sentences: frozenset[str]) -> bool:
    """``in_sentences``: the aligned sentences' trigrams (same language) or anchors."""
    mine = ctx.features(quotation) or frozenset()
    if ctx.same:
        return len(mine & in_sentences) / max(1, len(mine)) >= INDIRECT_OVERLAP
    return len(mine) >= 2 and len(mine & in_sentences) / len(mine) >= 0.6


def _worst(*severities: Severity | None) -> Severity | None:
    return max((s for s in severities if s is not None), default=None)
