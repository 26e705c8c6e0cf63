
import pytest

from transcompare.translate.apertium import ApertiumBackend

from .conftest import SAMPLE, needs_apertium


@pytest.mark.parametrize("output, source, shown, marked", [
    ("The years 1990*s were hard.", "Los años 1990s fueron duros.", "The years 1990s were hard.", ["s"]),
    ("*COVID-19*s spread.", "COVID-19s se extienden.", "COVID-19s spread.", ["COVID-19", "s"]),
    ("El @1990s era duro.", "The 1990s were hard.", "El 1990s era duro.", ["1990s"]),
    # literal characters the source has are not marks
    ("Escribió 5*3 en #*MeToo para @usuario.", "She wrote 5*3 on #MeToo for @user.",
     "Escribió 5*3 en #MeToo para @usuario.", ["MeToo"]),
    ("Dijo “f*ck” y se fue.", "Said “f*ck” and left.", "Dijo “f*ck” y se fue.", []),
])
def test_marks_inside_words_are_removed_and_literals_kept(output, source, shown, marked):
    text, marks = ApertiumBackend.clean(output, source)
    assert text == shown
    assert [m.word for m in marks] == marked and all(text[m.start:m.end] == m.word for m in marks)


@needs_apertium
def test_one_line_out_per_line_in():
    backend = ApertiumBackend("eng-spa", "en", "es")
    segments = []
    for i in range(500):
        segments.append(["", f"The mayor said “we will build {i} bridges” today.", "He left.\nThen he came back.",
                         "‘Quoted’ and \"straight\" marks", "  "][i % 5])
    out = backend.translate(segments)
    assert len(out) == 500
    assert all(o == "" for o, s in zip(out, segments) if not s.strip())
    assert all(o for o, s in zip(out, segments) if s.strip())
    assert "“" in out[1] and "1" in out[1]


@needs_apertium
def test_unknown_word_marks_kept_as_evidence():
    backend = ApertiumBackend("eng-spa", "en", "es")
    raw = backend.translate(["The zorblax encroaching quickly."])[0]
    shown, marks = ApertiumBackend.clean(raw)
    assert "*" not in shown and marks and all(shown[m.start:m.end] == m.word for m in marks)
    assert {m.kind for m in marks} == {"unknown"}


@needs_apertium
def test_cli_translate_and_round_trip(run_cli, tmp_path):
    code, out, err = run_cli("translate", str(SAMPLE), "--model", "apertium-en-es", "--to", "es")
    assert code == 0, err
    assert "Putin" in out and "rueda de prensa" in out
    out_file = tmp_path / "trip.txt"
    code, _, _err = run_cli("translate", str(SAMPLE), "--model", "apertium-en-es", "--via", "es", "-o", str(out_file))
    assert code == 0
    legs = sorted(p.name for p in tmp_path.iterdir())
    assert legs == ["trip.apertium-en-es.es.txt", "trip.apertium-es-en.en.txt"]


@needs_apertium
def test_missing_mode_exits_3_with_install_command(run_cli):
    code, _, err = run_cli("translate", str(SAMPLE), "--model", "apertium:eng-cat", "--to", "ca")
    assert code == 3 and "apt-get install" in err
