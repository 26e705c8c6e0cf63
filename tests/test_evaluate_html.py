"""report.html in a real browser (headless Chromium): colours follow significance and direction,
every analysis section is there, the page's own script runs under its CSP and nothing else does."""

import base64
import hashlib
import json
import re
import shutil
import subprocess

import pytest

from . import evaluate_data as data

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
COLOURS = {"better": "rgb(205, 236, 207)", "worse": "rgb(247, 207, 203)", "baseline": "rgb(228, 228, 228)",
           "same": "rgb(255, 255, 255)"}
EVIL = "x<script>document.body.setAttribute('data-pwned','1')</script>"

# Run by the test only: records what the browser computed, and sorts the score table by BLEU.
PROBE = """
document.querySelectorAll("td.score").forEach(function (td) {
  td.setAttribute("data-bg", getComputedStyle(td).backgroundColor);
});
var head = Array.prototype.find.call(document.querySelectorAll("#scores th"), function (th) { return th.textContent.indexOf("BLEU") === 0; });
head.click();
document.body.setAttribute("data-first-after-sort", document.querySelector("#scores tbody tr").getAttribute("data-system"));
"""


def _hash(text):
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_report_in_a_real_browser(run_cli, tmp_path):
    files = data.files(tmp_path)
    evil = data.write_lines(tmp_path / "evil.en", [r.replace("council", "<b>council</b>") for r in data.middling()])
    out = tmp_path / "out"
    code, _, err = run_cli("evaluate", "--src", files["src"], "--ref", files["ref"], "--hyp", f"middling={files['middling']}",
                           "--hyp", f"good={files['good']}", "--hyp", f"bad={files['bad']}",
                           "--hyp", f"{EVIL}={evil}", "--metrics", "bleu,ter", "--bootstrap", "200", "--trials", "200",
                           "--out", str(out))
    assert code == 0, err
    results = json.loads((out / "results.json").read_text())
    page = (out / "report.html").read_text()
    policy = re.search(r'content="(default-src[^"]+)"', page).group(1)
    probed = page.replace(policy, policy.replace("script-src ", f"script-src '{_hash(PROBE)}' "))
    probed = probed.replace("</body>", f"<script>{PROBE}</script></body>")
    (tmp_path / "probed.html").write_text(probed)
    dom = subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}",
         "--dump-dom", (tmp_path / "probed.html").as_uri()], capture_output=True, text=True, timeout=120).stdout
    assert "<body" in dom and 'data-pwned="1"' not in dom  # a system's name or output never runs
    assert "&lt;b&gt;council&lt;/b&gt;" in dom and "x&lt;script&gt;document.body" in dom  # shown as text
    cells = re.findall(r'<td class="score v-(\w+)" data-verdict="(\w+)" data-metric="(\w+)" data-value="([\d.]+)"[^>]*'
                       r'data-bg="([^"]+)"', dom)
    assert len(cells) == 2 * len(results["systems"])
    for css, verdict, _, _, colour in cells:
        assert css == verdict and colour == COLOURS[verdict]
    verdicts = {(s["name"], m): sc["verdict"] for s in results["systems"] for m, sc in s["scores"].items()}
    assert verdicts[("good", "bleu")] == verdicts[("good", "ter")] == "better"  # TER lower, and green
    assert verdicts[("bad", "ter")] == "worse" and verdicts[("middling", "ter")] == "baseline"
    scores = {(s["name"], m): sc["score"] for s in results["systems"] for m, sc in s["scores"].items()}
    assert scores[("good", "ter")] < scores[("middling", "ter")] and scores[("good", "bleu")] > scores[("middling", "bleu")]
    assert sum(1 for _, v, m, _, _ in cells if v == "better" and m == "ter") >= 1
    assert 'id="controls" class="controls"' in dom and 'id="controls" class="controls" hidden' not in dom  # our script ran
    assert 'data-first-after-sort="bad"' in dom  # sorted by BLEU, lowest first
    for section in ("scores", "length", "frequency", "ngrams", "segments", "quotations", "artifacts", "signatures"):
        assert f'<section id="{section}">' in dom, section
    assert "<del>" in dom and "<ins>" in dom and "TER ↓" in dom and "BLEU ↑" in dom
