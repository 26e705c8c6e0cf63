import json
import shutil
import subprocess

import pytest

from transcompare.comparison import Version, compare_versions
from transcompare.document import build_document
from transcompare.fidelity import measure

from .conftest import SAMPLE, needs_apertium

ARTICLE = ("The minister spoke on Tuesday.\n\n“We will not raise taxes before 2026,” said Lena Holm. "
           "“Schools come first,” she added.\n\nThe vote is on Friday.")


def version(text, name="v", lang="en"):
    return Version(name, build_document(text, name=name, language=lang), "file")


def compare(*texts):
    article = build_document(ARTICLE, name="article", language="en")
    return compare_versions(article, [version(t, f"v{i}") for i, t in enumerate(texts)])


def statuses(report):
    return [(m.version, m.status) for r in report.results for m in r.quotes]


def test_identical_version_matches_everything():
    report = compare(ARTICLE)
    assert statuses(report) == [("v0", "matched"), ("v0", "matched")]
    assert all(m.fidelity.score == 1.0 for m in report.results[0].quotes)
    assert report.findings == ()


def test_changed_number_negation_and_lost_quote():
    changed = ARTICLE.replace("not raise taxes before 2026", "raise taxes before 2027").replace(
        "“Schools come first,” she added.", "She added something about schools.")
    report = compare(changed)
    kinds = {f.detector for f in report.findings}
    assert {"compare.number-changed", "compare.polarity-flip", "compare.lost-quote"} <= kinds


def test_indirect_speech_and_added_quote():
    indirect = ARTICLE.replace("“Schools come first,” she added.", "Schools come first, she added.").replace(
        "The vote is on Friday.", "“The vote is on Friday,” an aide said.")
    report = compare(indirect)
    assert ("v0", "indirect") in statuses(report) and ("v0", "added") in statuses(report)


def test_fidelity_parts():
    f = measure("We will never sell 5,000 shares to Orbex.", "We will sell 5000 shares to Orbex.", True)
    assert f.numbers_kept and f.names_kept and not f.negation_kept and f.chrf < 100
    assert measure("Talks with Orbex", "Talks with Vantor", True).names_kept is False


def test_spanish_version_aligned_by_anchors():
    spanish = ("El ministro habló el martes.\n\n«No subiremos los impuestos antes de 2026», dijo Lena Holm. "
               "«Las escuelas primero», añadió.\n\nLa votación es el viernes.")
    article = build_document(ARTICLE, name="article", language="en")
    report = compare_versions(article, [version(spanish, "es", "es")])
    result = report.results[0]
    assert result.alignment.links()[:2] == [(0, 0), (1, 1)]
    assert [m.status for m in result.quotes] == ["matched", "matched"]
    assert result.quotes[0].fidelity.chrf is None and result.quotes[0].fidelity.numbers_kept


def test_cli_compare_with_versions(run_cli, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE)
    other = tmp_path / "b.txt"
    other.write_text(ARTICLE.replace("2026", "2028"))
    code, out, err = run_cli("compare", str(article), "--version", f"edited={other}", "-f", "json", "--fail-on", "critical")
    data = json.loads(out)
    assert code == 1 and data["schema"] == "transcompare.compare/1"
    assert data["versions"][0]["name"] == "edited" and data["quotes"][0]["versions"]["edited"]["status"] == "matched"
    assert any(f["detector"] == "compare.number-changed" for f in data["findings"])


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
    code, _, err = run_cli("compare", str(SAMPLE), "--version", f"original-es={french}", "-f", "json")
    assert code == 0 and "looks like French, not Spanish" in err
    code, _, err = run_cli("compare", str(SAMPLE), "--version", f"other={french}", "--from", "es", "-f", "json",
                           "--model", "apertium-es-en")
    assert "looks like French" in err
    code, _, err = run_cli("compare", str(SAMPLE), "--version", f"original-fr={french}", "-f", "json")
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
    assert code == 0 and len(data["quotes"]) >= 14
    for quote in data["quotes"]:
        assert quote["versions"]["apertium-en-es via es"]["status"] in {"matched", "split", "merged", "indirect", "lost"}
    assert "<mark" in html.read_text()


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
    assert '<mark class="major"' in dom and "cuts the sentence" in dom  # artifacts highlighted, reason on hover


def test_file_spec_is_a_version(run_cli, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE)
    code, out, err = run_cli("compare", str(article), "--model", f"file:{article}", "-f", "json")
    data = json.loads(out)
    assert code == 0, err
    assert data["versions"][0]["kind"] == "file" and data["versions"][0]["mean_fidelity"] == 1.0
