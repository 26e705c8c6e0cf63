"""Who said what: each failure pattern of issue 8, on sentences written for these tests, in English and Spanish."""

from hypothesis import given, settings, strategies as st

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
