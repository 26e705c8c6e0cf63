"""Apertium, the offline rule-based translator, through one subprocess per batch.

Unknown-word marks (*word unknown, #word not generated, @word untranslated) are kept
as evidence for the artifact report and removed from the text shown. A mark can sit
inside a token ("1990*s" from "1990s"): there it is told from a literal character
("5*3") by the source, which has the literal and not the mark.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from functools import lru_cache
from pathlib import Path

from ..errors import ModelError
from .base import BackendBase, GenerationSettings, Located, Mark
from .languages import iso1

INSTALL = "sudo apt-get install apertium apertium-eng-spa"
_MARK = re.compile(r"([*#@])(?=\w)")
_WORD = re.compile(r"[\w’'-]+")
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


def _check_mode(mode: str) -> None:
    if not shutil.which("apertium"):
        raise ModelError(f"Apertium is not installed. Install it with: {INSTALL}")
    if mode not in installed_modes():
        have = ", ".join(installed_modes()) or "none"
        raise ModelError(f"Apertium mode {mode!r} is not installed (installed: {have}). Install it with: {INSTALL}")


def _mode_pair(mode: str) -> tuple[str, str] | None:
    """spa-eng_US → (es, en); None when the mode is not LANG-LANG."""
    parts = mode.split("-")
    if len(parts) < 2 or len(parts[0]) != 3:
        return None
    return iso1(parts[0]), iso1(parts[1].split("_")[0])


class ApertiumBackend(BackendBase):
    kind = "apertium"
    preferred_batch_size = 2000

    def __init__(self, mode: str, source: str, target: str, name: str | None = None):
        _check_mode(mode)
        self.mode, self.source, self.target = mode, source, target
        self.name = name or f"apertium:{mode}"
        self.fingerprint = f"apertium:{mode}@{_mode_version(mode)}"

    # ------------------------------------------------------------------ spec level
    @staticmethod
    def default_pairs(target: str) -> tuple[str, ...]:
        pair = _mode_pair(target)
        return (f"{pair[0]}-{pair[1]}",) if pair else ("*",)

    @classmethod
    def locate(cls, spec, settings: GenerationSettings) -> Located:
        _check_mode(spec.target)
        return Located(f"apertium:{spec.target}@{_mode_version(spec.target)}")

    @classmethod
    def load(cls, spec, source: str, target: str, settings: GenerationSettings, located: Located) -> ApertiumBackend:
        return cls(spec.target, source, target, name=spec.label)

    @classmethod
    def is_available(cls, spec) -> bool:
        return spec.target in installed_modes()

    @classmethod
    def reverse(cls, spec):
        from .registry import resolve

        src, _, tgt = spec.target.partition("-")
        return resolve(f"apertium:{tgt.split('_')[0]}-{src}")

    # ------------------------------------------------------------------ translation

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
    def clean(text: str, source: str = "") -> tuple[str, list[Mark]]:
        """Remove *, # and @ marks; return where the marked words are in the cleaned text."""
        marks: list[Mark] = []
        out: list[str] = []
        last = removed = 0
        literals = {c: len(re.findall(rf"(?<!\w){re.escape(c)}(?=\w)", source)) for c in _KINDS}  # "@user", "#tag"
        for match in _MARK.finditer(text):
            word_match = _WORD.match(text, match.end())
            if word_match is None or not _is_mark(text, match.start(), source, literals):
                continue
            out.append(text[last : match.start()])
            word = word_match.group(0)
            start = match.start() - removed
            marks.append(Mark(start, start + len(word), word, _KINDS[match.group(1)]))
            removed += 1
            last = match.end()
        out.append(text[last:])
        return "".join(out), marks


def _is_mark(text: str, at: int, source: str, literals: dict[str, int]) -> bool:
    """Before a word, the character is a mark unless the source has as many of it before
    words ("@user", "#tag"); inside a token ("1990*s", "COVID-19*s") it is a mark unless
    the source has the same token ("5*3", "f*ck")."""
    if at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_"):
        char = text[at]
        if literals[char] > 0:
            literals[char] -= 1
            return False
        return True
    start = at
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    end = at + 1
    while end < len(text) and not text[end].isspace():
        end += 1
    token = text[start:end].strip(".,;:!?\"“”«»()[]")
    return token not in source
