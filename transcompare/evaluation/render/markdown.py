"""results.md and `evaluate -f markdown`: the scores with their directions and verdicts, and the analyses in brief."""

from __future__ import annotations

from ...report.markdown import escape
from ..analyses.quotations import OUTCOMES
from ..results import EvaluationResults
from . import interval_text, legend, number, p_text, percent, score_text

SEGMENTS_SHOWN = 3
NGRAMS_SHOWN = 5


def render_markdown(results: EvaluationResults) -> str:
    ranked = results.metric(results.ranked_by)
    out = [f"# Evaluation: {escape(results.testset)}", "",
           f"{results.segments} segments · {results.direction} · ranked by {ranked.label} {ranked.arrow} · "
           f"baseline **{escape(results.baseline)}**", "", legend(results), ""]
    head = ["#", "System", *(f"{m.label} {m.arrow}" for m in results.metrics), "95% intervals", "Quotes kept ↑",
            "Quote chrF ↑", "Artifacts/1k words ↓"]
    out += ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for rank, s in enumerate(results.systems, 1):
        cells = [score_text(s.scores[m.name]) for m in results.metrics]
        intervals = "; ".join(interval_text(s.scores[m.name]) for m in results.metrics)
        name = escape(s.name) + (" (baseline)" if s.name == results.baseline else "")
        out.append(f"| {rank} | {name} | " + " | ".join(cells) + f" | {intervals} | {percent(s.quotes.kept_rate)} | "
                   f"{number(s.quotes.quote_chrf)} | {number(s.artifacts.per_1000_words)} |")
    out += ["", "p-values against the baseline (paired bootstrap / approximate randomization):", ""]
    for s in results.systems:
        if s.name != results.baseline:
            out.append(f"- {escape(s.name)}: " + "; ".join(
                f"{m.label} {p_text(s.scores[m.name].p_bootstrap)} / {p_text(s.scores[m.name].p_randomization)}"
                for m in results.metrics))
    if results.analyses is not None:
        out += _analyses(results)
    out += _quotations_and_artifacts(results)
    out += ["", "## Signatures", ""]
    out += [f"- {m.label} ({m.direction}): `{m.signature}`" for m in results.metrics]
    out += [f"- note: {escape(n)}" for n in results.notes]
    return "\n".join(out) + "\n"


def _analyses(results: EvaluationResults) -> list[str]:
    a = results.analyses
    assert a is not None
    ranked = results.metric(results.ranked_by)
    out = ["", f"## {ranked.label} {ranked.arrow} by source-sentence length (words)", ""]
    head = ["System", *(f"{b.label} ({b.segments})" for b in a.length_buckets)]
    out += ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for s in results.systems:
        out.append(f"| {escape(s.name)} | " + " | ".join(number(b.scores[s.name][ranked.name]) for b in a.length_buckets) + " |")
    out += ["", "## Word F-measure ↑ by frequency of the word in the references", ""]
    head = ["System", *(escape(b.label) for b in a.frequency_buckets)]
    out += ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for s in results.systems:
        out.append(f"| {escape(s.name)} | " + " | ".join(number(b.scores[s.name]["f"], 3) for b in a.frequency_buckets) + " |")
    out += ["", f"## n-grams matched significantly more or less often than the baseline ({escape(results.baseline)})", ""]
    for entry in a.ngrams:
        more = ", ".join(f"“{escape(d.ngram)}” (+{d.system_only}/−{d.baseline_only})" for d in entry.more[:NGRAMS_SHOWN])
        fewer = ", ".join(f"“{escape(d.ngram)}” (+{d.system_only}/−{d.baseline_only})" for d in entry.fewer[:NGRAMS_SHOWN])
        out.append(f"- **{escape(entry.system)}**: {entry.significant_more} more often ({more or 'none'}); "
                   f"{entry.significant_fewer} less often ({fewer or 'none'})")
    out += ["", "## Segments that differ most from the baseline (sentence chrF)", ""]
    for differences in a.differing_segments:
        out.append(f"- **{escape(differences.system)}**: " + "; ".join(
            f"segment {escape(d.id)}: {d.baseline_chrf:.1f} → {d.chrf:.1f}" for d in differences.segments[:SEGMENTS_SHOWN]))
    return out


def _quotations_and_artifacts(results: EvaluationResults) -> list[str]:
    out = ["", "## Quotations of the reference", ""]
    outcomes = [o for o in OUTCOMES if any(o in s.quotes.outcomes for s in results.systems)]
    head = ["System", "Quotations", *outcomes]
    out += ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for s in results.systems:
        out.append(f"| {escape(s.name)} | {s.quotes.reference_quotes} | " +
                   " | ".join(str(s.quotes.outcomes.get(o, 0)) for o in outcomes) + " |")
    out += ["", "## Artifacts ↓ (audit findings beyond those the source shows on the same segment)", ""]
    reference = results.reference_artifacts
    detectors = sorted({d.detector for s in results.systems for d in s.artifacts.by_detector}
                       | {d.detector for d in reference.by_detector})
    head = ["System", "per 1k words", *detectors]
    out += ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for name, artifacts in [("*the reference*", reference), *((escape(s.name), s.artifacts) for s in results.systems)]:
        counts = {d.detector: d.count for d in artifacts.by_detector}
        out.append(f"| {name} | {number(artifacts.per_1000_words)} | " +
                   " | ".join(str(counts.get(d, 0)) for d in detectors) + " |")
    return out
