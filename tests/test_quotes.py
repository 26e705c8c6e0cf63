import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from transcompare.document import build_document
from transcompare.errors import InputError

from .conftest import spans_cover


def quotes_of(text, lang="en"):
    doc = build_document(text, language=lang)
    return doc, [(q.inner.of(doc.text), q.style, q.depth, q.closed, q.speaker_resolved) for q in doc.quotes]


def test_styles_and_speakers_after():
    _, q = quotes_of("“We will win,” said Ana Torres. «Nunca», dijo él. \"Fine,\" Bob Lee replied.")
    assert q[0] == ("We will win,", "curly", 0, True, "Ana Torres")
    assert q[1][:2] == ("Nunca", "guillemet")
    assert q[2] == ("Fine,", "straight", 0, True, "Bob Lee")


def test_apostrophes_are_not_quotes():
    doc, q = quotes_of("Moscow’s plan wasn’t new in the 1990s’ politics. Don't ask, it's Jane's.")
    assert q == [] and doc.stray_marks == ()


def test_nesting_with_single_marks():
    _, q = quotes_of("“‘Never again’ was the promise,” the mayor said.")
    assert ("Never again", "single", 1, True, None) in q
    assert q[0][2] == 0 and q[0][0].startswith("‘Never again’")


def test_multi_paragraph_quotation():
    text = "“The first part goes on.\n\n“And the second part ends here,” said Lina Park.\n\nNext."
    doc, q = quotes_of(text)
    assert len(q) == 1 and q[0][3] is True and q[0][4] == "Lina Park"
    assert doc.quotes[0].paragraphs == 2


def test_unbalanced_marks_reported():
    doc, q = quotes_of("He said “this never closes.\n\nA new paragraph. Then a stray ” mark.")
    assert q[0][3] is False
    assert len(doc.stray_marks) == 1


def test_speaker_before_and_according_to():
    _, q = quotes_of("The minister Paul Varga said: “We are ready.” According to Eva Lind, “nothing changed.”")
    assert q[0][4] == "Paul Varga"


def test_spanish_speakers_and_pronoun_resolution():
    _, q = quotes_of("«Vamos a ganar», afirmó María López. «Y lo haremos pronto», añadió ella.", "es")
    assert q[0][4] == "María López" and q[1][4] == "María López"


def test_pronoun_resolves_to_nearest_named_person():
    _, q = quotes_of("Chancellor Otto Brandt spoke after Berlin voted. “It is done,” he added.")
    assert q[0][4] == "Otto Brandt"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["“", "”", "‘", "’", "\"", "'", "«", "»", "word", "O’Neil", " ", ".", "\n\n", "said", "Ana",
                                 "''", "``", "&quot;", "\n", "—", "'70s"]), max_size=50))
def test_quotes_always_valid_and_properly_nested(parts):
    text = "x " + "".join(parts)
    if not text.strip():
        return
    doc = build_document(text, language="en")
    assert spans_cover(doc)
    for q in doc.quotes:
        assert q.span.contains(q.inner)
        assert doc.text[q.span.start] in "“„«‘\"'’`&—―–" or q.style == "dash"
    # quotations either nest or are disjoint
    for a in doc.quotes:
        for b in doc.quotes:
            if a is not b and a.span.overlaps(b.span):
                assert a.span.contains(b.span) or b.span.contains(a.span)


@settings(max_examples=150, deadline=None)
@given(st.text(min_size=1, max_size=200))
def test_no_crash_on_arbitrary_unicode(text):
    try:
        doc = build_document(text, language="en")
    except InputError as exc:  # text that normalises to nothing is refused, not crashed on
        assert "empty" in str(exc)
        return
    assert spans_cover(doc)


def test_following_reported_speech_is_not_an_attribution():
    _, q = quotes_of("The mayor called the plan “promising,” council leader Tom Reyes insisted that nothing was decided.")
    assert q[0][4] == "The mayor"  # who called it so, not Tom Reyes
    _, q = quotes_of("“The plan is promising,” Tom Reyes insisted.")
    assert q[0][4] == "Tom Reyes"


def test_archive_styles_and_entities_are_quotation_marks():
    doc, q = quotes_of("''We will win,'' she said. ``It is done,'' he said. &quot;Fine,&quot; Bob Lee replied.")
    assert [(t, style) for t, style, *_ in q] == [("We will win,", "doubled"), ("It is done,", "backtick"),
                                                  ("Fine,", "entity")]
    assert doc.stray_marks == ()
    _, q = quotes_of("The students'' answers were late, they'' said.")  # doubled apostrophes open nothing
    assert q == []


def test_markup_attributes_are_not_quotations():
    doc, q = quotes_of('<tweet author="@ana" id="12">We won</tweet>. She said "yes" later.')
    assert [t for t, *_ in q] == ["yes"] and doc.stray_marks == ()


def test_apostrophes_typed_as_quotation_marks():
    _, q = quotes_of("Trump‘s plan in the late '70s, he said: “It failed.”")
    assert [(t, depth) for t, _, depth, *_ in q] == [("It failed.", 0)]


def test_dash_dialogue_reads_the_spoken_parts():
    _doc, q = quotes_of("—No lo aceptaremos —dijo la ministra—. Es inaceptable.\n\nEl acto siguió.", "es")
    assert [(t, style) for t, style, *_ in q] == [("No lo aceptaremos", "dash"), ("Es inaceptable.", "dash")]
    _, q = quotes_of("—Ya basta —gritó.", "es")
    assert [t for t, *_ in q] == ["Ya basta"]
    _, q = quotes_of("— 2021 was a good year for the firm.", "en")  # a dash with a space opens no dialogue
    assert q == []


def test_a_line_counts_as_a_paragraph_for_continued_quotations():
    text = "Intro line.\n\nShe said: “The first part goes on.\n“And it ends here,” she added.\nNext line."
    doc, q = quotes_of(text)
    assert len(q) == 1 and q[0][3] is True and doc.quotes[0].paragraphs == 2


def test_same_style_quotation_on_a_later_line_closes_the_open_one():
    text = "Intro.\n\nHe wrote: “This was never closed.\nLater he said: “This one is,” at the end."
    _doc, q = quotes_of(text)
    assert [(t, depth, closed) for t, _, depth, closed, _ in q] == [("This was never closed.", 0, False),
                                                                     ("This one is,", 0, True)]


def test_triple_mark_closes_inner_then_outer_quotation():
    doc, q = quotes_of("''She asked, 'Why now?''' Ms. Lee said.")
    assert [(t, depth) for t, _, depth, *_ in q] == [("She asked, 'Why now?'", 0), ("Why now?", 1)]
    assert doc.quotes[0].speaker_resolved == "Lee"


def test_two_single_marks_close_a_quotation_inside_a_quotation():
    _, q = quotes_of("Ana Ruiz wrote, 'My father said, 'We never give up''. Nobody answered.")
    assert [(text, depth) for text, _, depth, _, _ in q] == [("My father said, 'We never give up'", 0),
                                                              ("We never give up", 1)]


def test_plural_possessive_inside_single_marks():
    _, q = quotes_of("'The workers are ready for the Workers' Day parade. Long live May!,' the leader said.")
    assert len(q) == 1 and q[0][0].endswith("Long live May!,")
    _, q = quotes_of("He denied the 'dangerous lies' and 'wild theories' of his rivals.")
    assert [text for text, *_ in q] == ["dangerous lies", "wild theories"]
    _, q = quotes_of("‘Los trabajadores celebran el Workers’ Day en mayo,’ dijo la líder.", "es")
    assert len(q) == 1 and q[0][0].endswith("en mayo,")


def test_machine_translation_closing_a_curly_quotation_with_a_straight_mark():
    doc, q = quotes_of("“We responded with dignity, if they want to debate, we are ready, \"he said.")
    assert q == [("We responded with dignity, if they want to debate, we are ready, ", "curly", 0, True, None)]
    assert doc.quotes[0].speaker == "he" and doc.quotes[0].cue == "said"
    doc, q = quotes_of("“Respondimos con dignidad, \"dijo el presidente Luis Arce.", "es")
    assert len(q) == 1 and q[0][3] and q[0][4] == "Luis Arce"
    _, q = quotes_of("“He called it \"a farce\" and left,” the mayor said.")
    assert [(text, depth) for text, _, depth, _, _ in q] == [("He called it \"a farce\" and left,", 0), ("a farce", 1)]


def test_time_stays_linear_with_marks_that_keep_opening():
    import time

    def cost(n):
        start = time.process_time()
        doc = build_document("“a " + "\"b " * n + "\n\nAna said: " + "“c " * n + "\n\nx " + "‘d " * n, language="en")
        assert doc.quotes  # the attribution is timed too: it runs when the quotations are first read
        return time.process_time() - start

    cost(500)  # warm up
    small, large = cost(2_000), cost(16_000)
    assert large < 8 * small * 3 + 0.5  # eight times the text, never sixty-four times the time


def test_a_straight_mark_before_a_capital_opens_a_quotation_rather_than_closing_a_curly_one():
    _doc, q = quotes_of("“The risk is high,\" the group wrote. \"A correction is needed.\"")
    assert not any(text.endswith("wrote. ") for text, *_ in q)


def test_a_quotation_running_into_a_dialogue_paragraph_keeps_its_dash_inside():
    doc = build_document("She wrote: ‘The first part of the letter.\n\n—No más, said the last line.’ Then she left.",
                         language="en")
    assert [q.style for q in doc.quote_marks] == ["single"]  # the dash is inside the open quotation, not dialogue


@pytest.mark.parametrize("line, marks", [
    ("—No —dijo Ana—. ", 1),  # the em dash only: a search for the other dashes must not run to the paragraph's end
    ("—Es «una farsa» —dijo Ana—. ", 2),  # each part checked against the paragraph's marks, not all of them
])
def test_a_long_paragraph_of_dash_dialogue_is_read_in_linear_time(line, marks):
    import time

    def cost(n):
        start = time.process_time()
        found = build_document(line * n, language="es").quote_marks
        assert len(found) == marks * n
        return time.process_time() - start

    cost(500)  # warm up
    small, large = cost(2_000), cost(64_000)
    assert large < 32 * small * 3 + 0.5  # 32 times the text, never a thousand times the time


def test_dash_dialogue_gives_way_to_marks_that_cross_the_narrators_words():
    doc = build_document("—Es «una farsa —dijo Ana—. y un engaño» —añadió—. Nada más.", language="es")
    assert [(q.style, q.inner.of(doc.text)) for q in doc.quote_marks if q.style == "dash"] == [("dash", "Nada más.")]
    doc = build_document("—Es «una farsa» —dijo Ana—. Nada más.", language="es")
    assert [q.inner.of(doc.text) for q in doc.quote_marks if q.style == "dash"] == ["Es «una farsa»", "Nada más."]
