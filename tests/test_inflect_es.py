"""Spanish verb forms (transcompare/inflect_es.py) and the English→Spanish calque lexicon that uses them."""

import pytest

from transcompare.detectors import run_detectors
from transcompare.detectors.calques import load_lexicon
from transcompare.document import build_document
from transcompare.inflect import inflections
from transcompare.inflect_es import forms, inflect_like, slot_of


@pytest.mark.parametrize("verb, slot, expected", [
    ("aplicar", "pret.1s", "apliqué"), ("aplicar", "subj.3s", "aplique"), ("llegar", "pret.1s", "llegué"),
    ("realizar", "subj.1p", "realicemos"), ("tomar", "subj.impf.1p", "tomáramos"), ("comer", "pret.3p", "comieron"),
    ("vivir", "pres.1p", "vivimos"), ("pensar", "pres.3s", "piensa"), ("pensar", "pres.1p", "pensamos"),
    ("contar", "subj.3p", "cuenten"), ("jugar", "subj.1s", "juegue"), ("pedir", "pret.3s", "pidió"),
    ("sentir", "ger", "sintiendo"), ("dormir", "pret.3p", "durmieron"), ("seguir", "pres.1s", "sigo"),
    ("elegir", "pres.1s", "elijo"), ("conocer", "pres.1s", "conozco"), ("conducir", "pret.3s", "condujo"),
    ("conducir", "pret.3p", "condujeron"), ("construir", "pres.3s", "construye"), ("leer", "pret.3s", "leyó"),
    ("ser", "pret.3s", "fue"), ("ir", "subj.3s", "vaya"), ("ir", "ger", "yendo"), ("estar", "pret.3s", "estuvo"),
    ("tener", "fut.3s", "tendrá"), ("tener", "subj.impf.3s", "tuviera"), ("hacer", "pret.3s", "hizo"),
    ("hacer", "part", "hecho"), ("decir", "pret.3p", "dijeron"), ("poner", "part.f", "puesta"),
    ("mantener", "pret.3s", "mantuvo"), ("mantener", "imp.2s", "mantén"), ("proponer", "fut.1s", "propondré"),
    ("devolver", "part", "devuelto"), ("poder", "pres.3s", "puede"), ("oír", "pres.3p", "oyen"),
    ("enamorarse", "pret.3s", "enamoró"),
])
def test_forms(verb, slot, expected):
    assert forms(verb)[slot] == expected


def test_inflections_dispatch_and_tense_echo():
    assert "tomó" in inflections("tomar", "es") and "tomó" not in inflections("take")
    assert inflect_like("solicitar", slot_of("aplicó", "aplicar")) == "solicitó"
    assert inflect_like("solicitar", slot_of("aplicando", "aplicar")) == "solicitando"
    assert inflect_like("solicitar", None) == "solicitar"
    with pytest.raises(ValueError):
        forms("table")


def calques(text, source="auto"):
    doc = build_document(text, language="es")
    return [f.span.of(doc.text) for f in run_detectors(doc, source, ["calque.lexicon"])]


def test_lexicon_size_and_verbs():
    entries = load_lexicon("en-es")
    assert len(entries) >= 40
    for entry in entries:  # every {verb} of the lexicon is a Spanish verb the inflector knows
        for token in entry.pattern.split():
            if token.startswith("{"):
                assert len(inflections(token.strip("{}?"), "es")) > 10, token


@pytest.mark.parametrize("sentence, expected", [
    ("La reunión tomó lugar en Madrid el lunes.", "tomó lugar"),
    ("La cumbre tomará lugar en Lima.", "tomará lugar"),
    ("Ella aplicó para una beca en 2019.", "aplicó para una beca"),
    ("No hace sentido seguir así.", "hace sentido"),
    ("Los ministros atendieron la cumbre en Bruselas.", "atendieron la cumbre"),
    ("Las partes resumirán las negociaciones la próxima semana.", "resumirán las negociaciones"),
    ("Se registró un aumento dramático de los precios.", "aumento dramático"),
    ("El alcalde corrió para la reelección en 2020.", "corrió para la reelección"),
    ("Hay que tomar ventaja de la situación.", "tomar ventaja de la"),
    ("Los pilotos estaban supuestos a aterrizar en Quito.", "estaban supuestos a"),
    ("Es la primera vez que hizo una decisión así.", "hizo una decisión"),
])
def test_english_calques_in_spanish(sentence, expected):
    assert expected in calques(sentence)


@pytest.mark.parametrize("sentence", [
    "La reunión tuvo lugar en Madrid el lunes.",
    "La fórmula se aplica para calcular el impuesto.",
    "Solicitó una beca en 2019.",
    "La violencia doméstica aumentó este año.",
    "Los oficiales de la policía llegaron tarde.",
    "Las negociaciones se reanudarán la próxima semana.",
])
def test_ordinary_spanish(sentence):
    assert calques(sentence) == []


def test_low_confidence_needs_the_source():
    sentence = "La música jugó un papel central en la campaña."
    assert calques(sentence) == []
    assert calques(sentence, "en") == ["jugó un papel"]
