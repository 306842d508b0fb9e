"""Two windows (two laptops) editing the same lane point: the second edit asks with both texts side by
side and the person chooses; edits of different points are both kept."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from rehabmeet.ui.input.lanes_widget import LaneBox
from rehabmeet.ui.shared.conflict_dialog import ConflictDialog
from rehabmeet.ui.shell.main_window import MainWindow

FLEKSJOB_ROW = 2  # DEMO-2026-003 on the demo agenda


def _health(window: MainWindow) -> LaneBox:
    window.agenda.table.selectRow(FLEKSJOB_ROW)
    window.case_tabs.setCurrentWidget(window.lanes)
    return next(b for b in window.lanes.boxes if b.lane.discipline == "health")


def _texts(box: LaneBox) -> list[str]:
    return [p.text for p in box.lane.points]


@pytest.mark.parametrize("keep_mine", [True, False], ids=["keep mine", "keep theirs"])
def test_the_same_point_on_two_windows_asks_with_both_texts(
    make_main_window: Callable[[], MainWindow], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, keep_mine: bool
) -> None:
    leader, secretary = make_main_window(), make_main_window()
    box = _health(leader)
    for text in ("Kan gå 1 km.", "Sover dårligt."):
        qtbot.keyClicks(box.entry, text)
        qtbot.keyClick(box.entry, "\r")
    other = _health(secretary)
    secretary.lanes.show_item(secretary.lanes.item_id)
    other = next(b for b in secretary.lanes.boxes if b.lane.discipline == "health")
    assert _texts(other) == ["Kan gå 1 km.", "Sover dårligt."]
    box.points.item(1).setText("• Sover 5 timer.")  # the leader edits the second point
    other.points.item(0).setText("• Kan gå 2 km.")  # the secretary the first: no question, both kept
    assert _texts(next(b for b in secretary.lanes.boxes if b.lane.discipline == "health")) == [
        "Kan gå 2 km.",
        "Sover 5 timer.",
    ]
    shown: list[ConflictDialog] = []

    def answer(dialog: ConflictDialog) -> int:
        shown.append(dialog)
        (dialog.keep_mine if keep_mine else dialog.keep_theirs)["text"].setChecked(True)
        return 1

    monkeypatch.setattr(ConflictDialog, "exec", answer)
    box = next(b for b in leader.lanes.boxes if b.lane.discipline == "health")
    box.points.item(0).setText("• Kan gå 500 m.")  # the leader, not yet shown the secretary's edit, edits it too

    (dialog,) = shown
    assert dialog.boxes["text"].title() == "Point in Health area · Morten Lund"
    mine, theirs = dialog.texts["text"]
    assert (mine.toPlainText(), theirs.toPlainText()) == ("Kan gå 500 m.", "Kan gå 2 km.")
    assert "test-user" in dialog.findChild(QLabel).text()  # who changed it
    expected = ["Kan gå 500 m." if keep_mine else "Kan gå 2 km.", "Sover 5 timer."]
    assert _texts(next(b for b in leader.lanes.boxes if b.lane.discipline == "health")) == expected
    secretary.lanes.show_item(secretary.lanes.item_id)
    assert _texts(next(b for b in secretary.lanes.boxes if b.lane.discipline == "health")) == expected
