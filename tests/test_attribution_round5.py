"""Who said what, fifth round: causes from the tuning half's error list, on sentences written for these tests."""

from transcompare.document import build_document


def top(text, lang="en"):
    return [q for q in build_document(text, language=lang).quotes if q.depth == 0]


def last(text, lang="en"):
    return top(text, lang)[-1]


# An opening time phrase is passed over to reach the subject ------------------------------


def test_a_time_phrase_with_a_determiner_opens_the_sentence_before_its_subject():
    q = last("Mrs. Ruiz led the race.\n\nThe day before, at a fair in Austin, Tex., Mr. Baker was blunt, claiming "
             "that President Lee wanted to raise taxes. “It is madness,” he said.")
    assert q.speaker_resolved == "Baker"


def test_a_number_before_a_comma_with_no_time_word_stays_the_subject():
    q = last("Ana Ruiz and Tom Baker met in Austin.\n\nThe two, old friends from school, said on Monday that "
             "“the deal is done.”")
    assert q.speaker == "The two"
