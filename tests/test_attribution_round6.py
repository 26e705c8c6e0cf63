"""Round 6 of who said what, and names that are not people: a name never runs over a line break, and a first
name inside a place name (West Virginia, Virginia Beach) is nobody's. Every sentence was written for these tests."""

from tests.test_translationese import spans
from transcompare.detectors import AuditContext
from transcompare.detectors.referents import describe_name, gendered_names, mentions
from transcompare.document import build_document


def test_a_name_stops_at_a_paragraph_break():
    text = "Heavy rain fell on Monday across West Virginia\n\nThe President promised aid to the towns."
    assert all("\n" not in m.text for m in mentions(text, 0, len(text)))
    one_line = "Storms hit Maria\nSoto spoke."
    assert [m.text for m in mentions(one_line, 0, len(one_line))] == ["Storms", "Maria", "Soto"]


def test_a_first_name_in_a_place_name_is_no_woman():
    assert describe_name("West Virginia") is None
    assert describe_name("Virginia Beach") is None
    assert describe_name("San Antonio") is None
    assert describe_name("West Virginia Governor Laura Soto") == ("f", True)
    assert describe_name("Virginia Soto") == ("f", True)


def test_gendered_names_skip_places_and_keep_the_person_after():
    doc = build_document("Rain hit Virginia Beach. West Virginia Governor Laura Soto spoke.\n\nCarla\n\nRuiz left.",
                         language="en")
    assert [(gender, name) for _, gender, name in gendered_names(AuditContext(doc))[1]] == [("f", "Laura Soto")]


def test_pronoun_gender_not_reported_for_a_place_or_across_a_paragraph():
    across = ("Heavy rain fell on Monday across West Virginia\n\nThe President visited the towns on Tuesday and "
              "promised aid. Later the governor met his team.")
    assert spans(across, "pronoun.gender", source="es") == []
    beach = "Heavy rain fell on Monday in Virginia Beach and the floods cut the roads. Later the mayor met his team."
    assert spans(beach, "pronoun.gender", source="es") == []
    woman = ("Heavy rain fell on Monday. Virginia Soto visited the towns on Tuesday and promised aid. "
             "Later the governor met his team.")
    assert spans(woman, "pronoun.gender", source="es") == ["his"]
    governor = ("Heavy rain fell on Monday. West Virginia Governor Laura Soto visited the towns on Tuesday and "
                "promised aid. Later his team met.")
    assert spans(governor, "pronoun.gender", source="es") == ["his"]


# Who said what ---------------------------------------------------------------------------

def top(text, lang="en"):
    return [q for q in build_document(text, language=lang).quotes if q.depth == 0]


def test_a_full_stop_inside_a_quotation_mid_sentence_ends_the_sentence_before_the_next_name():
    q = top("Ana Ruiz spoke first.\n\nTom Baker called the board’s decision “a disgrace.” Mary Lopez, a union "
            "organiser, warned on Monday that the strike would go on.")[0]
    assert q.speaker_resolved == "Tom Baker"
    opening = top("Ana Ruiz spoke first.\n\n“We will not stop.” Mary Lopez, a union organiser, warned on Monday.")[0]
    assert opening.speaker_resolved == "Mary Lopez"  # a quotation that opens the sentence keeps the name after it
    comma = top("Tom Baker spoke first.\n\nThe plan is “dead on arrival,” Mary Lopez said on Monday.")[0]
    assert comma.speaker_resolved == "Mary Lopez"


def test_retaliated_closes_a_quotation_and_rated_quotes_a_verdict():
    q = top("Ana Ruiz spoke first.\n\n“Spain is no longer Spain,” she claimed.\n\n“Nonsense!” an angry Baker "
            "retaliated.")[-1]
    assert (q.speaker, q.cue) == ("an angry Baker", "retaliated")
    rated = top("Ana Ruiz spoke first.\n\nThe agency rated the bonds “junk” last year.")[0]
    assert (rated.speaker, rated.kind) == ("The agency", "partial")
    unrated = top("Ana Ruiz spoke first.\n\nThe bonds were sold as “junk” last year.")[0]
    assert unrated.speaker is None


def test_a_relative_clause_after_a_preposition_gives_its_antecedent():
    q = top("The plan drew fire from Tom Baker, who called the nominee “a disaster for the state.”")[0]
    assert (q.speaker_resolved, q.kind) == ("Tom Baker", "partial")
    said = top("The plan drew fire from Tom Baker, who said the nominee was “a disaster for the state.”")[0]
    assert said.speaker_resolved == "Tom Baker"
    # a preposition before a subject still hides it when no relative pronoun points back: "in a low voice said"
    low = top("Ana Ruiz left early.\n\nIn a low voice said, “We will come back.”")[0]
    assert low.speaker != "a low voice"


def test_the_agent_of_a_passive_naming_verb_speaks():
    q = top("Ana Ruiz spoke first.\n\nThe plan was labeled a “giveaway to the rich” by Democrats.")[0]
    assert (q.speaker, q.cue, q.kind) == ("Democrats", "labeled", "partial")
    named = top("Ana Ruiz spoke first.\n\nThe plan was called a “giveaway to the rich” by Tom Baker.")[0]
    assert named.speaker_resolved == "Tom Baker"
    time = top("Ana Ruiz spoke first.\n\nThe plan was labeled a “giveaway” by the time it passed.")[0]
    assert time.speaker is None  # "by the time": no agent
    title = top("Ana Ruiz spoke first.\n\nThe film was called “Dark Water” by 2010.")[0]
    assert title.speaker is None


def test_as_x_said_after_a_quotation_gives_x():
    q = top("Ana Ruiz spoke first.\n\nThe fact that the race “is now a two-man contest” as Baker said on the "
            "radio on Monday helps him.")[0]
    assert (q.speaker, q.cue) == ("Baker", "said")
    # "as" a preposition before a name keeps it out: "worked as Baker's aide"
    aide = top("Ana Ruiz spoke first.\n\nHe worked as an aide and called the plan “reckless” before he left.")[0]
    assert aide.speaker != "an aide"


def test_two_titles_joined_by_and_before_one_name():
    q = top("Ana Ruiz spoke first.\n\n“We will win this state,” said former Ohio Gov. and party chairman Tom Baker.")[0]
    assert q.speaker_resolved == "Tom Baker"
    two = top("Ana Ruiz spoke first.\n\n“We will win this state,” said the governor and Tom Baker.")[0]
    assert two.speaker_resolved != "Tom Baker"  # the governor is someone else
