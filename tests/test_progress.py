"""Stages and counted work share one display on stderr; the library never prints without one."""

from __future__ import annotations

import pytest

from transcompare import progress


@pytest.fixture
def terminal(monkeypatch):
    from rich.console import Console

    monkeypatch.setattr(Console, "is_terminal", property(lambda self: True))


def test_without_a_display_stages_and_bars_print_nothing(capsys):
    progress.stage("aligning sentences")
    with progress.progress_bar(False, 10, "translating") as advance:
        advance(10)
    assert capsys.readouterr() == ("", "")


def test_a_bar_inside_a_stage_display_joins_it_instead_of_opening_a_second_one(terminal):
    with progress.shown_on_stderr(True):
        display = progress._live.get()
        progress.stage("aligning sentences")
        assert [t.description for t in display.tasks] == ["aligning sentences"]
        with progress.progress_bar(True, 5, "translating with apertium") as advance:  # rich allows one live display
            advance(2)
            assert [(t.description, t.completed) for t in display.tasks][-1] == ("translating with apertium", 2)
        assert [t.description for t in display.tasks] == ["aligning sentences"]
    assert progress._live.get() is None


def test_no_display_when_not_asked_or_not_a_terminal(monkeypatch):
    with progress.shown_on_stderr(False):
        assert progress._live.get() is None
    with progress.shown_on_stderr(True):  # pytest's stderr is not a terminal
        assert progress._live.get() is None
