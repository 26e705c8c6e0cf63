"""Who said what, fourth round: causes from the tuning half's error list, on sentences written for these tests."""

from .conftest import last, top

# A woman named as such is not swapped for a namesake --------------------------------------


def test_a_pronoun_skips_a_woman_named_as_such_for_the_speaker_not_her_namesake():
    q = last("Paul Lopez opened the store in 1990.\n\nOn Monday, Mrs. Lopez would do well to keep calm, said Tom Baker, "
             "a former adviser.\n\n“She has time,” he said.")
    assert q.speaker_resolved == "Tom Baker"


def test_a_pronoun_still_finds_the_namesake_when_the_surname_alone_was_used():
    q = last("Paul Lopez opened the store in 1990. His wife, Ana Lopez, runs it now.\n\n"
             "Lopez spoke to the workers on Monday.\n\n“We will stay open,” he said.")
    assert q.speaker_resolved == "Paul Lopez"


# A relative clause with an auxiliary ------------------------------------------------------


def test_who_with_an_auxiliary_before_a_naming_verb_names_the_antecedent():
    q = top("Ana Ruiz spoke first. Mr. Scott, who has called the plan “reckless and cruel” before, voted no.")[0]
    assert q.speaker_resolved == "Scott" and q.kind == "partial"


def test_a_relative_after_no_comma_is_no_attribution():
    q = top("Ana Ruiz spoke first. The man who once called the plan “reckless and cruel” had left.")[0]
    assert q.speaker_resolved != "Ana Ruiz"


# "As X put it" ----------------------------------------------------------------------------


def test_as_someone_put_it_names_the_speaker_of_the_quotation_after_it():
    q = last("The vote is set for June. As Tom Reyes, the No. 2 in the party, put it: “We have the votes.”")
    assert q.speaker_resolved == "Tom Reyes" and q.cue == "put"


def test_as_someone_put_it_with_a_comma():
    q = last("The talks ended on Friday. As Ana Ruiz put it, “nobody wins a war of words.”")
    assert q.speaker_resolved == "Ana Ruiz"


def test_put_without_the_as_frame_is_no_speech_verb():
    q = last("The talks ended on Friday. Ana Ruiz put the plan “in the freezer.”")
    assert q.cue != "put"


# The subject of a clause joined on by ", but" ---------------------------------------------


def test_a_person_subject_after_but_is_what_the_next_he_means():
    q = last("Tom Reyes spoke first. “We are ready,” said Reyes.\n\nThe moderators were ready to move on, but "
             "Kelly Brown wasn't having it.\n\n“You see, I want you to think,” he said.")
    assert q.speaker_resolved == "Kelly Brown"


def test_a_place_after_but_is_not_taken_for_a_person():
    q = last("Tom Reyes moved to Dunmore in 2011.\n\nThe roads were bad at first, but Dunmore became his home.\n\n"
             "“It is quiet here,” he said.")
    assert q.speaker_resolved == "Tom Reyes"


# "the email read" -------------------------------------------------------------------------


def test_a_document_that_reads_is_the_source_and_it_refers_to_it():
    quotes = top("The Reyes campaign sent an email on Friday. “We will win,” the email read. It said that Lopez "
                 "is “a fraud.”")
    assert [q.speaker_resolved for q in quotes] == ["the email", "the email"]
    assert quotes[0].cue == "read"


def test_read_as_a_noun_is_no_speech_verb():
    q = last("Tom Reyes wrote a book last year. It was a quick read “for all ages.”")
    assert q.cue != "read"


# An apposition with commas of its own between the quotation's speaker and the verb ---------


def test_an_apposition_holding_a_place_with_a_state_abbreviation():
    q = last("Tom Reyes was there.\n\n“It was a fair trade for both of us,” Mr. Lopez, now 81 and retired in Salem, "
             "Ore., said by telephone this week.")
    assert q.speaker_resolved == "Lopez" and q.cue == "said"


def test_an_apposition_holding_a_list_of_names():
    q = last("“We will see,” Ana Ruiz, who met Reyes, Gil and Lopez, said on Monday.")
    assert q.speaker_resolved == "Ana Ruiz"


def test_a_new_sentence_after_the_quotation_is_no_apposition():
    q = last("Tom Reyes was there. “It was a fair trade,” Lopez. The rest, Gil added, was history.")
    assert q.speaker_resolved is None or q.speaker_resolved != "Gil"


# One word quoted in a sentence about a person ---------------------------------------------


def test_one_quoted_word_in_a_sentence_whose_subject_is_a_person_is_theirs():
    q = last("Tom Reyes spoke on Monday. Mr. Reyes would never denounce “self-deportation” in public.")
    assert q.speaker_resolved == "Tom Reyes" and q.kind == "partial"


def test_one_quoted_word_after_a_determiner_stays_a_term():
    q = last("Tom Reyes spoke on Monday. Mr. Reyes met the so-called “bundlers” at the hotel.")
    assert q.kind == "title-term" and q.speaker is None


def test_one_quoted_word_after_a_possessive_stays_a_term():
    q = last("Tom Reyes spoke on Monday. Mr. Reyes met Ana Ruiz's “sherpas” at the hotel.")
    assert q.kind == "title-term"


# More verbs that report speech ------------------------------------------------------------


def test_fumed_and_pressed_after_a_quotation_report_it():
    quotes = top("Tom Reyes ran the show.\n\n“Would you pay for it?” Reyes pressed.\n\n“That vote was a disgrace,” "
                 "Lopez fumed on Tuesday.")
    assert [(q.speaker_resolved, q.cue) for q in quotes] == [("Tom Reyes", "pressed"), ("Lopez", "fumed")]


def test_press_in_a_title_does_not_cut_the_speaker():
    q = last("“The plan is sound,” White House press secretary Tom Reyes said Tuesday.")
    assert q.speaker_resolved == "Tom Reyes"


# A speech verb opening the sentence before its subject ------------------------------------


def test_said_opening_a_sentence_before_the_name():
    quotes = top("The crowd grew all day.\n\nSaid Dora Perez, who grew up with him in the neighborhood, “He was one "
                 "of us.”\n\nSaid the mayor, “Go home.”")
    assert [q.speaker for q in quotes] == ["Dora Perez", "the mayor"]


def test_stated_with_a_colon_leads_into_the_next_paragraph():
    q = last("The crowd grew all day.\n\nStated Reyes:\n\n“The count is wrong.”")
    assert q.speaker_resolved == "Reyes"


def test_a_capitalised_past_participle_opening_a_sentence_is_no_inverted_verb():
    q = last("Asked about the plan, Reyes shrugged. “We will see,” Ana Ruiz said.")
    assert q.speaker_resolved == "Ana Ruiz"


# A sentence ending in a colon leads into the quotation ------------------------------------


def test_the_following_statement_leads_into_the_next_paragraph():
    q = last("Tom Reyes died in 1998.\n\nPresident Ana Ruiz released the following statement:\n\n"
             "“He was a friend to all of us.”")
    assert q.speaker_resolved == "Ana Ruiz"


def test_a_pronoun_subject_before_a_colon_speaks_the_quotation():
    q = last("Senator Tom Reyes took the stage late.\n\nHe also played up his appeal with young voters: “They are "
             "with us.”")
    assert q.speaker_resolved == "Tom Reyes"


def test_a_thing_before_a_colon_speaks_nothing():
    q = last("Tom Reyes left early.\n\nThe result was plain to see:\n\n“A landslide for the left.”")
    assert q.speaker_resolved != "The result"


def test_a_quoted_sentence_of_function_words_is_no_title():
    q = last("Tom Reyes spoke last.\n\n“They are with us,” Reyes said.")
    assert q.kind == "direct" and q.speaker_resolved == "Tom Reyes"


def test_a_word_describing_the_subject_after_a_verb_of_motion_stays_a_term():
    q = last("Tom Reyes returns “satisfied” from his trip to the coast.")
    assert q.kind == "title-term"


def test_spanish_a_word_describing_the_subject_stays_a_term():
    q = last("Ana Ruiz, la estrella del programa, se fue “furiosa” del plató.", "es")
    assert q.kind == "title-term"
