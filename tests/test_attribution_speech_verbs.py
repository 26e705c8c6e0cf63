"""Who said what: which words are speech verbs ("shot back", "as X put it", "the email read", "will say"),
and which of them attribute a quotation. Every sentence was written for these tests."""


from .conftest import last, top


def test_a_noun_before_a_title_is_no_speech_verb():
    q = last("The mayor spoke first.\n\n“We will not pay for it,” state Sen. Tom Reyes (D) said about halfway through "
             "the debate.")
    assert q.speaker_resolved == "Tom Reyes"


def test_shot_back_after_a_quotation_names_the_speaker():
    q = last("Ana Ruiz interrupted him. “Let me talk,” Tom Reyes shot back.")
    assert q.speaker_resolved == "Tom Reyes" and q.cue == "shot back"


def test_went_on_after_a_quotation_names_the_speaker():
    q = top("Ana Ruiz asked about it.\n\n“It can happen,” Tom Reyes went on, as if he did not hear her.")[0]
    assert q.speaker_resolved == "Tom Reyes" and q.cue == "went on"


def test_spanish_counterattack_verb():
    q = last("Ana Ruiz lo interrumpió. «Déjeme hablar», contraatacó Tomás Reyes.", "es")
    assert q.speaker_resolved == "Tomás Reyes"


def test_a_shot_that_is_no_speech_keeps_the_earlier_speaker():
    q = last("“We will win,” Ana Ruiz said as the ball was shot back into play.")
    assert q.speaker_resolved == "Ana Ruiz"


def test_as_someone_put_it_names_the_speaker_of_the_quotation_after_it():
    q = last("The vote is set for June. As Tom Reyes, the No. 2 in the party, put it: “We have the votes.”")
    assert q.speaker_resolved == "Tom Reyes" and q.cue == "put"


def test_as_someone_put_it_with_a_comma():
    q = last("The talks ended on Friday. As Ana Ruiz put it, “nobody wins a war of words.”")
    assert q.speaker_resolved == "Ana Ruiz"


def test_put_without_the_as_frame_is_no_speech_verb():
    q = last("The talks ended on Friday. Ana Ruiz put the plan “in the freezer.”")
    assert q.cue != "put"


def test_a_document_that_reads_is_the_source_and_it_refers_to_it():
    quotes = top("The Reyes campaign sent an email on Friday. “We will win,” the email read. It said that Lopez "
                 "is “a fraud.”")
    assert [q.speaker_resolved for q in quotes] == ["the email", "the email"]
    assert quotes[0].cue == "read"


def test_read_as_a_noun_is_no_speech_verb():
    q = last("Tom Reyes wrote a book last year. It was a quick read “for all ages.”")
    assert q.cue != "read"


def test_fumed_and_pressed_after_a_quotation_report_it():
    quotes = top("Tom Reyes ran the show.\n\n“Would you pay for it?” Reyes pressed.\n\n“That vote was a disgrace,” "
                 "Lopez fumed on Tuesday.")
    assert [(q.speaker_resolved, q.cue) for q in quotes] == [("Tom Reyes", "pressed"), ("Lopez", "fumed")]


def test_a_future_speech_verb_closing_a_quotation_names_its_speaker():
    qs = top("Tom Baker will address the crowd on Monday.\n\n“We will not back down,” he will say. “Never.”")
    assert [q.speaker_resolved for q in qs] == ["Tom Baker", "Tom Baker"]


def test_a_future_speech_verb_before_a_quotation_inside_reported_speech_is_not_the_speaker():
    q = top("Ana Ruiz said she expected that voters will say “no thanks” to the plan.")[0]
    assert q.speaker_resolved == "Ana Ruiz"


def test_retaliated_closes_a_quotation_and_rated_quotes_a_verdict():
    q = top("Ana Ruiz spoke first.\n\n“Spain is no longer Spain,” she claimed.\n\n“Nonsense!” an angry Baker "
            "retaliated.")[-1]
    assert (q.speaker, q.cue) == ("an angry Baker", "retaliated")
    rated = top("Ana Ruiz spoke first.\n\nThe agency rated the bonds “junk” last year.")[0]
    assert (rated.speaker, rated.kind) == ("The agency", "partial")
    unrated = top("Ana Ruiz spoke first.\n\nThe bonds were sold as “junk” last year.")[0]
    assert unrated.speaker is None


def test_as_x_said_after_a_quotation_gives_x():
    q = top("Ana Ruiz spoke first.\n\nThe fact that the race “is now a two-man contest” as Baker said on the "
            "radio on Monday helps him.")[0]
    assert (q.speaker, q.cue) == ("Baker", "said")
    # "as" a preposition before a name keeps it out: "worked as Baker's aide"
    aide = top("Ana Ruiz spoke first.\n\nHe worked as an aide and called the plan “reckless” before he left.")[0]
    assert aide.speaker != "an aide"


def test_a_verb_form_after_a_number_is_a_noun():
    q = top("Tom Baker spoke first.\n\nOne pastor, Pedro Gil, said he had made 150 phone calls to other pastors.\n\n"
            "“Find your polling place,” he tells them.")[-1]
    assert q.speaker_resolved == "Pedro Gil"
    verb = top("Tom Baker spoke first.\n\nThe suit claims that Baker made statements that were “false.”")[0]
    assert verb.speaker == "The suit"  # after a determiner and a noun, "claims" is still the verb


def test_an_infinitive_of_speech_that_opens_a_quotation_is_its_subject_s_speech():
    q = top("Tom Baker spoke first.\n\nThe debate was so calm that Mr. Lee was prompted to say, “This is a civil "
            "debate.”")[0]
    assert (q.speaker, q.cue) == ("Mr. Lee", "say")
    email = top("Tom Baker spoke first.\n\nThe email goes on to say: “We will close the plant.”")[0]
    assert email.speaker == "The email"
    wish = top("Tom Baker spoke first.\n\nMr. Lee wants to say “thank you” to the nurses.")[0]
    assert wish.cue != "say"  # no comma or colon: "to say" opens no quotation


def test_in_the_words_of_names_the_source_like_according_to():
    before = top("Ana Ruiz spoke first.\n\nTom Baker was, in the words of a senior adviser, “the keeper of his "
                 "legacy.”")[0]
    assert (before.speaker, before.cue) == ("a senior adviser", "words of")
    after = top("Ana Ruiz spoke first.\n\nThe plan is “dead on arrival,” in the words of Tom Baker.")[0]
    assert after.speaker_resolved == "Tom Baker"
    spanish = top("Ana Ruiz habló primero.\n\nEl plan es, en palabras de Pedro Gil, «un desastre total».", "es")[0]
    assert spanish.speaker_resolved == "Pedro Gil"
    plain = top("Ana Ruiz spoke first.\n\nThe words of the song were “we shall overcome.”")[0]
    assert plain.cue != "words of"


def test_a_clause_of_as_after_an_attribution_does_not_take_the_speaker_s_place():
    q = top("Tom Baker spoke first.\n\n“He is tiny,” Ana Ruiz said Sunday in Ohio as the crowd roared.\n\n“You know "
            "what they say about small hands.”")
    assert [x.speaker_resolved for x in q] == ["Ana Ruiz", "Ana Ruiz"]
    assert q[1].inherited
    alone = top("Tom Baker spoke first.\n\nThe hall was full. “We want Tom!” the crowd roared.")[0]
    assert alone.speaker == "the crowd"  # with no attribution before it, the crowd is the one speaking


def test_a_spanish_pronoun_of_the_one_addressed_before_the_speech_verb():
    q = last("«No habrá más recortes», le dijo la ministra de Hacienda a la agencia.", "es")
    assert q.speaker_resolved == "la ministra de Hacienda" and q.cue == "dijo" and q.kind == "direct"
    q = top("—¿Y ahora qué hacemos? —le preguntó Tomás Reyes a su abogada.", "es")[0]
    assert q.speaker_resolved == "Tomás Reyes"
    q = last("La alcaldesa, Ana Ruiz, visitó la fábrica.\n\n«Seguiremos abiertos», nos explicó después.", "es")
    assert q.speaker_resolved == "Ana Ruiz" and q.resolution == "dropped subject"


def test_a_spanish_pronoun_before_a_verb_that_is_no_speech_names_nobody():
    q = last("«Es demasiado tarde», le pareció al alcalde de la villa.", "es")
    assert q.speaker is None
    q = last("Ana Ruiz llegó tarde. «Nada», la saludó el portero.", "es")  # "la" is no pronoun of the one addressed
    assert q.speaker_resolved != "el portero"
