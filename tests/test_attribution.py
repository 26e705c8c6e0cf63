"""Who said what: each failure pattern of issue 8, on sentences written for these tests, in English and Spanish."""

from hypothesis import given, settings
from hypothesis import strategies as st

from transcompare.document import build_document


def quotes(text, lang="en"):
    doc = build_document(text, language=lang)
    return doc, [q for q in doc.quotes if q.depth == 0]


def only(text, lang="en"):
    _, found = quotes(text, lang)
    assert len(found) == 1, [q.inner for q in found]
    return found[0]


# 1. a speaker pattern must never start inside a word ------------------------------------------


def test_verb_after_a_clause_takes_the_sentence_subject_not_a_word_piece():
    q = only("Senator Maria Lopez stepped to the lectern. She paused to resume her remarks and declared, "
             "“We will not retreat.”")
    assert q.speaker == "She" and q.speaker_resolved == "Maria Lopez" and q.resolution == "pronoun"


def test_spanish_verb_after_a_clause_keeps_the_speaker():
    q = only("La diputada Elena Soto tomó la palabra. Hizo una pausa y declaró: «No vamos a retroceder».", "es")
    assert q.speaker_resolved == "Elena Soto"


# 2. name followed by an apposition -----------------------------------------------------------


def test_apposition_between_name_and_verb():
    q = only("“The budget is fair,” Ana Ruiz, the party's spokeswoman, said.")
    assert q.speaker == "Ana Ruiz" and q.speaker_resolved == "Ana Ruiz" and q.cue == "said"


def test_spanish_description_with_a_name_in_apposition():
    q = only("La ministra de Hacienda, María Jesús Montero, aseguró que «no habrá recortes».", "es")
    assert q.speaker_resolved == "María Jesús Montero" and q.resolution == "apposition"
    assert q.speaker.startswith("La ministra de Hacienda") and q.kind == "partial"


# 3. verb before a title and name, descriptions with complements --------------------------------


def test_inverted_verb_before_title_and_name():
    q = only("“We are ready,” said spokesman Tom Reyes.")
    assert q.speaker == "spokesman Tom Reyes" and q.speaker_resolved == "Tom Reyes"
    q = only("“We are ready,” said Prime Minister Pedro Sánchez.")
    assert q.speaker == "Prime Minister Pedro Sánchez" and q.speaker_resolved == "Pedro Sánchez"


def test_description_keeps_its_complement():
    q = only("The mayor of Madrid said: “The streets are clean.”")
    assert q.speaker == "The mayor of Madrid" and q.kind == "direct"
    q = only("The mayor said “the streets are clean.”")
    assert q.speaker == "The mayor"


def test_spanish_inverted_description_and_title():
    assert only("«Las calles están limpias», dijo el alcalde de Sevilla.", "es").speaker == "el alcalde de Sevilla"
    q = only("«Cumpliremos», afirmó el presidente del Gobierno, Pedro Sánchez.", "es")
    assert q.speaker_resolved == "Pedro Sánchez"


# 4. second quotation of a paragraph, quotation-only paragraph -----------------------------------


def test_quotations_after_an_attributed_one_continue_its_speaker():
    _, qs = quotes("“We will win,” said Ana Torres. “And we will do it soon.”\n\n“Nobody doubts it.”")
    assert [q.speaker_resolved for q in qs] == ["Ana Torres"] * 3
    assert [q.inherited for q in qs] == [False, True, True]


def test_continuation_does_not_cross_an_unrelated_paragraph():
    _, qs = quotes("“We will win,” said Ana Torres.\n\nThe vote is on Sunday in the capital.\n\nThe “reset” failed.")
    assert qs[1].speaker_resolved is None and not qs[1].inherited


def test_spanish_quotation_only_paragraph_continues():
    _, qs = quotes("«Ganaremos», dijo Ana Torres.\n\n«Y lo haremos pronto».", "es")
    assert qs[1].speaker_resolved == "Ana Torres" and qs[1].inherited


# 5. capitalised words at a sentence start are not people -----------------------------------------


def test_sentence_initial_words_are_not_speakers():
    q = only("During the debate, Trump said: “I will win.”")
    assert q.speaker == "Trump"
    q = only("Meanwhile, the minister added: “Nothing changes.”")
    assert q.speaker == "the minister"


def test_spanish_sentence_initial_words_are_not_speakers():
    q = only("Durante la cumbre, la ministra dijo: «Nada cambia».", "es")
    assert q.speaker == "la ministra"


# 6. pronouns: gender, number, recency ----------------------------------------------------------


def test_pronoun_agrees_in_gender():
    q = only("Pedro Gómez spoke first. Ana García answered him.\n\n“We agree,” she said.")
    assert q.speaker_resolved == "Ana García"
    q = only("Ana García spoke first. Pedro Gómez answered her.\n\n“We agree,” she said.")
    assert q.speaker_resolved == "Ana García"


def test_pronoun_prefers_the_latest_subject():
    q = only("Ana García said the plan was dead.\n\nPedro Gómez disagreed.\n\n“It is alive,” he said.")
    assert q.speaker_resolved == "Pedro Gómez"


def test_pronoun_does_not_reach_back_past_a_few_sentences():
    filler = " ".join(f"The river rose {n} inches." for n in range(6))
    q = only(f"Ana García spoke in the morning. {filler} “It is late,” she said.")
    assert q.speaker == "she" and q.speaker_resolved is None


def test_plural_pronoun_takes_a_plural_subject():
    q = only("Ana García left early. Officials said the road was closed. “It will open tomorrow,” they said.")
    assert q.speaker_resolved == "Officials"


def test_spanish_pronoun_agrees_in_gender():
    q = only("El senador Luis Vega y la ministra Ana Torres llegaron juntos. «Estamos de acuerdo», dijo ella.", "es")
    assert q.speaker_resolved == "Ana Torres"


def test_surname_resolves_to_the_full_name():
    _, qs = quotes("Chancellor Otto Brandt arrived late. “It is done,” Brandt said.")
    assert qs[0].speaker == "Brandt" and qs[0].speaker_resolved == "Otto Brandt" and qs[0].resolution == "surname"


# 7. partial quotations inside reported speech ---------------------------------------------------


def test_partial_quotation_gets_the_subject_of_the_speech_verb():
    q = only("Governor Lucy Hart spoke in Ohio. She said the senator favours a “strongman approach.”")
    assert q.speaker_resolved == "Lucy Hart" and q.kind == "partial"
    q = only("The mayor called the plan “promising,” council leader Tom Reyes insisted that nothing was decided.")
    assert q.speaker == "The mayor"  # who called it so; "insisted that" starts a new statement


def test_spanish_partial_quotation():
    q = only("La gobernadora Lucía Hart dijo que el senador prefiere un «enfoque de mano dura».", "es")
    assert q.speaker_resolved == "Lucía Hart" and q.kind == "partial"


# 8. noun phrases that are not people ----------------------------------------------------------


def test_prepositional_phrase_is_not_a_speaker():
    q = only("Coach Dan Price looked up and in a low voice said, “It is over.”")
    assert q.speaker_resolved == "Dan Price" and "voice" not in q.speaker


def test_spanish_prepositional_phrase_is_not_a_speaker():
    q = only("Con voz baja, el entrenador dijo: «Se acabó».", "es")
    assert q.speaker == "el entrenador"


# 9. quotation styles (the marks themselves are tested in test_quotes.py) ------------------------


def test_archive_and_entity_marks_get_speakers():
    _, qs = quotes("''We will win,'' said Tom Reyes. ``It is done,'' he added. &quot;Fine,&quot; Ana Ruiz replied.")
    assert [q.speaker_resolved for q in qs] == ["Tom Reyes", "Tom Reyes", "Ana Ruiz"]


def test_spanish_dash_dialogue_and_guillemets_with_inner_quotes():
    _, qs = quotes("—No lo aceptaremos —dijo la ministra—. Es inaceptable.", "es")
    assert [q.inner.of(_.text) for q in qs] == ["No lo aceptaremos", "Es inaceptable."]
    assert qs[0].speaker == "la ministra" and qs[1].inherited
    doc, qs = quotes("«El ministro dijo “basta” y se fue», afirmó Ana López.", "es")
    assert qs[0].speaker_resolved == "Ana López"
    inner = [q for q in doc.quotes if q.depth == 1]
    assert inner[0].inner.of(doc.text) == "basta" and inner[0].speaker is None


# 10. titles and scare quotes ------------------------------------------------------------------


def test_titles_and_terms_are_classified_and_get_no_speaker():
    _, qs = quotes("He appeared on “Morning Joe” to discuss the “reset” with Russia.")
    assert [(q.kind, q.speaker) for q in qs] == [("title-term", None), ("title-term", None)]
    q = only("“We will win,” she said.")
    assert q.kind == "direct"


def test_spanish_titles_and_terms():
    _, qs = quotes("Participó en «Los Desayunos» para hablar del «reinicio».", "es")
    assert [q.kind for q in qs] == ["title-term", "title-term"]


# Spanish news copy -----------------------------------------------------------------------------


def test_spanish_according_to_and_dropped_subject():
    _, qs = quotes("Según el portavoz Luis Vega, «la economía crece». «Y seguirá creciendo», añadió.", "es")
    assert qs[0].speaker_resolved == "Luis Vega" and qs[0].cue == "Según"
    assert qs[1].speaker is None and qs[1].speaker_resolved == "Luis Vega" and qs[1].resolution == "dropped subject"


def test_spanish_sentence_opening_with_its_verb():
    _, qs = quotes("La ministra Ana Torres visitó Cádiz. Dijo que el plan es «un éxito».", "es")
    assert qs[0].speaker_resolved == "Ana Torres"


def test_english_according_to_after_a_quotation():
    q = only("“Prices will fall,” according to the central bank.")
    assert q.speaker == "the central bank" and q.cue == "according to"


# invariants -----------------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["“", "”", "«", "»", "\"", "''", "—", "Ana Ruiz", "she", "said", "dijo", "the mayor",
                                 ", ", ". ", "\n\n", "\n", "According to", "Pedro", "that", "que", "word"]),
                max_size=40))
def test_speaker_spans_point_at_what_is_written(parts):
    text = "x " + " ".join(parts)
    doc = build_document(text, language="en")
    for q in doc.quotes:
        assert q.kind in ("direct", "partial", "title-term")
        if q.speaker is not None and q.speaker_span is not None and not q.inherited:
            assert q.speaker_span.of(doc.text) == q.speaker
        if q.cue_span is not None:
            assert q.cue_span.of(doc.text) in q.cue
        if q.speaker_resolved is None:
            assert q.resolution is None


# round two: translated news (English from Spanish) ----------------------------------------------


def test_sentence_initial_article_is_no_part_of_a_name():
    q = only("The Minister of Finance, Ana Ruiz, spoke on Monday. The Minister then added: “We will cut taxes.”")
    assert q.speaker_resolved == "Ana Ruiz" and q.resolution == "description"
    q = only("La ministra de Hacienda, Ana Ruiz, habló el lunes. La Ministra añadió: «Bajaremos los impuestos».", "es")
    assert q.speaker_resolved == "Ana Ruiz"


def test_leader_descriptions_go_to_the_leader_named_before():
    _, qs = quotes("President Luis Arce opened the summit in La Paz.\n\n“We are united,” the head of state said. "
                   "“Nobody doubts it,” the Dignitary stressed.")
    assert [q.speaker_resolved for q in qs] == ["Luis Arce", "Luis Arce"]
    q = only("El presidente Luis Arce abrió la cumbre. «Estamos unidos», afirmó el mandatario.", "es")
    assert q.speaker_resolved == "Luis Arce"


def test_a_description_does_not_go_to_someone_titled_otherwise():
    q = only("Governor Tom Reyes spoke first. “It is late,” the senator said.")
    assert q.speaker == "the senator" and q.speaker_resolved == "the senator"


def test_calqued_reporting_verbs_introduce_speech():
    _, qs = quotes("These months were hard, Ana Ruiz highlighted.\n\n“We learned a lot.”")
    assert qs[0].speaker_resolved == "Ana Ruiz" and qs[0].inherited
    q = only("Ana Ruiz underlined that the plan is “a success.”")
    assert q.speaker_resolved == "Ana Ruiz" and q.kind == "partial"


def test_calqued_verbs_with_a_thing_as_subject_are_no_speech():
    _, qs = quotes("The vote underscores a need for “calm leadership.”")
    assert qs[0].speaker is None


def test_a_translated_sentence_without_subject_continues_the_last_speaker():
    _, qs = quotes("The spokeswoman Ana Ruiz criticized the budget.\n\nStresses that “the country needs a budget.”")
    assert qs[0].speaker_resolved == "Ana Ruiz" and qs[0].resolution == "dropped subject"
    _, qs = quotes("Ana Ruiz habló el lunes.\n\nSubraya que «el país necesita un presupuesto».", "es")
    assert qs[0].speaker_resolved == "Ana Ruiz" and qs[0].resolution == "dropped subject"


def test_a_pronoun_of_the_wrong_gender_goes_to_the_only_person_in_reach():
    _, qs = quotes("Ana Pastor: the party will vote no\n\nHe affirms that “the vote is lost.”")
    assert qs[0].speaker_resolved == "Ana Pastor" and qs[0].resolution == "pronoun, gender differs"
    _, qs = quotes("Ana Pastor met Rosa Díaz.\n\nHe affirms that “the vote is lost.”")
    assert qs[0].speaker_resolved is None  # two people: no guess


def test_inverted_subject_after_a_clause_of_reported_speech():
    _, qs = quotes("The diplomat will be extradited, confirmed President Luis Arce.\n\n“He was arrested,” he said.")
    assert qs[0].speaker_resolved == "Luis Arce"
    _, qs = quotes("The opposition is not ready, criticized the party's general secretary, Dora Ruiz.\n\n"
                   "“They are divided,” she said.")
    assert qs[0].speaker_resolved == "Dora Ruiz"
    _, qs = quotes("El diplomático será extraditado, confirmó el presidente Luis Arce.\n\n«Fue detenido», dijo.", "es")
    assert qs[0].speaker_resolved == "Luis Arce"


def test_a_stance_verb_after_a_comma_keeps_its_object():
    q = only("Tom Reyes, a Democrat, criticized the plan as “reckless.”")
    assert q.speaker_resolved == "Tom Reyes"
    q = only("“We won,” said Ana Ruiz, who was elected in May.")
    assert q.speaker_resolved == "Ana Ruiz"
    q = only("Ana Ruiz, who was elected in May, said: “We won.”")
    assert q.speaker_resolved == "Ana Ruiz"


def test_a_time_between_verb_and_inverted_subject():
    q = only("“We won,” declared today the president-elect, Luis Arce.")
    assert q.speaker_resolved == "Luis Arce"
    q = only("«Ganamos», declaró hoy el presidente electo, Luis Arce.", "es")
    assert q.speaker_resolved == "Luis Arce"


def test_verbs_joined_to_a_subjectless_opening_share_its_speaker():
    _, qs = quotes("The party spokeswoman criticizes that the budget is late\n\n"
                   "Questions that Minister Ruiz said the plan was ready and warns that “time is short.” "
                   "“We need a budget,” she adds.")
    assert [q.speaker_resolved for q in qs] == ["The party spokeswoman"] * 2
    _, qs = quotes("La portavoz del partido critica que el presupuesto llega tarde.\n\n"
                   "Cuestiona que el ministro Ruiz dijera que el plan estaba listo y advierte que «el tiempo apremia».",
                   "es")
    assert qs[0].speaker_resolved == "La portavoz del partido"


def test_a_speech_verb_alone_between_commas_continues_the_speaker():
    _, qs = quotes("Ana Ruiz said the economy grew.\n\nAnd all this, has apostilled, despite “the crisis.”")
    assert qs[0].speaker_resolved == "Ana Ruiz" and qs[0].resolution == "dropped subject"
    _, qs = quotes("Ana Ruiz dijo que la economía creció.\n\nY todo esto, ha apostillado, pese a «la crisis».", "es")
    assert qs[0].speaker_resolved == "Ana Ruiz"


def test_someone_quoted_inside_reported_speech_does_not_take_over():
    _, qs = quotes("Ana Ruiz said that Minister Tom Reyes had promised the funds. “We are still waiting,” she added. "
                   "“Nothing came,” he said.")
    assert qs[0].speaker_resolved == "Ana Ruiz"


def test_brackets_inside_an_inverted_subject():
    q = only("The opposition is not ready, criticized the secretary of the Socialist Party (PSUV), Dora Ruiz. "
             "“They are afraid,” she said.")
    assert q.speaker_resolved == "Dora Ruiz"


# reported speech reaching past its verb ----------------------------------------------------------


def test_according_to_later_in_the_sentence():
    q = only("The “reset” with Moscow has failed, according to Ana Ruiz.")
    assert q.speaker_resolved == "Ana Ruiz" and q.kind == "partial"
    q = only("El «reinicio» con Moscú ha fracasado, según Ana Ruiz.", "es")
    assert q.speaker_resolved == "Ana Ruiz"


def test_reported_speech_goes_on_into_the_next_sentence():
    q = only("Ana Ruiz said the deputies broke the rules. In addition, some oaths were “clearly unconstitutional” "
             "for the party.")
    assert q.speaker_resolved == "Ana Ruiz" and q.kind == "partial" and not q.inherited
    q = only("Ana Ruiz afirmó que los diputados rompieron las reglas. Además, algunos juramentos eran "
             "«claramente inconstitucionales» para el partido.", "es")
    assert q.speaker_resolved == "Ana Ruiz"


def test_reported_speech_does_not_reach_a_later_paragraph_or_sentence():
    q = only("Ana Ruiz said the deputies broke the rules.\n\nThe “reset” failed anyway.")
    assert q.speaker is None and q.speaker_resolved is None
    q = only("Ana Ruiz said the deputies broke the rules. The vote was on Monday. The “reset” failed anyway.")
    assert q.speaker_resolved is None


def test_a_quotation_after_a_colon_belongs_to_the_sentence_subject():
    q = only("Luis Arce returns satisfied from his trip: “We will be a strategic partner.”")
    assert q.speaker_resolved == "Luis Arce"
    q = only("Luis Arce vuelve satisfecho de su viaje: «Seremos un socio estratégico».", "es")
    assert q.speaker_resolved == "Luis Arce"
    q = only("The plan has one aim: “fewer cars.”")
    assert q.speaker is None


def test_a_participle_after_a_comma_takes_the_main_clause_subject():
    q = only("Speaking at a town hall in Salem, Ohio, Ana Ruiz went after her rival, calling him “a total stiff.”")
    assert q.speaker_resolved == "Ana Ruiz" and q.kind == "partial"
    q = only("Ana Ruiz atacó a su rival, calificándolo de «un desastre».", "es")
    assert q.speaker_resolved == "Ana Ruiz"


def test_a_noun_spelt_like_a_speech_verb_is_no_cue():
    q = only("Senator Ana Ruiz sent out a fundraising call, asking voters to “donate now.”")
    assert q.speaker_resolved == "Ana Ruiz"


def test_a_bare_description_found_once_names_the_same_person_later():
    _, qs = quotes("Kit Lowe is famous for his role in the series.\n\nThe actor, 31, attacked the stereotype.\n\n"
                   "He married Rose Lane last year. Rose Lane spoke about it.\n\nLately, the actor revealed: "
                   "“I met my wife on the show.”")
    assert qs[0].speaker_resolved == "Kit Lowe"
    _, qs = quotes("Kit Lowe es famoso por la serie.\n\nEl actor, de 31 años, atacó el estereotipo.\n\n"
                   "Se casó con Rosa Luna. Rosa Luna habló de ello.\n\nHace poco, el actor reveló: "
                   "«Conocí a mi esposa en la serie».", "es")
    assert qs[0].speaker_resolved == "Kit Lowe"


def test_the_headline_names_the_president_a_description_then_means():
    q = only("Trump holds a rally in Ohio\n\nThe president spoke about the courts: “Everything is at stake.”")
    assert q.speaker_resolved == "Trump"
    q = only("Trump da un mitin en Ohio\n\nEl presidente habló de los tribunales: «Todo está en juego».", "es")
    assert q.speaker_resolved == "Trump"


def test_a_dropped_subject_follows_the_person_talked_of_since_the_last_speaker():
    _, qs = quotes("«Vamos bien», dijo Ana Ruiz.\n\nLa visión de Pedro Gómez fue más pesimista.\n\n«Vamos mal», afirmó.",
                   "es")
    assert [q.speaker_resolved for q in qs] == ["Ana Ruiz", "Pedro Gómez"]
    _, qs = quotes("«Vamos bien», dijo Ana Ruiz.\n\nLa sala aplaudió mucho.\n\n«Y seguiremos», añadió.", "es")
    assert [q.speaker_resolved for q in qs] == ["Ana Ruiz", "Ana Ruiz"]


def test_a_title_with_an_article_is_a_person_and_a_plural_name_is_no_he():
    _, qs = quotes("El señor Ortuño recordaba el día.\n\n«Fue terrible», dijo.", "es")
    assert qs[0].speaker_resolved == "Ortuño"
    _, qs = quotes("Ana Ruiz coached the rowers for the regional regatta, which ended in June.\n\n“It was hard,” she said.")
    assert qs[0].speaker_resolved == "Ana Ruiz"
    _, qs = quotes("Tomás Ortuño, entrenador del equipo regional de remo, preparó a los remeros para la regata "
                   "de otoño, que terminó en junio.\n\n«Fue duro», comentó.", "es")
    assert qs[0].speaker_resolved == "Tomás Ortuño"


def test_a_spanish_infinitive_of_speech_after_a_dropped_subject():
    q = only("Una vecina llegó a la plaza muy nerviosa. No deja de repetir «es terrible».", "es")
    assert q.speaker_resolved == "Una vecina" and q.kind == "partial"


def test_words_quoted_in_a_sentence_about_a_person_are_that_persons():
    q = only("Senator Ana Ruiz thanked the nurses “for their support in my campaign” on Sunday.")
    assert q.speaker_resolved == "Ana Ruiz" and q.kind == "partial"
    q = only("La senadora Ana Ruiz agradeció a las enfermeras «su apoyo en mi campaña» el domingo.", "es")
    assert q.speaker_resolved == "Ana Ruiz"


def test_scare_quotes_about_things_or_single_words_stay_terms():
    _, qs = quotes("The new vaccine can teach the immune system to “see” rogue cells. The humour feels “quite "
                   "underpowered” here. Ana Ruiz left the studio “furious.”")
    assert [q.speaker for q in qs] == [None, None, None]
    assert [q.kind for q in qs] == ["title-term"] * 3


def test_a_time_between_subject_and_verb():
    q = only("Ana Gowdy earlier Thursday said the panel met. She promised a report “as soon as possible.”")
    assert q.speaker_resolved == "Ana Gowdy"
    q = only("Ana Gowdy on Thursday said: “We will report soon.”")
    assert q.speaker_resolved == "Ana Gowdy"


def test_nested_attribution_the_speaker_not_the_source_that_reports_it():
    q = only("“We won,” Ana Ruiz said, according to Reuters.")
    assert q.speaker_resolved == "Ana Ruiz"
    q = only("«Ganamos», dijo Ana Ruiz, según Reuters.", "es")
    assert q.speaker_resolved == "Ana Ruiz"
    q = only("Ana Ruiz said the rallies aim at “a new majority,” according to Reuters.")
    assert q.speaker_resolved == "Ana Ruiz"


def test_the_quote_table_says_when_a_pronoun_disagrees_in_gender():
    from transcompare.report.quote_table import speaker_label

    row = {"speaker": "Ana Pastor", "speaker_written": "He", "resolution": "pronoun, gender differs",
           "inherited": False}
    assert speaker_label(row) == "Ana Pastor (He: gender differs)"


def test_a_quotation_in_title_case_with_its_attribution_after_it_is_speech():
    _, qs = quotes("“In Fisher,” Professor Ana Ruiz said, “the tone of the court changed.”")
    assert [q.speaker_resolved for q in qs] == ["Ana Ruiz", "Ana Ruiz"] and qs[0].kind == "direct"
    _, qs = quotes("«En Fisher», dijo la decana Ana Ruiz, «el tono cambió».", "es")
    assert qs[0].speaker_resolved == "Ana Ruiz"
    _, qs = quotes("He appeared on “Morning Joe” and said nothing.")
    assert qs[0].kind == "title-term" and qs[0].speaker is None
