"""Running the meeting from the keyboard: the timer's shortcuts, colours and overrun text, quorum,
autosaved notes, the citizen screen, remedies and the timing report."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, Qt
from pytestqt.qtbot import QtBot

from rehabmeet.meeting.clock import FakeClock
from rehabmeet.meeting.timer import TimerStatus

from rehabmeet.ui.agenda.agenda_table_model import AGENDA_MIME
from rehabmeet.ui.meeting import meeting_run_widget
from rehabmeet.ui.shared.actions import Action
from rehabmeet.ui.shell.main_window import MainWindow

MIN = 60


def _press(
    qtbot: QtBot, window: MainWindow, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    if not window.isActiveWindow():
        window.activateWindow()
        qtbot.wait_until(window.isActiveWindow)
    qtbot.keyClick(window.agenda.table, key, modifier)


def _timer_text(window: MainWindow) -> tuple[str, str, str]:
    timer = window.run.timer
    timer.refresh()
    return timer.phase_label.text(), timer.countdown.text(), timer.status_label.text()


def test_keyboard_drives_the_timer_through_a_case(
    make_main_window: Callable[[], MainWindow], qtbot: QtBot, meeting_clock: FakeClock
) -> None:
    window = make_main_window()
    window.agenda.table.selectRow(0)
    _press(qtbot, window, Qt.Key.Key_F5)
    assert window.case_tabs.currentWidget() is window.run
    assert _timer_text(window) == ("Pre-discussion", "5:00", "left")
    meeting_clock.advance(4 * MIN)
    _phase, countdown, status = _timer_text(window)
    assert (countdown, status) == ("1:00", "Under two minutes left")
    assert "#9a6700" in window.run.timer.countdown.styleSheet()
    meeting_clock.advance(2 * MIN + 5)
    _phase, countdown, status = _timer_text(window)
    assert countdown == "+1:05" and status == "OVER TIME by 1:05"
    assert "#b42318" in window.run.timer.countdown.styleSheet()
    _press(qtbot, window, Qt.Key.Key_F8)
    assert _timer_text(window)[1] == "+0:05"  # one more minute: 1:05 over becomes 0:05 over
    _press(qtbot, window, Qt.Key.Key_F6)
    meeting_clock.advance(10 * MIN)
    assert _timer_text(window)[2] == "OVER TIME by 0:05 · PAUSED"  # the clock stood still while paused
    _press(qtbot, window, Qt.Key.Key_F6)
    _press(qtbot, window, Qt.Key.Key_F5)
    assert _timer_text(window)[:2] == ("Citizen session", "15:00")
    _press(qtbot, window, Qt.Key.Key_F7)
    assert _timer_text(window)[0] == "Timeout"
    _press(qtbot, window, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    assert _timer_text(window)[0] == "Citizen session"
    _press(qtbot, window, Qt.Key.Key_F5, Qt.KeyboardModifier.ControlModifier)
    assert _timer_text(window)[0] == "Case finished"
    assert not window.actions_[Action.TIMER_PAUSE_RESUME].isEnabled()


def test_starting_without_quorum_asks_for_a_reason(
    make_main_window: Callable[[], MainWindow], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_main_window()
    window.agenda.table.selectRow(1)
    window.case_tabs.setCurrentWidget(window.run)
    model = window.run.attendance.model
    social = next(r for r in range(model.rowCount()) if model.row_at(r).discipline == "social")
    model.setData(model.index(social, 2), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert window.run.attendance.quorum_label.text().startswith("✖ No quorum: nobody present for Social services")
    asked: list[str] = []
    monkeypatch.setattr(meeting_run_widget, "ask_text", lambda _p, _t, prompt: asked.append(prompt) or None)
    _press(qtbot, window, Qt.Key.Key_F5)
    assert asked and window.run.day.item(window.run.item_id).timer.status is TimerStatus.NOT_STARTED
    monkeypatch.setattr(meeting_run_widget, "ask_text", lambda *_a: "Vurdering afgivet skriftligt")
    _press(qtbot, window, Qt.Key.Key_F5)
    assert window.run.day.item(window.run.item_id).timer.status is TimerStatus.RUNNING


def test_notes_are_saved_within_two_seconds_of_typing(make_main_window: Callable[[], MainWindow], qtbot: QtBot) -> None:
    window = make_main_window()
    window.agenda.table.selectRow(0)
    window.case_tabs.setCurrentWidget(window.run)
    with qtbot.wait_signal(window.run.autosave.saved, timeout=2000):
        qtbot.keyClicks(window.run.notes, "Borgeren ønsker kontorjob")
    item_id = window.run.item_id
    assert window._services.attendance.note(item_id) == "Borgeren ønsker kontorjob"


def test_the_citizen_screen_shows_phase_time_and_roles_only(
    make_main_window: Callable[[], MainWindow], qtbot: QtBot, meeting_clock: FakeClock
) -> None:
    window = make_main_window()
    window.agenda.table.selectRow(0)
    _press(qtbot, window, Qt.Key.Key_F5)
    meeting_clock.advance(MIN)
    screen = window.run_controller.open_citizen_screen()
    qtbot.add_widget(screen)
    text = screen.shown_text()
    rows = [window.agenda.model.row_at(i) for i in range(window.agenda.model.rowCount())]
    assert rows[0].citizen_name in text and "Pre-discussion" in text and "4:00" in text
    assert all(other.citizen_name not in text for other in rows[1:])
    assert "Notes" not in text and "-xxxx" not in text
    window.run.notes.setPlainText("INTERNAL NOTE")
    assert "INTERNAL NOTE" not in screen.shown_text()


def test_a_remedy_changes_the_plan_only_when_accepted(
    make_main_window: Callable[[], MainWindow],
    qtbot: QtBot,
    meeting_clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_main_window()
    window.agenda.table.selectRow(0)
    meeting_clock.advance(10 * MIN)  # 09:00, the planned start
    _press(qtbot, window, Qt.Key.Key_F5)
    meeting_clock.advance(20 * MIN)
    window.run.reload()
    assert "+15 min" in window.run.plan.summary.text()
    buttons = {b.objectName(): b for b in window.run.plan.remedy_buttons}
    assert buttons["remedy_shorten_timeouts"].text().startswith("Shorten the 6 remaining timeouts by 3 min")
    before = window.run.day.prediction.predicted_end
    window.run.reload()
    assert window.run.day.prediction.predicted_end == before
    shown_before = [window.agenda.model.index(r, 0).data() for r in range(window.agenda.model.rowCount())]
    monkeypatch.setattr(meeting_run_widget, "ask_yes_no", lambda *_a: False)
    buttons["remedy_shorten_timeouts"].click()
    assert window.run.day.prediction.predicted_end == before  # the leader said no
    monkeypatch.setattr(meeting_run_widget, "ask_yes_no", lambda *_a: True)
    buttons = {b.objectName(): b for b in window.run.plan.remedy_buttons}
    buttons["remedy_shorten_timeouts"].click()
    assert window.run.day.prediction.predicted_end < before
    window.actions_[Action.UNDO].trigger()  # Edit → Undo gives the timeouts back
    assert window.run.day.prediction.predicted_end == before
    window.actions_[Action.REDO].trigger()
    assert window.run.day.prediction.predicted_end < before
    # the agenda reloads with the re-planned slots at once (issue 21: it kept the old ones)
    meeting = window._meeting_id()
    assert meeting is not None
    fresh = window._services.meetings.agenda(meeting).rows
    shown = [window.agenda.model.index(r, 0).data() for r in range(window.agenda.model.rowCount())]
    assert shown == [f"{r.planned_start:%H:%M}–{r.planned_end:%H:%M}" for r in fresh]
    assert shown != shown_before


def test_timing_report_saves_csv_and_pdf(
    make_main_window: Callable[[], MainWindow], qtbot: QtBot, meeting_clock: FakeClock, tmp_path: Path
) -> None:
    window = make_main_window()
    window.agenda.table.selectRow(0)
    _press(qtbot, window, Qt.Key.Key_F5)
    meeting_clock.advance(7 * MIN)
    _press(qtbot, window, Qt.Key.Key_F5)
    dialog = window.run_controller.open_timing_report()
    assert dialog is not None
    qtbot.add_widget(dialog)
    csv_text = dialog.save("csv", tmp_path / "r.csv").read_text(encoding="utf-8-sig")  # type: ignore[union-attr]
    assert "DEMO-2026-001;Job clarification (jobafklaringsforløb);Pre-discussion;5;7.0;2.0;" in csv_text
    pdf = dialog.save("pdf", tmp_path / "r.pdf")
    assert pdf is not None and pdf.read_bytes().startswith(b"%PDF")


def test_dragging_a_case_reorders_and_replans_the_agenda(make_main_window: Callable[[], MainWindow]) -> None:
    window = make_main_window()
    model = window.agenda.model
    last = model.row_at(6)
    first_start = model.row_at(0).planned_start
    mime = QMimeData()
    mime.setData(AGENDA_MIME, QByteArray(str(last.item_id).encode()))
    model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert window.agenda.model.row_at(0).case_ref == last.case_ref
    assert window.agenda.model.row_at(0).planned_start == first_start
