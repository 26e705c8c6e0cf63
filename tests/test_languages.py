"""The language table: every language it or the model registry names can be analysed and audited."""

import pytest

from transcompare import languages
from transcompare.auditing import audit_document
from transcompare.detectors import all_detectors
from transcompare.document import build_document
from transcompare.translate.registry import registry
from transcompare.versions import declared_language

GENERIC = "Zxq vlorp “tesk marin” dwol. Zxq vlorp “tesk marin” dwol. Brin, brin, brin, brin, brin."


def _model_languages() -> set[str]:
    codes = set()
    for spec in registry().values():
        for pair in spec.pairs:
            if pair != "*":
                codes.update(pair.split("-"))
    return codes


@pytest.mark.parametrize("code", sorted({lang.code for lang in languages.TABLE} | _model_languages()))
def test_every_detector_runs_on_every_language(code):
    text = languages.probe_sentence(code) if languages.get(code) and languages.get(code).probe else GENERIC
    document = build_document(f"{text}\n\n{text}\n\n{GENERIC}\n", name=f"doc.{code}", language=code)
    report = audit_document(document)
    registry_ = all_detectors()
    ran = set(report.detectors)
    for detector_id, det in registry_.items():
        assert (detector_id in ran) == det.applies_to(code)
    assert all(f.detector in ran for f in report.findings)


def test_codes_and_names():
    assert languages.iso1("spa") == "es" and languages.iso1("ger") == "de" and languages.iso1("xx") == "xx"
    assert languages.name("es") == "Spanish" and languages.name("qq") == "qq"
    assert set(languages.with_rules()) >= {"en", "es", "fr", "de", "pt", "it"}
    assert languages.is_code("it") and languages.is_code("sw") and not languages.is_code("english")


def test_declared_language_reads_names_and_codes_not_words():
    assert declared_language("original-es") == "es"
    assert declared_language("x", "article.de.txt") == "de"
    assert declared_language("spanish version") == "es"
    assert declared_language("versión-español.txt") == "es"
    assert declared_language("uk-outlet.txt") is None
    assert declared_language("what-it-means.txt") is None
    assert declared_language("reuters") is None


def test_abbreviations_of_every_language_are_known_to_the_splitter():
    from transcompare import segment

    assert {"sr", "mr", "mme", "dott"} <= segment.NEVER_FINAL
    assert "núm" in segment.BEFORE_NUMBER
