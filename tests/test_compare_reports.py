
"""What a journalist reads: the terminal, markdown and HTML views of compare, and the HTML pages
of audit and quotes. Sentences written for the tests."""

import json
import re
from html.parser import HTMLParser

import pytest

from transcompare.comparison import Version, compare_versions
from transcompare.document import build_document
from transcompare.report.compare import render_compare
from transcompare.report.html import render_html

from .conftest import SAMPLE
from .test_compare import SPEECH


def report_of(version_text, article=SPEECH):
    doc = build_document(article, name="speech.txt", language="en")
    return compare_versions(doc, [Version("outlet", build_document(version_text, "outlet", "en"), "file")])


class _Text(HTMLParser):
    """The text a reader sees (no attributes), and the headings."""

    def __init__(self):
        super().__init__()
        self.text, self.headings, self._in_heading = [], [], None

    def handle_starttag(self, tag, attrs):
        if tag in ("h1", "h2", "h3"):
            self._in_heading = []

    def handle_endtag(self, tag):
        if tag in ("h1", "h2", "h3") and self._in_heading is not None:
            self.headings.append("".join(self._in_heading).strip())
            self._in_heading = None

    def handle_data(self, data):
        self.text.append(data)
        if self._in_heading is not None:
            self._in_heading.append(data)


def visible(page: str) -> _Text:
    parser = _Text()
    parser.feed(page)
    return parser


CHANGED = (SPEECH.replace("was the promise we made to the farmers, and we kept it", "was what we told the growers")
           .replace("13,000", "31,000")
           .replace("The Alliance will not compromise", "The Alliance no compromise"))


def test_terminal_shows_word_changes_and_severity_where_the_quotation_is(run_cli, tmp_path):
    article, other = tmp_path / "speech.txt", tmp_path / "outlet.txt"
    article.write_text(SPEECH)
    other.write_text(CHANGED)
    code, out, err = run_cli("compare", str(article), "--version", f"outlet={other}")
    assert code == 0, err
    assert "{+what we told+}" in out and "[-promise we made to the farmers, and we kept it,-]" in out
    assert "13,000 → 31,000" in out and "will not compromise → no compromise" in out
    row = next(line for line in out.splitlines() if line.strip().startswith("outlet: ALTERED"))
    assert "major" in row or "critical" in row


def test_terminal_output_in_a_file_is_neither_wrapped_nor_cut(run_cli, tmp_path):
    article, other = tmp_path / "speech.txt", tmp_path / "outlet.txt"
    article.write_text(SPEECH)
    other.write_text(CHANGED)
    code, out, err = run_cli("compare", str(article), "--version", f"outlet={other}")
    assert code == 0, err
    long_quote = "“Nobody reached the borders of the United States or the United Kingdom,”"
    assert any(long_quote in line for line in out.splitlines())  # whole, on one line
    assert "…" not in out.replace("(…)", "")
    assert "version(s)" not in out and "with 1 version" in out


def test_terminal_warns_first_about_a_version_of_another_article(run_cli, tmp_path):
    from .test_compare import UNRELATED

    article, other = tmp_path / "speech.txt", tmp_path / "flood.txt"
    article.write_text(SPEECH)
    other.write_text(UNRELATED)
    code, out, _err = run_cli("compare", str(article), "--version", f"flood={other}", "--fail-on", "critical")
    lines = out.splitlines()
    assert code == 1
    assert lines[1].startswith("⚠ flood does not correspond to the article")
    assert "MATCHED" not in out and "chrF" not in out


def test_no_empty_sections_for_an_identical_copy():
    report = report_of(SPEECH)
    text = render_compare(report, "markdown")
    assert "## Numbers, names and negation changed" not in text and "Findings across versions" not in text
    page = visible(render_html(report))
    assert "Numbers, names and negation changed in aligned sentences" not in page.headings
    assert "Findings across versions" not in page.headings
    assert all(h for h in page.headings)


def test_html_has_a_legend_visible_reasons_and_diffs():
    report = report_of(CHANGED)
    page = render_html(report)
    seen = visible(page)
    text = " ".join(seen.text)
    assert "How to read this report" in seen.headings
    assert "critical" in text and "the quotation marks are there but the words are gone" in text
    assert "<del>" in page and "<ins>" in page  # word differences in the quotation table
    assert "13,000" in text and "31,000" in text
    assert "negation garbled" in text  # the reason written out, not only in a tooltip
    assert "title=" not in page
    assert "<script" not in page and "Content-Security-Policy" in page


def test_html_groups_provenance_by_detector_with_the_note_once():
    report = report_of(SPEECH + "\n\nThe minister assured that the talks would go on. She also assured that "
                                "nothing would change.", article=SPEECH + "\n\nThe minister assured that the talks "
                                "would go on. She also assured that nothing would change.")
    groups = json.loads(render_compare(report, "json"))["provenance"]
    calques = [g for g in groups if g["detector"] == "calque.lexicon"]
    assert len(calques) == 1 and len(calques[0]["items"]) >= 2
    page = render_html(report)
    assert page.count(calques[0]["verdict"]) == sum(g["verdict"] == calques[0]["verdict"] for g in groups)
    assert page.count("calque.lexicon,") == 1


def test_markdown_shows_statuses_differences_and_the_article_summary():
    # The article needs an artifact of its own for the summary: a calque (SPEECH alone has none).
    article = SPEECH + "\n\nThe minister assured that the talks would go on."
    text = render_compare(report_of(CHANGED, article=article), "markdown")
    assert "**altered**" in text and "~~" in text and "13,000 → 31,000" in text
    assert "## The article's own artifacts" in text and "`assured that`" in text


def test_audit_and_quotes_write_html_pages(run_cli, tmp_path):
    page = tmp_path / "audit.html"
    code, _, err = run_cli("audit", str(SAMPLE), "--html", str(page))
    assert code == 0 and f"wrote {page}" in err
    html = page.read_text()
    assert "Content-Security-Policy" in html and "<script" not in html
    seen = visible(html)
    assert "How to read this report" in seen.headings and "Artifacts, paragraph by paragraph" in seen.headings
    reasons = " ".join(seen.text)  # each finding's reason is written out, not only in a tooltip
    assert "period before the lowercase word “enter” cuts the sentence" in reasons
    assert "reads as Spanish “no deja de”" in reasons
    quotes = tmp_path / "quotes.html"
    code, _out, err = run_cli("quotes", str(SAMPLE), "--html", str(quotes))
    assert code == 0 and f"wrote {quotes}" in err
    assert "Not an inch to the east" in quotes.read_text()


def test_quotes_page_escapes_everything(run_cli, tmp_path):
    article = tmp_path / "evil.txt"
    article.write_text("The mayor said “<b onmouseover=x>bold</b> & done” on Monday. The council met.")
    page = tmp_path / "q.html"
    code, _, _ = run_cli("quotes", str(article), "--html", str(page))
    html = page.read_text()
    assert code == 0 and "<b onmouseover" not in html and "&lt;b onmouseover=x&gt;" in html


def test_quotes_across_versions_in_the_terminal(run_cli, tmp_path):
    article, other = tmp_path / "speech.txt", tmp_path / "outlet.txt"
    article.write_text(SPEECH)
    other.write_text(SPEECH.replace("“strange”", "“”"))
    code, out, err = run_cli("quotes", str(article), "--version", f"outlet={other}")
    assert code == 0, err
    assert re.search(r"outlet: EMPTIED critical", out)


def test_quotes_across_versions_as_an_html_page(run_cli, tmp_path):
    article, other, page = tmp_path / "speech.txt", tmp_path / "outlet.txt", tmp_path / "quotes.html"
    article.write_text(SPEECH)
    other.write_text(SPEECH.replace("“strange”", "“”"))
    code, _out, err = run_cli("quotes", str(article), "--version", f"outlet={other}", "--html", str(page))
    assert code == 0, err
    html = page.read_text()
    assert "status-emptied" in html and "<script" not in html


@pytest.mark.parametrize("fmt", ["text", "json", "markdown"])
def test_quotes_across_versions_build_the_comparison_data_once_for_page_and_table(run_cli, tmp_path, monkeypatch, fmt):
    import transcompare.report.compare as compare
    import transcompare.report.html as html

    built = []
    made = compare.compare_dict
    for module in (compare, html):
        monkeypatch.setattr(module, "compare_dict", lambda report: built.append(report) or made(report))
    article, other, page = tmp_path / "speech.txt", tmp_path / "outlet.txt", tmp_path / "quotes.html"
    article.write_text(SPEECH)
    other.write_text(SPEECH.replace("“strange”", "“”"))
    code, out, err = run_cli("quotes", str(article), "--version", f"outlet={other}", "--html", str(page), "-f", fmt)
    assert code == 0, err
    assert "status-emptied" in page.read_text() and "strange" in out and len(built) == 1


def test_long_reports_are_compact_json_written_in_pieces(monkeypatch):
    import transcompare.report.compare as compare

    report = report_of(CHANGED)
    pretty = render_compare(report, "json")
    monkeypatch.setattr(compare, "PRETTY_UP_TO", 10)
    pieces = list(compare.json_chunks(report))
    assert len(pieces) > 10 and json.loads("".join(pieces)) == json.loads(pretty)




def test_a_written_report_is_not_kept_alive():
    """Its data is millions of objects on a long article: held to the end of the process, the last
    garbage collection walks them all."""
    import gc
    import weakref

    from transcompare.report.compare import compare_dict

    report = report_of(CHANGED)
    data = compare_dict(report)
    assert render_compare(report, "json", data) == render_compare(report, "json")
    assert "status-" in render_html(report)
    kept = weakref.ref(report)
    del report, data
    gc.collect()
    assert kept() is None


def test_terminal_provenance_shows_a_few_places_and_counts_the_rest():
    from transcompare.report.compare_terminal import PROVENANCE_ITEMS, _article_lines

    items = [{"line": n, "text": f"Question {n}"} for n in range(1, 41)]
    data = {"article_summary": {"total": 40, "by_severity": {"minor": 40}, "by_category": {"fluency": 40}},
            "provenance": [{"description": "a capitalised word", "detector": "x.y", "verdict": "in every version",
                            "items": items}]}
    places = _article_lines(data)[-1].plain
    assert places.count("line ") == PROVENANCE_ITEMS
    assert f"and {40 - PROVENANCE_ITEMS} more" in places
