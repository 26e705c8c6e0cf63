"""The project's word lists and lexicons, read from the package (``importlib.resources``)."""

from __future__ import annotations

from collections.abc import Iterator
from importlib import resources


def sectioned_lines(name: str) -> Iterator[tuple[str, str]]:
    """(section, line) for each entry of a data file written as ``[section]`` headers followed by
    lines; blank lines and ``#`` comments are skipped, lines are stripped."""
    section = ""
    for line in resources.files(__name__).joinpath(name).read_text("utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
        else:
            yield section, line
