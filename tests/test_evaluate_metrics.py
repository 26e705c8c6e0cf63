"""Metrics and significance tests against sacrebleu itself, on sentences written for these tests."""

import numpy as np
import pytest

from transcompare.evaluation.metrics import METRICS, MetricOptions, all_metrics, make_metric
from transcompare.evaluation.significance import approximate_randomization, bootstrap

from . import evaluate_data as data

REFS = data.references() + [
    "", "a", "  spaced   out  ", "Ñandú, café y acción — “comillas” «latinas».", "😀 emoji at the start 😀",
    "Tab\tinside", "Numbers: 1,000.5 and 3/4 and 10%.", "x x x x x x x x", "(parenthesis) [brackets] {braces}",
    "Mr. Smith's U.S.-based co-op didn't pay.",
]
HYPS = data.middling() + [
    "not empty", "", "spaced out", "Nandu, cafe y accion - \"comillas\" latinas.", "😀 emoji 😀 at start",
    "Tab inside", "Numbers: 1,000.5 and 3/4 and 10 %.", "x x x", "(parenthesis) [brackets]", "Mr Smith's US-based coop did not pay.",
]


def sacrebleu_metric(name):
    from sacrebleu.metrics import BLEU, CHRF, TER

    return {"bleu": BLEU(), "chrf": CHRF(), "chrf++": CHRF(word_order=2), "ter": TER()}[name]


@pytest.mark.parametrize("name", ["bleu", "chrf", "chrf++", "ter"])
def test_statistics_and_scores_are_sacrebleus(name):
    ours = make_metric(name)
    theirs = sacrebleu_metric(name)
    stats = ours.statistics(ours.prepare([], REFS), HYPS, [])
    expected = np.asarray(theirs._extract_corpus_statistics(HYPS, [REFS]), dtype=np.float64)
    assert stats.tolist() == expected.tolist()
    assert ours.score(stats.sum(0)) == theirs._compute_score_from_stats(expected.sum(0).tolist()).score
    # Resampled totals, in float32 as sacrebleu's bootstrap sums them: the same scores to the last bit.
    picks = np.random.default_rng(3).choice(len(HYPS), size=(40, len(HYPS)))
    totals32 = expected.astype(np.float32)[picks].sum(1)
    assert ours.scores(totals32).tolist() == [theirs._compute_score_from_stats(t).score for t in totals32]


@pytest.mark.parametrize("name", ["bleu", "chrf"])
def test_sentence_scores_are_sacrebleus(name):
    from sacrebleu.metrics import BLEU, CHRF

    ours = make_metric(name)
    rows = ours.statistics(ours.prepare([], REFS), HYPS, [])
    sentence = BLEU(effective_order=True) if name == "bleu" else CHRF()
    expected = [sentence.sentence_score(h, [r]).score for h, r in zip(HYPS, REFS)]
    assert ours.sentence_scores(rows) == pytest.approx(expected, abs=1e-9)


def test_a_metric_is_a_class_in_the_registry():
    known = all_metrics()
    assert set(known) >= {"bleu", "chrf", "chrf++", "ter", "comet"}
    for name, cls in known.items():
        metric = cls(MetricOptions())
        assert metric.name == name and isinstance(metric.higher_is_better, bool) and metric.label
    assert not METRICS["ter"].higher_is_better and not METRICS["comet"].in_worker
    assert "comet-model" in METRICS["comet"].unavailable(MetricOptions()) or "unbabel-comet" in METRICS["comet"].unavailable(MetricOptions())


def _paired_test(kind, systems, refs, samples):
    from sacrebleu.metrics import BLEU, CHRF
    from sacrebleu.significance import PairedTest

    metrics = {"BLEU": BLEU(references=[refs]), "chrF2": CHRF(references=[refs])}
    return PairedTest(systems, metrics, None, test_type=kind, n_samples=samples)()[1]


def test_paired_bootstrap_and_intervals_equal_sacrebleus(monkeypatch):
    monkeypatch.setenv("SACREBLEU_SEED", "12345")
    refs = data.references()
    systems = [("baseline", data.good()), ("close", data.middling()), ("far", data.bad()), ("same", data.good())]
    expected = _paired_test("bs", systems, refs, 300)
    for ours_name, theirs_name in (("bleu", "BLEU"), ("chrf", "chrF2")):
        metric = make_metric(ours_name)
        prepared = metric.prepare([], refs)
        stats = [metric.statistics(prepared, hyps, []) for _, hyps in systems]
        scores = [metric.score(s.sum(0)) for s in stats]
        resampled = bootstrap(metric, stats, 300)
        for index, result in enumerate(expected[theirs_name]):
            mean, half, _, _ = resampled.interval(index)
            assert (round(mean, 4), round(half, 4)) == (round(float(result.mean), 4), round(float(result.ci), 4))
            if index:
                assert resampled.p_value(0, index, abs(scores[0] - scores[index])) == result.p_value


def test_approximate_randomization_equals_sacrebleus(monkeypatch):
    monkeypatch.setenv("SACREBLEU_SEED", "7")
    refs = data.references()
    systems = [("baseline", data.good()), ("close", data.middling()), ("far", data.bad())]
    expected = _paired_test("ar", systems, refs, 400)
    metric = make_metric("chrf")
    prepared = metric.prepare([], refs)
    stats = [metric.statistics(prepared, hyps, []) for _, hyps in systems]
    scores = [metric.score(s.sum(0)) for s in stats]
    ours = approximate_randomization(metric, stats[0], stats[1:], [abs(scores[0] - s) for s in scores[1:]], 400)
    assert ours == [r.p_value for r in expected["chrF2"][1:]]


def test_resamples_are_drawn_in_blocks_beyond_the_memory_bound(monkeypatch):
    from transcompare.evaluation import significance

    metric = make_metric("chrf")
    refs = data.references()
    prepared = metric.prepare([], refs)
    stats = [metric.statistics(prepared, hyps, []) for hyps in (data.good(), data.bad())]
    whole = bootstrap(metric, stats, 200)
    monkeypatch.setattr(significance, "MAX_CELLS", 100)  # fewer than one resample's draws per block
    blocks = bootstrap(metric, stats, 200)
    assert blocks.scores.shape == whole.scores.shape == (200, 2)
    assert abs(blocks.interval(1)[0] - whole.interval(1)[0]) < 1.0  # same distribution, other draws


def _random_texts(rng, alphabet: str, count: int) -> list[str]:
    """Texts of words drawn from a set (so n-grams repeat and clipping matters), with runs of
    mixed whitespace, and now and then an empty or whitespace-only text."""
    words = ["".join(rng.choice(list(alphabet), size=rng.integers(1, 6))) for _ in range(max(30, len(alphabet) // 2))]
    spaces = [" ", " ", " ", "  ", "\t", "\u00a0", "\u3000", " \n "]
    texts = []
    for _ in range(count):
        n = rng.integers(0, 25)
        texts.append("".join(str(rng.choice(words)) + str(rng.choice(spaces)) for _ in range(n)) if n != 3 else " \t ")
    return texts


@pytest.mark.parametrize("alphabet, packed", [
    ("abcde,.'-", True),  # few characters: chrF's n-grams packed into one integer each
    ("aábcçdeé\u0301ñ😀“”«»—-.,!? 0123456789", True),  # accents (precomposed and combining), emoji, quotation marks
    ("".join(chr(c) for c in range(0x4E00, 0x4E00 + 300)) + "abc", False),  # too many characters to pack: n-gram ids
])
@pytest.mark.parametrize("name", ["bleu", "chrf", "chrf++"])
def test_statistics_equal_sacrebleus_on_many_random_texts(name, alphabet, packed):
    from transcompare.evaluation.metrics.ngrams import PackedNgrams

    rng = np.random.default_rng(len(alphabet))
    refs = _random_texts(rng, alphabet, 300)
    ours, theirs = make_metric(name), sacrebleu_metric(name)
    prepared = ours.prepare([], refs)
    if name != "bleu":
        assert isinstance(prepared.characters, PackedNgrams) == packed
    for hyps in (_random_texts(rng, alphabet, 300), refs, [r[: len(r) // 2] for r in refs]):
        expected = np.asarray(theirs._extract_corpus_statistics(hyps, [refs]), dtype=np.float64)
        assert ours.statistics(prepared, hyps, []).tolist() == expected.tolist()
