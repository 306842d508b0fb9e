"""Two windows (two laptops) writing the same indstilling: the same field asks with both texts side
by side and friendly names; keeping mine never wipes the other person's other fields."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from rehabmeet.ui.indstilling.conflict_dialog import ConflictDialog
from rehabmeet.ui.shell.main_window import MainWindow

FLEKSJOB_ROW = 2  # DEMO-2026-003 on the demo agenda


def _editor(window: MainWindow):  # type: ignore[no-untyped-def]
    window.agenda.table.selectRow(FLEKSJOB_ROW)
    window.case_tabs.setCurrentWidget(window.editor)
    return window.editor


@pytest.mark.parametrize("keep", [["job_goal"], []], ids=["keep mine", "keep theirs"])
def test_the_same_field_on_two_windows_asks_per_field_and_keeps_everything_else(
    make_main_window: Callable[[], MainWindow], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, keep: list[str]
) -> None:
    mine, theirs = _editor(make_main_window()), _editor(make_main_window())
    theirs.form.widgets["job_goal"].setText("Lagerarbejde")
    theirs.form.widgets["citizen_view"].setPlainText("Borgeren ønsker fleksjob.")
    theirs.save_now()
    qtbot.keyClicks(mine.form.widgets["job_goal"], "Butiksarbejde")
    qtbot.keyClicks(mine.form.widgets["prospects"], "Gode muligheder.")
    shown: list[ConflictDialog] = []

    def answer(dialog: ConflictDialog) -> int:
        shown.append(dialog)
        for name in dialog.keep_mine:
            (dialog.keep_mine if name in keep else dialog.keep_theirs)[name].setChecked(True)
        return 1

    monkeypatch.setattr(ConflictDialog, "exec", answer)
    mine.save_now()

    (dialog,) = shown
    assert list(dialog.texts) == ["job_goal"]  # only the clashing field is asked about
    assert dialog.boxes["job_goal"].title() == "Concrete job goal"  # the form's label, not the key
    mine_text, their_text = dialog.texts["job_goal"]  # side by side
    assert (mine_text.toPlainText(), their_text.toPlainText()) == ("Butiksarbejde", "Lagerarbejde")
    assert "test-user" in dialog.windowTitle() + dialog.findChild(QLabel).text()
    saved = mine.form.content()
    assert saved.job_goal == ("Butiksarbejde" if keep else "Lagerarbejde")
    assert saved.prospects == "Gode muligheder."  # my other change
    assert saved.citizen_view == "Borgeren ønsker fleksjob."  # their other field, never wiped
    theirs.show_item(theirs.item_id)
    assert theirs.form.content().citizen_view == "Borgeren ønsker fleksjob."
    assert not mine.scheduler.dirty
