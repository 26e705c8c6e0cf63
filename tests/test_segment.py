import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transcompare.datamodel import Span
from transcompare.segment import is_abbreviation, paragraphs, split_sentences


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


# Each rule with sentences it must split (positive) and sentences it must leave whole (negative).
@pytest.mark.parametrize(
    "text, lang, expected",
    [
        # A quotation in single marks ends with its sentence; an apostrophe after an abbreviation does not.
        ("He shouted, 'We are sinking!' Nobody moved.", "en", ["He shouted, 'We are sinking!'", "Nobody moved."]),
        ("She said it was 'over.' Then she left.", "en", ["She said it was 'over.'", "Then she left."]),
        ("It is the U.S.' largest partner.", "en", ["It is the U.S.' largest partner."]),
        # Titles before a name never end a sentence, in both languages.
        ("Det. Laura Kim questioned him.", "en", ["Det. Laura Kim questioned him."]),
        ("It angered U.S. Sens. Ann Lee and Tom Park.", "en", ["It angered U.S. Sens. Ann Lee and Tom Park."]),
        ("Brig. Gen. Sam Cole spoke.", "en", ["Brig. Gen. Sam Cole spoke."]),
        ("El Dr. Ruiz y la Profa. Gil llegaron.", "es", ["El Dr. Ruiz y la Profa. Gil llegaron."]),
        ("Habló con Mr. Bean ayer.", "es", ["Habló con Mr. Bean ayer."]),
        # Another language's title counts only with its capital: "mm" is a French title, and millimetres.
        ("About 20 mm. The roads flooded.", "en", ["About 20 mm.", "The roads flooded."]),
        # Months end a sentence before a word, never before a number.
        ("The office stays closed until Oct. Officials gave no reason.", "en",
         ["The office stays closed until Oct.", "Officials gave no reason."]),
        ("The vote is on Oct. 5 in Ohio.", "en", ["The vote is on Oct. 5 in Ohio."]),
        ("La cita es el 3 de oct. Nadie faltó.", "es", ["La cita es el 3 de oct.", "Nadie faltó."]),
        # Each language's abbreviations are its own: "ago" (agosto) and "mar" (March) are words elsewhere.
        ("It happened two years ago. Mr. Hill left.", "en", ["It happened two years ago.", "Mr. Hill left."]),
        ("Navegaron hacia el mar. Nadie volvió.", "es", ["Navegaron hacia el mar.", "Nadie volvió."]),
        # EE. UU. never comes before the noun it names: a capital after it starts a sentence.
        ("La tormenta llegará al sur de EE. UU. Rosa perderá fuerza.", "es",
         ["La tormenta llegará al sur de EE. UU.", "Rosa perderá fuerza."]),
        ("Viajó a EE. UU. con su familia.", "es", ["Viajó a EE. UU. con su familia."]),
        ("Los datos de EE.UU. Después vinieron los de Canadá.", "es",
         ["Los datos de EE.UU.", "Después vinieron los de Canadá."]),
        # "U.S." and "a.m." come before names and time zones: they end a sentence only before an opener.
        ("He flew to the U.S. As soon as he landed, he called.", "en",
         ["He flew to the U.S.", "As soon as he landed, he called."]),
        ("The rally starts at 7 p.m. ET on Friday.", "en", ["The rally starts at 7 p.m. ET on Friday."]),
        ("The rally ended at 9 p.m. The crowd left.", "en", ["The rally ended at 9 p.m.", "The crowd left."]),
        # Initials: a single letter ends a sentence only before an opener.
        ("The novel by J. R. Moss sold well.", "en", ["The novel by J. R. Moss sold well."]),
        ("She got an A. This surprised her.", "en", ["She got an A.", "This surprised her."]),
        ("Obtuvo una B. Esto la alegró.", "es", ["Obtuvo una B.", "Esto la alegró."]),
        ("Lo firmó Ana M. Prieto.", "es", ["Lo firmó Ana M. Prieto."]),
        # Web pages put a no-break space after a full stop as often as inside "EE. UU.": it ends one.
        ("It was late.\xa0Then it rained.", "en", ["It was late.", "Then it rained."]),
        ("Llegó de EE.\xa0UU. Después habló.", "es", ["Llegó de EE.\xa0UU.", "Después habló."]),
        # A quotation that ends with its own mark, then its named speaker: one sentence.
        ("“We will not give up!” Maria Lopez said.", "en", ["“We will not give up!” Maria Lopez said."]),
        ('"We won." Tom Reed added, smiling.', "en", ['"We won." Tom Reed added, smiling.']),
        ("“We will not give up!” The crowd cheered.", "en", ["“We will not give up!”", "The crowd cheered."]),
        ("“We will win.” Smith said the vote was close.", "en", ["“We will win.”", "Smith said the vote was close."]),
        ("“We will win.” He added, “It will be close.”", "en", ["“We will win.”", "He added, “It will be close.”"]),
        # Spanish puts the period after the closing mark; a comma after it keeps the sentence going.
        ("“Ganaremos”, afirmó Gil. “Lo sabemos”. Nadie dudó.", "es",
         ["“Ganaremos”, afirmó Gil.", "“Lo sabemos”.", "Nadie dudó."]),
        # A closing mark left after a space stays with its sentence and never makes one of its own.
        ("“No volveré. ”, afirmó Ruiz.", "es", ["“No volveré. ”, afirmó Ruiz."]),
        ("“No volveré. ” Luego se fue.", "es", ["“No volveré. ”", "Luego se fue."]),
        ("Se fue. . Nadie lo vio.", "es", ["Se fue. .", "Nadie lo vio."]),
        ("They loved 'Hail!' -- a film about it.", "en", ["They loved 'Hail!' -- a film about it."]),
        ("Il a dit : « Nous partons. » Puis il est parti.", "fr", ["Il a dit : « Nous partons. »", "Puis il est parti."]),
        # An ellipsis before a number goes on; before a capital it ends the sentence.
        ("Prices fell to… 1987 levels.", "en", ["Prices fell to… 1987 levels."]),
        ("Subió hasta... 2014.", "es", ["Subió hasta... 2014."]),
        ("Esperó... Nadie vino.", "es", ["Esperó...", "Nadie vino."]),
        # Numbered lists: the number opening an item (or after a colon) is not a sentence.
        ("Three steps: 1. Cut costs. 2. Hire staff.", "en", ["Three steps: 1. Cut costs.", "2. Hire staff."]),
        ("Pasos: 1. Reducir gastos. 2. Contratar.", "es", ["Pasos: 1. Reducir gastos.", "2. Contratar."]),
        ("He was born in 1987. The war ended.", "en", ["He was born in 1987.", "The war ended."]),
        # etc. ends a sentence before a capital, not before a lowercase word.
        ("We bought pens, paper, etc. The shop closed.", "en", ["We bought pens, paper, etc.", "The shop closed."]),
        ("Compró lápices, papel, etc. y se fue.", "es", ["Compró lápices, papel, etc. y se fue."]),
        # A language without rules of its own gets every language's.
        ("Mr. Smith left. Sr. Pérez stayed.", "ru", ["Mr. Smith left.", "Sr. Pérez stayed."]),
    ],
)
def test_rules(text, lang, expected):
    assert split(text, lang) == expected


def test_english_and_spanish_versions_get_the_same_number_of_sentences():
    english = ("The Rev. Ann Hale said, 'We will rebuild.' The church closed until Oct. Volunteers came from the "
               "U.S. and Canada. “It was hard!” John Park said.")
    spanish = ("La reverenda Ann Hale dijo: “Reconstruiremos”. La iglesia cerró hasta oct. Llegaron voluntarios de "
               "EE. UU. y Canadá. “¡Fue duro!”, dijo John Park.")
    assert len(split(english, "en")) == len(split(spanish, "es")) == 4


def test_abbreviations_are_per_language_unless_none_is_given():
    assert is_abbreviation("ago", "es") and not is_abbreviation("ago", "en")
    assert is_abbreviation("Oct", "en") and is_abbreviation("ago")
    assert is_abbreviation("Sr", "en") and not is_abbreviation("mm", "en") and is_abbreviation("MM", "en")


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


def test_the_word_before_a_sentence_end():
    from transcompare.segment import _token_before, word_before

    text = "He met “Dr. Ruiz at 5 p.m. in the U.S.\nAnd left."
    assert word_before(text, text.index(". Ruiz")) == "Dr"  # the opening mark is left out...
    assert _token_before(text, text.index(". Ruiz")) == ("Dr", text.index("“Dr"))  # ...and counted in its start
    assert word_before(text, text.index(" in the") - 1) == "p.m"
    assert word_before(text, text.index("\nAnd")) == "U.S."
    assert word_before(text, text.index("\nAnd") + 1) == "U.S."  # a line break right before the end is skipped
    assert word_before(text, text.index(" met")) == "He" and word_before(text, 0) == ""
    assert word_before("after a space ", 14) == "" and word_before("ends  \n", 7) == ""
    long = "x" * 100
    assert word_before(f"see {long}", 104) == ""  # starts too far back to be a word worth reading
    assert word_before(long[:60], 60) == long[:60] and word_before(f" {long[:63]}", 64) == long[:63]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab. “\n\t\u00a0", max_size=90), st.integers(min_value=0, max_value=90))
def test_the_word_before_reads_as_the_regular_expression_it_replaced(chunk, end):
    import re

    from transcompare.segment import _LOOKBACK, _OPENERS, _token_before

    end = min(end, len(chunk))
    match = re.compile(r"(?<!\S)(\S+)$").search(chunk, max(0, end - _LOOKBACK), end)
    assert _token_before(chunk, end) == ((match.group(1).lstrip(_OPENERS), match.start(1)) if match else ("", end))
