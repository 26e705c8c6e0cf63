"""Structural rules for Spanish syntax in English (word_order.py, spanish_grammar.py), on sentences written
for these tests: each must fire where Spanish shows through and stay quiet on ordinary English.

The rules wait for signs of Spanish in auto mode, so most cases pass source "es"; one test checks the wait.
"""

import pytest

from transcompare.detectors import run_detectors
from transcompare.document import build_document


def found(text, detector, source="es"):
    doc = build_document(text, language="en")
    hits = run_detectors(doc, source, [detector])
    for hit in hits:
        assert doc.text[hit.span.start:hit.span.end] == hit.span.of(doc.text)
    return hits


def spans(text, detector, source="es"):
    doc = build_document(text, language="en")
    return [h.span.of(doc.text) for h in found(text, detector, source)]


@pytest.mark.parametrize("text, expected", [
    ("At the forum participated the ministers of agriculture of the region.", "participated the ministers"),
    ("During the session were approved the new tariffs for small farms.", "were approved the new tariffs"),
    ("In the northern province were registered 120 new cases of dengue.", "were registered 120 new cases"),
    ("Also took part representatives of the dockworkers’ union.", "took part representatives"),
])
def test_subject_after_an_intransitive_or_passive_verb(text, expected):
    assert spans(text, "word-order.verb-subject") == [expected]


@pytest.mark.parametrize("text", [
    "The bill was approved 52 to 48 in the upper house.",
    "The courier arrived the next morning.",
    "Her grandfather died a hero.",
    "The plan was approved the same week.",
    "The suspect was arrested three times last year.",
    "The campaign was built around a single message.",
    "The modern primary system emerged more than a century ago.",
    "She was given the award in June.",
])
def test_what_may_follow_such_verbs_in_english(text):
    assert spans(text, "word-order.verb-subject") == []


def test_verb_subject_message_gives_the_spanish_in_its_number():
    plural = found("At the forum participated the ministers of trade.", "word-order.verb-subject")[0]
    assert plural.likely_source == "participaron los/las …"
    passive = found("Yesterday was inaugurated the new bridge over the river.", "word-order.verb-subject")[0]
    assert passive.likely_source == "se inauguró el/la …"
    assert passive.suggestion == "“the new bridge … was inaugurated”"


def test_structural_rules_wait_for_signs_of_spanish():
    text = "At the forum participated the ministers of agriculture of the region."
    assert spans(text, "word-order.verb-subject", source="auto") == []
    assert spans(text, "word-order.verb-subject", source="es") != []


def test_inversion_with_more_speakers_and_the_spanish_verb():
    hit = found("The harvest will be poor this year, explained the agronomist expert.", "word-order.inversion")[0]
    assert hit.span.of(build_document("The harvest will be poor this year, explained the agronomist expert.",
                                      language="en").text) == "explained the agronomist expert"
    assert hit.likely_source == "…, explicó el/la …"
    assert spans("Prices will keep rising, reiterated Luis Arce.", "word-order.inversion") == ["reiterated Luis Arce"]
    # an object, not a speaker: the president's office; a quotation before: English
    assert spans("The plan was dropped, explained the president’s office.", "word-order.inversion") == []
    assert spans("“Prices will rise,” reiterated Luis Arce.", "word-order.inversion") == []


def test_day_between_verb_and_object():
    assert spans("The minister denounced this Monday the new sanctions.", "word-order.inversion") == [
        "denounced this Monday the"]
    hit = found("The council rejected on Friday a deal with the port.", "word-order.inversion")[0]
    assert hit.likely_source == "rechazó el viernes …"
    assert spans("The council rejected a deal with the port on Friday.", "word-order.inversion") == []
    assert spans("The mayor announced on Tuesday a plan for the port.", "word-order.inversion") == []
    assert spans("The minister denounced this Monday the new sanctions.", "word-order.inversion", source="auto") == []


@pytest.mark.parametrize("text, expected", [
    ("Ministers pledged to fight the poverty and the inequality.", ["the poverty", "the inequality"]),
    ("The corruption is the main problem of the municipality, the report says.", ["The corruption"]),
    ("The climate change threatens the coffee harvest.", ["The climate change"]),
])
def test_article_before_an_abstract_noun_in_general(text, expected):
    assert spans(text, "grammar.generic-article") == expected


@pytest.mark.parametrize("text", [
    "The poverty rate fell by two points.",
    "The violence of 2019 left deep scars.",
    "The corruption that the audit found cost millions.",
    "Witnesses described the violence.",
    "She said all the corruption must end.",
])
def test_a_specific_abstract_noun_keeps_its_article(text):
    assert spans(text, "grammar.generic-article") == []


def test_superlative_with_of_a_place():
    hit = found("It is the largest port of the region, officials said.", "grammar.superlative-of")[0]
    assert hit.span.of(build_document("It is the largest port of the region, officials said.", language="en").text) == (
        "the largest port of the region")
    assert hit.suggestion == "“the largest port in the region”"
    assert spans("It is the most visited museum of the country.", "grammar.superlative-of") == [
        "the most visited museum of the country"]
    assert spans("It is the largest of the country’s ports.", "grammar.superlative-of") == []
    assert spans("It is the largest port in the region.", "grammar.superlative-of") == []
    assert spans("She is the oldest of the three sisters.", "grammar.superlative-of") == []


def test_the_same_standing_for_a_noun():
    assert spans("The council approved the budget and the members of the same.", "grammar.same-as-pronoun") == [
        "the same"]
    assert spans("Voters expect more of the same.", "grammar.same-as-pronoun") == []
    assert spans("Both teams belong to the same league.", "grammar.same-as-pronoun") == []


def test_bare_verb_after_to_as_a_preposition():
    hit = found("The loans will contribute to strengthen local farms.", "grammar.to-infinitive")[0]
    assert hit.suggestion == "“contribute to strengthening”"
    assert spans("The party is committed to defend the constitution.", "grammar.to-infinitive") == [
        "committed to defend"]
    assert spans("The loans will contribute to peace.", "grammar.to-infinitive") == []
    assert spans("The loans aimed to strengthen local farms.", "grammar.to-infinitive") == []
    assert spans("The party is committed to defending the constitution.", "grammar.to-infinitive") == []


def test_two_negatives_in_one_clause():
    assert spans("The mayor did not say nothing about the budget.", "grammar.double-negative") == [
        "not say nothing"]
    assert spans("The mayor didn't tell nobody.", "grammar.double-negative") == ["n't tell nobody"]
    assert spans("The mayor did not say anything about the budget.", "grammar.double-negative") == []
    assert spans("It is not for nothing that the mayor resigned.", "grammar.double-negative") == []
    assert spans("He did not say that nothing had changed.", "grammar.double-negative") == []
