"""Who said what, third round: the causes left in the error list, on sentences written for these tests."""

from .conftest import last, top

# A long opening clause before the subject -------------------------------------------------


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


# A party and state after a name -----------------------------------------------------------


def test_party_and_state_between_commas_is_an_apposition_not_a_full_stop():
    q = last("House Speaker Tom Reyes, R-Calif., revealed the plan when he spoke to donors. "
             "“We will win the seat,” he told them.")
    assert q.speaker_resolved == "Tom Reyes"


def test_party_and_state_ending_a_sentence_still_ends_it():
    q = last("The bill passed, said Rep. Ana Ruiz, D-Texas. Pedro Gil disagreed. “It will fail,” he said.")
    assert q.speaker_resolved == "Pedro Gil"


# A title-case headline is no name ---------------------------------------------------------


def test_a_headline_verb_ends_the_name_run():
    q = last("Morgan Says Vote Was Rigged\n\n“We were robbed,” Morgan said on Monday.")
    assert q.speaker_resolved == "Morgan"


def test_a_name_with_a_word_that_is_no_verb_stays_whole():
    q = last("Carmen Rosa Ruiz spoke to supporters on Monday.\n\n“We were robbed,” she said.")
    assert q.speaker_resolved == "Carmen Rosa Ruiz"


# Descriptions: abbreviated titles, and the subject just named -----------------------------


def test_an_abbreviated_title_is_the_role_a_description_names():
    q = last("Gov. Tom Reyes opened the bridge on Monday.\n\nSen. Paul Gil praised it.\n\n"
             "The governor said “it will last a century.”")
    assert q.speaker_resolved == "Tom Reyes"


def test_spanish_abbreviated_title():
    q = last("El Gral. Luis Mora visitó el cuartel el lunes.\n\nEl senador Pablo Gil lo acompañó.\n\n"
             "El general afirmó: «La tropa está lista».", "es")
    assert q.speaker_resolved == "Luis Mora"


def test_a_description_right_after_a_named_subject_is_that_subject():
    q = last("New Jersey Gov. Paul Gil spoke first.\n\nTom Reyes said on Saturday that the wall was a mistake.\n\n"
             "The Ohio governor said “we need more workers.”")
    assert q.speaker_resolved == "Tom Reyes"


def test_a_description_is_not_a_subject_who_holds_another_title():
    q = last("New Jersey Gov. Paul Gil spoke first.\n\nSen. Tom Reyes said on Saturday that the wall was a mistake."
             "\n\nThe governor said “we need more workers.”")
    assert q.speaker_resolved == "Paul Gil"


def test_spanish_description_right_after_a_named_subject():
    q = last("El gobernador Pablo Gil habló primero.\n\nTomás Reyes dijo el sábado que el muro era un error.\n\n"
             "El gobernador de Ohio afirmó: «Necesitamos trabajadores».", "es")
    assert q.speaker_resolved == "Tomás Reyes"


# The main clause's subject stays the topic --------------------------------------------------


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


def test_plural_title_abbreviation_does_not_end_the_sentence():
    q = last("The bill was opposed by Sens. Paul Gil and Luis Mora, who called it “a gift to lobbyists.”")
    assert q.speaker_resolved == "Luis Mora" or q.speaker_resolved == "Paul Gil"


# Subjects after the quotation that were missed ------------------------------------------------


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


def test_us_in_capitals_is_the_country_not_the_pronoun():
    q = last("The mayor spoke first.\n\n“We will not pay for it,” US Senator Tom Reyes said as he opened the session.")
    assert q.speaker_resolved == "Tom Reyes"


def test_the_pronoun_us_is_still_no_speaker():
    q = last("“Give us the money,” the crowd shouted at us.")
    assert q.speaker_resolved != "us" and q.speaker != "us"


def test_a_noun_before_a_title_is_no_speech_verb():
    q = last("The mayor spoke first.\n\n“We will not pay for it,” state Sen. Tom Reyes (D) said about halfway through "
             "the debate.")
    assert q.speaker_resolved == "Tom Reyes"


# Adverbs are no names; a document someone issues speaks for them ------------------------------


def test_a_sentence_opening_adverb_is_no_subject():
    q = last("Domestically, Reyes’s row with the Gil family drew a damning reaction from U.S. Senator Ana Ruiz, "
             "who called the mayor “unfit to serve” as a judge.")
    assert q.speaker != "Domestically" and q.speaker_resolved != "Domestically"


def test_a_surname_ending_like_an_adverb_is_still_a_name():
    q = last("“We will win,” Kelly said.")
    assert q.speaker_resolved == "Kelly"


def test_spanish_sentence_opening_adverb_is_no_subject():
    q = last("Finalmente, el gobierno prometió «un nuevo pacto para los trabajadores».", "es")
    assert q.speaker_resolved == "el gobierno"


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


# Chanting and singing are speech; a crowd can speak ------------------------------------------


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


# Names with particles, groups of people, and the clause a participle goes with ----------------


def test_a_name_particle_between_a_first_name_and_a_surname_is_part_of_the_name():
    q = last("Mayor Bill de Blasio tweeted, “Let us debate in April.”")
    assert q.speaker_resolved == "Bill de Blasio"


def test_spanish_complement_after_a_role_is_still_a_complement():
    q = last("El presidente de Colombia dijo: «No habrá recortes».", "es")
    assert q.speaker_resolved == "El presidente de Colombia"


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


def test_an_approximate_number_opens_a_subject_not_a_clause():
    q = last("About 50 protesters gathered on Wednesday morning, chanting “no contract, no peace.”")
    assert q.speaker == "About 50 protesters"


def test_spanish_approximate_number_is_no_name():
    q = last("Más de 200 vecinos se reunieron el miércoles, gritando «¡No al cierre!».", "es")
    assert q.speaker_resolved == "Más de 200 vecinos"


# "the X campaign" is an organisation, and more adverbs ----------------------------------------


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


def test_shortly_is_an_adverb_but_beverly_a_name():
    assert last("Shortly after, the mayor announced “a new era.”").speaker != "Shortly"
    assert last("“We will win,” Beverly said.").speaker_resolved == "Beverly"


# Two-word speech verbs after a quotation -------------------------------------------------------


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
