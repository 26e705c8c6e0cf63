from transcompare.fold import fold


def test_accents_case_and_letters_without_decomposition():
    assert fold("Está") == "esta"
    assert fold("JOSÉ María Núñez") == "jose maria nunez"
    assert fold("Straße") == "strasse" and fold("Łódź") == "lodz" and fold("Ærø") == "aero"


def test_other_scripts_lose_their_accents_too_and_plain_text_is_unchanged():
    assert fold("Ελλάδα") == "ελλαδα"
    assert fold("plain words, 1,000.5") == "plain words, 1,000.5"
