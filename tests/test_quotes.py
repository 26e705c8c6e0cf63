from hypothesis import given, settings, strategies as st

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
@given(st.lists(st.sampled_from(["“", "”", "‘", "’", "\"", "'", "«", "»", "word", "O’Neil", " ", ".", "\n\n", "said", "Ana"]), max_size=50))
def test_quotes_always_valid_and_properly_nested(parts):
    text = "x " + "".join(parts)
    if not text.strip():
        return
    doc = build_document(text, language="en")
    assert spans_cover(doc)
    for q in doc.quotes:
        assert q.span.contains(q.inner)
        assert doc.text[q.span.start] in "“„«‘\"'’"
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
