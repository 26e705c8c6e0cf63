"""scores.svg (also inlined in report.html): each metric's scores with 95% intervals, coloured by
the verdict against the baseline. Plain SVG written here: no plotting library, no script."""

from __future__ import annotations

from html import escape

from ..results import BASELINE, BETTER, WORSE, EvaluationResults

COLOURS = {BETTER: "#2e8b3d", WORSE: "#c8372d", BASELINE: "#8c8c8c"}
NEUTRAL = "#6f8fb0"
ROW = 18
LABEL = 170
PANEL = 260
GAP = 30
TOP = 44


def chart_svg(results: EvaluationResults) -> str:
    systems = results.systems
    metrics = results.metrics
    width = LABEL + len(metrics) * (PANEL + GAP)
    height = TOP + ROW * len(systems) + 44
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
           'font-family="sans-serif" font-size="11" role="img">',
           f'<title>{escape(results.testset)}: scores with 95% intervals; grey: baseline, green: significantly better, '
           'red: significantly worse, blue: no significant difference</title>']
    for row, system in enumerate(systems):
        y = TOP + row * ROW
        out.append(f'<text x="{LABEL - 6}" y="{y + 12}" text-anchor="end">{escape(_short(system.name))}</text>')
    for column, metric in enumerate(metrics):
        x0 = LABEL + column * (PANEL + GAP)
        scores = [s.scores[metric.name] for s in systems]
        top = max([s.ci95[1] for s in scores] + [s.score for s in scores] + [1e-9])
        scale = PANEL / (top * 1.05)
        out.append(f'<text x="{x0}" y="{TOP - 22}" font-weight="bold">{escape(metric.label)} {metric.arrow} '
                   f'({metric.direction})</text>')
        out.append(f'<line x1="{x0}" y1="{TOP - 4}" x2="{x0}" y2="{TOP + ROW * len(systems)}" stroke="#999"/>')
        for row, score in enumerate(scores):
            y = TOP + row * ROW
            bar = max(0.0, score.score * scale)
            colour = COLOURS.get(score.verdict, NEUTRAL)
            low, high = x0 + max(0.0, score.ci95[0]) * scale, x0 + max(0.0, score.ci95[1]) * scale
            out.append(f'<rect x="{x0}" y="{y + 3}" width="{bar:.1f}" height="{ROW - 6}" fill="{colour}">'
                       f'<title>{escape(systems[row].name)}: {score.score:.2f} [{score.ci95[0]:.2f}–{score.ci95[1]:.2f}]'
                       f'</title></rect>')
            out.append(f'<line x1="{low:.1f}" y1="{y + ROW / 2}" x2="{high:.1f}" y2="{y + ROW / 2}" stroke="#222"/>')
            out.append(f'<text x="{x0 + bar + 4:.1f}" y="{y + 12}" fill="#333">{score.score:.1f}</text>')
    out.append(f'<text x="{LABEL}" y="{height - 24}" fill="#555">grey: the baseline ({escape(_short(results.baseline))}) · '
               'green: significantly better · red: significantly worse</text>')
    out.append(f'<text x="{LABEL}" y="{height - 8}" fill="#555">blue: no significant difference · lines: 95% intervals</text>')
    out.append("</svg>")
    return "\n".join(out)


def _short(name: str, limit: int = 28) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"
