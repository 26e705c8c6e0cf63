"""Who said what: what a name, title or description covers, and names that are no people (a first name inside a
place name, a name never running over a line break). Every sentence was written for these tests."""

from tests.test_translationese import spans
from transcompare.detectors import AuditContext
from transcompare.detectors.referents import describe_name, gendered_names, mentions
from transcompare.document import build_document

from .conftest import last, top


def test_a_headline_verb_ends_the_name_run():
    q = last("Morgan Says Vote Was Rigged\n\n“We were robbed,” Morgan said on Monday.")
    assert q.speaker_resolved == "Morgan"


def test_a_name_with_a_word_that_is_no_verb_stays_whole():
    q = last("Carmen Rosa Ruiz spoke to supporters on Monday.\n\n“We were robbed,” she said.")
    assert q.speaker_resolved == "Carmen Rosa Ruiz"


def test_a_name_particle_between_a_first_name_and_a_surname_is_part_of_the_name():
    q = last("Mayor Bill de Blasio tweeted, “Let us debate in April.”")
    assert q.speaker_resolved == "Bill de Blasio"


def test_a_name_the_first_name_list_lacks_starts_after_the_last_title():
    text = ("Southern Island Foreign Minister Tau Vai Lemo says his government will not sign.\n\n"
            "Tau spoke on Monday at the summit.\n\nTau says it is a “silly hope” that pressure will work.")
    assert last(text).speaker_resolved == "Tau Vai Lemo"
    # a name with a known first name keeps reading as before
    assert last("Foreign Minister Ana Ruiz says the talks failed.\n\n"
                "Ruiz says it is a “silly hope”.").speaker_resolved == "Ana Ruiz"


def test_spanish_complement_after_a_role_is_still_a_complement():
    q = last("El presidente de Colombia dijo: «No habrá recortes».", "es")
    assert q.speaker_resolved == "El presidente de Colombia"


def test_an_approximate_number_opens_a_subject_not_a_clause():
    q = last("About 50 protesters gathered on Wednesday morning, chanting “no contract, no peace.”")
    assert q.speaker == "About 50 protesters"


def test_spanish_approximate_number_is_no_name():
    q = last("Más de 200 vecinos se reunieron el miércoles, gritando «¡No al cierre!».", "es")
    assert q.speaker_resolved == "Más de 200 vecinos"


def test_a_campaign_named_for_its_candidate_is_the_speaker_whole():
    q = last("The Reyes campaign rejected the idea as “absurd and unfair.”")
    assert q.speaker_resolved == "The Reyes campaign"


def test_according_to_a_campaign():
    q = last("According to the Reyes campaign, “the vote was rigged.”")
    assert q.speaker_resolved == "the Reyes campaign"


def test_spanish_campaign_is_the_speaker():
    q = last("La campaña de Reyes rechazó la idea y afirmó que era «absurda e injusta».", "es")
    assert q.speaker_resolved is not None and "campaña" in q.speaker_resolved


def test_a_verb_after_a_campaign_is_no_part_of_it():
    q = last("His campaign sued the party, saying it “failed to protect our data.”")
    assert q.speaker == "His campaign"


def test_press_in_a_title_does_not_cut_the_speaker():
    q = last("“The plan is sound,” White House press secretary Tom Reyes said Tuesday.")
    assert q.speaker_resolved == "Tom Reyes"


def test_said_before_a_lower_case_title_with_of_and_a_name_names_the_speaker():
    q = top("The hall was full.\n\n“This is a fraud,” said master of ceremonies Tom Baker, a local engineer.")[0]
    assert q.speaker_resolved == "Tom Baker" and q.kind == "direct"


def test_said_before_a_quantity_of_people_is_no_title():
    q = top("The hall was full.\n\nMost of them said the plan was “a fraud” on Monday.")[0]
    assert q.speaker_resolved != "Monday"


def test_a_name_after_an_organisations_possessive_is_the_person():
    q = top("“We held on,” CNN's Jake Tapper said.")[0]
    assert q.speaker_resolved == "Jake Tapper"


def test_a_possessive_before_a_single_word_stays_an_owner():
    q = top("Clinton's Benghazi remarks drew fire. “We held on,” the senator said.")[0]
    assert q.speaker_resolved != "Benghazi"


def test_a_role_to_a_country_with_a_name_in_apposition_is_that_person():
    q = last("Paul Roux, the French minister, spoke first.\n\nAt that moment, the French ambassador to the United "
             "Nations, Pierre Dumont, gave a stage whisper. “We hope,” he said.")
    assert q.speaker_resolved == "Pierre Dumont"


def test_an_adviser_to_a_named_person_is_not_that_person():
    q = top("“We hope,” said an adviser to Ana Ruiz.")[0]
    assert q.speaker_resolved != "Ana Ruiz"
    q = top("“We hope,” said the adviser to President Lee.")[0]
    assert q.speaker_resolved != "Lee"


def test_a_name_with_s_before_been_is_the_subject():
    q = last("Tom Baker and Paul Mason debated on Monday.\n\nBaker's been making the case for weeks that Mason "
             "isn't ready. “You are not ready,” he said.")
    assert q.speaker_resolved == "Tom Baker"


def test_a_name_with_s_before_a_noun_is_an_owner():
    from transcompare.attribution.phrases import _np_right
    from transcompare.attribution.tokens import _tokens
    text = "Baker's campaign made the case."
    mention = _np_right(_tokens(text, 0, len(text), []), 0, 6, text)
    assert mention is not None and mention.text == "Baker's campaign"


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


def test_two_titles_joined_by_and_before_one_name():
    q = top("Ana Ruiz spoke first.\n\n“We will win this state,” said former Ohio Gov. and party chairman Tom Baker.")[0]
    assert q.speaker_resolved == "Tom Baker"
    two = top("Ana Ruiz spoke first.\n\n“We will win this state,” said the governor and Tom Baker.")[0]
    assert two.speaker_resolved != "Tom Baker"  # the governor is someone else


def test_a_month_word_before_a_speech_verb_can_be_a_name_but_not_after_a_preposition():
    q = top("Tom Baker spoke first.\n\n“His ideas are far from heartwarming,” columnist Ai Jun wrote in the paper.\n\n"
            "“Voters are tired,” Jun wrote.")
    assert [x.speaker for x in q] == ["columnist Ai Jun", "Jun"]
    may = top("Tom Baker spoke first.\n\n“We will leave the union,” May said.")[0]
    assert may.speaker == "May"
    date = top("Tom Baker spoke first.\n\n“It is proof,” Ruiz in May said, “that voters are tired.”")
    assert all(x.speaker != "May" for x in date)


def test_a_first_name_that_is_also_an_auxiliary_opens_a_name():
    # "Will", "May", "Mark" are first names too: before a surname they are part of the speaker's name.
    before, after = top("Tom Baker spoke first.\n\n“We will rebuild the pier before summer,” Will Smith said.\n\n"
                        "“The budget is ready,” said Will Smith.")
    assert before.speaker == "Will Smith" and after.speaker_resolved.endswith("Smith")
    assert after.kind == "direct"
    question = top("Tom Baker spoke first.\n\n“Will Congress act?” Baker asked.")[0]
    assert question.speaker_resolved == "Tom Baker"


def test_a_month_word_after_a_title_is_a_name_in_spanish_too():
    q = top("La primera ministra británica May acusa a la oposición de “jugar” con el país\n\nLa primera ministra "
            "habló el lunes.", "es")[0]
    assert q.speaker_resolved == "May"
    date = top("Las ventas de mayo crecieron.\n\n«Fue un buen mes», dijo Ana Ruiz en mayo.", "es")[0]
    assert date.speaker_resolved == "Ana Ruiz"
