"""Round 7 of who said what. Every sentence was written for these tests."""

from transcompare.document import build_document


def top(text, lang="en"):
    return [q for q in build_document(text, language=lang).quotes if q.depth == 0]


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
