"""report.html: self-contained (no external assets, no network), every text escaped by Jinja2.

Sorting and filtering come from one small inline script; the Content-Security-Policy
allows only that script and the inline style, by their SHA-256 hashes, so nothing
else can run even if a segment's text tried to. Without the script everything is
shown, unsorted.
"""

from __future__ import annotations

import base64
import hashlib

from ..analyses.artifacts import ArtifactSummary
from ..analyses.quotations import OUTCOMES
from ..results import EvaluationResults
from . import MARKS, VERDICT_WORDS, number, percent

STYLE = """
body { font: 15px/1.45 system-ui, sans-serif; margin: 1.5em; color: #222; max-width: 110em; }
table { border-collapse: collapse; margin: .5em 0 1em; }
th, td { border: 1px solid #ddd; padding: .25em .5em; text-align: right; vertical-align: top; }
th { background: #f4f4f4; position: sticky; top: 0; cursor: default; }
table.sortable th { cursor: pointer; }
td:first-child, th:first-child, td.text { text-align: left; }
#scores td, #scores th, #length td, #frequency td, #quotations td, #artifacts td { white-space: nowrap; }
#scores td:nth-child(2), #scores th:nth-child(2) { text-align: left; }
.small { color: #555; font-size: .85em; }
td.v-better, .chip.v-better { background: #cdeccf; color: #114d1d; }
td.v-worse, .chip.v-worse { background: #f7cfcb; color: #7a1a12; }
td.v-baseline, .chip.v-baseline { background: #e4e4e4; color: #222; }
td.v-same, .chip.v-same { background: #fff; color: #222; }
.chip { padding: 0 .4em; border: 1px solid #ccc; border-radius: 3px; }
.badge { font-size: .75em; background: #e4e4e4; border-radius: 3px; padding: 0 .3em; }
.legend { font-size: .9em; }
div.chart { overflow-x: auto; }
details { margin: .3em 0; } summary { cursor: pointer; }
.columns { display: flex; gap: 2em; flex-wrap: wrap; }
.segment { border-top: 1px solid #eee; padding: .3em 0; }
dl { display: grid; grid-template-columns: 9em 1fr; gap: .1em .8em; margin: .2em 0; } dt { color: #555; } dd { margin: 0; }
del { background: #f7cfcb; text-decoration: line-through; } ins { background: #cdeccf; text-decoration: none; }
b.up { color: #114d1d; } b.down { color: #7a1a12; }
.sev-critical { color: #7a1a12; font-weight: bold; } .sev-major { color: #a0521b; } .sev-minor { color: #555; }
mark { background: #fff1a8; }
tr.reference td { background: #f4f4f4; font-style: italic; }
[hidden], .filtered { display: none !important; }
nav { margin: .5em 0; }
"""

SCRIPT = """
(function () {
  document.getElementById("controls").hidden = false;
  var filter = document.getElementById("filter");
  filter.addEventListener("input", function () {
    var wanted = filter.value.trim().toLowerCase();
    document.querySelectorAll("[data-system]").forEach(function (el) {
      var name = el.getAttribute("data-system").toLowerCase();
      el.classList.toggle("filtered", wanted !== "" && name.indexOf(wanted) < 0);
    });
  });
  document.querySelectorAll("table.sortable").forEach(function (table) {
    var heads = table.querySelectorAll("thead th");
    heads.forEach(function (th, column) {
      th.addEventListener("click", function () {
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        var up = th.getAttribute("data-sorted") !== "up";
        heads.forEach(function (h) { h.removeAttribute("data-sorted"); });
        th.setAttribute("data-sorted", up ? "up" : "down");
        function key(row) {
          var cell = row.cells[column];
          var value = cell.getAttribute("data-value");
          return value === null ? cell.textContent.trim().toLowerCase() : parseFloat(value);
        }
        rows.sort(function (a, b) {
          var x = key(a), y = key(b);
          var order = (typeof x === "number" && typeof y === "number") ? x - y : String(x).localeCompare(String(y));
          return up ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });
})();
"""


def _hash(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def render_html(results: EvaluationResults, chart: str | None = None) -> str:
    from ...report.templating import environment

    template = environment().get_template("evaluate.html")
    outcomes = [o for o in OUTCOMES if any(o in s.quotes.outcomes for s in results.systems)]
    detectors = sorted({d.detector for s in results.systems for d in s.artifacts.by_detector}
                       | {d.detector for d in results.reference_artifacts.by_detector})
    return template.render(
        r=results, ranked=results.metric(results.ranked_by), chart=chart,
        style=STYLE, script=SCRIPT, style_hash=_hash(STYLE), script_hash=_hash(SCRIPT), marks=MARKS,
        words=VERDICT_WORDS, pct=percent, num=number, outcomes=[o for o in outcomes if o != "kept"], detectors=detectors,
        detector_counts=_detector_counts, reference_counts=_detector_counts(results.reference_artifacts))


def _detector_counts(artifacts: ArtifactSummary) -> dict[str, int]:
    return {d.detector: d.count for d in artifacts.by_detector}
