"""The default (text) output of each command as a user piping it to a file sees it, and the
README's command reference kept in step with --help."""

from __future__ import annotations

from pathlib import Path

from . import evaluate_data

ROOT = Path(__file__).resolve().parent.parent

ARTICLE = """The council met on Monday to vote on the city budget.

"We will open the new library in June, whatever the weather brings us this spring," said Mayor Lucía Torres.
She added that the money was "final and fully funded."
"""


def test_quotes_table_in_a_file_keeps_every_column_whole(run_cli, tmp_path):
    article = tmp_path / "council.txt"
    article.write_text(ARTICLE)
    code, out, err = run_cli("quotes", str(article))
    assert code == 0, err
    assert out.startswith("2 quotations in")
    rows = [line for line in out.splitlines() if line.startswith("│")]
    assert len(rows) == 2  # one line a quotation: nothing wrapped
    assert "We will open the new library in June, whatever the weather brings us this spring," in rows[0]
    assert "Lucía Torres" in rows[0] and "direct" in rows[0]
    assert "Lucía Torres (She)" in rows[1] and "partial" in rows[1] and "final and fully funded." in rows[1]
    assert "…" not in out and "\x1b[" not in out


def test_nothing_found_is_a_sentence_not_an_empty_table_and_counts_agree_in_number(run_cli, tmp_path):
    plain = tmp_path / "plain.txt"
    plain.write_text("The council met on Monday. It voted on the budget.\n")
    one = tmp_path / "one.txt"
    one.write_text("The council met on Monday.\n")
    code, out, err = run_cli("quotes", str(plain))
    assert code == 0, err
    assert out.startswith("no quotations in") and "┏" not in out and "|" not in out
    code, out, err = run_cli("quotes", str(plain), "--format", "markdown")
    assert code == 0 and out == "No quotations.\n"
    code, out, err = run_cli("audit", str(one))
    assert code == 0, err
    assert "(en, 5 words, 1 sentence, 0 quotations)" in out and "no findings" in out and "┏" not in out
    code, out, err = run_cli("audit", str(one), "--format", "markdown")
    assert code == 0 and "1 sentence ·" in out and "No findings." in out and "| Where |" not in out
    code, out, err = run_cli("quotes", str(_one_quotation(tmp_path)))
    assert out.startswith("1 quotation in")


def _one_quotation(tmp_path):
    path = tmp_path / "quote.txt"
    path.write_text("“We will vote,” said Mayor Lucía Torres.\n")
    return path


def test_evaluate_table_in_a_file_shows_whole_scores_and_the_significance_key(run_cli, tmp_path):
    files = evaluate_data.files(tmp_path)
    code, out, err = run_cli("evaluate", "--src", files["src"], "--ref", files["ref"], "--hyp", f"good={files['good']}",
                             "--hyp", f"bad={files['bad']}", "--bootstrap", "100", "--trials", "100")
    assert code == 0, err
    rows = {line.split("│")[2].strip(): line for line in out.splitlines() if line.startswith("│ ") and "│" in line[2:]}
    assert "good (baseline)" in rows and "bad" in rows
    assert "▼" in rows["bad"] and "▼" not in rows["good (baseline)"]  # worse than the baseline, significantly
    assert "…" not in out and "\x1b[" not in out
    assert "paired bootstrap resampling" in out and "p < 0.05" in out


def test_models_list_names_the_offline_aliases(run_cli):
    code, out, err = run_cli("models", "list")
    assert code == 0, err
    row = next(line for line in out.splitlines() if line.startswith("│ apertium-en-es "))
    assert "apertium:eng-spa" in row and "en-es" in row
    assert "(offline, apt-get install apertium-eng-spa)" in row  # the description whole, on its row


def test_readme_command_reference_matches_help():
    from transcompare.cli.reference import command_reference, with_reference

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert with_reference(readme) == readme, "README out of date: python -m transcompare.cli.reference README.md"
    reference = command_reference()
    for command in ("audit", "quotes", "compare", "align", "translate", "evaluate run", "evaluate merge",
                    "evaluate compare", "models list", "models pull"):
        assert f"#### `transcompare {command}`" in reference
    assert "`--max-new-tokens <int range>`" in reference
    assert "`-f, --format <text\\|json\\|markdown>`" in reference  # "|" escaped inside a table cell
