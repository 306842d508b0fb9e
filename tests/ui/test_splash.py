"""The splash: up before the heavy libraries load, gone once the main window shows or start-up is refused."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile
from PySide6.QtWidgets import QApplication

from rehabmeet.__main__ import main as rehabmeet_main
from rehabmeet.__main__ import opens_a_window
from rehabmeet.cli import build_parser
from rehabmeet.context import build_context
from tests.helpers.db import database_file

from rehabmeet.ui.app import EXIT_ERROR, run_gui
from rehabmeet.ui.shell.splash import STARTUP_PROBE_ENV, close_splash, show_splash, splash_is_showing


@pytest.fixture
def splash(qapp: QApplication) -> Iterator[None]:
    show_splash([])
    yield
    close_splash()


def _opens_the_window_by_argparse(argv: list[str]) -> bool | None:
    """Whether the real parser opens the window at once (no sub-command); None when it refuses or exits."""
    try:
        args = build_parser().parse_args(argv)
    except SystemExit:
        return None
    return args.command is None


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--lang", "da", "--home", "demo"],  # "demo" here is the value of --home
        ["--home=x", "--debug"],
        ["--db", "x.db", "db", "check"],
        ["demo"],  # opens the window only after building the day: no splash that cannot repaint
        ["demo", "--no-gui"],
        ["import", "week.rmb.zip"],
        ["--help"],
        ["--version"],
        ["--lan", "da", "import", "x"],  # no abbreviations: "--lan" is not --lang
    ],
)
def test_the_splash_shows_exactly_when_the_parser_opens_the_window(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    expected = _opens_the_window_by_argparse(argv)
    capsys.readouterr()  # --help and --version print
    assert opens_a_window(argv) is bool(expected)


def test_a_command_line_the_parser_refuses_leaves_no_splash_behind(
    qapp: QApplication, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        rehabmeet_main(["--ver"])  # looks like a window at first sight; the parser refuses it
    assert "unrecognized arguments: --ver" in capsys.readouterr().err
    assert not splash_is_showing()


def test_the_splash_is_painted_before_the_database_libraries_load() -> None:
    script = (
        "import sys\n"
        "from rehabmeet.ui.shell.splash import show_splash, splash_is_showing\n"
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


def test_the_splash_goes_when_the_main_window_is_up(demo_home: Path) -> None:
    # In its own process: run_gui runs the application's event loop, which must not end in the test session's.
    script = (
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from rehabmeet.context import build_context\n"
        "from rehabmeet.ui.app import run_gui\n"
        "from rehabmeet.ui.shell.splash import show_splash, splash_is_showing\n"
        "show_splash([])\n"
        "seen = [splash_is_showing()]\n"
        "def look():\n"  # the first turn of the event loop, the window just shown
        "    windows = QApplication.topLevelWidgets()\n"
        "    seen.append(any(w.objectName() == 'mainWindow' and w.isVisible() for w in windows))\n"
        "    seen.append(splash_is_showing())\n"
        "QTimer.singleShot(0, look)\n"
        "context = build_context(home=None, db=None, language='en', debug=False)\n"
        "print('status', run_gui([], context), seen)\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", STARTUP_PROBE_ENV: "1"},  # quits once the window is up
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert "status 0 [True, True, False]" in run.stdout, run.stderr  # splash up; then the window up, splash gone


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
