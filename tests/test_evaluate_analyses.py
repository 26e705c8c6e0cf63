"""The analyses that explain evaluate's scores, on sentences written for these tests."""

import json

import numpy as np
import pytest

from transcompare.evaluation.analyses import quotations
from transcompare.evaluation.analyses.artifacts import ArtifactTally, audit_output, audit_source
from transcompare.evaluation.analyses.differing_segments import pick
from transcompare.evaluation.analyses.ngram_differences import benjamini_hochberg, sign_test
from transcompare.evaluation.groups import ChunkGroup, Group, group_text
from transcompare.evaluation.testset import Segment
from transcompare.fidelity import word_diff

from . import evaluate_data as data


def chunk_group(sources, references, target="en", source="es"):
    segments = [Segment(i, str(i + 1), s, r, "") for i, (s, r) in enumerate(zip(sources, references))]
    return ChunkGroup(Group(0, len(segments)), segments, group_text(references, target), source)


def outcomes(reference, output, target="en", source_text="«Texto», dijo."):
    group = chunk_group([source_text], [reference], target)
    return [e.outcome for e in quotations.quote_events(group_text([output], target), group)]


REFERENCE = "“We will build the new bridge next year,” the mayor said on Monday."


@pytest.mark.parametrize("output, expected", [
    ("“We will build the new bridge next year,” the mayor said on Monday.", "kept"),
    ("«We will build a new bridge next year», said the mayor on Monday.", "kept"),
    ("We will build the new bridge next year, the mayor said on Monday.", "marks dropped"),
    ("&quot;We will build the new bridge next year,&quot; the mayor said on Monday.", "entity-encoded"),
    ("The mayor said that they will build the new bridge next year.", "indirect speech"),
    ("The mayor spoke on Monday.", "text missing"),
])
def test_each_lost_quotation_gets_its_reason(output, expected):
    assert outcomes(REFERENCE, output) == [expected]


def test_a_reporting_clause_the_reference_has_too_is_not_indirect_speech():
    reference = "The mayor said that “the bridge will open next year,” and left."
    assert outcomes(reference, "The mayor said that the bridge will open next year, and left.") == ["marks dropped"]


def test_spanish_dash_dialogue_is_not_lost():
    reference = "«Construiremos el puente nuevo el próximo año», dijo el alcalde el lunes."
    output = "—Construiremos el puente nuevo el próximo año —dijo el alcalde el lunes."
    assert outcomes(reference, output, target="es", source_text="“We will build it,” he said.") == ["kept as dash dialogue"]


def test_quotation_tally_counts_and_examples():
    tally = quotations.QuoteTally()
    group = chunk_group(["«Texto», dijo."], [REFERENCE])
    for output in ("&quot;We will build the new bridge next year,&quot; the mayor said on Monday.", REFERENCE):
        tally.add(group_text([output], "en"), group)
    tally.add(group.reference, group)  # the reference itself: kept, word for word
    summary = tally.finish()
    assert summary.reference_quotes == 3 and summary.kept == 2 and summary.outcomes["entity-encoded"] == 1
    assert summary.quote_chrf == 100.0 and summary.speaker_kept_rate == 1.0
    assert summary.examples["entity-encoded"][0].segment == "1"


def _tally(sources, references, outputs, alone=True):
    group = chunk_group(sources, references)
    output = group_text(outputs, "en")
    findings = audit_output(output, group)
    tally = ArtifactTally()
    tally.add(output, findings, audit_source(group, {f.detector for f in findings}), group, alone)
    return tally.finish()


def test_artifacts_count_what_the_translation_introduced():
    loop = _tally(["El consejo aprobó el plan."], ["The council approved the plan."],
                  ["The council council council council approved the plan."])
    assert loop.artifacts == 1 and loop.by_detector[0].detector == "mt.repetition"
    assert loop.by_detector[0].examples[0].segment == "1" and "council" in loop.by_detector[0].examples[0].evidence
    # the same loop in the source is inherited, not introduced
    inherited = _tally(["No, no, no, no, dijo el alcalde mientras el consejo votaba."], ["No, he said."],
                       ["No, no, no, no, said the mayor while the council voted."])
    assert inherited.found >= inherited.artifacts == 0


def test_a_segment_alone_is_not_blamed_for_its_neighbours_quotation_marks():
    # The first sentence of a quotation that goes on in the next segment has no closing mark.
    opened = "“The bridge will be closed for a month while the engineers replace the cables."
    source = "«El puente estará cerrado un mes mientras los ingenieros cambian los cables»."
    assert _tally([source], [opened], [opened]).artifacts == 0
    assert _tally([source], [opened], [opened], alone=False).artifacts == 1  # in a document it is a real finding
    assert _tally([source[:-2] + "."], [opened], [opened], alone=False).artifacts == 0  # the source's own, inherited


def test_artifact_rate_tells_a_careful_translation_from_a_literal_one(run_cli, tmp_path):
    """Calques and a decoder loop in a literal output; the careful one (the reference) has none."""
    srcs = [f"El ministro aseguró que el plan del día {i} no se detendrá." for i in range(30)]
    refs = [f"The minister said the plan for day {i} would not stop." for i in range(30)]
    literal = [f"The minister assured that the plan of the day {i} does not stop of stopping stopping stopping."
               for i in range(30)]
    args = ["--src", data.write_lines(tmp_path / "s.es", srcs), "--ref", data.write_lines(tmp_path / "r.en", refs),
            "--hyp", f"human={data.write_lines(tmp_path / 'h.en', refs)}",
            "--hyp", f"literal={data.write_lines(tmp_path / 'l.en', literal)}",
            "--bootstrap", "50", "--trials", "50", "-f", "json"]
    code, out, err = run_cli("evaluate", *args)
    assert code == 0, err
    results = json.loads(out)
    rates = {s["name"]: s["artifacts"]["per_1000_words"] for s in results["systems"]}
    assert rates["human"] == results["reference_artifacts"]["per_1000_words"] == 0.0
    assert rates["literal"] > 20


def test_length_and_frequency_buckets(run_cli, tmp_path):
    files = data.files(tmp_path)
    code, out, err = run_cli("evaluate", "--src", files["src"], "--ref", files["ref"], "--hyp", f"good={files['good']}",
                             "--hyp", f"bad={files['bad']}", "--bootstrap", "50", "--trials", "50", "-f", "json")
    assert code == 0, err
    analyses = json.loads(out)["analyses"]
    lengths = {b["label"]: b for b in analyses["length_buckets"]}
    assert sum(b["segments"] for b in lengths.values()) == 40 and set(lengths) <= {"<10", "10–19", "20–29"}
    assert all(b["scores"]["good"]["bleu"] > b["scores"]["bad"]["bleu"] for b in lengths.values())
    frequency = {b["label"]: b for b in analyses["frequency_buckets"]}
    # "bridge" is in 36 references: bad replaced it everywhere; a word only bad writes has no reference frequency
    common = frequency["10–99"]["scores"]
    assert common["good"]["f"] > common["bad"]["f"]
    unseen = frequency["0 (not in the references)"]
    assert unseen["reference_words"] == 0 and unseen["scores"]["bad"]["written"] > 0 and unseen["scores"]["bad"]["recall"] is None


def test_ngrams_matched_significantly_more_often_than_the_baseline(run_cli, tmp_path):
    files = data.files(tmp_path)
    code, out, err = run_cli("evaluate", "--src", files["src"], "--ref", files["ref"], "--hyp", f"bad={files['bad']}",
                             "--hyp", f"good={files['good']}", "--bootstrap", "50", "--trials", "50", "-f", "json")
    assert code == 0, err
    (entry,) = json.loads(out)["analyses"]["ngrams"]
    assert entry["system"] == "good" and entry["significant_more"] > 0
    more = {d["ngram"]: d for d in entry["more"]}
    # bad wrote "wanted" for "agreed to" everywhere: good matches those n-grams and bad never does
    assert more["agreed to"]["system_only"] >= 30 and more["agreed to"]["baseline_only"] == 0
    assert len(entry["more"]) == 10 < entry["significant_more"]  # the ten strongest are shown
    assert all(d["q"] < 0.05 for d in entry["more"] + entry["fewer"])
    assert not any(d["ngram"] == "fix" for d in entry["more"])  # not in the references


def test_sign_test_and_benjamini_hochberg():
    assert sign_test(6, 0) == pytest.approx(2 / 64) and sign_test(3, 3) == 1.0
    assert sign_test(10, 2) == pytest.approx(0.03857, abs=1e-4)
    assert sign_test(4000, 3000) < 1e-10  # the normal approximation beyond 5,000
    q = benjamini_hochberg(np.array([0.01, 0.04, 0.03, 0.5]))
    assert q.tolist() == pytest.approx([0.04, 0.04 * 4 / 3, 0.04 * 4 / 3, 0.5])


def test_segments_that_differ_most_with_word_diffs(run_cli, tmp_path):
    chrf = {"base": np.array([50.0, 60.0, 70.0, 80.0]), "other": np.array([50.0, 90.0, 20.0, 79.0])}
    assert pick(chrf, "base", shown=2) == {"other": [2, 1]}  # largest gap first; equal segments never shown
    assert word_diff("the old bridge was closed", "The new bridge was closed today", exact=True) == (
        ("delete", "the old"), ("insert", "The new"), ("equal", "bridge was closed"), ("insert", "today"))  # case counts
    files = data.files(tmp_path)
    code, out, err = run_cli("evaluate", "--src", files["src"], "--ref", files["ref"], "--hyp", f"good={files['good']}",
                             "--hyp", f"bad={files['bad']}", "--bootstrap", "50", "--trials", "50", "-f", "json")
    assert code == 0, err
    (entry,) = json.loads(out)["analyses"]["differing_segments"]
    assert entry["system"] == "bad" and len(entry["segments"]) == 10
    first = entry["segments"][0]
    assert first["chrf"] < first["baseline_chrf"] and first["src"] and first["ref"] and first["output"] != first["baseline_output"]
    kept_or_deleted = " ".join(words for op, words in first["diff"] if op in ("equal", "delete"))
    kept_or_inserted = " ".join(words for op, words in first["diff"] if op in ("equal", "insert"))
    assert kept_or_deleted.split() == first["baseline_output"].split()  # the diff rebuilds both outputs
    assert kept_or_inserted.split() == first["output"].split()
    assert any(op == "delete" for op, _ in first["diff"])


def test_no_analyses(run_cli, tmp_path):
    files = data.files(tmp_path)
    code, out, err = run_cli("evaluate", "--src", files["src"], "--ref", files["ref"], "--hyp", f"good={files['good']}",
                             "--hyp", f"bad={files['bad']}", "--bootstrap", "50", "--trials", "50", "--no-analyses",
                             "-f", "json", "--out", str(tmp_path / "out"))
    assert code == 0, err
    results = json.loads(out)
    assert results["analyses"] is None and results["systems"][1]["quotes"]["reference_quotes"] == 3
    assert "--no-analyses" in (tmp_path / "out" / "report.html").read_text()
