"""Apertium, the offline rule-based translator, through one subprocess per batch.

Unknown-word marks (*word unknown, #word not generated, @word untranslated) are kept
as evidence for the artifact report and removed from the text shown.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from functools import lru_cache
from pathlib import Path

from ..errors import ModelError
from .base import Mark

INSTALL = "sudo apt-get install apertium apertium-eng-spa"
_MARK = re.compile(r"(?<![\w])([*#@])(?=\w)")
_KINDS = {"*": "unknown", "#": "ungenerated", "@": "untranslated"}


@lru_cache(maxsize=1)
def installed_modes() -> tuple[str, ...]:
    if not shutil.which("apertium"):
        return ()
    result = subprocess.run(["apertium", "-l"], capture_output=True, text=True, timeout=30)
    return tuple(line.strip() for line in result.stdout.splitlines() if line.strip())


def _mode_version(mode: str) -> str:
    for folder in (Path("/usr/share/apertium/modes"), Path("/usr/local/share/apertium/modes")):
        path = folder / f"{mode}.mode"
        if path.exists():
            stat = path.stat()
            return f"{int(stat.st_mtime)}-{stat.st_size}"
    return "unknown"


class ApertiumBackend:
    preferred_batch_size = 2000

    def __init__(self, mode: str, source: str, target: str, name: str | None = None):
        if not shutil.which("apertium"):
            raise ModelError(f"Apertium is not installed. Install it with: {INSTALL}")
        if mode not in installed_modes():
            have = ", ".join(installed_modes()) or "none"
            raise ModelError(f"Apertium mode {mode!r} is not installed (installed: {have}). Install it with: {INSTALL}")
        self.mode, self.source, self.target = mode, source, target
        self.name = name or f"apertium:{mode}"
        self.fingerprint = f"apertium:{mode}@{_mode_version(mode)}"

    def _run(self, text: str) -> str:
        try:
            result = subprocess.run(["apertium", "-f", "txt", self.mode], input=text, capture_output=True,
                                    text=True, timeout=600)
        except subprocess.TimeoutExpired:
            raise ModelError(f"{self.name}: Apertium took over 10 minutes on one batch") from None
        if result.returncode != 0:
            raise ModelError(f"{self.name}: Apertium failed: {result.stderr.strip()[:200]}")
        return result.stdout

    def translate(self, segments: list[str]) -> list[str]:
        # One line per segment; newlines inside a segment would break the line count.
        lines = [" ".join(s.split()) for s in segments]
        out = self._run("\n".join(lines) + "\n").split("\n")
        if out and out[-1] == "":
            out.pop()
        if len(out) != len(lines):  # should not happen; never guess which line is which
            out = [self._run(line + "\n").rstrip("\n") if line else "" for line in lines]
        return [o.strip() if line else "" for o, line in zip(out, lines)]

    @staticmethod
    def clean(text: str) -> tuple[str, list[Mark]]:
        """Remove *, # and @ marks; return where the marked words are in the cleaned text."""
        marks: list[Mark] = []
        out: list[str] = []
        last = removed = 0
        for match in _MARK.finditer(text):
            out.append(text[last : match.start()])
            word = re.match(r"[\w’'-]+", text[match.end() :]).group(0)
            start = match.start() - removed
            marks.append(Mark(start, start + len(word), word, _KINDS[match.group(1)]))
            removed += 1
            last = match.end()
        out.append(text[last:])
        return "".join(out), marks
