"""Round 7 of who said what. Every sentence was written for these tests."""

from .conftest import top


def test_a_possessive_person_before_a_noun_of_speech_owns_the_quoted_words():
    remark = top("Ana Ruiz spoke first.\n\nTom Baker’s “basket of losers” remark angered voters.")[0]
    assert (remark.speaker_resolved, remark.kind) == ("Tom Baker", "partial")
    pledge = top("Ana Ruiz spoke first.\n\nThe new ad replays Tom Baker's pledge to be “neutral in the talks” last year.")[0]
    assert pledge.speaker_resolved == "Tom Baker"
    slogan = top("Tom Baker spoke first.\n\nBaker's “Make Ohio Strong Again” slogan is everywhere.")[0]
    assert slogan.speaker_resolved == "Tom Baker"  # a title-cased slogan is still his words


def test_a_possessive_without_a_noun_of_speech_or_not_a_person_quotes_nobody():
    show = top("Ana Ruiz spoke first.\n\nThe debate aired on ABC's “This Week” on Sunday.")[0]
    assert show.speaker is None
    book = top("Ana Ruiz spoke first.\n\nThe ruling cited Tom Baker's book “Open Roads” at length.")[0]
    assert book.speaker is None
    network = top("Ana Ruiz spoke first.\n\nThe Times's “basket of losers” remark angered voters.")[0]
    assert network.speaker_resolved != "The Times"


def test_an_opening_participle_of_speech_belongs_to_the_main_clause_subject():
    greed = top("Ana Ruiz spoke first.\n\nBut while denouncing the “greed” of big banks to voters, she has offered "
                "no plan.")[0]
    assert (greed.speaker_resolved, greed.cue) == ("Ana Ruiz", "denouncing")
    joke = top("Ana Ruiz spoke first.\n\nWhile calling the plan “a cruel joke,” Tom Baker offered none of his own.")[0]
    assert (joke.speaker_resolved, joke.kind) == ("Tom Baker", "partial")


def test_an_opening_clause_without_a_verb_of_speech_or_a_doer_quotes_nobody():
    vote = top("Ana Ruiz spoke first.\n\nWhile voting for the “reform” bill, Tom Baker stayed quiet.")[0]
    assert vote.speaker is None
    thing = top("Ana Ruiz spoke first.\n\nWhile calling the plan “a cruel joke,” the vote went ahead on Monday.")[0]
    assert thing.speaker is None
