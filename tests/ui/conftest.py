"""Fixtures for GUI tests: a main window over the demo day, cleaned up by pytest-qt."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from rehabmeet.context import AppContext, build_context
from rehabmeet.meeting.clock import FakeClock
from rehabmeet.meeting.replan import day_datetime

from rehabmeet.ui.app import build_main_window
from rehabmeet.ui.shell.main_window import MainWindow
from rehabmeet.ui.shell.translations import install_translators


@pytest.fixture(scope="session", autouse=True)
def _english_interface(qapp: QApplication) -> None:
    """The English interface as the app sets it up for an English user (its plurals: "7 cases")."""
    install_translators(qapp, "en")


@pytest.fixture
def meeting_clock(demo_home: Path) -> FakeClock:
    """A fake clock set to 08:50 local time on the demo meeting day."""
    from rehabmeet.services.meetings import MeetingService
    from tests.helpers.db import open_home_database

    database = open_home_database(demo_home)
    (meeting,) = MeetingService(database.sessions, actor="t").list_meetings()
    database.close()
    return FakeClock(day_datetime(meeting.meeting_date, meeting.starts_at).timestamp() - 600)


@pytest.fixture
def make_main_window(qtbot: QtBot, demo_home: Path, meeting_clock: FakeClock) -> Iterator[Callable[[], MainWindow]]:
    """Return a factory of main windows over this test's copy of the demo day (fake meeting clock)."""
    contexts: list[AppContext] = []
    windows: list[MainWindow] = []

    def make() -> MainWindow:
        context = build_context(home=None, db=None, language="en", debug=False)
        contexts.append(context)
        window = build_main_window(context, clock=meeting_clock)
        window.confirm_quit = False  # pytest-qt closes the windows, maybe with a case running; tests ask for it
        windows.append(window)
        qtbot.add_widget(window)
        with qtbot.wait_exposed(window):
            window.show()
        return window

    yield make
    for window in windows:  # no test may leave background work running (style rule 23)
        assert window.tasks.wait_for_done(10_000), "background task still running after the test"
    for context in contexts:
        context.close()
