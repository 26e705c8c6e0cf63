from hypothesis import given, settings, strategies as st

from transcompare.align import align_sentences

EN = ["The mayor opened the new bridge on Monday.", "It cost 12 million euros.", "Residents cheered.",
      "“We waited twenty years,” said Ana Ruiz.", "Traffic will start on 3 May."]
ES = ["El alcalde inauguró el nuevo puente el lunes.", "Costó 12 millones de euros.", "Los vecinos aplaudieron.",
      "“Esperamos veinte años”, dijo Ana Ruiz.", "El tráfico empezará el 3 de mayo."]


def test_cross_language_one_to_one_with_anchors():
    alignment = align_sentences(EN, ES, same_language=False)
    assert alignment.links() == [(i, i) for i in range(5)]


def test_split_sentence_gives_one_to_two_bead():
    en = EN[:1] + ["It cost 12 million euros, according to Mayor Paula Serra."] + EN[2:]
    es = ES[:1] + ["Costó 12 millones de euros.", "Lo dijo la alcaldesa Paula Serra."] + ES[2:]
    beads = align_sentences(en, es, same_language=False).beads
    assert any(b.source == (1,) and b.target == (1, 2) for b in beads)


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


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(EN + ES), max_size=12), st.lists(st.sampled_from(EN + ES), max_size=12))
def test_alignment_is_monotone_and_complete(a, b):
    alignment = align_sentences(a, b, same_language=False)
    src = [i for bead in alignment.beads for i in bead.source]
    tgt = [j for bead in alignment.beads for j in bead.target]
    assert src == list(range(len(a))) and tgt == list(range(len(b)))
