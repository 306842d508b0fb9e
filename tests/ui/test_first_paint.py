"""The bare ``rehabmeet``: the day is on screen before SQLAlchemy loads, then the full window takes its place."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from rehabmeet.ui.shell.splash import STARTUP_PROBE_ENV

SCRIPT = """
import sys
import rehabmeet.ui.app as app_module
seen = {}
original = app_module.show_first_frame
def watched(*args, **kwargs):
    frame = original(*args, **kwargs)
    window = frame.window
    seen["first frame"] = window is not None and window.isVisible()
    seen["agenda rows"] = window.agenda.model.rowCount() if window is not None else 0
    seen["orm loaded"] = "sqlalchemy" in sys.modules
    return frame
app_module.show_first_frame = watched
shown = []
ready = app_module.StartupProbe.ready
def when_ready(self):  # the complete main window just shown
    from PySide6.QtWidgets import QApplication
    shown.extend(sorted(w.objectName() for w in QApplication.topLevelWidgets() if w.isVisible()))
    ready(self)
app_module.StartupProbe.ready = when_ready
from rehabmeet.__main__ import main
status = main([])
print("result", status, seen, shown)
"""


def _start(extra: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", SCRIPT],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", STARTUP_PROBE_ENV: "1", **extra},  # quits when complete
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_day_shows_before_the_orm_loads_and_the_main_window_replaces_it(demo_home: Path) -> None:
    run = _start({})
    expected = "result 0 {'first frame': True, 'agenda rows': 7, 'orm loaded': False} ['mainWindow']"
    assert expected in run.stdout, run.stderr


def test_a_database_from_a_newer_rehabmeet_is_refused_as_before(demo_home: Path) -> None:
    from sqlalchemy import text

    from rehabmeet.context import build_context

    context = build_context(home=str(demo_home), db=None, language="en", debug=False)
    try:
        with context.database().engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    finally:
        context.close()
    run = _start({"REHABMEET_LANG": "en"})
    assert "result 2 {'first frame': False, 'agenda rows': 0, 'orm loaded': False} []" in run.stdout, run.stderr
    assert "was written by a newer RehabMeet (schema 9999" in run.stderr


def test_a_failure_behind_the_first_frame_ends_in_the_one_line_refusal(demo_home: Path) -> None:
    failing = (
        "import rehabmeet.ui.app as app_module\n"
        "from rehabmeet.errors import UserFacingError\n"
        "def refuse(context, clock=None):\n"
        "    raise UserFacingError('the disk went away')\n"
        "app_module.open_services = refuse\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", failing + SCRIPT],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", STARTUP_PROBE_ENV: "1"},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert "result 2 {'first frame': True, 'agenda rows': 7, 'orm loaded': False} []" in run.stdout, run.stderr
    assert "error: the disk went away" in run.stderr
