"""The splash: up before the heavy libraries load, gone once the main window shows or start-up is refused."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile, QTimer
from PySide6.QtWidgets import QApplication

from rehabmeet.__main__ import opens_a_window
from rehabmeet.context import build_context
from tests.helpers.db import database_file

from rehabmeet.ui.app import EXIT_ERROR, run_gui
from rehabmeet.ui.splash import STARTUP_PROBE_ENV, close_splash, show_splash, splash_is_showing


@pytest.fixture
def splash(qapp: QApplication) -> Iterator[None]:
    show_splash([])
    yield
    close_splash()
    for widget in QApplication.topLevelWidgets():
        widget.close()


@pytest.mark.parametrize(
    ("argv", "window"),
    [
        ([], True),
        (["--lang", "da", "--home", "demo"], True),  # "demo" here is the value of --home
        (["demo"], True),
        (["demo", "--no-gui"], False),
        (["import", "week.rmb.zip"], False),
        (["--db", "x.db", "db", "check"], False),
        (["--help"], False),
        (["--version"], False),
    ],
)
def test_the_splash_shows_only_when_the_command_opens_the_window(argv: list[str], window: bool) -> None:
    assert opens_a_window(argv) is window


def test_the_splash_is_painted_before_the_database_libraries_load() -> None:
    script = (
        "import sys\n"
        "from rehabmeet.ui.splash import show_splash, splash_is_showing\n"
        "show_splash([])\n"
        "print(splash_is_showing(), 'sqlalchemy' in sys.modules, 'keyring' in sys.modules)\n"
    )
    shown = subprocess.run(
        [sys.executable, "-c", script],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert shown.stdout.split() == ["True", "False", "False"]


def test_the_splash_goes_when_the_main_window_is_up(
    demo_home: Path, splash: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert splash_is_showing()
    monkeypatch.setenv(STARTUP_PROBE_ENV, "1")  # quits as soon as the window is up
    seen: list[tuple[bool, bool]] = []

    def look() -> None:  # the first turn of the event loop, the window just shown
        windows = QApplication.topLevelWidgets()
        seen.append((any(w.objectName() == "mainWindow" and w.isVisible() for w in windows), splash_is_showing()))

    QTimer.singleShot(0, look)
    context = build_context(home=None, db=None, language="en", debug=False)
    try:
        assert run_gui([], context) == 0
    finally:
        context.close()
    assert seen == [(True, False)]  # the main window up, the splash gone


def test_the_splash_goes_before_a_refusal_is_shown(demo_home: Path, splash: None) -> None:
    held = QLockFile(str(database_file(demo_home).with_name("rehabmeet.lock")))
    assert held.tryLock(0)  # another window holds the data folder
    context = build_context(home=None, db=None, language="en", debug=False)
    try:
        assert run_gui([], context) == EXIT_ERROR
    finally:
        context.close()
        held.unlock()
    assert not splash_is_showing()
