"""The one table of Spanish and English acronyms, and the three checks that read it."""

from transcompare.acronyms import localised, spanish_in_english, spelling_groups
from transcompare.crosscheck import _name_lexicon


def test_each_direction_suggests_the_other_language_s_acronym():
    assert localised("es", "en")["ONU"] == "UN" and localised("es", "en")["EE.UU."] == "US"
    assert localised("en", "es")["UN"] == "ONU" and localised("en", "es")["USA"] == "EE.UU."
    assert localised("en", "fr") == {} and localised("fr", "es") == {}  # the table is Spanish–English only


def test_letters_english_uses_for_something_else_wait_for_the_source():
    assert "CPI" not in spanish_in_english()  # consumer price index in English text
    assert localised("es", "en")["CPI"] == "ICC"  # but CPI copied from a Spanish source is the court's


def test_english_forms_spanish_news_writes_too_are_not_reported_in_spanish():
    assert "NAFTA" not in localised("en", "es") and localised("es", "en")["TLCAN"] == "NAFTA"


def test_words_are_not_acronyms():
    assert "human rights" not in localised("es", "en").values()
    assert all(form.replace(".", "").replace(" ", "").isupper() for group in spelling_groups() for form in group)


def test_names_across_languages_know_every_acronym_pair():
    table, _ = _name_lexicon()
    assert table[("OEA",)] == table[("OAS",)]
    assert table[("EE", "UU")] == table[("US",)] == table[("united", "states")]
    assert table[("ONU",)] == table[("UN",)] == table[("united", "nations")]
