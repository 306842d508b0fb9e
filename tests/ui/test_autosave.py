"""Autosave saves after a pause, and at the latest 1.5 s after the first change while typing goes on."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from rehabmeet.ui.shared import autosave
from rehabmeet.ui.shared.autosave import SaveScheduler


def test_continuous_typing_is_still_saved_within_the_limit(qtbot: QtBot) -> None:
    saves: list[float] = []
    scheduler = SaveScheduler(lambda: saves.append(time.monotonic()))
    typist = QTimer()
    typist.setInterval(300)  # a keystroke every 0.3 s: never the pause the debounce waits for
    typist.timeout.connect(scheduler.changed)
    started = time.monotonic()
    scheduler.changed()
    typist.start()
    qtbot.wait_until(lambda: bool(saves), timeout=3000)
    typist.stop()
    assert saves[0] - started <= autosave.MAX_WAIT_MS / 1000 + 0.25


def test_a_pause_saves_once(qtbot: QtBot) -> None:
    saves: list[int] = []
    scheduler = SaveScheduler(lambda: saves.append(1))
    with qtbot.wait_signal(scheduler.saved, timeout=2000):
        scheduler.changed()
        scheduler.changed()
    assert saves == [1] and not scheduler.dirty


def test_a_failing_save_keeps_the_changes_pending(qtbot: QtBot) -> None:
    def broken() -> None:
        raise OSError("disk full")

    scheduler = SaveScheduler(broken)
    scheduler.changed()
    with qtbot.wait_signal(scheduler.failed, timeout=2000) as failed:
        scheduler.flush()
    assert failed.args == ["disk full"] and scheduler.dirty
