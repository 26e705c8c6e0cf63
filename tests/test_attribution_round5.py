"""Who said what, fifth round: causes from the tuning half's error list, on sentences written for these tests."""

from .conftest import last, top

# An opening time phrase is passed over to reach the subject ------------------------------


def test_a_time_phrase_with_a_determiner_opens_the_sentence_before_its_subject():
    q = last("Mrs. Ruiz led the race.\n\nThe day before, at a fair in Austin, Tex., Mr. Baker was blunt, claiming "
             "that President Lee wanted to raise taxes. “It is madness,” he said.")
    assert q.speaker_resolved == "Baker"


def test_a_number_before_a_comma_with_no_time_word_stays_the_subject():
    q = last("Ana Ruiz and Tom Baker met in Austin.\n\nThe two, old friends from school, said on Monday that "
             "“the deal is done.”")
    assert q.speaker == "The two"


# A full stop whose space was lost still ends the sentence --------------------------------


def test_a_glued_full_stop_after_the_verb_still_closes_the_attribution():
    q = top("Tom Baker spoke.\n\n“We will win this state,” Baker said.Baker claimed that he had the votes.")[0]
    assert q.speaker_resolved == "Tom Baker"


def test_a_capitalised_domain_is_not_cut_at_its_dot():
    from transcompare.attribution import _pieces
    assert [p[1] for p in _pieces("Example.Com", False)] == ["Example.Com"]
    assert [p[1] for p in _pieces("said.Baker", False)] == ["said", ".", "Baker"]


# Prepared remarks: "he will say" ---------------------------------------------------------


def test_a_future_speech_verb_closing_a_quotation_names_its_speaker():
    qs = top("Tom Baker will address the crowd on Monday.\n\n“We will not back down,” he will say. “Never.”")
    assert [q.speaker_resolved for q in qs] == ["Tom Baker", "Tom Baker"]


def test_a_future_speech_verb_before_a_quotation_inside_reported_speech_is_not_the_speaker():
    q = top("Ana Ruiz said she expected that voters will say “no thanks” to the plan.")[0]
    assert q.speaker_resolved == "Ana Ruiz"


# A lower-case title with a complement before a name -------------------------------------


def test_said_before_a_lower_case_title_with_of_and_a_name_names_the_speaker():
    q = top("The hall was full.\n\n“This is a fraud,” said master of ceremonies Tom Baker, a local engineer.")[0]
    assert q.speaker_resolved == "Tom Baker" and q.kind == "direct"


def test_said_before_a_quantity_of_people_is_no_title():
    q = top("The hall was full.\n\nMost of them said the plan was “a fraud” on Monday.")[0]
    assert q.speaker_resolved != "Monday"


# A person named after an owner ------------------------------------------------------------


def test_a_name_after_an_organisations_possessive_is_the_person():
    q = top("“We held on,” CNN's Jake Tapper said.")[0]
    assert q.speaker_resolved == "Jake Tapper"


def test_a_pronoun_finds_a_person_named_after_an_organisations_possessive():
    q = top("Fox News’ Bret Baier noticed that none of the networks cut away for Ruiz. "
            "He said his network “held on” to the story during her event.")[0]
    assert q.speaker_resolved == "Bret Baier"


def test_a_possessive_before_a_single_word_stays_an_owner():
    q = top("Clinton's Benghazi remarks drew fire. “We held on,” the senator said.")[0]
    assert q.speaker_resolved != "Benghazi"


# A name someone gives: capitalised, yet that person's words ------------------------------


def test_a_capitalised_name_given_by_a_naming_verb_is_the_subjects_words():
    q = top("Tom Baker spoke for an hour. Within minutes, he called his rival “Little Ana” twice.")[0]
    assert q.speaker_resolved == "Tom Baker" and q.kind == "partial"


def test_a_show_the_subject_calls_by_a_name_is_the_subjects_words():
    q = top("Ana Ruiz films a weekly show she calls “Real Talk Today” in her kitchen.")[0]
    assert q.speaker_resolved == "Ana Ruiz"


def test_a_title_after_a_participle_naming_a_thing_stays_a_title():
    q = top("Ana Ruiz taught a psychology class called “Perception” in 2002.")[0]
    assert q.kind == "title-term"


def test_a_title_after_so_called_stays_a_title():
    q = top("Tom Baker backed the so-called “Gang of Eight” bill.")[0]
    assert q.kind == "title-term"


# Appositions with a place and its state, and roles "to" someone --------------------------


def test_an_apposition_ending_in_a_place_and_its_state_keeps_the_subject():
    q = last("Tom Mason spoke first.\n\nScott Baker, a 55-year-old builder in San Jose, Calif., gave the candidate "
             "$250 last summer. “I know they are here,” he said.")
    assert q.speaker_resolved == "Scott Baker"


def test_a_role_to_a_country_with_a_name_in_apposition_is_that_person():
    q = last("Paul Roux, the French minister, spoke first.\n\nAt that moment, the French ambassador to the United "
             "Nations, Pierre Dumont, gave a stage whisper. “We hope,” he said.")
    assert q.speaker_resolved == "Pierre Dumont"


def test_an_adviser_to_a_named_person_is_not_that_person():
    q = top("“We hope,” said an adviser to Ana Ruiz.")[0]
    assert q.speaker_resolved != "Ana Ruiz"
    q = top("“We hope,” said the adviser to President Lee.")[0]
    assert q.speaker_resolved != "Lee"


# "X's been": a contraction, not an owner -------------------------------------------------


def test_a_name_with_s_before_been_is_the_subject():
    q = last("Tom Baker and Paul Mason debated on Monday.\n\nBaker's been making the case for weeks that Mason "
             "isn't ready. “You are not ready,” he said.")
    assert q.speaker_resolved == "Tom Baker"


def test_a_name_with_s_before_a_noun_is_an_owner():
    from transcompare.attribution import _np_right, _tokens
    text = "Baker's campaign made the case."
    mention = _np_right(_tokens(text, 0, len(text), []), 0, 6, text)
    assert mention is not None and mention.text == "Baker's campaign"


# A relative clause whose closing comma is missing ----------------------------------------


def test_a_relative_clause_without_its_closing_comma_names_its_antecedent():
    q = top("The ad ran in Iowa.\n\n“This is a disgrace,” Ana Ruiz, who is chairman of Our Future Pac said in a "
            "statement.")[0]
    assert q.speaker_resolved == "Ana Ruiz"


def test_a_relative_clause_without_a_comma_before_it_is_left_alone():
    q = top("The ad ran in Iowa.\n\n“This is a disgrace,” the woman who chairs the board said.")[0]
    assert q.speaker_resolved != "Iowa"


# Words quoted in a sentence whose subject speaks for itself ------------------------------


def test_words_quoted_after_a_text_that_speaks_are_that_texts():
    q = top("Ana Ruiz sued the party in May.\n\nThe complaint alleged that the party “failed to protect the data” "
            "of its voters.")[0]
    assert q.speaker == "The complaint" and q.kind == "partial"


def test_words_quoted_after_an_institution_are_its():
    q = top("The vote is on Friday.\n\nThe NRA was whipping lawmakers against “a reckless ban” on Monday.")[0]
    assert q.speaker == "The NRA"


def test_words_quoted_after_he_are_the_persons_he_means():
    q = top("Tom Baker spoke on Monday.\n\nHe talks about how his troops must be ready “to fight tonight” if "
            "needed.")[0]
    assert q.speaker_resolved == "Tom Baker"


def test_words_quoted_after_a_thing_stay_a_term():
    q = top("The vote is on Friday.\n\nThe power of “we” was the theme of the night.")[0]
    assert q.kind == "title-term"


def test_an_institution_in_the_headline_does_not_speak_a_scare_quote():
    q = top("DNC issues ‘deep apology’ to rival\n\nThe party apologised on Monday.")[0]
    assert q.kind == "title-term"


# A quotation standing alone after a sentence about a person ------------------------------


def test_a_long_quotation_alone_after_a_sentence_about_a_person_is_theirs():
    q = last("The show airs on Monday.\n\nMr. Baker is unapologetic about his aim. “I want the party to win in "
             "November and nothing else matters to me.”")
    assert q.speaker_resolved == "Baker" and q.resolution == "topic"


def test_a_short_quotation_alone_after_a_sentence_about_a_person_is_not_given_to_them():
    q = last("The show airs on Monday.\n\nMr. Baker is unapologetic about his aim. “Win.”")
    assert q.speaker_resolved is None


def test_a_quotation_alone_after_a_sentence_about_a_thing_has_no_speaker():
    q = last("The show airs on Monday.\n\nThe vote was close in the end. “I want the party to win in November and "
             "nothing else matters to me.”")
    assert q.speaker_resolved is None
