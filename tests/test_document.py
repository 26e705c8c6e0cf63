import codecs

import pytest

from transcompare.document import build_document, decode, load_document, normalise
from transcompare.errors import InputError


def test_utf8_bom_and_crlf(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(codecs.BOM_UTF8 + "First line.\r\nSecond “line”.\r\n".encode())
    doc = load_document(path, "en")
    assert doc.text.startswith("First line.\nSecond")
    assert "\r" not in doc.text and "\ufeff" not in doc.text


def test_utf16_with_bom(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("El ministro dijo que sí.".encode("utf-16"))
    assert load_document(path, "es").text == "El ministro dijo que sí."


@pytest.mark.parametrize(
    "data, message",
    [
        (b"", "empty file"),
        (b"  \n\t \n", "empty file"),
        (b"abc\x00def", "binary file"),
        (b"caf\xe9 au lait", "byte offset 3"),
    ],
)
def test_bad_bytes_are_refused_with_one_line(data, message):
    with pytest.raises(InputError, match=message) as info:
        decode("x.txt", data)
    assert "\n" not in str(info.value)


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        load_document(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a directory"):
        load_document(tmp_path)


def test_nfc_and_original_columns():
    decomposed = "Cafe\u0301 noir. Le cafe\u0301 est la\u0300."  # e + combining acute
    text, line_map = normalise("first\n" + decomposed)
    assert "Café" in text
    offset = text.index("est")
    # "est" is at original column 20 (1-based) of line 2: two combining marks precede it.
    assert line_map.position(offset) == (2, decomposed.index("est") + 1)


def test_leading_date_is_metadata_not_body():
    doc = build_document(" date 2019-05-02 The mayor opened the bridge. It was late.", language="en")
    assert doc.metadata[0].key == "date" and doc.metadata[0].value == "2019-05-02"
    assert doc.sentences[0].of(doc.text) == "The mayor opened the bridge."


def test_language_is_detected():
    assert build_document("El gobierno anunció ayer que las elecciones se celebrarán en marzo.").language == "es"
    assert build_document("The government announced yesterday that the vote will be held in March.").language == "en"


def test_speakers_are_attributed_only_when_read():
    from transcompare.auditing import audit_document

    doc = build_document("“We will not give up,” the mayor said. Later she added: “Never.” A ‘so-called’ plan.", "x", "en")
    report = audit_document(doc)
    assert "quotes" not in doc.__dict__  # the audit's detectors read the marks alone
    assert report.document is doc
    assert [(q.span, q.inner, q.depth, q.closed) for q in doc.quotes] == \
        [(q.span, q.inner, q.depth, q.closed) for q in doc.quote_marks]
    assert doc.quotes[0].speaker_resolved == "the mayor" and doc.quote_marks[0].speaker is None
