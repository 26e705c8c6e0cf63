"""transcompare.crosscheck: numbers, names and negation compared occurrence by occurrence,
within one language and across English and Spanish. Every sentence here is written for the test."""

import pytest

from transcompare.crosscheck import Change, Kind, compare_pair, known_names, number_mentions
from transcompare.datamodel import Severity


def diffs(a, la, b, lb, **names):
    return [(d.kind, d.change, d.old, d.new) for d in compare_pair(a, la, b, lb, **names)]


def summaries(a, la, b, lb):
    return [d.summary for d in compare_pair(a, la, b, lb)]


# ---------------------------------------------------------------- numbers

def test_changed_number_is_named_old_to_new():
    found = compare_pair("The floods have killed more than 13,000 people.", "en",
                         "The floods have killed more than 31,000 people.", "en")
    assert [(d.kind, d.change, d.summary, d.severity) for d in found] == [
        (Kind.NUMBERS, Change.CHANGED, "13,000 → 31,000", Severity.CRITICAL)]


@pytest.mark.parametrize("en, es", [
    ("The fund holds 1,000.5 million euros.", "El fondo tiene 1.000,5 millones de euros."),
    ("Turnout was 13,000 voters, or 5% of the town.", "Votaron 13.000 personas, el 5 por ciento del pueblo."),
    ("The bridge cost $2.5 million.", "El puente costó 2,5 millones de dólares."),
    ("It opens on December 23, 2021 at 3 p.m.", "Abre el 23 de diciembre de 2021 a las 15:00."),
    ("Five ministers resigned on Thursday.", "Cinco ministros dimitieron el jueves."),
    ("Waves reached 30 yards inland.", "Las olas llegaron a 27 metros tierra adentro."),
    ("The town lies 45 miles (72 km) from the coast.", "El pueblo está a 72 km de la costa."),
    ("It was built in the 19th century.", "Se construyó en el siglo XIX."),
])
def test_the_same_quantities_in_english_and_spanish(en, es):
    assert [d for d in compare_pair(en, "en", es, "es") if d.kind is Kind.NUMBERS] == []


def test_locale_formats_within_one_language_are_the_same_number():
    assert summaries("Exports reached 1.000,5 tonnes.", "en", "Exports reached 1,000.5 tonnes.", "en") == []


def test_changed_date_unit_and_scale_across_languages():
    found = diffs("It opens on December 23.", "en", "Abre el 24 de diciembre.", "es")
    assert found == [(Kind.NUMBERS, Change.CHANGED, "23", "24")]
    assert diffs("The road is 5 km long.", "en", "La carretera mide 5 millas.", "es") == [
        (Kind.NUMBERS, Change.CHANGED, "5 km", "5 millas")]
    assert diffs("The bridge cost $2.5 million.", "en", "El puente costó 2,5 mil millones de dólares.", "es")[0][:2] == (
        Kind.NUMBERS, Change.CHANGED)


def test_a_number_gone_or_added():
    assert diffs("The council met 12 times.", "en", "The council met often.", "en") == [
        (Kind.NUMBERS, Change.DROPPED, "12", "")]
    assert diffs("The council met often.", "en", "The council met 12 times.", "en") == [
        (Kind.NUMBERS, Change.ADDED, "", "12")]


def test_numbers_that_are_not_quantities():
    # codes, and words that name things, are not counted
    assert summaries("Sales fell in 3Q at the Sunday Herald.", "en", "Sales fell in 3Q at the Sunday Herald.", "en") == []
    assert summaries("He fought in World War Two.", "en", "Luchó en la Segunda Guerra Mundial.", "es") == []
    # "No. 1" is a rank, not a negation
    assert summaries("They aim to be No. 1 in the region.", "en", "Quieren ser el número 1 de la región.", "es") == []


# ---------------------------------------------------------------- names

def test_names_are_matched_occurrence_by_occurrence():
    found = compare_pair("Nobody reached the borders of the United States or the United Kingdom.", "en",
                         "Nobody reached the borders of the United States or the United States.", "en")
    assert [(d.kind, d.change, d.summary) for d in found] == [
        (Kind.NAMES, Change.CHANGED, "United Kingdom → United States")]


def test_a_first_name_changed_within_and_across_languages():
    assert diffs("Alliance chief Jens Stoltenberg spoke.", "en", "Alliance chief Jan Stoltenberg spoke.", "en") == [
        (Kind.NAMES, Change.CHANGED, "Jens Stoltenberg", "Jan Stoltenberg")]
    assert diffs("Jens Stoltenberg spoke in Oslo.", "en", "Jan Stoltenberg habló en Oslo.", "es") == [
        (Kind.NAMES, Change.CHANGED, "Jens Stoltenberg", "Jan Stoltenberg")]


def test_a_place_replaced():
    assert diffs("Last week, the envoy flew to Moscow.", "en", "Last week, the envoy flew to Washington.", "en") == [
        (Kind.NAMES, Change.CHANGED, "Moscow", "Washington")]


@pytest.mark.parametrize("en, es", [
    ("The United States and NATO met in Geneva.", "Estados Unidos y la OTAN se reunieron en Ginebra."),
    ("Volodymyr Zelensky met Mikhail Gorbachev.", "Volodímir Zelenski se reunió con Mijaíl Gorbachov."),
    ("Russian troops crossed into Ukraine.", "Las tropas rusas entraron en Ucrania."),
    ("The ECB raised rates.", "El BCE subió los tipos."),
    ("Secretary General Lena Holm resigned.", "La secretaria general, Lena Holm, dimitió."),
])
def test_the_same_names_in_english_and_spanish(en, es):
    assert [d for d in compare_pair(en, "en", es, "es") if d.severity is not Severity.MINOR] == []


def test_a_name_at_a_sentence_start_is_known_from_the_document():
    article = "Talks stalled. The envoy of Orvania left. Orvania said no more."
    known = known_names(article, "en")
    assert "orvania" in known and "talks" not in known and "the" not in known
    # Alone at a sentence start, a capitalised word is not taken for a name...
    assert diffs("Orvania said it would wait.", "en", "Veltia said it would wait.", "en") == []
    # ...unless the documents write it as one elsewhere.
    assert diffs("Orvania said it would wait.", "en", "Veltia said it would wait.", "en",
                 source_names=known, target_names=frozenset({"veltia"})) == [
        (Kind.NAMES, Change.CHANGED, "Orvania", "Veltia")]


# ---------------------------------------------------------------- negation

def test_negation_dropped_shows_what_the_version_says_instead():
    found = compare_pair("There must be no further expansion of the port.", "en",
                         "There has to be any further expansion of the port.", "en")
    assert [(d.kind, d.change, d.old, d.new, d.severity) for d in found] == [
        (Kind.NEGATION, Change.DROPPED, "be no further expansion", "be any further expansion", Severity.CRITICAL)]


def test_negation_garbled_into_a_spanish_word_order_is_critical():
    found = compare_pair("The Alliance will not compromise the right of any member.", "en",
                         "The Alliance no compromise the right of any member.", "en")
    assert [(d.change, d.summary, d.severity) for d in found] == [
        (Change.GARBLED, "will not compromise → no compromise", Severity.CRITICAL)]
    # "no" as a determiner is English
    assert summaries("The Alliance has no plan for the port.", "en", "The Alliance has no plan for the port.", "en") == []
    assert summaries("The city will not raise taxes.", "en", "The city no longer raises taxes.", "en") == []
    # "does not stop accusing" says it goes on; "no for accusing" says it does not
    assert [(d.change, d.severity) for d in compare_pair("Moscow does not stop accusing the West.", "en",
                                                         "Moscow no for accusing the West.", "en")] == [
        (Change.ADDED, Severity.CRITICAL)]
    assert summaries("Moscow does not stop accusing the West.", "en", "Moscú no deja de acusar a Occidente.", "es") == []
    assert summaries("The plan would not stop.", "en", "El plan no se detendría.", "es") == []


def test_negation_added_across_languages():
    assert diffs("The mayor will raise taxes.", "en", "El alcalde no subirá los impuestos.", "es")[0][:2] == (
        Kind.NEGATION, Change.ADDED)
    assert diffs("The mayor will not raise taxes.", "en", "El alcalde subirá los impuestos.", "es")[0][:2] == (
        Kind.NEGATION, Change.DROPPED)


@pytest.mark.parametrize("en, es", [
    ("He said nothing about the budget.", "No dijo nada sobre el presupuesto."),
    ("Nobody came to the hearing.", "No vino nadie a la audiencia."),
    ("The diet is unhealthy.", "La dieta no es saludable."),
    ("It was the worst storm I have ever seen.", "Fue la peor tormenta que he visto nunca."),
    ("Not only the mayor but also the council agreed.", "No solo el alcalde sino también el consejo estuvo de acuerdo."),
    ("The school closed; however, the library stayed open.", "La escuela cerró; sin embargo, la biblioteca siguió abierta."),
])
def test_the_same_polarity_in_english_and_spanish(en, es):
    assert [d for d in compare_pair(en, "en", es, "es") if d.kind is Kind.NEGATION] == []


def test_a_word_that_already_negates_on_both_sides_explains_nothing():
    # "unlikely" is on both sides: the planted "not" is still a change
    found = compare_pair("It is unlikely that the port will be white.", "en",
                         "It is unlikely that the port will not be white.", "en")
    assert [(d.kind, d.change) for d in found] == [(Kind.NEGATION, Change.ADDED)]


# ---------------------------------------------------------------- the API

def test_spans_point_at_the_old_and_new_text():
    source = "Officials said 40 people and Mayor Ana Ruiz would not attend."
    target = "Officials said 14 people and Mayor Ana Ruis would attend."
    for d in compare_pair(source, "en", target, "en"):
        if d.source_span:
            assert source[d.source_span.start : d.source_span.end] == d.old
        if d.target_span and d.kind is not Kind.NEGATION:
            assert target[d.target_span.start : d.target_span.end] == d.new
    data = compare_pair(source, "en", target, "en")[0].as_dict()
    assert set(data) >= {"kind", "change", "old", "new", "summary", "severity", "source_span", "target_span"}
    assert data["kind"] == "numbers" and data["summary"] == "40 → 14"


def test_shift_moves_spans_into_the_document():
    d = compare_pair("Cost: 40 euros.", "en", "Cost: 14 euros.", "en")[0].shift(100, 200)
    assert d.source_span.start == 106 and d.target_span.start == 206


def test_identical_and_empty_passages():
    text = "On Tuesday, Lena Holm said the city will not raise taxes before 2026."
    assert compare_pair(text, "en", text, "en") == []
    assert compare_pair("", "en", "", "es") == []


def test_a_language_without_tables_still_compares_digits():
    assert diffs("Zaplaceno 40 korun.", "cs", "Zaplaceno 14 korun.", "cs") == [
        (Kind.NUMBERS, Change.CHANGED, "40", "14")]


@pytest.mark.parametrize("es, en", [
    ("El alcalde viajó a Londres y a las Montañas Rocosas con el Consejo de Seguridad.",
     "The mayor travelled to London and the Rocky Mountains with the Security Council."),
    ("Los diputados laboristas y los AMs galeses votaron en Cardiff.", "Labour MPs and Welsh AMs voted in Cardiff."),
    ("No, no, no: el pleno decidirá el martes.", "No, no, no: the council will decide on Tuesday."),
])
def test_names_translated_or_written_alike_are_no_change(es, en):
    assert [d for d in compare_pair(es, "es", en, "en") if d.kind is not Kind.NUMBERS] == []


def test_a_name_put_in_across_languages_must_be_one_in_both():
    es = "El acuerdo lo firmó ayer en Toledo el ministro Luis Garmendia."
    known_es, known_en = frozenset({"toledo", "luis", "garmendia"}), frozenset({"toledo", "luis", "johnson", "liga", "internet"})
    # A surname both languages use alike, written as a name by the translation, in place of the source's.
    assert diffs(es, "es", "Minister Luis Johnson signed the deal in Toledo yesterday.", "en",
                 source_names=known_es, target_names=known_en) == [(Kind.NAMES, Change.CHANGED, "Luis Garmendia", "Minister Luis Johnson")]
    # A capitalised common noun of the translation's language is no name put in.
    for other in ("Liga", "Internet"):
        assert diffs(es, "es", f"Minister Luis {other} signed the deal in Toledo yesterday.", "en",
                     source_names=known_es, target_names=known_en) == []


def test_a_name_no_word_list_holds_counts_as_rare_in_both_languages():
    # "Halvard" is in the English word list, not the Spanish one: unseen is not rarer, it is a name in both.
    assert diffs("The church stands in Harlem, near the river.", "en", "La iglesia está en Halvard, cerca del río.", "es",
                 source_names=frozenset({"harlem"}), target_names=frozenset({"harlem"})) == [
        (Kind.NAMES, Change.CHANGED, "Harlem", "Halvard")]


def test_a_negated_degree_renders_a_negative_word():
    # "not very", "no demasiado": understatement, how a translator says "struggled" or "is wasted"
    struggled = compare_pair("Woods, who struggled on Saturday, lost again.", "en",
                             "Woods, que no había destacado demasiado el sábado, volvió a perder.", "es")
    assert [d for d in struggled if d.kind is Kind.NEGATION] == []
    # without the degree word it is a plain reversal
    reversed_ = compare_pair("Woods, who shone on Saturday, lost again.", "en",
                             "Woods, que no había brillado el sábado, volvió a perder.", "es")
    assert [(d.kind, d.change) for d in reversed_ if d.kind is Kind.NEGATION] == [(Kind.NEGATION, Change.ADDED)]


def test_numbers_in_words_found_whatever_word_opens_them():
    """A passage is read word by word only when a number word or a date could start there: "a"/"one"
    count before a scale, compounds and possessives are read by their parts."""
    def read(text, lang):
        return [(m.text, sorted(map(str, m.values))) for m in number_mentions(text, lang)]

    assert read("They hired a hundred nurses for Friday's shift.", "en") == [
        ("a hundred", ["100"]), ("Friday's", ["weekday:5"])]
    assert read("Some twenty-five guests left in mid-November.", "en") == [
        ("twenty-five", ["25"]), ("mid-November", ["month:11"])]
    assert read("One million voters stayed home.", "en") == [("One million", ["1000000"])]
    assert read("Costará tres mil millones el lunes.", "es") == [
        ("tres mil millones", ["3000000000"]), ("lunes", ["weekday:1"])]
    assert read("A man and an ally spoke at one point.", "en") == []
