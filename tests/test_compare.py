import json
import shutil
import subprocess

import pytest

from transcompare.comparison import Version, compare_versions
from transcompare.crosscheck import Kind
from transcompare.datamodel import Severity
from transcompare.document import build_document
from transcompare.fidelity import chrf, measure, word_diff
from transcompare.quote_align import QuoteStatus

from .conftest import SAMPLE, needs_apertium

ARTICLE = ("The minister spoke on Tuesday.\n\n“We will not raise taxes before 2026,” said Lena Holm. "
           "“Schools come first,” she added.\n\nThe vote is on Friday.")

# An article written for these tests: quotations plain, nested and in pairs, numbers and names outside them.
SPEECH = ("Chancellor Mara Lind spoke in Vienna on Tuesday.\n\n"
          "“We will not compromise on the border,” Lind said. The Alliance will not compromise the right of any member "
          "to choose its allies.\n\n"
          "She said the floods had killed more than 13,000 people. Alliance chief Jens Stoltenberg praised her.\n\n"
          "Critics called the plan “strange” and “costly” in a statement.\n\n"
          "“‘Not one step back’ was the promise we made to the farmers, and we kept it,” she added.\n\n"
          "Lind said voters had been “fooled” by “empty promises” for years.\n\n"
          "“Nobody reached the borders of the United States or the United Kingdom,” she said.")


def version(text, name="v", lang="en"):
    return Version(name, build_document(text, name=name, language=lang), "file")


def compare(*texts, article=ARTICLE):
    doc = build_document(article, name="article", language="en")
    return compare_versions(doc, [version(t, f"v{i}") for i, t in enumerate(texts)])


def statuses(report):
    return [(m.version, m.status) for r in report.results for m in r.quotes]


def match_of(report, text, result=0):
    article = report.article
    index = next(i for i, q in enumerate(article.quotes) if q.inner.of(article.text) == text)
    return next(m for m in report.results[result].quotes if m.quote == index and m.status is not QuoteStatus.ADDED)


def test_identical_version_matches_everything():
    report = compare(ARTICLE)
    assert statuses(report) == [("v0", QuoteStatus.MATCHED), ("v0", QuoteStatus.MATCHED)]
    assert all(isinstance(m.status, QuoteStatus) for m in report.results[0].quotes)
    assert all(m.fidelity.score == 1.0 for m in report.results[0].quotes)
    assert report.findings == () and report.results[0].changes == ()


def test_changed_number_negation_and_lost_quote():
    changed = ARTICLE.replace("not raise taxes before 2026", "raise taxes before 2027").replace(
        "“Schools come first,” she added.", "She added something about roads.")
    report = compare(changed)
    kinds = {f.detector for f in report.findings}
    assert {"compare.number-changed", "compare.polarity-flip", "compare.lost-quote"} <= kinds
    assert any("2026 → 2027" in f.message for f in report.findings)


def test_indirect_speech_and_added_quote():
    indirect = ARTICLE.replace("“Schools come first,” she added.", "Schools come first, she added.").replace(
        "The vote is on Friday.", "“The vote is on Friday,” an aide said.")
    report = compare(indirect)
    assert ("v0", QuoteStatus.INDIRECT) in statuses(report) and ("v0", QuoteStatus.ADDED) in statuses(report)


def test_fidelity_parts():
    f = measure("We will never sell 5,000 shares to Orbex.", "We will sell 5000 shares to Orbex.", "en", "en")
    assert f.numbers_kept and f.names_kept and not f.negation_kept and f.chrf < 100
    assert measure("Talks with Orbex", "Talks with Vantor", "en", "en").names_kept is False


def test_chrf_is_sacrebleus_figure():
    from sacrebleu.metrics import CHRF

    metric = CHRF()
    pairs = [("We will not raise taxes.", "We will raise taxes."), ("a", "b c"), ("Ñandú veloz", "ñandú lento"),
             ("the the the", "the"), ("x", "")]
    for hypothesis, reference in pairs:
        assert chrf(hypothesis, reference) == round(metric.sentence_score(hypothesis, [reference]).score, 1)


def test_word_diff_names_deletions_and_insertions():
    assert word_diff("We make it clear", "We do it clear") == (
        ("equal", "We"), ("delete", "make"), ("insert", "do"), ("equal", "it clear"))


def test_spanish_version_aligned_by_anchors():
    spanish = ("El ministro habló el martes.\n\n«No subiremos los impuestos antes de 2026», dijo Lena Holm. "
               "«Las escuelas primero», añadió.\n\nLa votación es el viernes.")
    article = build_document(ARTICLE, name="article", language="en")
    report = compare_versions(article, [version(spanish, "es", "es")])
    result = report.results[0]
    assert result.correspondence.corresponds
    assert result.alignment.links()[:2] == [(0, 0), (1, 1)]
    assert [m.status for m in result.quotes] == [QuoteStatus.MATCHED, QuoteStatus.MATCHED]
    assert result.quotes[0].fidelity.chrf is None and result.quotes[0].fidelity.numbers_kept


# ---------------------------------------------------------------- statuses (issue 9)

def test_emptied_quotation_is_not_matched():
    report = compare(SPEECH.replace("“strange”", "“”"), article=SPEECH)
    m = match_of(report, "strange")
    assert m.status is QuoteStatus.EMPTIED and m.severity is Severity.CRITICAL
    assert any(f.detector == "compare.quote-emptied" for f in report.findings)


def test_altered_when_words_are_dropped():
    report = compare(SPEECH.replace("was the promise we made to the farmers, and we kept it",
                                    "was the promise"), article=SPEECH)
    m = match_of(report, "‘Not one step back’ was the promise we made to the farmers, and we kept it,")
    assert m.status is QuoteStatus.ALTERED and m.fidelity.words_kept < 0.8


def test_nested_quotation_gets_its_own_row():
    report = compare(SPEECH, article=SPEECH)
    nested = [i for i, q in enumerate(report.article.quotes) if q.depth == 1]
    assert nested, "the nested quotation is extracted"
    rows = [m for m in report.results[0].quotes if m.quote in nested and m.status is not QuoteStatus.ADDED]
    assert [m.status for m in rows] == [QuoteStatus.MATCHED]


def test_marks_removed_is_indirect_not_merged():
    report = compare(SPEECH.replace("“fooled”", "fooled"), article=SPEECH)
    assert match_of(report, "fooled").status is QuoteStatus.INDIRECT
    assert match_of(report, "empty promises").status is QuoteStatus.MATCHED


def test_two_quotations_merged_into_one():
    merged = SPEECH.replace("“strange” and “costly”", "“strange and costly”")
    report = compare(merged, article=SPEECH)
    assert match_of(report, "strange").status is QuoteStatus.MERGED
    assert match_of(report, "costly").status is QuoteStatus.MERGED


@pytest.mark.parametrize("edit", [
    lambda t: t,
    lambda t: t.replace("“strange”", "“”"),
    lambda t: t.replace("“fooled”", "fooled").replace("for years.", "for “years”."),
    lambda t: t.replace("“strange” and “costly”", "“strange and costly”"),
    lambda t: t.replace("“‘Not one step back’", "“Not one step back"),
])
def test_counts_add_up(edit):
    report = compare(edit(SPEECH), article=SPEECH)
    result = report.results[0]
    article_rows = [m.quote for m in result.quotes if m.status is not QuoteStatus.ADDED]
    assert sorted(article_rows) == list(range(len(report.article.quotes)))  # each article quotation exactly once
    used = [k for m in result.quotes if m.status is not QuoteStatus.ADDED for k in m.counterparts]
    added = [m.quote for m in result.quotes if m.status is QuoteStatus.ADDED]
    assert sorted(set(used) | set(added)) == list(range(len(result.version.document.quotes)))
    assert not set(added) & set(used)


# ---------------------------------------------------------------- every aligned sentence (issue 9)

def test_numbers_and_names_outside_quotations_are_compared():
    report = compare(SPEECH.replace("13,000", "31,000").replace("Jens Stoltenberg", "Jan Stoltenberg"), article=SPEECH)
    messages = [f.message for f in report.findings]
    assert any("13,000 → 31,000" in m for m in messages)
    assert any("Jens Stoltenberg → Jan Stoltenberg" in m for m in messages)
    number = next(f for f in report.findings if f.detector == "compare.number-changed")
    assert number.severity is Severity.CRITICAL and number.span.of(report.article.text) == "13,000"


def test_a_name_changed_inside_a_quotation_is_not_kept():
    report = compare(SPEECH.replace("or the United Kingdom", "or the United States"), article=SPEECH)
    m = match_of(report, "Nobody reached the borders of the United States or the United Kingdom,")
    assert m.fidelity.names_kept is False
    assert [d.summary for d in m.fidelity.differences] == ["United Kingdom → United States"]


def test_polarity_flip_outside_and_inside_a_quotation_is_critical():
    flipped = SPEECH.replace("The Alliance will not compromise the right", "The Alliance no compromise the right") \
        .replace("“We will not compromise on the border,”", "“We will compromise on the border,”")
    report = compare(flipped, article=SPEECH)
    flips = [f for f in report.findings if f.detector == "compare.polarity-flip"]
    assert any("will not compromise → no compromise" in f.message for f in flips)
    assert all(f.severity is Severity.CRITICAL for f in flips)
    m = match_of(report, "We will not compromise on the border,")
    assert m.status is QuoteStatus.ALTERED and m.severity is Severity.CRITICAL
    assert [d.kind for d in m.fidelity.differences] == [Kind.NEGATION]


def test_locale_formats_are_the_same_number():
    article = "The fund holds 1,000.5 million euros. The board met twice."
    report = compare(article.replace("1,000.5", "1.000,5"), article=article)
    assert report.findings == ()


# ---------------------------------------------------------------- invented matches (issue 9)

UNRELATED = ("Heavy rain flooded the valley road near the old mill on Sunday.\n\n"
             "“The water rose faster than ever before,” said farmer Olga Brenner, who lost two barns. "
             "Engineers will inspect the dam next week.\n\n"
             "Insurance claims are expected to exceed the regional fund, officials warned.")


def test_unrelated_version_matches_nothing_and_is_said_first():
    report = compare(UNRELATED, article=SPEECH)
    result = report.results[0]
    assert not result.correspondence.corresponds
    assert {m.status for m in result.quotes} == {QuoteStatus.NOT_COMPARED}
    assert all(m.fidelity is None for m in result.quotes) and result.changes == ()
    assert report.warnings and "does not correspond" in report.warnings[0]
    assert [f.detector for f in report.findings] == ["compare.no-correspondence"]
    assert report.findings[0].severity is Severity.CRITICAL


def test_a_version_in_another_language_is_left_out_with_a_warning():
    german = ("Bundeskanzlerin Mara Lind sprach am Dienstag in Wien. „Wir werden an der Grenze keine Kompromisse "
              "eingehen“, sagte Lind.")
    report = compare_versions(build_document(SPEECH, "article", "en"),
                              [version(german, "de", "de"), version(SPEECH, "copy")])
    assert [r.version.name for r in report.results] == ["copy"]
    assert "German" in report.warnings[0] and "through a translation" in report.warnings[0]


# ---------------------------------------------------------------- the CLI

def test_cli_compare_with_versions(run_cli, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE)
    other = tmp_path / "b.txt"
    other.write_text(ARTICLE.replace("2026", "2028"))
    code, out, _err = run_cli("compare", str(article), "--version", f"edited={other}", "-f", "json", "--fail-on", "critical")
    data = json.loads(out)
    assert code == 1 and data["schema"] == "transcompare.compare/2"
    assert data["versions"][0]["name"] == "edited" and data["quotes"][0]["versions"]["edited"]["status"] == "altered"
    assert any(f["detector"] == "compare.number-changed" and "2026 → 2028" in f["message"] for f in data["findings"])


def test_cli_identical_copy_exits_0_with_no_unasked_round_trip(run_cli, tmp_path, monkeypatch):
    # the README's CI example, on a byte-identical copy of the sample
    import transcompare.versions as versions

    def no_default(*args):
        raise AssertionError("a model was chosen although only versions were given")

    monkeypatch.setattr(versions, "default_models", no_default)
    copy = tmp_path / "other.en.txt"
    shutil.copyfile(SAMPLE, copy)
    code, out, err = run_cli("compare", str(SAMPLE), "--version", f"reuters={copy}", "-f", "json", "--fail-on", "critical")
    data = json.loads(out)
    assert code == 0, err
    assert [v["name"] for v in data["versions"]] == ["reuters"] and data["findings"] == []


def test_cli_from_a_language_no_version_has(run_cli, tmp_path):
    german = tmp_path / "bericht.txt"
    german.write_text("Der Minister sprach am Dienstag. „Wir erhöhen die Steuern nicht“, sagte Lena Holm. "
                      "Die Abstimmung ist am Freitag, und die Schulen kommen zuerst.")
    code, _out, err = run_cli("compare", str(SAMPLE), "--version", f"outlet={german}", "--from", "es",
                             "--model", "apertium-es-en")
    assert code == 2 and "Traceback" not in err
    assert "no version is in Spanish" in err and "outlet is German" in err and "--from de" in err


def test_cli_german_version_alone_is_explained(run_cli, tmp_path):
    german = tmp_path / "bericht.txt"
    german.write_text("Der Minister sprach am Dienstag. „Wir erhöhen die Steuern nicht“, sagte Lena Holm. "
                      "Die Abstimmung ist am Freitag, und die Schulen kommen zuerst.")
    code, _out, err = run_cli("compare", str(SAMPLE), "--version", f"outlet={german}")
    assert code == 2 and "German" in err and "through a translation" in err


def test_cli_compare_bad_input(run_cli, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("   ")
    assert run_cli("compare", str(SAMPLE), "--version", f"x={empty}")[0] == 2
    assert run_cli("compare", str(SAMPLE), "--version", "no-equals-sign")[0] == 2
    code, _, err = run_cli("compare", str(SAMPLE), "--version", f"fr={tmp_path / 'missing.txt'}")
    assert code == 2 and "no such file" in err


def test_unexpected_language_warns(run_cli, tmp_path):
    french = tmp_path / "article.txt"
    french.write_text("Le ministre a parlé mardi. « Nous ne monterons pas les impôts », a dit Lena Holm.")
    spanish = tmp_path / "nota.txt"
    spanish.write_text("El ministro habló el martes. «No subiremos los impuestos», dijo Lena Holm. La votación es "
                       "el viernes y las escuelas van primero.")
    code, _, err = run_cli("compare", str(SAMPLE), "--version", f"original-es={french}", "-f", "json")
    assert code == 2 and "looks like French, not Spanish" in err
    code, _, err = run_cli("compare", str(SAMPLE), "--version", f"original-es={spanish}", "-f", "json")
    assert "looks like" not in err  # announced and detected agree


def test_cli_align_json(run_cli, tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(ARTICLE)
    b.write_text(ARTICLE)
    code, out, _ = run_cli("align", str(a), str(b), "-f", "json")
    data = json.loads(out)
    assert code == 0 and [x["first"] for x in data["beads"]] == [[i] for i in range(len(data["beads"]))]


@needs_apertium
def test_sample_round_trip_every_quote_accounted_for(run_cli, tmp_path):
    html = tmp_path / "r.html"
    code, out, err = run_cli("compare", str(SAMPLE), "--model", "apertium-en-es", "--via", "es", "-f", "json",
                             "--html", str(html))
    data = json.loads(out)
    assert code == 0 and len(data["quotes"]) == 15  # the nested ‘Not an inch to the east’ included
    rows = {q["text"]: q["versions"]["apertium-en-es via es"] for q in data["quotes"]}
    assert rows["strange"]["status"] == "emptied" and rows["strange"]["severity"] == "critical"
    assert rows["Not an inch to the east"]["status"] in {"matched", "altered"}
    assert "<mark" in html.read_text() and f"wrote {html}" in err
    flips = [c for c in data["changes"] if c["kind"] == "negation"]
    assert any(c["summary"] == "will not compromise → no compromise" and c["severity"] == "critical" for c in flips)


def _chromium():
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(_chromium() is None, reason="chromium is not installed")
def test_html_in_a_real_browser_escapes_article_text(tmp_path):
    from transcompare.report.html import render_html

    evil = ("The mayor said “<script>document.body.setAttribute('data-pwned','1')</script> is fine” on Monday. "
            "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\"> The city. council met.")
    article = build_document(evil, name="evil<b>", language="en")
    report = compare_versions(article, [version(evil, "copy")])
    page = tmp_path / "r.html"
    page.write_text(render_html(report))
    dom = subprocess.run(
        [_chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}",
         "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120).stdout
    assert "<body" in dom
    assert 'data-pwned="1"' not in dom  # nothing from the article ran
    assert "&lt;script&gt;document.body" in dom  # it is shown as text
    assert '<mark class="major"' in dom
    assert 'class="reason"' in dom and "cuts the sentence" in dom.split('class="reason"', 1)[1]  # reason written out


def test_file_spec_is_a_version(run_cli, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE)
    code, out, err = run_cli("compare", str(article), "--model", f"file:{article}", "-f", "json")
    data = json.loads(out)
    assert code == 0, err
    assert data["versions"][0]["kind"] == "file" and data["versions"][0]["mean_fidelity"] == 1.0


def test_sample_against_its_spanish_original(run_cli):
    original = SAMPLE.with_name("france24-putin-nato-2021-12-23.es.txt")
    code, out, err = run_cli("compare", str(SAMPLE), "--version", f"original={original}", "-f", "json")
    data = json.loads(out)
    assert code == 0, err
    assert data["versions"][0]["corresponds"] and data["warnings"] == []
    rows = {q["index"]: q["versions"]["original"] for q in data["quotes"]}
    empty = next(q["index"] for q in data["quotes"] if q["text"] == "")
    assert rows[empty]["status"] == "emptied" and rows[empty]["text"] == "No cederemos"
    assert sum(r["status"] == "matched" for r in rows.values()) >= 13
    critical = [c for c in data["changes"] if c["severity"] == "critical"]
    assert [c["summary"] for c in critical] == ["(none) → No cederemos"]


def test_cli_compare_runs_with_the_collector_paused_and_restores_it(run_cli, tmp_path, monkeypatch):
    # Resumed between stages, the cycle collector walked every object the stage had made (a tenth of
    # compare's CPU time at 5 MB); paused for the whole command, no collection runs from reading the
    # article to writing the report, and the collector is on again afterwards, also when the command fails.
    import gc

    import transcompare.cli.compare as command
    from transcompare import comparison

    collections = []
    seen = {}

    def count(phase, info):
        if phase == "start":
            collections.append(info["generation"])

    def marked(name, fn):
        def run(*args, **kwargs):
            seen[name] = len(collections)
            return fn(*args, **kwargs)
        return run

    monkeypatch.setattr(comparison, "compare", marked("start", comparison.compare))
    monkeypatch.setattr(command, "emit", marked("written", command.emit))
    copy = tmp_path / "other.en.txt"
    copy.write_text(SAMPLE.read_text(encoding="utf-8").replace("13,000", "31,000"), encoding="utf-8")
    gc.callbacks.append(count)
    try:
        code, out, err = run_cli("compare", str(SAMPLE), "--version", f"edited={copy}", "-f", "json")
        assert code == 0, err
        assert json.loads(out)["versions"][0]["name"] == "edited"
        assert seen["written"] == seen["start"]
        assert gc.isenabled()
        assert run_cli("compare", str(SAMPLE), "--version", f"x={tmp_path / 'missing.txt'}")[0] == 2
        assert gc.isenabled()
    finally:
        gc.callbacks.remove(count)


def _one_sentence_of_quotations(count):
    # One sentence that quotes `count` delegates, each with made-up words of its own (no sentence ends between them).
    syllables = "ka lo mi ren tu sa vo pe di gar".split()

    def word(n):
        return "".join(syllables[int(d)] for d in str(n))

    parts = [f"delegate {word(n)} called the draft “the {word(n * 7 + 3)} plan for {word(n * 13 + 5)} harbour”"
             for n in range(count)]
    return "The chair reported that " + ", and ".join(parts) + ".\n"


def test_a_sentence_of_hundreds_of_quotations_is_matched_in_linear_time(monkeypatch):
    # Every quotation of a sentence was compared with every quotation of its aligned sentence: 400
    # quotations made 160,000 comparisons. Now each is compared with at most the 101 around its rank,
    # and each text's trigrams are read once; the quotations still find their own counterparts.
    from transcompare import quote_align

    calls = []
    original = quote_align._Context.similarity
    monkeypatch.setattr(quote_align._Context, "similarity", lambda self, a, b: calls.append(1) or original(self, a, b))
    article = _one_sentence_of_quotations(400)
    edited = article.replace("“the sami plan for garvo harbour”", "“the harbour”")  # delegate 7's loses words
    report = compare(edited, article=article)
    matches = [m for m in report.results[0].quotes if m.status is not QuoteStatus.ADDED]
    assert len(matches) == 400
    assert all(m.counterparts == (m.quote,) for m in matches)
    assert {m.status for m in matches} == {QuoteStatus.MATCHED, QuoteStatus.ALTERED}
    assert [m.quote for m in matches if m.status is QuoteStatus.ALTERED] == [7]
    assert len(calls) <= 400 * 101 + 2 * 400  # not 400 × 400


def test_quotations_measured_against_one_long_text_read_it_once():
    # An indirect quotation is measured against its aligned sentences; in a sentence of hundreds of
    # quotations that text is long and shared, and its n-grams and words were counted again for each.
    import re

    from transcompare import fidelity

    marked = _one_sentence_of_quotations(200)
    long_text = marked.replace("“", "").replace("”", "")
    quotes = re.findall(r"“([^”]+)”", marked)[:5]
    fidelity._char_ngrams.cache_clear()
    fidelity._word_counts.cache_clear()
    scores = [chrf(long_text, quote) for quote in quotes]
    kept = [fidelity.words_kept(quote, long_text) for quote in quotes]
    assert fidelity._char_ngrams.cache_info().misses == len(quotes) + 1
    assert fidelity._word_counts.cache_info().misses == len(quotes) + 1
    assert kept == [1.0] * 5 and all(0 < s < 100 for s in scores)
    assert fidelity.words_kept(quotes[0], "the plan") == pytest.approx(2 / 6)  # "the ren plan for sa harbour"
