import pytest
from hypothesis import given, settings, strategies as st

from transcompare.model import Span
from transcompare.segment import paragraphs, split_sentences


def split(text, lang="en"):
    return [s.of(text) for s in split_sentences(text, Span(0, len(text)), lang)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mr. Brown met Dr. Lee in Boston. They talked.", ["Mr. Brown met Dr. Lee in Boston.", "They talked."]),
        ("Prices rose 3.5 percent to 13,000 euros. Traders were calm.",
         ["Prices rose 3.5 percent to 13,000 euros.", "Traders were calm."]),
        ("The U.S. economy grew. The U.S. Senate voted.", ["The U.S. economy grew.", "The U.S. Senate voted."]),
        ("He lives in the U.S. He works in Ohio.", ["He lives in the U.S.", "He works in Ohio."]),
        ("The flight left at 9 a.m. and landed late.", ["The flight left at 9 a.m. and landed late."]),
        ("“Are you coming?” she asked. “Yes.” He nodded.", ["“Are you coming?” she asked.", "“Yes.”", "He nodded."]),
        ("She waited… Nothing happened.", ["She waited…", "Nothing happened."]),
        ("“We tried (…) and failed,” he said.", ["“We tried (…) and failed,” he said."]),
        ("See No. 10 for details. Then leave.", ["See No. 10 for details.", "Then leave."]),
    ],
)
def test_english(text, expected):
    assert split(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("El Sr. Pérez viajó a EE.UU. el martes. Volvió ayer.", ["El Sr. Pérez viajó a EE.UU. el martes.", "Volvió ayer."]),
        ("La Sra. Gómez habló con EE. UU. sobre el tema.", ["La Sra. Gómez habló con EE. UU. sobre el tema."]),
        ("¿Quién lo sabe? Nadie. ¡Basta!", ["¿Quién lo sabe?", "Nadie.", "¡Basta!"]),
        ("Dijo que no. El resto calló.", ["Dijo que no.", "El resto calló."]),
    ],
)
def test_spanish(text, expected):
    assert split(text, "es") == expected


def test_paragraphs_split_on_blank_lines_or_lines():
    text = "One.\nStill one.\n\nTwo."
    assert [p.of(text) for p in paragraphs(text, Span(0, len(text)))] == ["One.\nStill one.", "Two."]
    text = "One.\nTwo."
    assert [p.of(text) for p in paragraphs(text, Span(0, len(text)))] == ["One.", "Two."]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_sentence_spans_cover_text_in_order(text):
    paras = paragraphs(text, Span(0, len(text)))
    for p in paras:
        spans = split_sentences(text, p, "en")
        for s in spans:
            assert p.start <= s.start < s.end <= p.end
        assert all(a.end <= b.start for a, b in zip(spans, spans[1:]))
        # nothing but whitespace is left between sentences
        covered = "".join(s.of(text) for s in spans)
        assert "".join(p.of(text).split()) == "".join(covered.split())


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["Mr.", "Dr.", "U.S.", "The", "cat", "sat.", "He", "said", "“Yes.”", "3.5", "(…)", "?", "EE.UU.", "no.", "\n\n"]), max_size=40))
def test_sentences_from_news_like_tokens(tokens):
    text = " ".join(tokens)
    for p in paragraphs(text, Span(0, len(text))):
        for s in split_sentences(text, p, "en"):
            assert s.of(text).strip() == s.of(text)


def _cpu_seconds(text):
    import time

    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        split_sentences(text, Span(0, len(text)), "en")
        best = min(best, time.process_time() - start)
    return best


def test_one_long_paragraph_is_split_in_linear_time():
    # Looking for the word before each period used to read the paragraph from its start: 8x the
    # text took ~64x the time. Linear takes ~8x; 25x leaves room for a busy machine.
    unit = "The U.S. envoy met Mr. Li at 9 a.m. in Geneva. Talks went on... and on. "
    small, big = unit * 150, unit * 1200
    assert len(split(big)) == 1200 * 2
    assert _cpu_seconds(big) < 25 * max(_cpu_seconds(small), 1e-3)
