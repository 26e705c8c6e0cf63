"""Who said what: where a sentence ends and what a word is (abbreviations, glued full stops, domains,
"US", adverbs). Every sentence was written for these tests."""


from .conftest import last, top


def test_party_and_state_between_commas_is_an_apposition_not_a_full_stop():
    q = last("House Speaker Tom Reyes, R-Calif., revealed the plan when he spoke to donors. "
             "“We will win the seat,” he told them.")
    assert q.speaker_resolved == "Tom Reyes"


def test_party_and_state_ending_a_sentence_still_ends_it():
    q = last("The bill passed, said Rep. Ana Ruiz, D-Texas. Pedro Gil disagreed. “It will fail,” he said.")
    assert q.speaker_resolved == "Pedro Gil"


def test_plural_title_abbreviation_does_not_end_the_sentence():
    q = last("The bill was opposed by Sens. Paul Gil and Luis Mora, who called it “a gift to lobbyists.”")
    assert q.speaker_resolved == "Luis Mora" or q.speaker_resolved == "Paul Gil"


def test_us_in_capitals_is_the_country_not_the_pronoun():
    q = last("The mayor spoke first.\n\n“We will not pay for it,” US Senator Tom Reyes said as he opened the session.")
    assert q.speaker_resolved == "Tom Reyes"


def test_the_pronoun_us_is_still_no_speaker():
    q = last("“Give us the money,” the crowd shouted at us.")
    assert q.speaker_resolved != "us" and q.speaker != "us"


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


def test_shortly_is_an_adverb_but_beverly_a_name():
    assert last("Shortly after, the mayor announced “a new era.”").speaker != "Shortly"
    assert last("“We will win,” Beverly said.").speaker_resolved == "Beverly"


def test_a_glued_full_stop_after_the_verb_still_closes_the_attribution():
    q = top("Tom Baker spoke.\n\n“We will win this state,” Baker said.Baker claimed that he had the votes.")[0]
    assert q.speaker_resolved == "Tom Baker"


def test_a_capitalised_domain_is_not_cut_at_its_dot():
    from transcompare.attribution.tokens import _pieces
    assert [p[1] for p in _pieces("Example.Com", False)] == ["Example.Com"]
    assert [p[1] for p in _pieces("said.Baker", False)] == ["said", ".", "Baker"]


def test_a_full_stop_inside_a_quotation_mid_sentence_ends_the_sentence_before_the_next_name():
    q = top("Ana Ruiz spoke first.\n\nTom Baker called the board’s decision “a disgrace.” Mary Lopez, a union "
            "organiser, warned on Monday that the strike would go on.")[0]
    assert q.speaker_resolved == "Tom Baker"
    opening = top("Ana Ruiz spoke first.\n\n“We will not stop.” Mary Lopez, a union organiser, warned on Monday.")[0]
    assert opening.speaker_resolved == "Mary Lopez"  # a quotation that opens the sentence keeps the name after it
    comma = top("Tom Baker spoke first.\n\nThe plan is “dead on arrival,” Mary Lopez said on Monday.")[0]
    assert comma.speaker_resolved == "Mary Lopez"


def test_a_quotation_woven_into_a_sentence_ends_it_at_its_full_stop_even_before_a_speech_verb():
    q = top("Tom Baker spoke first.\n\nBaker called the plan “reckless.” Pedro Gil, a local activist, warned Monday "
            "that the plan could hurt Baker.\n\n“The stakes are high,” he wrote.")
    assert q[0].speaker_resolved == "Tom Baker"
    assert q[1].speaker_resolved == "Pedro Gil"  # Gil's sentence is a sentence of its own: "he" is Gil
    opening = top("Tom Baker spoke first.\n\n“We won.” Pedro Gil said on Monday.")[0]
    assert opening.speaker_resolved == "Pedro Gil"  # a quotation opening its sentence keeps the name after it


def test_a_capitalised_contraction_starts_a_sentence():
    q = top("“This is a disaster,” Baker said. “We need help.” It’s unclear if Baker knows the facts.")
    assert [x.kind for x in q] == ["direct", "direct"]
    assert q[1].inherited and q[1].speaker_resolved == "Baker"
    lower = top("“This is a disaster,” Baker said, and “it’s a shame.”")
    assert len(lower) == 2 and lower[1].speaker_resolved == "Baker"  # no capital, no new sentence


def test_a_sentence_of_many_quotations_is_read_in_linear_time():
    import time

    from transcompare.document import build_document

    def cost(unit: str, n: int) -> float:
        start = time.process_time()
        assert build_document(unit * n, language="en").quotes  # quotations are attributed when first read
        return time.process_time() - start

    for unit in ("“a,” said ", "“a,” according to ", "and “a” according to Ana Ruiz ", "“Meet The Press” said "):
        cost(unit, 300)  # warm up
        small, large = cost(unit, 1_000), cost(unit, 8_000)
        assert large < 8 * small * 3 + 0.5, unit  # eight times the text, never sixty-four times the time
