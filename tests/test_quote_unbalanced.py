"""quote.unbalanced: a quotation reopened at each sentence goes on (the newspaper convention for a quotation
over several paragraphs, each reopening it and only the last closing it, with the paragraph breaks lost); a
stray double mark after a plural is an apostrophe. Sentences written for these tests."""

import pytest

from transcompare.detectors import run_detectors
from transcompare.document import build_document


def unbalanced(text: str, lang: str) -> list[str]:
    doc = build_document(text, language=lang)
    return [f.message for f in run_detectors(doc, "auto", ["quote.unbalanced"])]


@pytest.mark.parametrize("text, lang", [
    ('El ministro habló ante la prensa. "Hemos hecho mucho este año. "Pero queda trabajo por delante", dijo.', "es"),
    ("El ministro habló ante la prensa. “Hemos hecho mucho este año. “Pero queda trabajo por delante”, dijo.", "es"),
    ('The mayor spoke on Monday. "We have rebuilt the bridge. "We have reopened the school. "Now the harbour," she said.',
     "en"),
    ('Comentó: "El agua llegó de noche. "Nadie lo esperaba", añadió el vecino.', "es"),  # opened after a colon
    ('"Estamos muy cansados. "¿Quién nos va a ayudar?", preguntó la vecina.', "es"),  # at the paragraph's start
])
def test_a_quotation_reopened_at_the_next_sentence_goes_on(text, lang):
    assert unbalanced(text, lang) == []


@pytest.mark.parametrize("text, lang", [
    # An unquoted sentence between: the first quotation was never closed.
    ('El ministro habló. "Hemos hecho mucho este año. El alcalde no está de acuerdo. "Queda trabajo", dijo.', "es"),
    # Opened inside a sentence, not at its start: a phrase quoted and left open.
    ('Dijo que era "un gran día para el pueblo. "Mañana seguiremos", añadió.', "es"),
    # The next mark follows a colon, not a full stop: a new quotation inside, the first still open.
    ('The mayor said: "We have done a lot and now he says: "There is more to do," she added.', "en"),
    # Nothing reopens it: the quotation runs to the end of the paragraph.
    ('The mayor spoke on Monday. "We have rebuilt the bridge. The school opens in May.', "en"),
])
def test_a_quotation_left_open_is_still_reported(text, lang):
    assert any("never closed" in message for message in unbalanced(text, lang))


def test_a_mark_at_the_very_end_of_the_text_reopens_nothing():
    # Not a reopened quotation: the quotation before it is left open, and the last mark, set apart by a space,
    # is what should close it.
    assert "space before the closing mark “" in unbalanced("The mayor spoke. “We will win this fight. “", "en")


def test_only_the_last_sentence_left_open_is_reported():
    text = 'El alcalde habló. "Hemos arreglado el puente. "Hemos abierto la escuela. El pleno votó después.'
    assert unbalanced(text, "es") == ["opening mark \" is never closed"]


def test_a_stray_double_mark_after_a_plural_reads_as_an_apostrophe():
    doc = build_document('The players" union met on Monday to discuss the new contract.', language="en")
    found = run_detectors(doc, "auto", ["quote.unbalanced"])
    assert [f.suggestion for f in found] == ["write players’"]
    # A stray mark that ends a quotation is still a missing opening mark.
    doc = build_document('The union met on Monday. We will not sign," the chair said.', language="en")
    found = run_detectors(doc, "auto", ["quote.unbalanced"])
    assert [f.message for f in found] == ['closing mark " has no opening mark']


@pytest.mark.parametrize("text, lang", [
    ('El equipo ganó el partido. Según los jugadores" todo salió bien.', "es"),  # Spanish has no such apostrophe
    ('He said it was great news" and left the room.', "en"),  # a possessive owns a noun, not "and"
])
def test_a_stray_mark_that_cannot_be_a_possessive_apostrophe_is_not_called_one(text, lang):
    messages = unbalanced(text, lang)
    assert messages and not any("apostrophe" in message for message in messages), messages
