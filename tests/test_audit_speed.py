"""The audit's fast paths find exactly what the plain regex scans they replace find (issue 10: same outputs)."""

import random
import re

import pytest

from transcompare.alternation import trie_regex
from transcompare.datamodel import Span
from transcompare.detectors import WORD, AuditContext, RarePattern, Words, all_detectors
from transcompare.document import build_document
from transcompare.fold import LETTERS

all_detectors()

from transcompare.detectors import calques, doubled, pronouns, repetition  # noqa: E402  (registered first)

PIECES = ["the", "The", "don't", "covid-19", "2019", "x", " ", "  ", ", ", "’s", "-", "²x", "a_b", "_", "Ñandú",
          "u.s.", "U.S.", "abc123def", "'", "ab'cd'ef", "٣x", "x٣", "3-year", "that", "\n\n", "in the", "according to"]


def texts(seed: int, count: int):
    rng = random.Random(seed)
    for _ in range(count):
        yield "".join(rng.choice(PIECES) + rng.choice([" ", "", ", "]) for _ in range(rng.randint(0, 25)))


def spans_of(text: str, rng: random.Random) -> Span:
    start = rng.randint(0, len(text))
    return Span(start, rng.randint(start, len(text)))


def test_runs_of_letters_read_off_the_shared_words_are_those_of_a_letters_scan():
    rng = random.Random(1)
    for text in texts(1, 2000):
        span = spans_of(text, rng)
        split = Words(text, span)
        runs, others = repetition._letter_words(split)
        truth = [(m.group(), m.start() + span.start) for m in LETTERS.finditer(text[span.start : span.end])]
        assert runs == [run for run, _ in truth], text
        offsets = repetition._run_offsets(split, others, list(range(len(runs))))
        assert [offsets[i] for i in range(len(runs))] == [start for _, start in truth], text


def test_doubled_words_read_off_the_shared_words_are_those_of_its_own_pattern():
    for text in texts(2, 1500):
        document = build_document("w " + text + " end", "t", "en")
        body = document.body
        found = list(doubled._WORD.finditer(document.text.lower(), body.start, body.end))
        assert doubled._words(AuditContext(document)) == (
            [m.group() for m in found], [m.start() for m in found], [m.end() for m in found]), text


def test_calque_candidates_are_those_a_regex_of_every_first_word_finds():
    """Every place the former scanner (one trie of all first words, the next word in a lookahead) matched,
    with the same words, is a candidate where an entry can start there; and nothing else is one."""
    lexicon = calques.load_lexicon("es-en")
    old = re.compile(rf"(?<![\w’'-]){trie_regex(set(lexicon.words))}(?![\w’'-])(?=\s+([\w’'-]+)|)")
    rng = random.Random(3)
    for text in texts(3, 1500):
        folded = text.lower()
        span = spans_of(folded, rng)
        new = {(start, first, second) for start, first, second, _ in calques._candidates(lexicon, folded, span, None)}
        for m in old.finditer(folded, span.start, span.end):
            entries, seconds = lexicon.words[m.group()]
            second = m.group(1)
            can_start = bool(entries) or (seconds is not None and second is not None and (
                second in seconds or (second[0].isdigit() and calques.NUMBER in seconds)))
            can_start |= not WORD.fullmatch(m.group())  # a first word of several (u.s.): its regex finds it
            if can_start:
                assert (m.start(), m.group(), second) in new, (text, span, m.group())
        old_places = {(m.start(), m.group(), m.group(1)) for m in old.finditer(folded, span.start, span.end)}
        assert new <= old_places, text


def test_a_rare_pattern_finds_what_its_regex_finds():
    rng = random.Random(4)
    for pattern, needles in ((r"[«»]", "«»"), (r"[!?],(?=\s*[”’\"'»])", ("!,", "?,")), (r"[´`](?=\w)", "´`")):
        rare, regex = RarePattern(pattern, needles), re.compile(pattern)
        for _ in range(3000):
            text = "".join(rng.choice("«»!?,” a´`") for _ in range(rng.randint(0, 8)))
            span = spans_of(text, rng)
            assert [m.span() for m in rare.finditer(text, span.start, span.end)] == [m.span() for m in regex.finditer(text, span.start, span.end)]
            assert rare.findall(text, span.start, span.end) == regex.findall(text, span.start, span.end)


@pytest.mark.parametrize("seed", [5, 6])
def test_the_space_before_that_is_found_as_by_its_regex(seed):
    regex = re.compile(r"\s+(?=that\s)")
    rng = random.Random(seed)
    for _ in range(5000):
        text = "".join(rng.choice(["that", " ", "  ", "\n", "x", "thatthat", "hat", "\t"]) for _ in range(rng.randint(0, 12)))
        span = spans_of(text, rng)
        assert list(pronouns._before_that(text, span.start, span.end)) == [m.start() for m in regex.finditer(text, span.start, span.end)], text


def _leaks_by_paragraph_scan(ctx):
    """structure.leak as it read every paragraph: the credit line, then the literals, then the credit regex."""
    from transcompare.detectors import leaks

    text, found = ctx.text, []
    for paragraph in ctx.document.paragraphs:
        body = paragraph.of(text)
        if leaks._CREDIT_LINE.match(body) and len(body.split()) <= 12:
            found.append(("line", paragraph))
            continue
        credit = leaks._CREDIT.search(body) if any(literal in body for literal in leaks._CREDIT_LITERALS) else None
        if credit:
            found.append(("credit", paragraph, credit.start(), credit.group()))
    return found


def test_leaked_credits_are_found_in_the_paragraphs_a_per_paragraph_scan_reads():
    from transcompare.detectors import leaks

    pieces = ["With AP.", "With EFE and AFP", "Con información de EFE.", "Photo: Jane Roe.", "Photo by",
              "AFP/Getty Images.", "(c) Ana", "©", "Ã©", "Image caption", "Image", "Getty", "Reuters/Ipsos poll",
              "a/b", "Foto :", "The minister spoke.", "\n\n", "\n", " ", "Withholding tax", "Comments"]
    rng = random.Random(7)
    for _ in range(1500):
        text = "".join(rng.choice(pieces) + rng.choice([" ", "", "\n\n"]) for _ in range(rng.randint(1, 14)))
        if not text.strip():
            continue
        ctx = AuditContext(build_document(text, "t", "en"))
        hits = list(leaks.leaked_text(ctx))
        truth = _leaks_by_paragraph_scan(ctx)
        assert [h.span for h in hits] == [t[1] if t[0] == "line" or len(t[1].of(ctx.text).split()) <= 60
                                          else h.span for t, h in zip(truth, hits)], text
        assert len(hits) == len(truth), text


def test_repeats_found_by_their_codes_are_those_of_comparing_every_word():
    """Words that differ but share a code (one byte: 251 values) are told apart; a text of one word, or
    shorter than the distance, has none."""
    from transcompare.detectors import repeats_at, word_codes

    rng = random.Random(11)
    for _ in range(400):
        vocabulary = [f"w{k}" for k in range(rng.choice([1, 2, 5, 300, 2000]))]
        words = [rng.choice(vocabulary) for _ in range(rng.randint(0, 600))]
        codes = word_codes(words)
        for distance in range(1, 7):
            truth = [i for i in range(len(words) - distance) if words[i] == words[i + distance]]
            assert repeats_at(words, codes, distance) == truth
