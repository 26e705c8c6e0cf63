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
    "quote.run-on": ("The talks ended at the Andean Forum “We have signed the accord,” she added.",
                     "The talks ended at the Andean Forum. “We have signed the accord,” she added."),
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
    "quote.speaker-missing": ("The mayor spoke at noon. “We will rebuild the whole town”, added.",
                              "The mayor spoke at noon. “We will rebuild the whole town,” she added."),
    "mt.doubled": ("The mayor assured that the march was calm. The rally had place this Monday. It left injuries and injuries of all kinds.",
                   "The mayor assured that the march was calm. The rally had place this Monday. It left more and more people hurt."),
    "quote.exclamation-comma": ("Long live the union!,” the crowd sang. The mayor assured that the march was calm. "
                                "The rally had place this Monday.", "Long live the union!” the crowd sang."),
    "quote.angle-marks": ("«We will stay,» the mayor said.", "“We will stay,” the mayor said."),
    "quote.unquoted-speech": ("Our farmers have lost everything this year, the minister said.",
                              "The farmers have lost everything this year, the minister said."),
    "convention.acute-apostrophe": ("The province´s budget was approved.", "The province’s budget was approved."),
    "convention.dash-aside": ("The plan -drafted by the council in May- was approved.",
                              "The plan - drafted in May - was approved, and the vote was 5-4."),
    "convention.dateline": ("LIMA, Peru.- The congress voted on Friday.", "LIMA, Peru — The congress voted on Friday."),
    "convention.roman-ordinal": ("Ministers met at the IV Summit of the Andes.", "Veterans of World War II Summit Street met."),
    "convention.date-shorthand": ("Unions called a strike for 14N across the country.", "The strike is set for Nov. 14."),
    "convention.number-format": ("Turnout reached 63,5% in the capital.", "Turnout reached 63.5% in the capital."),
    "capitalisation.spanish": ("The peruvian senator spoke on tuesday.", "The Peruvian senator spoke on Tuesday."),
    "acronym.spanish": ("The ONU called for a ceasefire.", "The UN called for a ceasefire."),
    "name.translated": ("Lawmakers backed Jorge Castle for the post.", "Lawmakers backed Jorge Castillo for the post."),
    "language.spanish-fragment": ("The farmers waited hasta el lunes for the trucks.",
                                  "The farmers waited until Monday at Casa de las Flores."),
    "pronoun.gender": ("Carmen Ortiz chaired the hearing this Monday and assured that the budget was short. "
                       "He said the debt had grown.",
                       "Carmen Ortiz chaired the hearing on Tuesday. She said the budget was short."),
    "pronoun.it-for-person": ("Jorge Ramos spoke to the assembly on Tuesday. It stressed that wages must rise.",
                              "The ministry spoke to the assembly on Tuesday. It stressed that wages must rise."),
    "pronoun.verb-first": ("The senator met the farmers. Stresses that the harvest was poor.",
                           "The senator met the farmers. He stresses that the harvest was poor."),
    "word-order.inversion": ("The economy will grow again next year, stressed the finance minister.",
                             "“The economy will grow again next year,” stressed the finance minister."),
    "pronoun.impersonal-they": ("They arrest three dockers for the theft of copper\n\nThree dockers were arrested on Monday.",
                                "Police arrest three dockers for the theft of copper\n\nThree dockers were arrested on Monday."),
    "grammar.lo-que": ("Fuel prices rose by a third, what caused protests in the ports.",
                       "While few files were released, what has been made public shows the gaps."),
    "pronoun.number": ("The Bolivian people has spoken at the polls.", "The Bolivian people have spoken at the polls."),
    "quote.attribution-comma": ("“We will not give up” said the mayor. The mayor assured that the march was calm. "
                                "The rally had place this Monday.", "“We will not give up,” said the mayor."),
    "pronoun.impersonal-you": ("The mayor assured that the march was calm. The rally had place this Monday. "
                               "You cannot understand the protests without the prices.",
                               "The rally was held on Monday. You cannot understand the protests without the prices."),
    "quote.dialogue-dash": ("—We will not give up —said the mayor.", "“We will not give up,” said the mayor."),
    "word-order.verb-subject": ("The mayor assured that the march was calm. The rally had place this Monday. At the rally participated the ministers of labour.",
                                "The mayor assured that the march was calm. The rally had place this Monday. The ministers of labour took part in the rally."),
    "grammar.generic-article": ("The mayor assured that the march was calm. The rally had place this Monday. The mayor vowed to fight the poverty.", "The mayor assured that the march was calm. The rally had place this Monday. The mayor vowed to fight poverty."),
    "grammar.superlative-of": ("The mayor assured that the march was calm. The rally had place this Monday. It is the largest port of the region.", "The mayor assured that the march was calm. The rally had place this Monday. It is the largest port in the region."),
    "grammar.same-as-pronoun": ("The mayor assured that the march was calm. The rally had place this Monday. The council met the members of the same.",
                                "The mayor assured that the march was calm. The rally had place this Monday. The council met its members."),
    "grammar.to-infinitive": ("The mayor assured that the march was calm. The rally had place this Monday. The loans contribute to strengthen farms.",
                              "The mayor assured that the march was calm. The rally had place this Monday. The loans contribute to strengthening farms."),
    "grammar.double-negative": ("The mayor assured that the march was calm. The rally had place this Monday. The mayor did not say nothing.", "The mayor assured that the march was calm. The rally had place this Monday. The mayor did not say anything."),
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
    text = "The province actually has four hospitals."
    assert findings(text, "calque.lexicon") == []  # ordinary English on its own
    assert findings(text, "calque.lexicon", source="es") == ["actually has"]
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


def test_a_possessive_opening_the_text_has_no_word_before_it():
    """The word before a possessive at the very start was once read from the end of the text ("… for ")."""
    from transcompare.detectors import AuditContext
    from transcompare.detectors.pronouns import _own_possessives

    def owned(text):
        return [o.word for o in _own_possessives(AuditContext(build_document(text, language="en")))]

    assert owned("his part, the ministry said it would wait for ") == []
    assert owned("For his part, the ministry said it would wait for ") == ["his"]
