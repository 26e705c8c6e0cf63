"""The terminal table (rich)."""

from __future__ import annotations

from ..results import BASELINE, BETTER, WORSE, EvaluationResults
from . import interval_text, legend, number, percent, score_text

STYLES = {BETTER: "green", WORSE: "red", BASELINE: "bold"}


def results_table(results: EvaluationResults):
    from rich.table import Table
    from rich.text import Text

    ranked = results.metric(results.ranked_by)
    table = Table(title=f"{results.testset} · {results.segments} segments · {results.direction} · ranked by "
                        f"{ranked.label} {ranked.arrow} · baseline {results.baseline}",
                  title_justify="left", caption=legend(results), caption_justify="left")
    table.add_column("#")
    table.add_column("system")
    for metric in results.metrics:
        table.add_column(f"{metric.label} {metric.arrow}", justify="right")
    for column in ("quotes kept ↑", "quote chrF ↑", "artifacts/1k words ↓", "segments/s ↑"):
        table.add_column(column, justify="right")
    for rank, system in enumerate(results.systems, 1):
        cells = []
        for metric in results.metrics:
            score = system.scores[metric.name]
            cells.append(Text(f"{score_text(score)} [{interval_text(score)}]", style=STYLES.get(score.verdict, "")))
        name = Text(system.name + (" (baseline)" if system.name == results.baseline else ""),
                    style="bold" if system.name == results.baseline else "")
        table.add_row(str(rank), name, *cells, percent(system.quotes.kept_rate), number(system.quotes.quote_chrf),
                      number(system.artifacts.per_1000_words), number((system.speed or {}).get("segments_per_s")))
    return table


def reference_line(results: EvaluationResults) -> str | None:
    reference = results.reference_artifacts
    return (f"Artifacts per 1,000 words count the audit's findings beyond those the source shows on the same segment; "
            f"the reference, measured alike: {number(reference.per_1000_words)}.")
