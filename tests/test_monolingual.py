"""Monolingual detectors and their precision on ordinary news, on sentences written for these tests.

The "ordinary" cases were false alarms of the audit at commit ff7b68b (issue 10); each test
here failed there.
"""

import pytest

from transcompare.detectors import run_detectors
from transcompare.document import build_document


def findings(text, detector, lang="en", source="auto"):
    doc = build_document(text, language=lang)
    found = run_detectors(doc, source, [detector])
    for f in found:
        assert f.span.of(doc.text) == doc.text[f.span.start:f.span.end]
    return [f.span.of(doc.text) for f in found]


def messages(text, detector, lang="en"):
    doc = build_document(text, language=lang)
    return [f.message for f in run_detectors(doc, only=[detector])]


# detector: (text with the artifact, ordinary text, language)
CASES = {
    "markup.leak": ("The mayor called the plan &quot;reckless&quot; on Monday.", "The mayor called the plan “reckless” on Monday.", "en"),
    "quote.marks": ("“The bridge stays closed until May,\" the engineer said.", "“The bridge stays closed until May,” the engineer said.", "en"),
    "llm.refusal": ("I'm sorry, but I can't translate this article because it is too long.",
                    "The minister said she was sorry but could not attend the summit.", "en"),
    "punct.inverted-marks": ("Qué hará el gobierno ahora? Nadie lo sabe.", "¿Qué hará el gobierno ahora? Nadie lo sabe.", "es"),
    "quote.es-punctuation": ("“Ganaremos la votación,” dijo la alcaldesa.", "“Ganaremos la votación”, dijo la alcaldesa.", "es"),
    "number.locale": ("The plant cost 1,5 million euros to build.", "The plant cost 1.5 million euros to build.", "en"),
    "output.empty": ("…", "The port reopened on Monday.", "en"),
    "llm.commentary": ("Here is the translation of the article:\n\nThe port reopened on Monday after a week of strikes.",
                       "Here are the towns that lost power: Ayr, Troon and Girvan.\n\nThe port reopened on Monday.", "en"),
}


@pytest.mark.parametrize("detector", sorted(CASES))
def test_fires_on_artifact(detector):
    artifact, _, lang = CASES[detector]
    assert findings(artifact, detector, lang), detector


@pytest.mark.parametrize("detector", sorted(CASES))
def test_silent_on_ordinary_text(detector):
    _, ordinary, lang = CASES[detector]
    assert findings(ordinary, detector, lang) == []


# ---------------------------------------------------------------- mt.repetition

@pytest.mark.parametrize("text", [
    "“No, no, no, no,” he said, laughing.",
    "Tap, tap, tap. The door opened slowly.",
    "He will take that issue and drive it and drive it and drive it.",
    "It was a very, very, very close vote.",
    "“Jobs, jobs, jobs,” the candidate said.",
])
def test_deliberate_repeats_are_not_loops(text):
    assert findings(text, "mt.repetition") == []


@pytest.mark.parametrize("text, expected", [
    ("The talks will will will continue next week.", "will will will"),
    ("The president of the republic of the republic of the republic spoke.", "of the republic of the republic of the republic"),
    ("Sanctions, sanctions, sanctions, sanctions, sanctions, sanctions were all he offered.",
     "Sanctions, sanctions, sanctions, sanctions, sanctions, sanctions"),
    ("No no no no no no no no, the budget was approved.", "No no no no no no no no"),
])
def test_decoder_loops_still_fire(text, expected):
    assert findings(text, "mt.repetition") == [expected]


# ---------------------------------------------------------------- sentence.stray-period

@pytest.mark.parametrize("text", [
    "Read the full ruling on the court's site. https://example.org/ruling",
    "The senator shared a photo of the crowd. pic.twitter.com/abc123",
    "“She was great. well done, I hope you celebrate,” the aide wrote on Twitter.",
    "Calif. may raise the minimum wage to $15",
    "Lopez takes most Ore. delegates in a quiet caucus",
])
def test_stray_period_silent_on_urls_informal_text_and_headlines(text):
    assert findings(text, "sentence.stray-period") == []


def test_stray_period_still_fires_inside_a_phrase():
    assert findings("The minister met advisors. of the Homeland Security department on Monday.",
                    "sentence.stray-period") == ["advisors. of"]
    assert findings("The government said. that the plan would go ahead.", "sentence.stray-period") == ["said. that"]


# ---------------------------------------------------------------- language.untranslated

@pytest.mark.parametrize("text", [
    "Her novel “Cien años de soledad y otros cuentos para la noche” sold well.",
    "The band played “La Vida Es Un Carnaval” at the end.",
    "The crowd chanted “¡Sí se puede, sí se puede!” outside the hall on Friday.",
    "Source: https://www.example.es/noticias/el-alcalde-dijo-que-la-reunion-fue-muy-productiva-para-todos",
    "The snippet was: <span class=\"el-alcalde\" data-que=\"la reunion fue muy productiva para todos\"></span>",
    "The function is buscar_datos(que, para, los, del, una) and returns el_resultado_de_la_busqueda.",
    "Run `SELECT * FROM las_ventas WHERE la_fecha = hoy AND el_estado = 'pendiente' para todos` daily.",
    "The study was large. The sample: Portugal (n = 1); Brazil (n = 105); Angola (n = 7); Mozambique (n = 2); "
    "Cabo Verde (n = 3); São Tomé e Príncipe (n = 1).",
])
def test_untranslated_silent_on_titles_addresses_code_and_figures(text):
    assert findings(text, "language.untranslated") == []


def test_untranslated_still_fires():
    assert findings("The council met on Tuesday. El alcalde dijo que la reunión fue muy productiva para todos.",
                    "language.untranslated") == ["El alcalde dijo que la reunión fue muy productiva para todos."]
    # An English headline left in a Spanish article is no title inside a sentence.
    assert findings("Mayor Says The Bridge Will Stay Closed Until May\n\nEl alcalde habló el lunes con los vecinos.",
                    "language.untranslated", "es") == ["Mayor Says The Bridge Will Stay Closed Until May"]


def test_untranslated_reads_the_language_of_the_words_not_of_the_names():
    text = "Hubo diferencias de temperatura entre Kansas City y Omaha, y entre St. Louis y Des Moines."
    assert findings(text, "language.untranslated", "es") == []
    assert findings("La ciudad votó. The mayor of Des Moines said that the bridge will stay closed until May.",
                    "language.untranslated", "es") == ["The mayor of Des Moines said that the bridge will stay closed until May."]


def test_untranslated_leaves_llm_commentary_to_its_detector():
    text = "I apologize, but I cannot translate this text because it contains harmful content."
    assert findings(text, "language.untranslated", "es") == []
    assert findings(text, "llm.refusal", "es") == [text]


# ---------------------------------------------------------------- quotation marks

def test_detached_possessive_is_no_quotation():
    assert findings("Cronbach 's alpha was 0.81 for the whole scale.", "quote.unbalanced") == []
    assert findings("In the '60s the city grew fast.", "quote.unbalanced") == []


def test_doubled_opening_mark_is_not_lost_words():
    text = 'Ella preguntó: ""¿Tuviste tiempo de leerlo?" Nadie contestó.'
    assert findings(text, "quote.empty", "es") == []
    assert findings(text, "quote.unbalanced", "es") == []
    assert findings(text, "quote.marks", "es") == ['""']
    assert "doubled opening" in messages(text, "quote.marks", "es")[0]


def test_empty_quotation_still_reported():
    assert findings('The mayor said "" and left the room.', "quote.empty") == ['""']
    assert findings('The mayor said "" and left the room.', "quote.marks") == []


def test_doubled_closing_mark():
    assert findings("The mayor said the bridge is “closed.”” Then she left.", "quote.marks") == ["””"]


def test_mixed_and_reversed_marks_explained_once():
    text = "“We are ready,“ said the coach before the match."
    assert findings(text, "quote.marks") == ["“"]
    assert "used to close" in messages(text, "quote.marks")[0]
    assert findings(text, "quote.unbalanced") == [] and findings(text, "quote.mark-spacing") == []
    text = "“The port will reopen,\" she said. \"We are ready.” He left.\n\nLater: “It is fine,\" he said."
    found = messages(text, "quote.marks")
    assert len(found) == 1 and "3 quotations" in found[0]
    assert findings(text, "quote.unbalanced") == []


def test_feet_and_inches_and_nested_spanish_marks_are_fine():
    assert findings("He is 6’2” tall and “very fast,” the coach said.", "quote.marks") == []
    assert findings("He is 6’2” tall and “very fast,” the coach said.", "quote.unbalanced") == []
    assert findings("«La ciudad “renace”», dijo el alcalde.", "quote.marks", "es") == []


def test_left_mark_typed_for_an_apostrophe():
    assert findings("Trump‘s rally drew a crowd, as it did in ‘08.", "quote.marks") == ["‘", "‘"]


# ---------------------------------------------------------------- markup.leak

def test_markup_grouped_per_run_of_paragraphs():
    text = ("He said &quot;we will win&quot; and the crowd cheered.\n\nShe said &quot;no&quot; twice.\n\n"
            "Nothing here.\n\nAgain &quot;yes&quot;.")
    found = messages(text, "markup.leak")
    assert len(found) == 2
    assert "4 times in 2 consecutive paragraphs" in found[0] and "once" not in found[0]
    assert "2 times" in found[1]


def test_markup_tags_and_other_entities():
    text = "Prices rose 5% &amp; wages fell.<br>The end.</p>"
    found = messages(text, "markup.leak")
    assert any("&amp;" in m and "ampersand" in m for m in found)
    assert any("HTML tags" in m and "<br>" in m for m in found)
    # AT&T; and a scraper's own placeholder tags are no HTML leak
    assert findings("AT&T; shares rose.\n\n<tweet id=\"1\">Great day</tweet>", "markup.leak") == []


def test_quote_marks_inside_tags_are_not_quotations():
    text = 'He posted a photo.\n\n<tweet pic="" author="someone">Great day</tweet>.'
    assert findings(text, "quote.empty") == []


# ---------------------------------------------------------------- LLM commentary

@pytest.mark.parametrize("text, lang, expected", [
    ("Here are a few options:\n\n1. The minister met the unions.\n2. The minister held talks with the unions.", "en",
     ["Here are a few options:"]),
    ("The minister met the unions on Monday.\n\nNote: I kept the original names of the unions in Spanish.", "en",
     ["Note: I kept the original names of the unions in Spanish."]),
    ("Aquí tienes la traducción al español:\n\nEl ministro se reunió con los sindicatos el lunes.", "es",
     ["Aquí tienes la traducción al español:"]),
    ("El ministro se reunió con los sindicatos el lunes.\n\nNota: he mantenido los nombres originales en inglés.", "es",
     ["Nota: he mantenido los nombres originales en inglés."]),
])
def test_llm_preambles_and_notes(text, lang, expected):
    assert findings(text, "llm.commentary", lang) == expected


@pytest.mark.parametrize("text", [
    "Editor’s note: This story was updated on Monday to correct the date of the vote.",
    "“I apologize, but I cannot support this bill,” the senator said on Monday.",
    "Here are some of the questions the candidates answered on Monday.",
])
def test_llm_silent_on_news(text):
    assert findings(text, "llm.commentary") == [] and findings(text, "llm.refusal") == []


def test_spanish_refusal():
    assert findings("Lo siento, pero no puedo traducir este texto.\n\nEl ministro habló.", "llm.refusal", "es") == [
        "Lo siento, pero no puedo traducir este texto."]


# ---------------------------------------------------------------- Spanish punctuation

@pytest.mark.parametrize("text, expected", [
    ("Qué hacemos ahora? Nadie lo sabe.", ["Qué hacemos ahora?"]),
    ("Basta ya! dijo el portavoz.", ["Basta ya!"]),
    ("Ella preguntó: “Vienes mañana?”", ["Vienes mañana?"]),
])
def test_missing_inverted_marks(text, expected):
    assert findings(text, "punct.inverted-marks", "es") == expected


@pytest.mark.parametrize("text", [
    "Si no viene, ¿qué hacemos? ¡Qué desastre!",
    "¿Llegó ya el Sr. Pérez a la reunión?",
    "Dijo que vendría (?) el lunes.",
    "La canción “What's Going On?” sonó en la radio.",
    "¿Qué dices!",
])
def test_inverted_marks_present_or_not_needed(text):
    assert findings(text, "punct.inverted-marks", "es") == []


def test_english_comma_inside_spanish_quotes_reported_once():
    text = "“Ganaremos,” dijo el alcalde. “No hay otra opción,” añadió. «Vamos», gritó."
    found = messages(text, "quote.es-punctuation", "es")
    assert len(found) == 1 and "2 quotations" in found[0]
    assert findings("“Vendré mañana.” Luego se fue.", "quote.es-punctuation", "es") == []


# ---------------------------------------------------------------- number.locale

def test_wrong_separators_in_english():
    text = "The plant cost €1,5 million and employs 1.500 people; prices rose 2,3% in May."
    assert findings(text, "number.locale") == ["€1,5", "1.500", "2,3"]


@pytest.mark.parametrize("text", [
    "The 13,000 fans paid $4.50 each; the index rose 2.3% at 10.30 a.m.",
    "Results: 1,2 and 3 were chosen; version 2.500.1 ships on 12.10.2021.",
    "Silver rose 15 cents to $20.07 an ounce.",
])
def test_english_numbers_fine(text):
    assert findings(text, "number.locale") == []


def test_spanish_mixed_conventions_report_the_minority():
    text = "La planta costó 1,5 millones y emplea a 1.500 personas; los precios subieron 2.3% en mayo."
    assert findings(text, "number.locale", "es") == ["2.3"]
    assert findings("La planta costó 1.5 millones y emplea a 1,500 personas. Abre a las 10.30 horas.",
                    "number.locale", "es") == []


# ---------------------------------------------------------------- structure.leak

def test_leak_ignores_mojibake_and_poll_names():
    assert findings("The minister, SÃ©golÃ¨ne Royal, spoke at length about the new climate treaty and its costs.",
                    "structure.leak") == []
    assert findings("The latest Reuters/Ipsos poll showed the senator leading the field by four points.",
                    "structure.leak") == []
    assert findings("The senator spoke in Ohio.\n\nJohn Doe/AFP/Getty Images.", "structure.leak") == [
        "John Doe/AFP/Getty Images."]


# ---------------------------------------------------------------- empty output

def test_empty_text_is_a_finding_inside_an_evaluation():
    from transcompare.auditing import audit_text
    from transcompare.report import render

    for text in ("", "  \n\n "):
        report = audit_text(text, "system-a", "es")
        assert [f.detector for f in report.findings] == ["output.empty"]
        assert '"output.empty"' in render(report, "json")
        assert "output.empty" in render(report, "text")
    assert [f.detector for f in audit_text("…  2021", "system-b").findings] == ["output.empty"]
    assert audit_text("The port reopened on Monday.", "system-c").findings == ()
    assert audit_text("", detectors=["mt.repetition"]).findings == ()


def test_nested_straight_quotations_closing_together_are_not_doubled():
    text = 'He objected to the "end of the "old order,"" the envoy said.'
    assert findings(text, "quote.marks") == []
    assert findings('"The bridge is closed."" Then she left.', "quote.marks") == ['""']


def test_more_mark_slips_explained():
    # a single quotation opened curly and closed straight, inside a double one
    text = "“He told me, ‘Pray for him,' and left,” she said."
    assert findings(text, "quote.unbalanced") == []
    assert "opened with ‘ but closed with '" in messages(text, "quote.marks")[0]
    # decades and elisions written with ‘ or a straight mark are no quotations
    assert findings("Inflation in the ‘20s hit Germany.", "quote.unbalanced") == []
    assert findings("Falling deficit to reverse course in '16, report says.", "quote.unbalanced") == []
    assert findings("They sang it 'cause they could.", "quote.unbalanced") == []
    # the closing mark after 6’2” closes the quotation
    assert findings("“He is 6’2”,” the coach said.", "quote.unbalanced") == []
    # ” opening a paragraph is an opening mark turned the wrong way
    assert "used to open" in messages("The vote passed.\n\n” … and then it failed,” she said.", "quote.marks")[0]


def test_stray_period_more_ordinary_text():
    # a post quoted as written, in lower case throughout
    assert findings("The aide posted: clinton speaking. meanwhile nobody listens", "sentence.stray-period") == []
    # a contraction is a verb: no verbless piece
    assert findings("Many teachers back the senator, she said. The union didn’t endorse a candidate.",
                    "sentence.stray-period") == []


def test_numbers_that_show_no_locale():
    assert findings("Gasoline averaged $2.459 a gallon and copper $2.222 a pound.", "number.locale") == []
    text = "El índice subió 2,5 puntos; se emitieron 6,925 millones de tarjetas y 13.000 nuevas."
    assert findings(text, "number.locale", "es") == []


def test_short_quoted_slogan_needs_no_inverted_mark():
    assert findings('Su lema "Think!" se convirtió en su sello.', "punct.inverted-marks", "es") == []
    assert findings('Gritó: "Basta ya de mentiras!"', "punct.inverted-marks", "es") == ["Basta ya de mentiras!"]
