"""Who said what: whether a quotation is speech or a title/term (a scare quote, a name, a show). Every sentence
was written for these tests."""


from .conftest import last, top


def test_one_quoted_word_after_a_determiner_stays_a_term():
    q = last("Tom Reyes spoke on Monday. Mr. Reyes met the so-called “bundlers” at the hotel.")
    assert q.kind == "title-term" and q.speaker is None


def test_one_quoted_word_after_a_possessive_stays_a_term():
    q = last("Tom Reyes spoke on Monday. Mr. Reyes met Ana Ruiz's “sherpas” at the hotel.")
    assert q.kind == "title-term"


def test_a_quoted_sentence_of_function_words_is_no_title():
    q = last("Tom Reyes spoke last.\n\n“They are with us,” Reyes said.")
    assert q.kind == "direct" and q.speaker_resolved == "Tom Reyes"


def test_a_word_describing_the_subject_after_a_verb_of_motion_stays_a_term():
    q = last("Tom Reyes returns “satisfied” from his trip to the coast.")
    assert q.kind == "title-term"


def test_spanish_a_word_describing_the_subject_stays_a_term():
    q = last("Ana Ruiz, la estrella del programa, se fue “furiosa” del plató.", "es")
    assert q.kind == "title-term"


def test_a_capitalised_name_given_by_a_naming_verb_is_the_subjects_words():
    q = top("Tom Baker spoke for an hour. Within minutes, he called his rival “Little Ana” twice.")[0]
    assert q.speaker_resolved == "Tom Baker" and q.kind == "partial"


def test_a_show_the_subject_calls_by_a_name_is_the_subjects_words():
    q = top("Ana Ruiz films a weekly show she calls “Real Talk Today” in her kitchen.")[0]
    assert q.speaker_resolved == "Ana Ruiz"


def test_a_title_after_a_participle_naming_a_thing_stays_a_title():
    q = top("Ana Ruiz taught a psychology class called “Perception” in 2002.")[0]
    assert q.kind == "title-term"


def test_a_title_after_so_called_stays_a_title():
    q = top("Tom Baker backed the so-called “Gang of Eight” bill.")[0]
    assert q.kind == "title-term"
