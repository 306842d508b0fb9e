"""Two windows (two laptops) writing the same draft decision: the same field asks with both texts side
by side under the form's labels, the person chooses per field, and everything else is kept."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tests.helpers.db import open_home_database
from tests.helpers.indstilling import finalise_demo_fleksjob

from rehabmeet.ui.documents.decision_panel import DecisionPanel
from rehabmeet.ui.shared.conflict_dialog import ConflictDialog
from rehabmeet.ui.shell.main_window import MainWindow

FLEKSJOB_ROW = 2  # DEMO-2026-003 on the demo agenda


def _panel(window: MainWindow) -> DecisionPanel:
    window.agenda.table.selectRow(FLEKSJOB_ROW)
    window.case_tabs.setCurrentWidget(window.outcome)
    return window.outcome.decision


@pytest.mark.parametrize("keep_mine", [True, False], ids=["keep mine", "keep theirs"])
def test_the_same_decision_field_on_two_windows_asks_side_by_side(
    demo_home: Path,
    make_main_window: Callable[[], MainWindow],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    keep_mine: bool,
) -> None:
    database = open_home_database(demo_home)
    finalise_demo_fleksjob(database.sessions)
    database.close()
    mine, theirs = _panel(make_main_window()), _panel(make_main_window())
    qtbot.keyClicks(theirs.form.facts, "Lægeattest af 1.10.")
    qtbot.keyClicks(theirs.form.reasons, "Varigt nedsat arbejdsevne.")
    theirs.save_now()
    qtbot.keyClicks(mine.form.facts, "Journal fra egen læge.")
    qtbot.keyClicks(mine.form.legal_basis, "LAB § 116")
    shown: list[ConflictDialog] = []

    def answer(dialog: ConflictDialog) -> int:
        shown.append(dialog)
        (dialog.keep_mine if keep_mine else dialog.keep_theirs)["facts"].setChecked(True)
        return 1

    monkeypatch.setattr(ConflictDialog, "exec", answer)
    mine.save_now()

    (dialog,) = shown
    assert list(dialog.boxes) == ["facts"]  # only the clashing field is asked about
    assert dialog.boxes["facts"].title() == "Facts relied on"  # the form's label, not the key
    my_text, their_text = dialog.texts["facts"]
    assert (my_text.toPlainText(), their_text.toPlainText()) == ("Journal fra egen læge.", "Lægeattest af 1.10.")
    assert "test-user" in dialog.findChild(QLabel).text()
    saved = mine.view.draft
    assert saved.facts == ("Journal fra egen læge." if keep_mine else "Lægeattest af 1.10.")
    assert saved.legal_basis == "LAB § 116"  # my other change
    assert saved.reasons == "Varigt nedsat arbejdsevne."  # their other field
    assert mine.form.draft().facts == saved.facts  # the form shows what is stored
    assert not mine.scheduler.dirty
