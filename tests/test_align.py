import json
import subprocess
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from transcompare.align import SentenceAlignment, align_sentences, anchors, dice
from transcompare.align.anchoring import _heaviest_chain
from transcompare.align.features import cross_language_keys, expand_contractions, same_language_keys, skeleton
from transcompare.align.lexicon import english_spanish, for_languages

EN = ["The mayor opened the new bridge on Monday.", "It cost 12 million euros.", "Residents cheered.",
      "“We waited twenty years,” said Ana Ruiz.", "Traffic will start on 3 May."]
ES = ["El alcalde inauguró el nuevo puente el lunes.", "Costó 12 millones de euros.", "Los vecinos aplaudieron.",
      "“Esperamos veinte años”, dijo Ana Ruiz.", "El tráfico empezará el 3 de mayo."]

# Parallel news sentences written for these tests; each pins a defect of the aligner before the rewrite.
COUNCIL_EN = ["The council approved the new budget for the city's schools on Tuesday night.",
              "He also said becoming a parent changed everything.",
              "Teachers had asked for smaller classes for years.",
              "The vote was close, and the debate lasted almost four hours."]
COUNCIL_ES = ["El concejo aprobó el martes por la noche el nuevo presupuesto para las escuelas de la ciudad.",
              "También nos contó que convertirse en padre le había cambiado por completo la manera de ver la vida.",
              "Los maestros llevaban años pidiendo grupos más pequeños.",
              "La votación fue ajustada y el debate se prolongó casi cuatro horas."]
FLOOD_EN = ["Heavy rain flooded the valley road on Sunday morning.", "Drivers waited for hours.",
            "Some gave up and walked home through the fields.", "A farmer brought tea and bread to those who stayed.",
            "By evening the water had gone down.", "Engineers will inspect the bridge next week."]
FLOOD_ES = ["Una fuerte lluvia inundó el domingo por la mañana la carretera del valle.",
            "Los conductores tuvieron que esperar durante horas sin poder avanzar.",
            "Algunos se rindieron y volvieron a casa andando por los campos.",
            "Un agricultor llevó té y pan a quienes se quedaron.", "Por la tarde el agua ya había bajado.",
            "Los ingenieros revisarán el puente la semana que viene."]
RESCUE_EN = ["Rescue teams searched the hills for a missing walker on Saturday.", "She had left her car near the lake.",
             "Her phone was off.", "A dog found her late in the evening, cold but unhurt.",
             "She thanked the volunteers who had looked for her all day."]
RESCUE_ES = ["Los equipos de rescate buscaron el sábado en las colinas a una senderista desaparecida.",
             "Había dejado su coche cerca del lago y tenía el teléfono apagado.",
             "Un perro la encontró al final de la tarde, con frío pero ilesa.",
             "Dio las gracias a los voluntarios que la habían buscado durante todo el día."]


def beads_of(alignment):
    return [(b.source, b.target) for b in alignment.beads]


def test_cross_language_one_to_one_with_anchors():
    alignment = align_sentences(EN, ES, same_language=False)
    assert alignment.links() == [(i, i) for i in range(5)]


def test_split_sentence_gives_one_to_two_bead():
    en = EN[:1] + ["It cost 12 million euros, according to Mayor Paula Serra."] + EN[2:]
    es = ES[:1] + ["Costó 12 millones de euros.", "Lo dijo la alcaldesa Paula Serra."] + ES[2:]
    beads = align_sentences(en, es, same_language=False).beads
    assert any(b.source == (1,) and b.target == (1, 2) for b in beads)


def test_one_to_one_is_never_split_into_an_omission_and_an_addition():
    # Sentence 1 shares no number or name with its translation and is much longer in Spanish.
    for source, target in ((COUNCIL_EN, COUNCIL_ES), (COUNCIL_ES, COUNCIL_EN)):
        alignment = align_sentences(source, target, same_language=False)
        assert beads_of(alignment) == [((i,), (i,)) for i in range(4)]


def test_no_shift_by_one_after_a_longer_translation():
    for source, target in ((FLOOD_EN, FLOOD_ES), (FLOOD_ES, FLOOD_EN)):
        assert align_sentences(source, target, same_language=False).links() == [(i, i) for i in range(6)]


def test_two_sentences_merged_into_one_give_a_two_to_one_bead():
    assert beads_of(align_sentences(RESCUE_EN, RESCUE_ES, same_language=False)) == [
        ((0,), (0,)), ((1, 2), (1,)), ((3,), (2,)), ((4,), (3,))]
    assert beads_of(align_sentences(RESCUE_ES, RESCUE_EN, same_language=False)) == [
        ((0,), (0,)), ((1,), (1, 2)), ((2,), (3,)), ((3,), (4,))]


def test_repeated_document_costs_a_bounded_number_of_comparisons():
    # The same article 300 times over, one copy's sentence missing: no key is unique, so there are no
    # anchors; the search must still stay in its corridor.
    source = FLOOD_ES * 300
    target = (FLOOD_EN * 300)[:1000] + (FLOOD_EN * 300)[1001:]
    alignment = align_sentences(source, target, same_language=False)
    assert alignment.comparisons <= 40 * (len(source) + len(target))
    assert [i for b in alignment.beads for i in b.source] == list(range(len(source)))
    assert [j for b in alignment.beads for j in b.target] == list(range(len(target)))
    agree = sum(s % 6 == (t if t < 1000 else t + 1) % 6 for s, t in alignment.links())
    assert agree >= 0.95 * len(alignment.links())


def test_long_documents_stay_linear():
    small = align_sentences(FLOOD_ES * 50, FLOOD_EN * 50, same_language=False).comparisons
    large = align_sentences(FLOOD_ES * 400, FLOOD_EN * 400, same_language=False).comparisons
    assert large <= 10 * small  # 8 times the sentences


def test_unrelated_documents_do_not_correspond():
    assert align_sentences(FLOOD_EN, FLOOD_ES, same_language=False).corresponds
    assert align_sentences(RESCUE_ES, RESCUE_EN, same_language=False).corresponds
    assert not align_sentences(FLOOD_EN, RESCUE_ES, same_language=False).corresponds
    assert not align_sentences(COUNCIL_ES, FLOOD_EN, same_language=False).corresponds
    assert not align_sentences(RESCUE_EN, COUNCIL_EN, same_language=True).corresponds
    edited = FLOOD_EN[:3] + ["A farmer brought hot tea to the drivers who stayed."] + FLOOD_EN[4:]
    same = align_sentences(FLOOD_EN, edited, same_language=True)
    assert same.corresponds and same.overlap > 0.7
    unrelated = align_sentences(FLOOD_EN, RESCUE_ES, same_language=False)
    assert unrelated.overlap < 0.15


def test_a_document_repeated_an_even_number_of_times_still_corresponds():
    # Half the document away lies a copy of every sentence: chance is measured on targets that differ.
    edited = FLOOD_EN[:3] + ["A farmer brought hot tea to the drivers who stayed."] + FLOOD_EN[4:]
    for copies in (2, 40, 41):
        across = align_sentences(FLOOD_ES * copies, FLOOD_EN * copies, same_language=False)
        within = align_sentences(FLOOD_EN * copies, edited * copies, same_language=True)
        assert across.corresponds and across.contrast > 0.2
        assert within.corresponds and within.contrast > 0.8
        assert not align_sentences(FLOOD_EN * copies, RESCUE_ES * copies, same_language=False).corresponds
        assert not align_sentences(RESCUE_EN * copies, COUNCIL_EN * copies, same_language=True).corresponds
    # One sentence over and over: nothing distant differs from it, and nothing contradicts the match.
    assert align_sentences(FLOOD_EN[:1] * 50, FLOOD_EN[:1] * 50, same_language=True).corresponds


def test_same_language_omission_and_addition():
    edited = EN[:2] + EN[3:] + ["A final sentence nobody wrote before, about weather in Oslo."]
    alignment = align_sentences(EN, edited, same_language=True)
    assert (2, ) in [b.source for b in alignment.beads if not b.target]  # dropped sentence
    assert any(not b.source and b.target == (4,) for b in alignment.beads)  # added sentence
    assert (3, 2) in alignment.links()


def test_unrelated_documents_have_low_confidence():
    other = ["Pasta needs salted water.", "Boil it for nine minutes.", "Serve with cheese."]
    assert align_sentences(EN, other, same_language=True).confidence < 0.3
    assert align_sentences(EN, EN, same_language=True).confidence > 0.9


def test_a_translation_joins_in():
    alignment = align_sentences(RESCUE_ES, RESCUE_EN, same_language=False, translated_source=[
        "The rescue teams searched on Saturday in the hills for a missing walker.",
        "She had left her car near the lake and had her phone off.",
        "A dog found her at the end of the afternoon, cold but unhurt.",
        "She thanked the volunteers who had searched for her all day."])
    assert alignment.method == "translation+anchors"
    assert beads_of(alignment) == [((0,), (0,)), ((1,), (1, 2)), ((2,), (3,)), ((3,), (4,))]


def test_inverted_and_targets_of():
    alignment = align_sentences(RESCUE_ES, RESCUE_EN, same_language=False)
    assert alignment.targets_of(1) == (1, 2) and alignment.targets_of(9) == ()
    inverted = alignment.inverted()
    assert isinstance(inverted, SentenceAlignment) and inverted.targets_of(2) == (1,)
    assert (inverted.corresponds, inverted.overlap) == (alignment.corresponds, alignment.overlap)


def test_keys_that_translations_share():
    lexicon = english_spanish()
    es = cross_language_keys("El presidente de EE. UU. dijo el lunes que 3.000 personas murieron en Londres "
                             "por la crisis económica.", lexicon)
    en = cross_language_keys("The U.S. president said on Monday that 3,000 people died in London "
                             "because of the economic crisis.", lexicon)
    assert {"#3000", "=usa", "=president", "=say", "=monday", "=people", "=die", "=london"} <= es & en
    assert {"~econo", "~crisi"} <= es & en  # cognates, found by their spelling
    assert skeleton("filosofia") == skeleton("philosofia") and skeleton("nacional") == skeleton("national")
    assert "~spect" in cross_language_keys("Los espectadores", None) & cross_language_keys("The spectators", None)
    assert not cross_language_keys("the of and", lexicon)  # function words say nothing
    assert lexicon.concepts("us", "us") is None and lexicon.concepts("us", "US") == {"=usa"}  # only in capitals
    assert for_languages("fr", "de") is None and for_languages("es", "en") is lexicon
    assert same_language_keys("Trump said 1,000 times") == {"trump", "said", "#1000", "times"}


def test_anchor_chain_is_monotone_and_heaviest():
    chain = _heaviest_chain({(0, 0): 1.0, (1, 5): 1.0, (2, 1): 1.0, (3, 2): 1.0, (4, 3): 1.0, (5, 4): 0.5})
    assert chain == [(0, 0), (2, 1), (3, 2), (4, 3), (5, 4)]


def test_anchor_candidates_need_keys_found_once_on_each_side():
    from transcompare.align.anchoring import _candidates

    source = [frozenset({1, 2}), frozenset({3, 4}), frozenset({3, 5})]
    target = [frozenset({1, 2, 9}), frozenset({4, 5}), frozenset({5})]
    weights = [0.5] * 10

    def unlike(*_):
        return 0.0

    # 1 and 2 occur once on each side; 3 twice in the source; 5 twice in the target; 4 is alone (needs similarity)
    assert dict(_candidates(source, target, weights, unlike, 0, 3, 0, 3)) == {(0, 0): 1.0}
    assert dict(_candidates(source, target, weights, lambda *_: 0.5, 0, 3, 0, 3)) == {(0, 0): 1.0, (1, 1): 0.5}
    # within a stretch, a key repeated outside it counts once: 5 only in target 1 of targets [0, 2)
    assert dict(_candidates(source, target, weights, lambda *_: 0.5, 1, 3, 0, 2)) == {(1, 1): 0.5, (2, 1): 0.5}


def test_quotation_helpers_still_compare_languages():
    assert dice(anchors("“Esperamos veinte años”, dijo Ana Ruiz."), anchors("“We waited twenty years,” said Ana Ruiz.")) > 0.5


def test_cli_align_starts_light(tmp_path):
    # Obvious languages are told by their function words: the statistical identifier is not loaded.
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(" ".join(FLOOD_ES + RESCUE_ES), encoding="utf-8")
    b.write_text(" ".join(FLOOD_EN + RESCUE_EN), encoding="utf-8")
    code = ("import sys, json; from transcompare.cli import main; code = main(['align', sys.argv[1], sys.argv[2], '-f', "
            "'json']); print(json.dumps([code] + [m in sys.modules for m in ('lingua', 'torch', 'transcompare.comparison')]))")
    done = subprocess.run([sys.executable, "-c", code, str(a), str(b)], capture_output=True, text=True, timeout=120)
    data = json.loads(done.stdout[: done.stdout.rindex("}") + 1])
    assert json.loads(done.stdout.splitlines()[-1]) == [0, False, False, False]
    assert data["first"]["language"] == "es" and data["second"]["language"] == "en"
    assert data["corresponds"] is True and ([7], [7, 8]) in [(b["first"], b["second"]) for b in data["beads"]]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(EN + ES), max_size=12), st.lists(st.sampled_from(EN + ES), max_size=12))
def test_alignment_is_monotone_and_complete(a, b):
    alignment = align_sentences(a, b, same_language=False)
    src = [i for bead in alignment.beads for i in bead.source]
    tgt = [j for bead in alignment.beads for j in bead.target]
    assert src == list(range(len(a))) and tgt == list(range(len(b)))


# A short subheading between two sentences whose lengths would fit a merge a little better.
PORT_EN = ["The port of Valencia reopened its north pier on Friday after 21 days of repairs.",
           "Shipping companies expect 40 container vessels a week by March, the port said.",
           "A slow spring",
           "Fishermen returned to Valencia on Saturday after the works.",
           "The first catch of sardines was sold at auction for 3.20 euros a kilo."]
PORT_ES = ["El puerto de Valencia reabrió el viernes su muelle norte tras 21 días de reparaciones.",
           "Las navieras esperan 40 portacontenedores a la semana en marzo.",
           "Primavera lenta",
           "Los pescadores volvieron a Valencia el sábado por la mañana, después de las obras.",
           "La primera captura de sardinas se vendió en la subasta a 3,20 euros el kilo."]


def test_two_short_sentences_without_keys_are_paired_not_merged_into_neighbours():
    # Neither subheading has a key: no evidence either way, in a 1-1 as in a merge.
    for source, target in ((PORT_ES, PORT_EN), (PORT_EN, PORT_ES)):
        assert beads_of(align_sentences(source, target, same_language=False)) == [((i,), (i,)) for i in range(5)]


ELECTION_EN = ["The senator spoke to supporters in Denver on Friday night.",
               "Voters go to the polls in five weeks, in one of the most important elections in decades.",
               "This is a big one -- I am not on the ballot, but I am out there campaigning everywhere for our "
               "people,\" he said.",
               "He then attacked the governor over the new tax on fuel."]
ELECTION_ES = ["El senador habló el viernes por la noche ante sus seguidores en Denver.",
               "Los votantes acuden a las urnas en cinco semanas, en una de las elecciones más importantes en décadas.",
               "Es una de las más importantes.",
               "No estoy en la papeleta, pero hago campaña en todas partes por los nuestros”, dijo.",
               "Después atacó al gobernador por el nuevo impuesto sobre el combustible."]
MATCH_EN = ["Madrid won 2-0 at home on Sunday.", "The striker passed the ball to Luka Modric in midfield.",
            "Modric ran towards the goal.", "The coach praised both players after the match."]
MATCH_ES = ["El Madrid ganó 2-0 en casa el domingo.",
            "El delantero pasó el balón a Luka Modric en el centro del campo; Modric corrió hacia la portería.",
            "El entrenador elogió a los dos jugadores después del partido."]


def test_keys_count_occurrence_by_occurrence_in_a_merge():
    # "importantes" is said twice in Spanish, once in English: the short sentence that repeats it is not
    # merged into the sentence whose translation has it (its one key is already matched there) ...
    for source, target, flip in ((ELECTION_ES, ELECTION_EN, False), (ELECTION_EN, ELECTION_ES, True)):
        links = {(t, s) if flip else (s, t) for s, t in align_sentences(source, target, same_language=False).links()}
        assert (2, 1) not in links and {(0, 0), (1, 1), (3, 2), (4, 3)} <= links
    # ... but a name said in both halves of a merged sentence and in both English sentences counts for each.
    assert beads_of(align_sentences(MATCH_ES, MATCH_EN, same_language=False)) == [((0,), (0,)), ((1,), (1, 2)),
                                                                                  ((2,), (3,))]
    assert beads_of(align_sentences(MATCH_EN, MATCH_ES, same_language=False)) == [((0,), (0,)), ((1, 2), (1,)),
                                                                                  ((3,), (2,))]


def test_english_negative_contractions_and_greek_ch_meet_their_translations():
    lexicon = english_spanish()
    assert expand_contractions("They didn't say, and won’t: she can't.") == "They did not say, and will not: she can not."
    assert "=neg" in cross_language_keys(expand_contractions("They aren't out to hurt you."), lexicon) & \
        cross_language_keys("No quieren hacerte daño.", lexicon)
    assert "=win" not in cross_language_keys(expand_contractions("He won't go."), lexicon)  # "won't" is not "won"
    assert same_language_keys("It doesn't work") == same_language_keys("It does not work")
    assert "~tecnolo" in cross_language_keys("Technology", None) & cross_language_keys("Tecnología", None)
    assert "~mecan" in cross_language_keys("mechanism", None) & cross_language_keys("mecanismo", None)

