"""bilingual.omission and .addition: what proves a clause missing (the model's translation of its pieces), and what
does not (a name written as initials, a clause others depend on, a sentence the aligner gave to the wrong
neighbour). Sentences written for these tests."""

from __future__ import annotations

import re

from transcompare.align import Bead, SentenceAlignment
from transcompare.auditing import audit_against_source
from transcompare.bilingual import run_checks
from transcompare.bilingual.omission import _pieces
from transcompare.bilingual.pair import Pair
from transcompare.bilingual.through_model import piece_words, translate_pieces
from transcompare.document import build_document

from .test_bilingual import SOURCE_ES, TARGET_EN

# A word-for-word model, as a rule-based one translates: each word it knows, in the source's order; the rest copied.
GLOSSARY = dict(pair.split(":") for pair in """el:the la:the los:the las:the de:of del:of_the alcalde:mayor anunció:announced
    martes:Tuesday un:a una:a plan:plan para:to renovar:renew plaza:square mayor:main obra:work costará:will_cost
    euros:euros y:and empezará:will_begin en:in primavera:spring según:according_to ayuntamiento:town_hall
    vecinos:residents calle:street llevan:have_been años:years pidiendo:asking reforma:reform completa:complete
    mercado:market que:who sufren:suffer goteras:leaks cada:every invierno:winter concejala:councillor dijo:said
    proyecto:project no:not subirá:will_raise impuestos:taxes municipales:municipal pleno:plenary votará:will_vote
    propuesta:proposal próximo:next jueves:Thursday por:in tarde:afternoon si:if se:it aprueba:approved
    máquinas:machines llegarán:will_arrive a:to mes:month abril:April su:his dimisión:resignation ayer:yesterday""".split())


class WordForWord:
    """A model for tests: translates word by word with GLOSSARY, and counts its calls."""

    def __init__(self):
        self.calls: list[list[str]] = []

    def __call__(self, texts: list[str]) -> list[str]:
        self.calls.append(list(texts))
        def word(m: re.Match) -> str:
            return GLOSSARY.get(m.group(0).lower(), m.group(0)).replace("_", " ")

        return [re.sub(r"[^\W\d_]+", word, text) for text in texts]


WITH_CLAUSE = "Los vecinos de la calle Olmo, que sufren goteras cada invierno, llevan años pidiendo una reforma completa del mercado."


def documents(source_lines, target_lines, source_lang="es", target_lang="en"):
    source = build_document("\n\n".join(source_lines) + "\n", "original.txt", source_lang)
    target = build_document("\n\n".join(target_lines) + "\n", "article.txt", target_lang)
    return source, target


def omissions(source_lines, target_lines, model=None, source_lang="es", target_lang="en"):
    source, target = documents(source_lines, target_lines, source_lang, target_lang)
    report = audit_against_source(target, source, translate_clauses=model)
    return [(f.source_span.of(source.text), f.message) for f in report.findings if f.detector == "bilingual.omission"]


def with_clause(target_line: str) -> tuple[list[str], list[str]]:
    source, target = list(SOURCE_ES), list(TARGET_EN)
    source[2], target[2] = WITH_CLAUSE, target_line
    return source, target


def test_through_a_model_a_clause_whose_words_are_all_missing_is_an_omission():
    source, target = with_clause(TARGET_EN[2])  # the translation leaves out "que sufren goteras cada invierno"
    model = WordForWord()
    found = omissions(source, target, model)
    assert [clause for clause, _ in found] == ["que sufren goteras cada invierno"]
    assert "leaks" in found[0][1] and "winter" in found[0][1]  # the model's words it lacks, for the reader
    assert len(model.calls) == 1 and "que sufren goteras cada invierno" in model.calls[0]  # one call for the document
    # Without the model the length alone is not enough to say which part is gone.
    assert omissions(source, target) == []


def test_through_a_model_a_clause_said_in_other_words_is_no_omission():
    # Some of its words are there.
    source, target = with_clause(
        "Residents of Olmo Street, hit by winter leaks, have been asking for years for a complete overhaul of the market.")
    assert omissions(source, target, WordForWord()) == []
    # None of its words, but words of the translation's own that no model word accounts for: said differently.
    source, target = with_clause(
        "Residents of Olmo Street, soaked through each December, have been asking for years for a complete overhaul "
        "of the market.")
    assert omissions(source, target, WordForWord()) == []


def test_the_model_translates_each_piece_on_its_own_once():
    source, target = documents([WITH_CLAUSE], ["Residents of Olmo Street have asked for a new market."])
    model = WordForWord()
    pair = Pair.build(source, target, translate_clauses=model)
    pieces = _pieces(source.text, source.sentences[0], "es")
    translate_pieces(pair, pieces)
    translate_pieces(pair, pieces)  # already translated: no second call
    assert model.calls == [["Los vecinos de la calle Olmo", "que sufren goteras cada invierno",
                            "llevan años pidiendo una reforma completa del mercado."]]
    words = piece_words(pair, pieces, 1, 1, (0,))
    assert words is not None
    assert set(words.missing) == {"suffer", "leaks", "every", "winter"}
    assert words.own == 4 and words.rest_kept >= 4  # residents, street, Olmo, market
    assert piece_words(Pair.build(source, target), pieces, 1, 1, (0,)) is None  # no model, no opinion


def test_a_name_the_translation_writes_as_initials_is_not_missing():
    source, target = list(SOURCE_ES), list(TARGET_EN)
    source[2] = ("Durante los seis años en que he sido Miembro del Parlamento por el distrito, las "
                 "sesiones de los martes del Consejo Ejecutivo han sido muy tensas.")
    target[2] = "For my six years as the district MP, the Tuesday EC sessions have been very tense."
    assert omissions(source, target) == []
    # Without the initials, the same translation lacks the clause.
    target[2] = "For my six years, the Tuesday sessions have been very tense."
    assert omissions(source, target) != []


def test_initials_spelled_out_in_the_translation_add_nothing():
    def additions(english: str, spanish: str) -> list[str]:
        source, target = list(TARGET_EN), list(SOURCE_ES)
        source[2], target[2] = english, spanish
        src, tgt = documents(source, target, "en", "es")
        return [f.message for f in audit_against_source(tgt, src).findings if f.detector == "bilingual.addition"]

    english = "For all my years as the district MP, the Tuesday morning EC sessions have been calm and quiet."
    assert additions(english, "Durante todos los años en que he sido Miembro del Parlamento por el distrito, "
                              "las sesiones de los martes por la mañana del Consejo Ejecutivo han sido tranquilas "
                              "y silenciosas.") == []
    # As long, with words the source does not have instead of its initials spelled out: something was added.
    assert additions(english, "Durante todos los años en que he sido miembro del distrito y de la ejecutiva, las "
                              "sesiones de los martes por la mañana, largas y ruidosas, han sido tranquilas y "
                              "silenciosas.") != []


def test_the_clause_a_dependent_clause_hangs_on_is_not_named_missing_on_length_alone():
    source, target = list(SOURCE_ES), list(TARGET_EN)
    source[2] = "Se ruega encarecidamente a todo vecino que haya visto algo raro que avise a la policía local al 091."
    target[2] = "Anyone who saw something odd should tell police on 091."
    found = omissions(source, target)
    # The translation is much shorter, but "Se ruega … a todo vecino" is what "que haya visto algo raro"
    # depends on: a translator who left it out would leave that clause hanging.
    assert found  # it is far shorter than the source: still said, without blaming the wrong clause
    assert not any(message.startswith("source clause missing") and clause.startswith("Se ruega")
                   for clause, message in found)


def test_a_sentence_split_off_the_next_one_is_no_addition():
    """One side split a sentence ("It is one of the biggest. We are not…") and the aligner gave the first
    piece to the sentence before, whose words it shares: it belongs to the next sentence, which is short without it."""
    english = list(TARGET_EN[:4]) + [
        "The town is five weeks away from one of the biggest fairs in its history.",
        "This is one of the biggest -- we are not a small town anymore and that is why we invest so much, "
        "the mayor said.",
    ]
    spanish = list(SOURCE_ES[:4]) + [
        "Faltan cinco semanas para una de las ferias más grandes de la historia del pueblo.",
        "Es una de las más grandes de todas.",
        "Ya no somos un pueblo pequeño y por eso invertimos tanto, dijo el alcalde.",
    ]
    source, target = documents(english, spanish, "en", "es")
    wrong = SentenceAlignment(tuple(Bead((i,), (i,), 1.0) for i in range(4)) + (Bead((4,), (4, 5), 1.0),
                                                                                  Bead((5,), (6,), 1.0)), 1.0, "test")
    pair = Pair(source, target, wrong)
    assert pair.belongs_next_door(wrong.beads[4], 5, in_source=False)
    assert [f for f in run_checks(pair, ["bilingual.addition"])] == []
    # The same sentence where the next one is whole without it is an addition.
    spanish[6] = "Ya no somos un pueblo pequeño, ni lo seremos nunca más, y por eso invertimos tanto, dijo el alcalde."
    english[5] = ("We are not a small town anymore, and we never will be again, and that is why we invest so much, "
                  "the mayor said.")
    source, target = documents(english, spanish, "en", "es")
    pair = Pair(source, target, wrong)
    assert not pair.belongs_next_door(wrong.beads[4], 5, in_source=False)
    assert [f.span.of(target.text) for f in run_checks(pair, ["bilingual.addition"])] == ["Es una de las más grandes de todas."]


def test_a_bead_with_as_many_sentences_on_each_side_has_none_left_over():
    english, spanish = list(TARGET_EN), list(SOURCE_ES)
    english[2] = "Residents want a new market."
    spanish[2] = ("Los vecinos de la calle Olmo, que llevan años esperando, quieren un mercado nuevo, con más puestos, "
                  "más luz y un aparcamiento para las furgonetas de los agricultores.")
    source, target = documents(english, spanish, "en", "es")
    beads = (Bead((0,), (0,), 1.0), Bead((1, 2), (1, 2), 1.0), *(Bead((i,), (i,), 1.0) for i in range(3, 6)))
    pair = Pair(source, target, SentenceAlignment(beads, 1.0, "test"))
    # Too long for its source, but no translated sentence is without a source sentence: "sentence with no
    # counterpart" would blame the faithful one.
    assert not any("no counterpart" in f.message for f in run_checks(pair, ["bilingual.addition"]))


def test_a_sentence_split_in_two_on_one_side_is_rejoined_whichever_side_split_it():
    """The neighbour is far out of length without the lonely piece and fits (if loosely) with it: one side split
    a sentence the other kept whole, not an omission or an addition."""
    english = list(TARGET_EN)
    english[2] = "Residents of Olmo Street have been asking for years for a complete overhaul of the market and its roof."
    spanish = list(SOURCE_ES)
    spanish[2:3] = ["Los vecinos de la calle Olmo piden desde hace años una reforma.",
                    "Quieren un mercado nuevo, con un tejado nuevo y puestos nuevos."]
    split = (Bead((0,), (0,), 1.0), Bead((1,), (1,), 1.0), Bead((2,), (2,), 1.0), Bead((), (3,), 0.0),
             *(Bead((i,), (i + 1,), 1.0) for i in range(3, 6)))
    source, target = documents(english, spanish, "en", "es")  # the translation split it
    assert Pair(source, target, SentenceAlignment(split, 1.0, "test")).rejoin_split_sentences().beads[2] == \
        Bead((2,), (2, 3), 1.0)
    flipped = tuple(Bead(b.target, b.source, b.score) for b in split)
    source, target = documents(spanish, english, "es", "en")  # the source was split
    assert Pair(source, target, SentenceAlignment(flipped, 1.0, "test")).rejoin_split_sentences().beads[2] == \
        Bead((2, 3), (2,), 1.0)


def test_a_word_the_model_copied_untranslated_is_no_evidence():
    source, target = documents(["El alcalde tuiteó ayer su dimisión."], ["The mayor quit on Twitter yesterday."])
    pair = Pair.build(source, target, translate_clauses=WordForWord())
    pieces = _pieces(source.text, source.sentences[0], "es")
    translate_pieces(pair, pieces)
    words = piece_words(pair, pieces, 0, 0, (0,))
    assert words is not None
    assert words.missing == ("resignation",)  # not "tuiteó"; "mayor" and "yesterday" are there
