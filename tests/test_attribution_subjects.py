"""Who said what: the subject of a speech verb, before or after it, past appositions, opening clauses,
participles, relative clauses and documents someone issued. Every sentence was written for these tests."""


from .conftest import last, top


def test_a_long_opening_clause_is_passed_over_to_find_the_subject():
    q = last("When a reporter from the local paper later asked Tom Reyes whether the new tax on parking in the old "
             "town would be any different from the tax it replaced last spring, Pedro Gil interrupted.\n\n"
             "“It is the same tax,” he said.")
    assert q.speaker_resolved == "Pedro Gil"


def test_a_long_opening_clause_does_not_hide_a_subject_that_is_no_person():
    q = last("When a reporter from the local paper asked Pedro Gil whether the new tax on parking in the old "
             "town would be any different from the tax it replaced last spring, the room went quiet.\n\n"
             "“It is the same tax,” he said.")
    assert q.speaker_resolved == "Pedro Gil"


def test_spanish_long_opening_clause():
    q = last("Cuando un periodista del diario local preguntó a la alcaldesa Ana Ruiz si el nuevo impuesto sobre el "
             "aparcamiento en el casco antiguo sería distinto del que sustituyó la primavera pasada, Pedro Gil la "
             "interrumpió.\n\n«Es el mismo impuesto», dijo él.", "es")
    assert q.speaker_resolved == "Pedro Gil"


def test_a_relative_clause_speaker_does_not_displace_the_sentence_subject():
    q = last("Speaking to “Morning Report” on Monday, Tom Reyes refrained from attacking his rivals, particularly "
             "Sens. Paul Gil and Luis Mora, who say he lacks experience.\n\n"
             "He dismissed the critique, saying the debate was his campaign’s “best night of the year.”")
    assert q.speaker_resolved == "Tom Reyes"


def test_spanish_relative_clause_speaker_does_not_displace_the_sentence_subject():
    q = last("Tomás Reyes evitó el lunes atacar a sus rivales, en particular a los senadores Pablo Gil y Luis Mora, "
             "quienes dicen que le falta experiencia.\n\nÉl rechazó la crítica y dijo que el debate fue "
             "«la mejor noche del año».", "es")
    assert q.speaker_resolved == "Tomás Reyes"


def test_an_inverted_subject_followed_by_a_subordinate_clause():
    q = last("The mayor spoke first.\n\n“We will not pay for it,” said city resident Ana Ruiz when asked about the tax.")
    assert q.speaker_resolved == "Ana Ruiz"


def test_spanish_inverted_subject_followed_by_a_subordinate_clause():
    q = last("El alcalde habló primero.\n\n«No lo vamos a pagar», dijo la vecina Ana Ruiz cuando le preguntaron por "
             "el impuesto.", "es")
    assert q.speaker_resolved == "Ana Ruiz"


def test_an_inverted_subject_with_its_complement_is_written_whole():
    q = last("The mayor spoke first.\n\n“We will not pay for it,” said Tom Reyes of the Ohio delegation.")
    assert q.speaker == "Tom Reyes of the Ohio delegation" and q.speaker_resolved == "Tom Reyes"


def test_an_inverted_name_before_a_clause_is_not_a_subject():
    q = last("Ana Ruiz spoke first.\n\n“We will not pay for it,” she said Trump supporters were angry.")
    assert q.speaker_resolved == "Ana Ruiz"


def test_a_statement_issued_by_someone_is_theirs():
    q = last("The union issued a statement saying it would “fight every layoff.”")
    assert q.speaker_resolved == "The union"


def test_a_radio_ad_released_by_a_candidate_is_the_candidate_s():
    q = last("Tom Reyes released a new radio ad calling the plan “a disaster for families.”")
    assert q.speaker_resolved == "Tom Reyes"


def test_spanish_statement_issued_by_someone_is_theirs():
    q = last("El sindicato emitió un comunicado en el que afirma que «no habrá despidos».", "es")
    assert q.speaker_resolved == "El sindicato"


def test_a_statement_read_out_is_not_taken_from_the_reader():
    q = last("Tom Reyes quoted a statement saying the union would “fight every layoff.”")
    assert q.speaker_resolved != "Tom Reyes"


def test_a_crowd_chanting_is_the_speaker():
    q = last("Tom Reyes spoke for an hour. The crowd chanted back at him, “Lock the gates,” as he left.")
    assert q.speaker == "The crowd" and q.kind != "title-term"


def test_marchers_chanting_a_slogan_speak_it():
    q = last("Thousands marched downtown on Sunday, with many marchers chanting “No more cuts.”")
    assert q.speaker_resolved is not None and "marchers" in q.speaker_resolved


def test_spanish_crowd_chanting():
    q = last("Tomás Reyes habló durante una hora. La multitud coreó «¡Fuera, fuera!» cuando se marchaba.", "es")
    assert q.speaker == "La multitud"


def test_a_crowd_that_only_cheers_says_nothing():
    q = last("The crowd cheered as the band played “Hold the Line” twice.")
    assert q.speaker is None


def test_coordinated_groups_chanting():
    q = last("Crowds marched downtown on Sunday, with many marchers and spectators chanting “We are one city.”")
    assert q.speaker == "many marchers and spectators"


def test_a_participle_goes_with_the_nearest_clause_subject():
    q = last("Ana Ruiz spoke near the old plant, where about 50 workers had gathered on Monday, chanting “no contract, "
             "no peace” after the talks failed.")
    assert q.speaker == "about 50 workers"


def test_spanish_participle_goes_with_the_nearest_clause_subject():
    q = last("Ana Ruiz habló junto a la fábrica, donde unos 50 trabajadores se habían reunido, gritando «sin contrato "
             "no hay paz».", "es")
    assert q.speaker == "unos 50 trabajadores"


def test_a_participle_after_a_main_clause_still_takes_its_subject():
    q = last("Tom Reyes went after Ana Ruiz, calling her “a fraud.”")
    assert q.speaker_resolved == "Tom Reyes"


def test_who_with_an_auxiliary_before_a_naming_verb_names_the_antecedent():
    q = top("Ana Ruiz spoke first. Mr. Scott, who has called the plan “reckless and cruel” before, voted no.")[0]
    assert q.speaker_resolved == "Scott" and q.kind == "partial"


def test_a_relative_after_no_comma_is_no_attribution():
    q = top("Ana Ruiz spoke first. The man who once called the plan “reckless and cruel” had left.")[0]
    assert q.speaker_resolved != "Ana Ruiz"


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


def test_said_opening_a_sentence_before_the_name():
    quotes = top("The crowd grew all day.\n\nSaid Dora Perez, who grew up with him in the neighborhood, “He was one "
                 "of us.”\n\nSaid the mayor, “Go home.”")
    assert [q.speaker for q in quotes] == ["Dora Perez", "the mayor"]


def test_a_capitalised_past_participle_opening_a_sentence_is_no_inverted_verb():
    q = last("Asked about the plan, Reyes shrugged. “We will see,” Ana Ruiz said.")
    assert q.speaker_resolved == "Ana Ruiz"


def test_a_time_phrase_with_a_determiner_opens_the_sentence_before_its_subject():
    q = last("Mrs. Ruiz led the race.\n\nThe day before, at a fair in Austin, Tex., Mr. Baker was blunt, claiming "
             "that President Lee wanted to raise taxes. “It is madness,” he said.")
    assert q.speaker_resolved == "Baker"


def test_a_number_before_a_comma_with_no_time_word_stays_the_subject():
    q = last("Ana Ruiz and Tom Baker met in Austin.\n\nThe two, old friends from school, said on Monday that "
             "“the deal is done.”")
    assert q.speaker == "The two"


def test_an_apposition_ending_in_a_place_and_its_state_keeps_the_subject():
    q = last("Tom Mason spoke first.\n\nScott Baker, a 55-year-old builder in San Jose, Calif., gave the candidate "
             "$250 last summer. “I know they are here,” he said.")
    assert q.speaker_resolved == "Scott Baker"


def test_a_relative_clause_without_its_closing_comma_names_its_antecedent():
    q = top("The ad ran in Iowa.\n\n“This is a disgrace,” Ana Ruiz, who is chairman of Our Future Pac said in a "
            "statement.")[0]
    assert q.speaker_resolved == "Ana Ruiz"


def test_a_relative_clause_without_a_comma_before_it_is_left_alone():
    q = top("The ad ran in Iowa.\n\n“This is a disgrace,” the woman who chairs the board said.")[0]
    assert q.speaker_resolved != "Iowa"


def test_a_relative_clause_after_a_preposition_gives_its_antecedent():
    q = top("The plan drew fire from Tom Baker, who called the nominee “a disaster for the state.”")[0]
    assert (q.speaker_resolved, q.kind) == ("Tom Baker", "partial")
    said = top("The plan drew fire from Tom Baker, who said the nominee was “a disaster for the state.”")[0]
    assert said.speaker_resolved == "Tom Baker"
    # a preposition before a subject still hides it when no relative pronoun points back: "in a low voice said"
    low = top("Ana Ruiz left early.\n\nIn a low voice said, “We will come back.”")[0]
    assert low.speaker != "a low voice"


def test_an_opening_participle_of_speech_belongs_to_the_main_clause_subject():
    greed = top("Ana Ruiz spoke first.\n\nBut while denouncing the “greed” of big banks to voters, she has offered "
                "no plan.")[0]
    assert (greed.speaker_resolved, greed.cue) == ("Ana Ruiz", "denouncing")
    joke = top("Ana Ruiz spoke first.\n\nWhile calling the plan “a cruel joke,” Tom Baker offered none of his own.")[0]
    assert (joke.speaker_resolved, joke.kind) == ("Tom Baker", "partial")


def test_an_opening_clause_without_a_verb_of_speech_or_a_doer_quotes_nobody():
    vote = top("Ana Ruiz spoke first.\n\nWhile voting for the “reform” bill, Tom Baker stayed quiet.")[0]
    assert vote.speaker is None
    thing = top("Ana Ruiz spoke first.\n\nWhile calling the plan “a cruel joke,” the vote went ahead on Monday.")[0]
    assert thing.speaker is None


def test_a_quotation_ending_in_a_comma_closes_an_opening_phrase_before_the_subject():
    q = top("Tom Baker spoke first, and Ana Ruiz answered.\n\nAs for Baker’s mangling of “Hamas,” Pedro Gil found "
            "comic relief in it. “I needed some carrots,” he said.")
    assert q[0].speaker_resolved == "Tom Baker"  # the owner's word
    assert q[1].speaker_resolved == "Pedro Gil"  # the sentence's subject, not the owner, is the next "he"


def test_one_state_after_a_place_is_passed_over_but_not_the_name_after_it():
    q = top("Tom Baker spoke first.\n\nIn the court in Salem, Ore., Pedro Gil, in a green suit, said little. Tom "
            "Baker read the charges.\n\n“They are accurate,” he said.")[0]
    assert q.speaker_resolved == "Tom Baker"  # the latest subject, Baker, is the next "he"
    gil = top("Tom Baker spoke first.\n\nIn the court in Salem, Ore., Pedro Gil, in a green suit, said little.\n\n"
              "“They are accurate,” he said.")[0]
    assert gil.speaker_resolved == "Pedro Gil"
    fair = top("Tom Baker spoke first.\n\nAt a fair in Salem, Oregon, on Friday, Mrs. Lopez was blunt. “It is "
               "madness,” she said.")[0]
    assert fair.speaker_resolved == "Lopez"


def test_a_name_in_apposition_to_a_subject_that_ends_on_an_object_is_the_speaker():
    q = top("Tom Baker spoke first.\n\nOne pastor backing Mr. Lee, Pedro Gil of the First Church, said he had called "
            "many voters.\n\n“Go and vote,” he tells them.")[0]
    assert q.speaker_resolved == "Pedro Gil"
    firm = top("Tom Baker spoke first.\n\nOne of the firm’s top executives, Ana Ruiz, wrote that the courses were "
               "“a great success.”")[0]
    assert firm.speaker_resolved == "Ana Ruiz"
    place = top("Tom Baker spoke first.\n\nA woman from Worcester, Massachusetts, said the plan was “a joke.”")[0]
    assert place.speaker_resolved != "Massachusetts"  # a place in apposition is nobody


def test_here_is_presents_the_speaker_of_the_quotation_after_the_colon():
    q = top("Tom Baker spoke first.\n\nHere’s Baker in December 1992: “Our new direction must rest on skills.”")[0]
    assert (q.speaker, q.speaker_resolved) == ("Baker", "Tom Baker")
    verb = top("Tom Baker spoke first.\n\nThe timing of Baker’s rise doesn’t surprise the pollster Ana Ruiz: “He was "
               "always strong in the north.”")[0]
    assert verb.speaker is None  # a contracted verb ends the noun phrase: no sentence-long "speaker"


def test_a_participle_between_commas_right_after_the_opening_subject_is_the_subject_s():
    q = top("Ana Ruiz spoke first.\n\nMr. Baker, citing “the unique magic of Ruiz,” said the candidate could win.")[0]
    assert q.speaker_resolved == "Baker"
    after_object = top("Ana Ruiz spoke first.\n\nOn Thursday, after staying neutral for months, Mary Lopez appeared on "
                       "the radio and endorsed Baker, saying, “He is the fighter we need.”")[0]
    assert after_object.speaker_resolved != "Baker"  # Baker is the object, not the one saying it


def test_a_name_between_dashes_after_a_description_is_the_speaker():
    typed = top("Ana Ruiz spoke first.\n\nA former candidate -- Tom Baker, who lost in 2008 -- said the mayor "
                "“offered no changes to his plan.”")[0]
    assert (typed.speaker, typed.speaker_resolved) == ("A former candidate -- Tom Baker", "Tom Baker")
    dash = top("Ana Ruiz spoke first.\n\nA former candidate — Tom Baker, who lost in 2008 — said the mayor “offered "
               "no changes to his plan.”")[0]
    assert dash.speaker_resolved == "Tom Baker"
    no_name = top("Ana Ruiz spoke first.\n\nA former candidate — one who lost in 2008 — said the mayor “offered no "
                  "changes to his plan.”")[0]
    assert no_name.speaker_resolved == "A former candidate"


def test_a_day_with_its_article_between_subject_and_verb_is_passed_over():
    q = top("Tom Baker spoke first.\n\nThe group is everywhere, and Ana Ruiz during a Sunday thanked its members "
            "“for their support in my campaign.”")[0]
    assert q.speaker_resolved == "Ana Ruiz"
    spoken = top("Tom Baker spoke first.\n\nAna Ruiz on a Sunday said the vote was “a farce.”")[0]
    assert spoken.speaker_resolved == "Ana Ruiz"


def test_participles_joined_by_and_share_their_subject():
    q = top("Tom Baker spoke first.\n\nRepublicans were quick to chime in, with Ana Ruiz tweeting that it was a "
            "“disaster” for Baker and asking, “How can he lead us?”")
    assert [x.speaker_resolved for x in q] == ["Ana Ruiz", "Ana Ruiz"]
    spanish = top("Tom Baker habló primero.\n\nLos republicanos reaccionaron, con Ana Ruiz calificando el plan de "
                  "«desastre» y diciendo: «No puede gobernar».", "es")
    assert spanish[-1].speaker_resolved == "Ana Ruiz"
