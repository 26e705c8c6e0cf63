"""audit --source: bilingual checks and the provenance of findings (sentences written for these tests)."""

from __future__ import annotations

import json

import pytest

from transcompare.auditing import audit_against_source
from transcompare.datamodel import INHERITED, INTRODUCED
from transcompare.document import build_document

SOURCE_ES = [
    "El alcalde de Valdemora anunció el martes un plan para renovar la plaza mayor.",
    "La obra costará 13.000 euros y empezará en primavera, según el ayuntamiento.",
    "Los vecinos de la calle Olmo llevan años pidiendo una reforma completa del mercado.",
    "La concejala Marta Ibáñez dijo que el proyecto no subirá los impuestos municipales.",
    "El pleno votará la propuesta el próximo jueves por la tarde.",
    "Si se aprueba, las máquinas llegarán a la plaza en el mes de abril.",
]
TARGET_EN = [
    "The mayor of Valdemora announced on Tuesday a plan to renovate the main square.",
    "The works will cost 13,000 euros and begin in spring, according to the town hall.",
    "Residents of Olmo Street have been asking for years for a complete overhaul of the market.",
    "Councillor Marta Ibáñez said the project will not raise municipal taxes.",
    "The council will vote on the proposal next Thursday afternoon.",
    "If it is approved, the machines will arrive in the square in April.",
]


def pair(source_lines, target_lines, source_lang="es", target_lang="en"):
    source = build_document("\n\n".join(source_lines) + "\n", "original.es.txt", source_lang)
    target = build_document("\n\n".join(target_lines) + "\n", "article.en.txt", target_lang)
    return audit_against_source(target, source), source, target


def bilingual(report, check=None):
    return [f for f in report.findings if f.detector.startswith("bilingual.") and (check is None or f.detector == check)]


def test_a_faithful_translation_has_no_bilingual_finding():
    report, _, _ = pair(SOURCE_ES, TARGET_EN)
    assert bilingual(report) == []
    assert report.source is not None and report.alignment is not None


def test_a_dropped_sentence_is_an_omission_pointing_at_the_source():
    target = TARGET_EN[:2] + TARGET_EN[3:]
    report, source, document = pair(SOURCE_ES, target)
    found = bilingual(report, "bilingual.omission")
    assert len(found) == 1
    finding = found[0]
    assert finding.source_span.of(source.text) == SOURCE_ES[2]
    # Where the sentence is missing: the empty span between two sentences, or the sentence it was merged with.
    assert finding.span.start == finding.span.end or finding.span in document.sentences
    assert finding.provenance == INTRODUCED


def test_a_copied_source_sentence_and_a_left_word_are_untranslated():
    target = list(TARGET_EN)
    target[4] = SOURCE_ES[4]
    target[1] = "The works will cost 13,000 euros and begin in spring, according to the ayuntamiento."
    report, _, document = pair(SOURCE_ES, target)
    copied = bilingual(report, "bilingual.copy")
    assert [f.span.of(document.text) for f in copied] == [SOURCE_ES[4]]
    assert [f.span.of(document.text) for f in bilingual(report, "bilingual.term")] == ["ayuntamiento"]


def test_words_both_languages_share_are_not_left_terms():
    target = list(TARGET_EN)
    target[2] = "Residents of Olmo Street have been asking for years for a complete overhaul of the hospital."
    source = list(SOURCE_ES)
    source[2] = "Los vecinos de la calle Olmo llevan años pidiendo una reforma completa del hospital."
    report, _, _ = pair(source, target)
    assert bilingual(report, "bilingual.term") == []


def test_a_spanish_acronym_left_in_english_is_reported_and_the_english_one_is_not():
    source = SOURCE_ES + ["La ONU y la OTAN siguieron el caso con interés."]
    left = pair(source, TARGET_EN + ["The ONU and NATO followed the case with interest."])[0]
    assert [f.evidence for f in bilingual(left, "bilingual.term")] == ["ONU"]
    right = pair(source, TARGET_EN + ["The UN and NATO followed the case with interest."])[0]
    assert bilingual(right, "bilingual.term") == []


def test_an_acronym_inside_a_name_kept_as_it_is_is_no_term_left():
    source = SOURCE_EN + ["The agency put money into a programme called AI Next, and AI is its priority."]
    kept = pair(source, TARGET_ES + ["La agencia invirtió en un programa llamado AI\u00a0Next, y la IA es su prioridad."],
                "en", "es")[0]
    assert bilingual(kept, "bilingual.term") == []
    left = pair(source, TARGET_ES + ["La agencia invirtió en un programa llamado AI Next, y la AI es su prioridad."],
                "en", "es")[0]
    assert [f.evidence for f in bilingual(left, "bilingual.term")] == ["AI"]


def test_a_changed_number_is_reported_with_both_values():
    target = list(TARGET_EN)
    target[1] = "The works will cost 31,000 euros and begin in spring, according to the town hall."
    report, source, document = pair(SOURCE_ES, target)
    found = bilingual(report, "bilingual.number")
    assert len(found) == 1
    assert found[0].span.of(document.text).startswith("31,000")
    assert "13.000" in found[0].source_span.of(source.text)


def test_a_lost_negation_is_reported():
    target = list(TARGET_EN)
    target[3] = "Councillor Marta Ibáñez said the project will raise municipal taxes."
    report, _, _ = pair(SOURCE_ES, target)
    assert len(bilingual(report, "bilingual.negation")) == 1


def test_a_translation_that_stops_mid_sentence_is_truncated():
    target = TARGET_EN[:3] + ["Councillor Marta Ibáñez said the project will"]
    report, _source, _ = pair(SOURCE_ES, target)
    found = bilingual(report, "bilingual.truncation")
    assert len(found) == 1
    assert "the translation stops" in found[0].message
    # The sentences after the cut are the truncation's, not one omission each.
    assert bilingual(report, "bilingual.omission") == []


def test_a_translation_short_of_a_clause_is_not_cut_off():
    # Every sentence translated, the first much shorter than its source: an omission at most, never "the
    # translation stops before the end".
    source = ["La presidenta del consejo anunció ayer por la tarde, ante un grupo numeroso de vecinos reunidos en "
              "el patio del colegio y acompañada por tres miembros de su equipo, el nuevo horario de la biblioteca.",
              "El cambio empezará en junio."]
    target = ["The council chair announced the new library hours yesterday.", "The change will start in June."]
    report, _, _ = pair(source, target)
    assert bilingual(report, "bilingual.truncation") == []


def test_a_caption_in_both_texts_is_inherited_and_one_only_in_the_translation_is_introduced():
    caption_es, caption_en = "Foto: Ana Ruiz (EFE)", "Photo: Ana Ruiz (EFE)"
    report, _, _ = pair(SOURCE_ES[:3] + [caption_es] + SOURCE_ES[3:], TARGET_EN[:3] + [caption_en] + TARGET_EN[3:])
    leaks = [f for f in report.findings if f.detector == "structure.leak"]
    assert [f.provenance for f in leaks] == [INHERITED]
    assert leaks[0].source_span is not None
    assert report.count_at_least(leaks[0].severity) == 0
    assert report.count_at_least(leaks[0].severity, include_inherited=True) == 1
    only_here = pair(SOURCE_ES, TARGET_EN[:3] + [caption_en] + TARGET_EN[3:])[0]
    assert [f.provenance for f in only_here.findings if f.detector == "structure.leak"] == [INTRODUCED]


def write(tmp_path, name, lines):
    path = tmp_path / name
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def test_cli_json_report_shows_provenance_and_the_source_side(run_cli, tmp_path):
    article = write(tmp_path, "article.en.txt", TARGET_EN[:2] + TARGET_EN[3:])
    original = write(tmp_path, "original.es.txt", SOURCE_ES)
    code, out, _ = run_cli("audit", article, "--source", original, "-f", "json")
    assert code == 0
    data = json.loads(out)
    assert data["source"]["language"] == "es"
    omission = [f for f in data["findings"] if f["detector"] == "bilingual.omission"]
    assert omission and omission[0]["provenance"] == "introduced"
    assert omission[0]["source"]["text"] == SOURCE_ES[2]
    assert data["summary"]["by_provenance"]["introduced"] >= 1
    code, out, _ = run_cli("audit", article, "--source", original, "--fail-on", "critical")
    assert code == 1
    code, out, _ = run_cli("audit", article, "--source", original, "-f", "markdown")
    assert "| Provenance | Source |" in out and "introduced" in out


def test_cli_fail_on_ignores_inherited_findings_unless_asked(run_cli, tmp_path):
    article = write(tmp_path, "article.en.txt", TARGET_EN[:3] + ["Photo: Ana Ruiz (EFE)"] + TARGET_EN[3:])
    original = write(tmp_path, "original.es.txt", SOURCE_ES[:3] + ["Foto: Ana Ruiz (EFE)"] + SOURCE_ES[3:])
    assert run_cli("audit", article, "--source", original, "--fail-on", "minor")[0] == 0
    assert run_cli("audit", article, "--source", original, "--fail-on", "minor", "--include-inherited")[0] == 1


@pytest.mark.parametrize("args, message", [
    (["--model", "apertium-es-en"], "needs --source"),
    (["--include-inherited"], "needs --source"),
    (["--source", "missing.es.txt"], "no such file"),
])
def test_cli_bad_source_options_exit_2(run_cli, tmp_path, args, message):
    article = write(tmp_path, "article.en.txt", TARGET_EN)
    code, _, err = run_cli("audit", article, *args)
    assert code == 2 and message in err


def test_without_a_source_findings_have_no_provenance(run_cli, tmp_path):
    article = write(tmp_path, "article.en.txt", TARGET_EN + ["Photo: Ana Ruiz (EFE)"])
    data = json.loads(run_cli("audit", article, "-f", "json")[1])
    assert data["source"] is None
    assert all(f["provenance"] is None for f in data["findings"])


def test_segments_are_the_alignment_and_an_empty_segment_is_an_omission():
    from transcompare.bilingual.segments import audit_aligned

    source = build_document("\n\n".join(SOURCE_ES) + "\n", "src", "es")
    lines = TARGET_EN[:2] + TARGET_EN[3:]
    output = build_document("\n\n".join(lines) + "\n", "out", "en")

    def by_paragraph(doc):
        return [tuple(i for i, s in enumerate(doc.sentences) if doc.paragraph_of(s.start) == p)
                for p in range(len(doc.paragraphs))]

    output_ids = by_paragraph(output)
    output_ids.insert(2, ())  # the third segment came back empty
    found = audit_aligned(source, output, by_paragraph(source), output_ids)
    omissions = [f for f in found if f.detector == "bilingual.omission"]
    assert [f.source_span.of(source.text) for f in omissions] == [SOURCE_ES[2]]


def test_evaluate_reports_introduced_artifacts_per_system(tmp_path):
    from transcompare import evaluate

    testset = tmp_path / "set.tsv"
    testset.write_text("".join(f"{s}\t{r}\n" for s, r in zip(SOURCE_ES, TARGET_EN)), encoding="utf-8")
    hypotheses = tmp_path / "mt.en"
    changed = list(TARGET_EN)
    changed[1] = "The works will cost 31,000 euros and begin in spring, according to the town hall."
    hypotheses.write_text("\n".join(changed) + "\n", encoding="utf-8")
    results = evaluate(str(testset), hypotheses=[("mt", str(hypotheses))], source_language="es",
                       target_language="en", bootstrap=10, trials=10, progress=False)
    artifacts = results.systems[0].artifacts
    assert [(d.detector, d.count) for d in artifacts.by_detector] == [("bilingual.number", 1)]
    assert artifacts.per_1000_words > 0


# ---------------------------------------------------------------- precision on faithful translations

SOURCE_EN = [
    "The mayor of Valdemora announced on Tuesday a plan to renovate the main square.",
    "The works will cost 13,000 euros, the council said, and they will begin in spring after the rains.",
    "Residents of Olmo Street have been asking for years for a complete overhaul of the old market.",
    "Councillor Marta Ibáñez said the project will not raise municipal taxes.",
    "The council will vote on the proposal next Thursday afternoon.",
    "If it is approved, the machines will arrive in the square in April.",
]
TARGET_ES = [
    "El alcalde de Valdemora anunció el martes un plan para renovar la plaza mayor.",
    "La obra costará 13.000 euros, según el ayuntamiento, y empezará en primavera después de las lluvias.",
    "Los vecinos de la calle Olmo llevan años pidiendo una reforma completa del viejo mercado.",
    "La concejala Marta Ibáñez dijo que el proyecto no subirá los impuestos municipales.",
    "El pleno votará la propuesta el próximo jueves por la tarde.",
    "Si se aprueba, las máquinas llegarán a la plaza en el mes de abril.",
]


def test_a_clause_whose_words_are_all_missing_is_an_omission():
    target = list(TARGET_ES)
    target[1] = "La obra costará 13.000 euros, según el ayuntamiento."
    report, source, _ = pair(SOURCE_EN, target, "en", "es")
    found = bilingual(report, "bilingual.omission")
    assert [f.source_span.of(source.text) for f in found] == ["and they will begin in spring after the rains."]


def test_a_sentence_said_briefly_is_no_omission():
    # The same facts in fewer words (a passive turned active): nothing is missing.
    source = SOURCE_EN[:4] + ["The proposal will be put to the vote by all the members of the town council next Thursday afternoon."] + SOURCE_EN[5:]
    report, _, _ = pair(source, TARGET_ES, "en", "es")
    assert bilingual(report, "bilingual.omission") == []


def test_english_words_spanish_press_keeps_are_not_left_terms():
    def terms(word):
        source = SOURCE_EN[:5] + [f"After the vote, the mayor will talk about the {word} of the square."]
        target = TARGET_ES[:5] + [f"Tras la votación, el alcalde hablará del {word} de la plaza."]
        report, _, document = pair(source, target, "en", "es")
        return [f.span.of(document.text) for f in bilingual(report, "bilingual.term")]

    assert terms("corner") == [] and terms("penalty") == []  # football words Spanish copy writes in English
    assert terms("building") == ["building"]


def test_a_quotation_kept_in_a_third_language_is_inherited_and_no_left_term():
    quote_es = "“Il faut bien le faire, toujours et partout”, dijo el arquitecto francés al pleno."
    quote_en = "“Il faut bien le faire, toujours et partout,” the French architect told the council."
    report, _, document = pair(SOURCE_ES + [quote_es], TARGET_EN + [quote_en])
    assert bilingual(report, "bilingual.term") == []  # "bien" is Spanish too, but here it is the speaker's French
    french = [f for f in report.findings if f.span.of(document.text).startswith("Il faut")]
    assert all(f.provenance == INHERITED for f in french)
    # The source's own language copied is the translator's.
    copied = pair(SOURCE_ES, TARGET_EN[:5] + [SOURCE_ES[5]])[0]
    assert all(f.provenance == INTRODUCED for f in copied.findings if f.detector == "language.untranslated")
    assert bilingual(copied, "bilingual.copy")


def test_a_name_replaced_by_another_of_the_article_is_reported():
    extra_es, extra_en = "El arquitecto Pedro Salas presentó los planos en Toledo.", "Architect Pedro Salas presented the plans in Toledo."
    faithful = pair(SOURCE_ES + [extra_es], TARGET_EN + [extra_en])[0]
    assert bilingual(faithful, "bilingual.name") == []
    target = list(TARGET_EN)
    target[3] = "Councillor Marta Salas said the project will not raise municipal taxes."
    report, source, document = pair(SOURCE_ES + [extra_es], target + [extra_en])
    found = bilingual(report, "bilingual.name")
    assert [f.source_span.of(source.text) for f in found] == ["Marta Ibáñez"]
    assert found[0].span.of(document.text).endswith("Marta Salas") and "Ibáñez" in found[0].message


# ---------------------------------------------------------------- clauses: names and numbers as evidence

def test_a_clause_whose_names_are_all_missing_is_an_omission_even_when_the_length_barely_shows():
    # Less than two deviations short: rewording could explain that much, the missing names cannot.
    source = SOURCE_EN[:3] + ["Councillor Marta Ibáñez said on Monday evening at the town hall that the project, which "
                              "the architect Pedro Salas drew in Toledo, will not raise the municipal taxes of the "
                              "residents of the old town next year or in the years after that."] + SOURCE_EN[4:]
    said = "La concejala Marta Ibáñez dijo el lunes por la tarde en el ayuntamiento que el proyecto{} no subirá los " \
           "impuestos municipales de los vecinos del casco antiguo el año que viene ni en los años siguientes."
    report, document, _ = pair(source, TARGET_ES[:3] + [said.format("")] + TARGET_ES[4:], "en", "es")
    found = bilingual(report, "bilingual.omission")
    assert [f.source_span.of(document.text) for f in found] == ["which the architect Pedro Salas drew in Toledo"]
    assert "Pedro" in found[0].message and "Toledo" in found[0].message
    # Translated with the names, the same sentence is no omission.
    faithful = said.format(", que dibujó el arquitecto Pedro Salas en Toledo,")
    assert bilingual(pair(source, TARGET_ES[:3] + [faithful] + TARGET_ES[4:], "en", "es")[0], "bilingual.omission") == []


def test_a_clause_opened_by_a_conjunction_without_a_comma_can_be_the_missing_one():
    # Spanish source, English translation; the lost clause starts at "y" with no comma before it.
    source = SOURCE_ES[:1] + ["La obra costará 13.000 euros y la pagarán a medias la Diputación de Soria y el "
                              "Gobierno de Aragón."] + SOURCE_ES[2:]
    target = TARGET_EN[:1] + ["The works will cost 13,000 euros."] + TARGET_EN[2:]
    report, document, _ = pair(source, target)
    found = bilingual(report, "bilingual.omission")
    assert len(found) == 1
    assert found[0].source_span.of(document.text).startswith("y la pagarán a medias la Diputación de Soria")


def test_names_kept_in_another_order_are_no_omission():
    # The translation fronts the attribution and keeps every name and number: nothing is missing.
    source = SOURCE_ES[:3] + ["La concejala Marta Ibáñez, del distrito de Carabanchel, dijo que el proyecto no "
                              "subirá los impuestos municipales."] + SOURCE_ES[4:]
    target = TARGET_EN[:3] + ["The project will not raise municipal taxes, said Carabanchel councillor Marta Ibáñez."] \
        + TARGET_EN[4:]
    assert bilingual(pair(source, target)[0], "bilingual.omission") == []


def test_a_sentence_worded_more_briefly_by_a_few_words_is_no_omission():
    # Far shorter in ratio, but less than a clause's worth of characters: rewording, not a lost clause.
    source = SOURCE_EN[:4] + ["And that was the way in which the vote was won."] + SOURCE_EN[5:]
    target = TARGET_ES[:4] + ["Así se ganó la votación."] + TARGET_ES[5:]
    assert bilingual(pair(source, target, "en", "es")[0], "bilingual.omission") == []


def test_clause_pieces_do_not_cut_numbers_and_start_at_clause_openers():
    from transcompare.bilingual.omission import _pieces
    from transcompare.datamodel import Span

    text = "The market opened at 4:40 with 380,000 visitors, which was a record and nobody expected it."
    pieces = [p.of(text).strip(" ,") for p in _pieces(text, Span(0, len(text)), "en")]
    assert pieces == ["The market opened at 4:40 with 380,000 visitors", "which was a record", "and nobody expected it."]
