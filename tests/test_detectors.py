"""Each detector on sentences written for these tests (not the sample's): one that must fire, one that must not."""

import pytest

from transcompare.detectors import all_detectors, run_detectors
from transcompare.document import build_document


def findings(text, detector, lang="en", source="auto"):
    doc = build_document(text, language=lang)
    found = run_detectors(doc, source, [detector])
    for f in found:
        assert 0 <= f.span.start < f.span.end <= len(doc.text)  # a finding points at some text
    return [f.span.of(doc.text) for f in found]


CASES = {
    "quote.empty": ("The senator's answer: “”", "The senator said “no” twice."),
    "quote.unbalanced": ("Officials said “the bridge is closed and left.", "Officials said “the bridge is closed” and left."),
    "quote.mark-spacing": ("“We will rebuild the port? ”Garcia said on Monday.", "“We will rebuild the port?” Garcia said on Monday."),
    "quote.punct-order": ("“The river will flood again next spring”, the engineer warned.", "He called the plan “reckless”, and left."),
    "sentence.stray-period": ("The mayor said that the city wants to. expand the harbour.", "The mayor met Gen. Smith at 9 a.m. yesterday."),
    "calque.lexicon": ("The minister assured that the budget is safe.", "The minister assured voters that the budget is safe."),
    "pronoun.dropped-subject": (
        "Beijing announced new tariffs on steel on Friday. In addition, he warned that more would follow.",
        "Premier Li announced new tariffs on steel on Friday. In addition, he warned that more would follow.",
    ),
    "structure.leak": ("Firefighters at the scene on Monday. © Jane Roe, Reuters", "Firefighters worked at the scene on Monday."),
    "language.untranslated": (
        "The council met on Tuesday. El alcalde dijo que la reunión fue muy productiva para todos.",
        "The council met on Tuesday. The mayor said that the meeting was very productive for everyone.",
    ),
    "mt.repetition": ("The talks will will will continue next week.", "The talks will continue next week, she said."),
}


def test_every_detector_has_a_case():
    from .test_monolingual import CASES as MONOLINGUAL_CASES

    assert set(CASES) | set(MONOLINGUAL_CASES) == set(all_detectors())


@pytest.mark.parametrize("detector", sorted(CASES))
def test_fires_on_artifact(detector):
    assert findings(CASES[detector][0], detector), detector


@pytest.mark.parametrize("detector", sorted(CASES))
def test_silent_on_ordinary_text(detector):
    assert findings(CASES[detector][1], detector) == []


def test_stray_period_verbless_piece():
    text = "The fund aims to help the poorest regions. Latin America in the first place. Others wait."
    assert findings(text, "sentence.stray-period") == [". Latin America in the first place."]
    assert findings("The plan failed. Nobody in the city was surprised.", "sentence.stray-period") == []


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("The government does not stop repeating the same promise.", "does not stop repeating"),
        ("The army will celebrate elections in May.", "celebrate elections"),
        ("They realized a survey of 300 farms.", "realized a survey"),
        ("The meeting had place in Lima the past Sunday.", "had place"),
        ("Voters went to the polls this Sunday in Peru.", "this Sunday"),
        ("Police insisted in the need for calm.", "insisted in"),
    ],
)
def test_calques_match_inflected_forms(sentence, expected):
    assert expected in findings(sentence, "calque.lexicon")


def test_low_confidence_false_friends_need_evidence():
    text = "Actually, the bridge is closed."
    assert findings(text, "calque.lexicon") == []  # ordinary English on its own
    assert findings(text, "calque.lexicon", source="es") == ["Actually"]
    assert findings(text, "calque.lexicon", source="fr") == []


def test_rest_assured_is_ordinary_english():
    assert findings("You can rest assured that the trains will run.", "calque.lexicon") == []


def test_credit_line_paragraph():
    assert findings("The vote passed.\n\nWith AFP and Reuters", "structure.leak") == ["With AFP and Reuters"]
    assert findings("The vote passed.\n\nWith luck, it will hold.", "structure.leak") == []


def test_repetition_in_quote_needs_a_longer_loop():
    assert findings("“No, no, no,” she said.", "mt.repetition") == []
    assert findings("The the the the committee met.", "mt.repetition")


def test_pronoun_after_person_subject_chain_is_fine():
    text = "Moscow rejected the offer. Minister Ivan Petrov said it was late. He added that talks would go on."
    assert findings(text, "pronoun.dropped-subject") == []
