"""The meeting day at the keyboard (issue 21): typing never switches the case, points can be edited,
removed and the change undone from Edit → Undo / Redo."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from rehabmeet.meeting.clock import FakeClock
from rehabmeet.services.planning import MeetingDraft

from rehabmeet.ui.agenda import meeting_controller
from rehabmeet.ui.agenda.planning_dialogs import AddCasesDialog, NewMeetingDialog
from rehabmeet.ui.input.lanes_widget import LaneBox
from rehabmeet.ui.shared.actions import Action
from rehabmeet.ui.shell import main_window
from rehabmeet.ui.shell.main_window import MainWindow

FLEKSJOB_ROW = 2  # DEMO-2026-003 on the demo agenda


def _lanes_of_fleksjob(window: MainWindow, qtbot: QtBot) -> LaneBox:
    window.activateWindow()
    qtbot.wait_until(window.isActiveWindow)
    window.agenda.table.selectRow(FLEKSJOB_ROW)
    window.case_tabs.setCurrentWidget(window.lanes)
    box = next(b for b in window.lanes.boxes if b.lane.discipline == "social")
    box.entry.setFocus()
    qtbot.wait_until(box.entry.hasFocus)
    return box


def _texts(box: LaneBox) -> list[str]:
    return [box.points.item(i).text() for i in range(box.points.count())]


def test_typing_after_adding_a_point_stays_in_the_same_field_and_case(
    make_main_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    window = make_main_window()
    box = _lanes_of_fleksjob(window, qtbot)
    case = window.agenda.selected_case_id()
    qtbot.keyClicks(box.entry, "Familien støtter op")
    qtbot.keyClick(box.entry, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is box.entry  # the same field, not the agenda
    qtbot.keyClicks(QApplication.focusWidget(), "Pu")  # "P…" would pick another citizen on the agenda
    assert window.agenda.selected_case_id() == case
    assert box.entry.text() == "Pu"
    assert _texts(box) == ["• Familien støtter op"]


def test_keys_change_the_case_only_when_the_agenda_has_the_focus(
    make_main_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    window = make_main_window()
    box = _lanes_of_fleksjob(window, qtbot)
    case = window.agenda.selected_case_id()
    qtbot.keyClick(box.entry, Qt.Key.Key_Down)
    assert window.agenda.selected_case_id() == case
    window.agenda.table.setFocus()
    qtbot.keyClick(window.agenda.table, Qt.Key.Key_Down)
    assert window.agenda.selected_case_id() != case


def test_a_point_is_edited_removed_and_the_changes_undone_and_redone(
    make_main_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    window = make_main_window()
    box = _lanes_of_fleksjob(window, qtbot)
    undo, redo = window.actions_[Action.UNDO], window.actions_[Action.REDO]
    assert not undo.isEnabled()
    for text in ("Borgern har støtte", "Bolig er ustabil"):
        qtbot.keyClicks(box.entry, text)
        qtbot.keyClick(box.entry, Qt.Key.Key_Return)
    item = box.points.item(0)
    item.setText("• Borgeren har støtte")  # what an edit (F2 or double-click) leaves in the item
    assert _texts(box) == ["• Borgeren har støtte", "• Bolig er ustabil"]
    box.points.setFocus()
    box.points.setCurrentRow(1)
    qtbot.keyClick(box.points, Qt.Key.Key_Delete)
    assert _texts(box) == ["• Borgeren har støtte"]
    assert "remove the point “Bolig er ustabil”" in undo.toolTip()
    undo.trigger()
    assert _texts(box) == ["• Borgeren har støtte", "• Bolig er ustabil"]
    undo.trigger()
    assert _texts(box) == ["• Borgern har støtte", "• Bolig er ustabil"]
    redo.trigger()
    redo.trigger()
    assert _texts(box) == ["• Borgeren har støtte"]
    for _ in range(4):
        undo.trigger()
    assert _texts(box) == [] and not undo.isEnabled()
    stored = window._services.lanes.lanes(window.agenda.selected_item_id())  # the database agrees
    assert [p.text for lane in stored.lanes for p in lane.points] == []
    for _ in range(4):
        redo.trigger()
    assert _texts(box) == ["• Borgeren har støtte"]


def test_add_cases_shows_new_imports_first_chooses_nothing_and_hides_history(
    make_main_window: Callable[[], MainWindow],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    sample_bundles: list[Path],
) -> None:
    window = make_main_window()
    services = window._services
    services.make_importer().import_paths(sample_bundles[:2])
    meeting = window._meeting_id()
    assert meeting is not None
    other = services.planning.create_meeting(
        MeetingDraft(date(2020, 1, 6), time(9), "Gammelt møde", None, None, None, ())
    )
    newest = services.cases.find("REH-2026-0102")
    services.planning.add_cases(other, [services.cases.find("REH-2026-0101")])  # a day long past: history
    shown: list[AddCasesDialog] = []

    def look(dialog: AddCasesDialog) -> int:
        shown.append(dialog)
        return 0

    monkeypatch.setattr(AddCasesDialog, "exec", look)
    window.actions_[Action.ADD_CASES].trigger()
    (dialog,) = shown
    visible = [dialog.list.item(i) for i in range(dialog.list.count()) if not dialog.list.item(i).isHidden()]
    assert dialog.list.selectedItems() == []  # nothing chosen in advance
    assert [item.data(Qt.ItemDataRole.UserRole) for item in visible] == [newest]
    dialog.history.setChecked(True)
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count()) if not dialog.list.item(i).isHidden()]
    assert texts[0].startswith("REH-2026-0102") and texts[1].startswith("REH-2026-0101")
    assert "on the agenda 06/01/2020" in texts[1]
    qtbot.keyClicks(dialog.search, "0101")
    assert dialog.shown.text() == "1 case shown"
    dialog.list.selectAll()
    assert dialog.chosen() == [services.cases.find("REH-2026-0101")]


def test_removing_a_case_asks_and_undo_puts_it_back_in_its_place(
    make_main_window: Callable[[], MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_main_window()
    refs = [window.agenda.model.row_at(i).case_ref for i in range(window.agenda.model.rowCount())]
    asked: list[str] = []
    monkeypatch.setattr(meeting_controller, "ask_yes_no", lambda _p, _t, q: asked.append(q) or False)
    window.agenda.table.selectRow(1)
    window.actions_[Action.REMOVE_CASE].trigger()
    assert asked and refs[1] in asked[0] and window.agenda.model.rowCount() == len(refs)  # "no" keeps it
    monkeypatch.setattr(meeting_controller, "ask_yes_no", lambda *_a: True)
    window.actions_[Action.REMOVE_CASE].trigger()
    assert [window.agenda.model.row_at(i).case_ref for i in range(window.agenda.model.rowCount())] == [
        refs[0],
        *refs[2:],
    ]
    window.actions_[Action.UNDO].trigger()
    assert [window.agenda.model.row_at(i).case_ref for i in range(window.agenda.model.rowCount())] == refs
    window.actions_[Action.REDO].trigger()
    assert window.agenda.model.rowCount() == len(refs) - 1


def test_quitting_while_a_case_runs_asks_first(
    make_main_window: Callable[[], MainWindow], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_main_window()
    window.confirm_quit = True
    window.agenda.table.selectRow(0)
    window.run_controller.run.follow(window._meeting_id(), window.agenda.selected_item_id())
    window.actions_[Action.TIMER_START_NEXT].trigger()
    asked: list[str] = []
    monkeypatch.setattr(main_window, "ask_yes_no", lambda _p, _t, q: asked.append(q) or False)
    window.actions_[Action.QUIT].trigger()
    assert window.isVisible() and "DEMO-2026-001" in asked[0] and "still running" in asked[0]
    monkeypatch.setattr(main_window, "ask_yes_no", lambda *_a: True)
    window.actions_[Action.QUIT].trigger()
    assert not window.isVisible()
    window.confirm_quit = False


def test_a_new_day_typed_at_the_keyboard_is_checked_in_the_dialog(
    make_main_window: Callable[[], MainWindow], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 21: keyboard entry made a day 09:01–09:01 with no leader or secretary."""
    window = make_main_window()
    seen: list[NewMeetingDialog] = []

    def type_it(dialog: NewMeetingDialog) -> int:
        seen.append(dialog)
        dialog.date.setDate(QDate(2099, 3, 3))
        dialog.start.setTime(QTime(16, 0))
        dialog.accept()  # OK with no leader, no secretary, a start after the end of the day
        assert dialog.problem.isVisibleTo(dialog) and "leader" in dialog.problem.text()
        dialog.leader.setCurrentIndex(1)
        dialog.secretary.setCurrentIndex(2)
        dialog.accept()
        assert "before it ends at 15:30" in dialog.problem.text()
        dialog.start.setTime(QTime(9, 0))
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(NewMeetingDialog, "exec", type_it)
    window.actions_[Action.NEW_MEETING].trigger()
    assert seen and window._agenda is not None and window._agenda.meeting.meeting_date == date(2099, 3, 3)
    asked: list[str] = []
    monkeypatch.setattr(meeting_controller, "ask_yes_no", lambda _p, _t, q: asked.append(q) or True)
    window.actions_[Action.DELETE_MEETING].trigger()
    assert asked and window._agenda is not None and window._agenda.meeting.meeting_date != date(2099, 3, 3)


def test_every_case_tab_and_the_agenda_are_a_key_away(make_main_window: Callable[[], MainWindow], qtbot: QtBot) -> None:
    window = make_main_window()
    window.activateWindow()
    qtbot.wait_until(window.isActiveWindow)
    window.agenda.table.setFocus()
    qtbot.wait_until(window.agenda.table.hasFocus)
    for number in range(6):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key(Qt.Key.Key_1 + number), Qt.KeyboardModifier.AltModifier)
        assert window.case_tabs.currentIndex() == number
        focus = QApplication.focusWidget()
        assert focus is not None and window.case_tabs.currentWidget().isAncestorOf(focus)  # the keys go in the tab
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_0, Qt.KeyboardModifier.AltModifier)
    assert window.agenda.table.hasFocus()
    qtbot.keyClick(window.agenda.table, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)  # from the agenda
    assert window.case_tabs.currentIndex() == 0
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.case_tabs.currentIndex() == 1
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.case_tabs.currentIndex() == 0


def test_the_shortcut_overview_lists_the_commands_and_their_keys(
    make_main_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    window = make_main_window()
    window.actions_[Action.SHORTCUTS].trigger()
    dialog = window.findChild(QDialog, "shortcutsDialog")
    assert dialog is not None and dialog.isVisible()
    table = dialog.table  # type: ignore[attr-defined]
    rows = {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}
    assert rows["Start / next phase"] == "F5" and rows["Undo"] == "Ctrl+Z" and rows["4 The team's input"] == "Alt+4"
    assert rows["Next tab"] == "Ctrl+Tab, Ctrl+PgDown"
    dialog.close()


def test_no_name_or_case_number_is_cut_off_on_a_1280_by_800_laptop(
    make_main_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    window = make_main_window()
    window.resize(1280, 800)
    qtbot.wait_until(lambda: window.width() <= 1280)
    table, model = window.agenda.table, window.agenda.model
    metrics = table.fontMetrics()
    for row in range(model.rowCount()):
        room = table.visualRect(model.index(row, 1)).width()
        for line in str(model.index(row, 1).data()).split("\n"):
            assert metrics.horizontalAdvance(line) < room, line
    assert "·" in str(model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole))  # the whole of it, also in the tooltip
    assert window.case_tabs.width() >= 700  # the case keeps room beside it


def test_starting_a_case_that_is_not_ready_asks_first(
    make_main_window: Callable[[], MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_main_window()
    model = window.agenda.model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).readiness.value == "not_ready")
    window.agenda.table.selectRow(row)
    asked: list[str] = []
    monkeypatch.setattr(main_window, "ask_yes_no", lambda _p, _t, q: asked.append(q) or False)
    window.actions_[Action.TIMER_START_NEXT].trigger()
    assert asked and "is not ready" in asked[0] and model.row_at(row).case_ref in asked[0]
    assert window.run.day is not None
    assert window.run.day.item(model.row_at(row).item_id).timer.status.value == "not_started"
    monkeypatch.setattr(main_window, "ask_yes_no", lambda *_a: True)
    window.actions_[Action.TIMER_START_NEXT].trigger()
    assert window.run.day.item(model.row_at(row).item_id).timer.status.value == "running"


def test_the_days_plan_fits_beside_the_timer_on_a_1280_by_800_laptop(
    make_main_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    """Issue 21: the day plan's status read "▶ i ga" at 1280×800."""
    window = make_main_window()
    window.resize(1280, 800)
    window.agenda.table.selectRow(0)
    window.show_tab(2)
    window.actions_[Action.TIMER_START_NEXT].trigger()
    table = window.run.plan.table
    qtbot.wait_until(lambda: table.model().rowCount() > 0)
    assert table.horizontalScrollBar().maximum() == 0  # every column in view, none scrolled off
    metrics = table.fontMetrics()
    first = table.model().index(0, 0)
    assert str(first.data()).endswith("▶ running")
    for column in range(table.model().columnCount()):
        index = table.model().index(0, column)
        for line in str(index.data()).split("\n"):
            assert metrics.horizontalAdvance(line) < table.visualRect(index).width(), line
    people = window.run.attendance.table  # and the attendance beside it keeps each role whole
    roles = people.model()
    for row in range(roles.rowCount()):
        index = roles.index(row, 1)
        assert (
            metrics.horizontalAdvance(str(index.data()).split("\n")[0].split(" ")[0]) < people.visualRect(index).width()
        )


def test_a_timer_key_that_does_not_apply_says_why(make_main_window: Callable[[], MainWindow], qtbot: QtBot) -> None:
    """Issue 21: F9 gave no visible reaction."""
    window = make_main_window()
    window.activateWindow()
    qtbot.wait_until(window.isActiveWindow)
    window.agenda.table.selectRow(0)
    window.show_tab(2)
    window.run.sync()
    window.run_controller.refresh_actions()
    window.agenda.table.setFocus()
    assert not window.actions_[Action.TIMER_DECIDE].isEnabled()
    qtbot.keyClick(window.agenda.table, Qt.Key.Key_F9)
    message = window.statusBar().currentMessage()
    assert "Decision at the table" in message and "does not apply to DEMO-2026-001 now (waiting)" in message
    qtbot.keyClick(window.agenda.table, Qt.Key.Key_F5)  # an enabled action still takes its key
    assert (
        window.run.day is not None
        and window.run.day.item(window.agenda.selected_item_id()).timer.status.value == "running"
    )


def test_a_case_runs_from_the_keyboard_alone(
    make_main_window: Callable[[], MainWindow], qtbot: QtBot, meeting_clock: FakeClock
) -> None:
    """Select, read, time every phase, take points and reach the decision tab with key events only
    (the indstilling, finalising and signing by keyboard are not covered here yet)."""
    window = make_main_window()
    window.activateWindow()
    qtbot.wait_until(window.isActiveWindow)

    def keys(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        focus = QApplication.focusWidget() or window
        qtbot.keyClick(focus, key, modifier)

    alt = Qt.KeyboardModifier.AltModifier
    keys(Qt.Key.Key_0, alt)  # the agenda
    assert window.agenda.table.hasFocus()
    keys(Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    keys(Qt.Key.Key_Down)
    keys(Qt.Key.Key_Down)
    case = window.agenda.selected_case_id()
    assert window.agenda.model.row_of_case(case) == FLEKSJOB_ROW  # type: ignore[arg-type]
    keys(Qt.Key.Key_2, alt)  # summary and documents
    assert window.case_tabs.currentWidget() is window.documents
    keys(Qt.Key.Key_3, alt)
    keys(Qt.Key.Key_F5)  # start
    assert window.run.day is not None
    phases = []
    for _ in range(12):
        item = window.run.day.item(window.agenda.selected_item_id())  # type: ignore[arg-type]
        if item.timer.status.value == "done":
            break
        phases.append(item.timer.phase.value if item.timer.phase else None)
        meeting_clock.advance(60)
        keys(Qt.Key.Key_F5)  # next phase
    assert window.run.day.item(window.agenda.selected_item_id()).timer.status.value == "done"  # type: ignore[arg-type]
    assert len(set(phases)) >= 3
    keys(Qt.Key.Key_4, alt)  # the team's input: the keyboard lands in it
    assert window.case_tabs.currentWidget() is window.lanes
    entry = next(box.entry for box in window.lanes.boxes)
    entry.setFocus()  # Tab would get there too; the first lane's entry
    qtbot.keyClicks(entry, "Ønsker fleksjob")
    keys(Qt.Key.Key_Return)
    assert window.agenda.selected_case_id() == case and window.lanes.boxes[0].points.count() == 1
    keys(Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)  # on to the indstilling
    assert window.case_tabs.currentWidget() is window.editor
    keys(Qt.Key.Key_6, alt)
    assert window.case_tabs.currentWidget() is window.outcome


def test_an_attendance_change_is_undone(make_main_window: Callable[[], MainWindow]) -> None:
    window = make_main_window()
    window.agenda.table.selectRow(1)
    window.case_tabs.setCurrentWidget(window.run)
    model = window.run.attendance.model
    social = next(r for r in range(model.rowCount()) if model.row_at(r).discipline == "social")
    model.setData(model.index(social, 2), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert window.run.attendance.quorum_label.text().startswith("✖ No quorum")
    assert "change the attendance of" in window.actions_[Action.UNDO].toolTip()
    window.actions_[Action.UNDO].trigger()
    assert window.run.attendance.quorum_label.text().startswith("✔")
    window.actions_[Action.REDO].trigger()
    assert window.run.attendance.quorum_label.text().startswith("✖ No quorum")


def test_points_are_reordered_with_alt_and_the_arrows_and_undone(
    make_main_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    window = make_main_window()
    box = _lanes_of_fleksjob(window, qtbot)
    for text in ("Første", "Anden"):
        qtbot.keyClicks(box.entry, text)
        qtbot.keyClick(box.entry, Qt.Key.Key_Return)
    box.points.setFocus()
    box.points.setCurrentRow(1)
    qtbot.keyClick(box.points, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert _texts(box) == ["• Anden", "• Første"] and box.points.currentRow() == 0
    window.actions_[Action.UNDO].trigger()
    assert _texts(box) == ["• Første", "• Anden"]
