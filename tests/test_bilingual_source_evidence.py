"""What the source proves or disproves beyond the length: names after a title, institutions a language names in one
word, a model's words at a large shortfall, and a calque whose source wording the source does not have. Sentences
written for these tests."""

from __future__ import annotations

from transcompare.auditing import audit_against_source
from transcompare.bilingual.omission import _hard_clues, _model_proves, institutions
from transcompare.bilingual.through_model import ModelWords
from transcompare.document import build_document

from .test_bilingual import SOURCE_ES, TARGET_EN


def test_a_name_after_a_title_and_a_common_first_name_are_names():
    found = _hard_clues("He spoke with his neighbour, Republican Sen. Mark Holloway.", "en")
    assert {"Mark", "Holloway"} <= set(found)
    # A capitalised word after a real sentence end is no name.
    assert "Mark" not in _hard_clues("He left early. Mark the date of the vote.", "en")


def test_an_institution_may_be_named_in_one_word_but_a_person_may_not():
    assert institutions("The case will go to the Crown Prosecution Service.") == len("Crown Prosecution Service") - len("Prosecution")
    assert institutions("They met the Bank of England") == len("Bank of England") - len("England")
    assert institutions("They met Patrick Morrisey") == 0
    assert institutions("They met Mary Ann Morrisey") == 0


def words(own: int, missing: int, kept: float) -> ModelWords:
    return ModelWords(tuple(f"w{k}" for k in range(missing)), own, 10, round(10 * kept))


def test_model_words_prove_a_clause_missing_more_easily_the_shorter_the_bead():
    assert _model_proves(words(3, 3, 0.8), -1.2)  # every word missing, the rest followed
    assert not _model_proves(words(3, 3, 0.6), -1.2)  # the rest followed too little for so little shortfall
    assert _model_proves(words(3, 3, 0.6), -2.8)  # ...but enough when the bead is far too short
    assert _model_proves(words(7, 6, 0.6), -2.8)  # a long clause may share one common word by chance
    assert not _model_proves(words(7, 6, 0.6), -1.5)
    assert not _model_proves(words(4, 3, 0.6), -2.8)  # a short clause with one word there was reworded
    assert not _model_proves(words(2, 2, 0.9), -3.0)  # too few words to tell
    # Words of the translation's own, beyond those it uses for the rest, could be the clause said differently.
    assert not _model_proves(ModelWords(("w0", "w1", "w2"), 3, 10, 8, spare=3), -2.8)
    assert _model_proves(ModelWords(("w0", "w1", "w2"), 3, 10, 8, spare=1), -2.8)


def calques(source_line: str, target_line: str) -> list[str]:
    source_lines, target_lines = list(SOURCE_ES), list(TARGET_EN)
    source_lines[4], target_lines[4] = source_line, target_line
    source = build_document("\n\n".join(source_lines) + "\n", "original.txt", "es")
    target = build_document("\n\n".join(target_lines) + "\n", "article.txt", "en")
    report = audit_against_source(target, source)
    return [f.span.of(target.text) for f in report.findings if f.detector == "calque.lexicon"]


TARGET = "The council, on the other hand, will vote on the proposal next Thursday afternoon."


def test_a_calque_is_reported_where_the_source_says_what_it_reads_as():
    assert calques("El pleno, por otra parte, votará la propuesta el próximo jueves por la tarde.", TARGET)


def test_a_calque_is_dropped_where_the_source_says_something_else():
    assert calques("El pleno, por su parte, votará la propuesta el próximo jueves por la tarde.", TARGET) == []


def test_a_calque_is_kept_where_the_source_says_it_in_another_gender_or_number():
    # The lexicon writes "el también gobernador"; the source has the feminine, with its own article.
    target = "The also governor of the province will vote on the proposal tomorrow afternoon."
    source = "La también gobernadora de la provincia votará mañana por la tarde la propuesta."
    assert calques(source, target) == ["The also"]


def test_a_translation_that_ends_with_the_words_before_a_final_clause_stopped_where_it_starts():
    from transcompare.align import anchors
    from transcompare.bilingual.omission import _ending, _stops_before

    before = anchors("los pasajeros salieron ilesos del vehículo")
    clause = anchors("aunque la carretera seguía cortada por la nieve")
    stopped = _ending("The bus driver braked in time and the passengers left the vehicle.")
    assert _stops_before(-1.8, clause, 1.0, 0.6, stopped, before)
    assert _stops_before(-2.2, clause, 1.0, 0.35, stopped, before)  # far shorter: less of the rest need be there
    assert not _stops_before(-1.2, clause, 1.0, 0.6, stopped, before)  # the length barely shows it
    assert not _stops_before(-1.8, clause, 0.5, 0.6, stopped, before)  # half the clause's clues are there
    # A translation that goes on after those words, or ends with the clause's own words, did not stop there.
    went_on = _ending("The passengers left the vehicle, although snow still blocked the road.")
    assert not _stops_before(-1.8, clause, 1.0, 0.6, went_on, before)


def test_a_bead_of_two_pairs_is_read_as_two_pairs_only_when_each_matches_its_partner():
    from transcompare.align import Bead
    from transcompare.bilingual.omission import _diagonal
    from transcompare.bilingual.pair import Pair

    source = build_document("La concejala Marta Ibáñez presentó el presupuesto de 2025. El pleno votará en abril.\n",
                            "original.txt", "es")
    in_order = build_document("Councillor Marta Ibáñez presented the 2025 budget. The council will vote in April.\n",
                              "article.txt", "en")
    crossed = build_document("The council will vote in April. Councillor Marta Ibáñez presented the 2025 budget.\n",
                             "article.txt", "en")
    bead = Bead((0, 1), (0, 1), 0.0)
    assert _diagonal(Pair.build(source, in_order), bead) == [Bead((0,), (0,), 0.0), Bead((1,), (1,), 0.0)]
    assert _diagonal(Pair.build(source, crossed), bead) == []


def test_a_calque_is_kept_where_the_source_says_one_of_its_alternatives():
    # The lexicon writes "autor material / intelectual" and "el ministro del sector / del ramo": one is enough.
    assert calques("La policía detuvo el martes por la noche al autor material del atentado contra el alcalde.",
                   "Police arrested on Tuesday night the material author of the attack on the mayor.") == ["material author"]
    assert calques("El ministro del ramo presentó el martes por la tarde el plan de obras del gobierno.",
                   "The minister of the branch presented the government's works plan on Tuesday afternoon.")
    assert calques("La policía detuvo el martes por la noche al responsable del atentado contra el alcalde.",
                   "Police arrested on Tuesday night the material author of the attack on the mayor.") == []


def test_a_name_after_a_title_abbreviation_is_a_hard_clue_but_not_one_opening_a_sentence():
    from transcompare.bilingual.omission import _hard_clues

    assert "Coons" in _hard_clues("a bill drafted by Sen. Coons and two others", "en")
    assert "Guerrero" in _hard_clues("según la Sra. Guerrero y su equipo", "es")
    assert "Coons" not in _hard_clues("he met the president. Coons said little", "en")
