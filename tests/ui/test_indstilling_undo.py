"""Undo in the indstilling editor: Edit → Undo and Ctrl+Z undo the last typing in the field that has
the keyboard (even after it was saved), not an earlier lane point; elsewhere they undo the window's last change."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from rehabmeet.ui.shared.actions import Action
from rehabmeet.ui.shell.main_window import MainWindow


def _texts(window: MainWindow) -> list[str]:
    lanes = window._services.lanes.lanes(window.lanes.item_id)
    return [p.text for lane in lanes.lanes for p in lane.points]


def _add_point(window: MainWindow, qtbot: QtBot, text: str) -> None:
    window.agenda.table.selectRow(2)
    window.show_tab(3)
    box = window.lanes.boxes[0]
    qtbot.keyClicks(box.entry, text)
    qtbot.keyClick(box.entry, Qt.Key.Key_Return)
    qtbot.wait_until(lambda: text in _texts(window))


def _field(window: MainWindow, qtbot: QtBot, name: str):  # type: ignore[no-untyped-def]
    window.show_tab(4)
    field = window.editor.form.widgets[name]
    field.setFocus()
    qtbot.wait_until(field.hasFocus)
    return field


def test_edit_undo_undoes_the_typing_in_the_field_with_the_keyboard(
    make_main_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    window = make_main_window()
    _add_point(window, qtbot, "Borgeren ønsker at arbejde")
    field = _field(window, qtbot, "citizen_view")
    before = field.toPlainText()
    qtbot.keyClicks(field, "Jeg vil gerne arbejde")
    window.editor.save_now()  # autosaved meanwhile: undo still works
    undo, redo = window.actions_[Action.UNDO], window.actions_[Action.REDO]
    assert undo.isEnabled()
    undo.trigger()  # as from the Edit menu
    assert field.toPlainText() == before
    assert window.undo_stack.canUndo()  # the lane point was not undone
    redo.trigger()
    assert field.toPlainText() == before + "Jeg vil gerne arbejde"
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert field.toPlainText() == before
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert field.toPlainText() == before + "Jeg vil gerne arbejde"
    assert undo.toolTip() != "" and "typing" in undo.toolTip().lower()


def test_edit_undo_outside_the_fields_still_undoes_the_lane_point(
    make_main_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    window = make_main_window()
    _add_point(window, qtbot, "Borgeren ønsker at arbejde")
    window.agenda.table.setFocus()
    qtbot.wait_until(window.agenda.table.hasFocus)
    window.actions_[Action.UNDO].trigger()
    assert "Borgeren ønsker at arbejde" not in _texts(window)
