from transcompare.names import gender_of, gender_of_words, is_first_name


def test_common_first_names_have_their_usual_gender():
    assert gender_of("Ana") == "f" and gender_of("Pedro") == "m"
    assert gender_of("Hillary") == "f" and gender_of("Barack") == "m"
    assert gender_of("Montserrat") == "f" and gender_of("Gonzalo") == "m"


def test_lookup_ignores_case_accents_and_punctuation():
    assert gender_of("jose") == gender_of("JOSÉ") == "m"
    assert gender_of("María,") == "f"


def test_names_of_both_genders_or_unknown_have_none():
    assert gender_of("Andrea") is None and gender_of("Jordan") is None
    assert gender_of("Zzyzx") is None and gender_of("") is None
    assert is_first_name("Jordan") and not is_first_name("Zzyzx")


def test_hyphenated_first_names_follow_their_first_part():
    assert gender_of("Marie-Laure") == "f"
    assert gender_of("Jean-Claude") == "m"


def test_titles_and_nouns_tell_gender_before_first_names():
    assert gender_of_words(["Mrs.", "Reyes"]) == "f"
    assert gender_of_words(["the", "spokesman"]) == "m"
    assert gender_of_words(["la", "ministra"]) == "f"
    assert gender_of_words(["Laura", "Chen"]) == "f"
    assert gender_of_words(["the", "senator"]) is None


def test_a_surname_alone_has_no_gender_even_when_it_is_a_first_name():
    assert gender_of_words(["Clinton"]) is None and gender_of_words(["Carson", "said"]) is None
    assert gender_of_words(["Hillary", "Clinton"]) == "f" and gender_of_words(["Sra.", "Carson"]) == "f"


def test_gendered_words_with_accents_and_tildes():
    assert gender_of_words(["El", "señor", "Ruiz"]) == "m" and gender_of_words(["la", "señora", "Ruiz"]) == "f"
    assert gender_of_words(["doña", "Rosa"]) == "f" and gender_of_words(["el", "príncipe"]) == "m"
