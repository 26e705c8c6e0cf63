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
