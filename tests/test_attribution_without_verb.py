"""Who said what for a quotation with no speech verb beside it: a colon, a possessor's noun of speech, a
passive agent, the subject of its sentence, a quotation alone after a sentence about someone. Every sentence was
written for these tests."""


from .conftest import last, top


def test_one_quoted_word_in_a_sentence_whose_subject_is_a_person_is_theirs():
    q = last("Tom Reyes spoke on Monday. Mr. Reyes would never denounce “self-deportation” in public.")
    assert q.speaker_resolved == "Tom Reyes" and q.kind == "partial"


def test_stated_with_a_colon_leads_into_the_next_paragraph():
    q = last("The crowd grew all day.\n\nStated Reyes:\n\n“The count is wrong.”")
    assert q.speaker_resolved == "Reyes"


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


def test_the_agent_of_a_passive_naming_verb_speaks():
    q = top("Ana Ruiz spoke first.\n\nThe plan was labeled a “giveaway to the rich” by Democrats.")[0]
    assert (q.speaker, q.cue, q.kind) == ("Democrats", "labeled", "partial")
    named = top("Ana Ruiz spoke first.\n\nThe plan was called a “giveaway to the rich” by Tom Baker.")[0]
    assert named.speaker_resolved == "Tom Baker"
    time = top("Ana Ruiz spoke first.\n\nThe plan was labeled a “giveaway” by the time it passed.")[0]
    assert time.speaker is None  # "by the time": no agent
    title = top("Ana Ruiz spoke first.\n\nThe film was called “Dark Water” by 2010.")[0]
    assert title.speaker is None


def test_a_possessive_person_before_a_noun_of_speech_owns_the_quoted_words():
    remark = top("Ana Ruiz spoke first.\n\nTom Baker’s “basket of losers” remark angered voters.")[0]
    assert (remark.speaker_resolved, remark.kind) == ("Tom Baker", "partial")
    pledge = top("Ana Ruiz spoke first.\n\nThe new ad replays Tom Baker's pledge to be “neutral in the talks” last year.")[0]
    assert pledge.speaker_resolved == "Tom Baker"
    slogan = top("Tom Baker spoke first.\n\nBaker's “Make Ohio Strong Again” slogan is everywhere.")[0]
    assert slogan.speaker_resolved == "Tom Baker"  # a title-cased slogan is still his words


def test_a_possessive_without_a_noun_of_speech_or_not_a_person_quotes_nobody():
    show = top("Ana Ruiz spoke first.\n\nThe debate aired on ABC's “This Week” on Sunday.")[0]
    assert show.speaker is None
    book = top("Ana Ruiz spoke first.\n\nThe ruling cited Tom Baker's book “Open Roads” at length.")[0]
    assert book.speaker is None
    network = top("Ana Ruiz spoke first.\n\nThe Times's “basket of losers” remark angered voters.")[0]
    assert network.speaker_resolved != "The Times"


def test_a_dash_and_a_name_under_a_quotation_alone_in_its_paragraph_sign_it():
    signed = top("Tom Baker spoke first.\n\n“We will fight on, whatever it costs.”\n\n— Ana Ruiz.\n\nShe was wrong.")[0]
    assert (signed.speaker, signed.speaker_resolved, signed.kind) == ("Ana Ruiz", "Ana Ruiz", "direct")
    titled = top("“We will fight on, whatever it costs.”\n\n- Sen. Tom Baker, D-Ohio\n\nThe claim is false.")[0]
    assert titled.speaker_resolved == "Tom Baker"


def test_a_dash_line_that_is_no_signature_names_nobody():
    prose = top("“We will fight on, whatever it costs.”\n\n— and then the crowd left.")[0]
    assert prose.speaker is None
    thing = top("“We will fight on, whatever it costs.”\n\n— The new budget.")[0]
    assert thing.speaker is None
    attributed = top("“We will fight on,” Tom Baker said.\n\n— Ana Ruiz.")[0]
    assert attributed.speaker_resolved == "Tom Baker"  # already attributed: the dash line changes nothing


def test_a_reduced_passive_of_naming_and_a_quotation_that_is_said_by_someone_name_the_agent():
    labeled = top("Tom Baker spoke first.\n\nThe inquiry — often labeled a “witch hunt” by Democrats — goes on.")[0]
    assert labeled.speaker == "Democrats"
    uttered = top("Tom Baker spoke first.\n\nThe phrase “tax reform” was uttered once, by Mr. Lee.")[0]
    assert (uttered.speaker, uttered.cue) == ("Mr. Lee", "uttered")
    drafted = top("Tom Baker spoke first.\n\nThe plan “Green Deal” was drafted by Mr. Lee.")[0]
    assert drafted.speaker is None  # drafting a plan is not saying its name
    active = top("Tom Baker spoke first.\n\nThe mayor labeled a “witch hunt” the inquiry by the board.")[0]
    assert active.speaker != "the board"


def test_a_name_after_the_dash_of_a_heading_introduces_the_quotation_after_the_colon():
    q = top("Ana Ruiz spoke first.\n\nWEB PANELS FALL SHORT - Pew Research: “All the samples include engaged people.”")[0]
    assert q.speaker == "Pew Research"
    person = top("Ana Ruiz spoke first.\n\nTHE SOUTH TURNS - Tom Baker: “Two weeks ago, the South was his.”")[0]
    assert person.speaker_resolved == "Tom Baker"
    thing = top("Ana Ruiz spoke first.\n\nThe vote was close - too close: “We lost by ten votes.”")[0]
    assert thing.speaker is None


def test_an_opening_time_phrase_of_hours_is_passed_over_to_the_subject():
    q = top("Ana Ruiz spoke first.\n\nHours later, Tom Baker returned the compliment to Ruiz, telling reporters, "
            "“She is an amazing woman.”")[0]
    assert q.speaker_resolved == "Tom Baker"


def test_a_reduced_passive_names_no_agent_that_does_not_follow_the_quoted_words():
    q = top("Tom Baker spoke first.\n\n“It was all lost,” the cousin, referred to by his surname “Wu,” said, as "
            "quoted by the paper.")
    assert q[1].speaker != "the paper"


def test_a_role_in_the_possessive_before_a_noun_of_speech_owns_the_quoted_words():
    q = top("Marco Ruiz spoke in Ohio.\n\nThe Ohio senator’s answer was that “the family comes first,” so the state "
            "should help.")[0]
    assert (q.speaker, q.speaker_resolved) == ("The Ohio senator’s", "Marco Ruiz")
    response = top("Tom Baker spoke first.\n\nBaker’s response was that “nothing has changed.”")[0]
    assert response.speaker_resolved == "Tom Baker"
    thing = top("Tom Baker spoke first.\n\nThe plan’s answer was that “the family comes first.”")[0]
    assert thing.speaker is None  # a plan is no role
