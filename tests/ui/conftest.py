"""Fixtures for GUI tests: a main window over the demo day, cleaned up by pytest-qt."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from rehabmeet.context import AppContext, build_context

from rehabmeet.ui.app import build_main_window
from rehabmeet.ui.main_window import MainWindow


@pytest.fixture
def make_main_window(qtbot: QtBot, demo_home: Path) -> Iterator[Callable[[], MainWindow]]:
    """Return a factory of main windows over this test's copy of the demo day."""
    contexts: list[AppContext] = []
    windows: list[MainWindow] = []

    def make() -> MainWindow:
        context = build_context(home=None, db=None, language="en", debug=False)
        contexts.append(context)
        window = build_main_window(context)
        windows.append(window)
        qtbot.add_widget(window)
        window.show()
        qtbot.wait_exposed(window)
        return window

    yield make
    for window in windows:  # no test may leave background work running (style rule 23)
        assert window.tasks.wait_for_done(10_000), "background task still running after the test"
    for context in contexts:
        context.close()
