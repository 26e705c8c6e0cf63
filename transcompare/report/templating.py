"""The one Jinja environment every HTML page is rendered with: templates from
``report/templates``, everything escaped (HTML output escapes all it shows)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from jinja2 import Environment


def plural(count: int, word: str, many: str | None = None) -> str:
    """'1 version', '2 versions', '1 quotation', '3 matches'."""
    return f"{count} {word if count == 1 else many or word + 's'}"


@lru_cache(maxsize=1)
def environment() -> Environment:
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(loader=PackageLoader("transcompare.report", "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True))
    env.globals["plural"] = plural
    return env
