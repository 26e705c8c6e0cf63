"""The reference article: every artifact the issue names is found."""

from transcompare.auditing import audit

from .conftest import SAMPLE


def found(report, detector):
    return [f.span.of(report.document.text) for f in report.findings if f.detector == detector]


def test_sample_artifacts():
    report = audit(SAMPLE)
    assert found(report, "quote.empty") == ["“”"]
    cuts = found(report, "sentence.stray-period")
    assert any("Soviet Union" in c for c in cuts) and any("to. enter" in c for c in cuts)
    spacing = found(report, "quote.mark-spacing")
    assert any("”Putin" in s for s in spacing) and len([s for s in spacing if "”Putin" in s]) == 2
    assert any(s.strip() == "”" for s in spacing)  # worlds ”, he added
    calques = [c.lower() for c in found(report, "calque.lexicon")]
    assert calques.count("assured that") == 3 and calques.count("assures that") == 1
    assert "does not stop accusing" in calques and "this thursday" in calques
    pronoun = [f for f in report.findings if f.detector == "pronoun.dropped-subject"]
    assert len(pronoun) == 1 and "Washington" in pronoun[0].message
    leaks = found(report, "structure.leak")
    assert any("© Alexander Zemlianichenko, AP" in x for x in leaks) and "With AP, Reuters and EFE" in leaks
    for f in report.findings:
        assert f.span.of(report.document.text).strip(), f  # every finding points at visible text
