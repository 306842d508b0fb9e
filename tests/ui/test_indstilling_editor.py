"""The indstilling editor: typing updates the checklist, autosave within two seconds survives a
restart, the checklist jumps to fields, finalising asks for reasons and locks the text; the lanes."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from rehabmeet.ui.indstilling import indstilling_editor
from rehabmeet.ui.indstilling.indstilling_dialogs import FinaliseDialog
from rehabmeet.ui.shared import labels
from rehabmeet.ui.shell.main_window import MainWindow

FLEKSJOB_ROW = 2  # DEMO-2026-003 on the demo agenda


def _editor(window: MainWindow, row: int = FLEKSJOB_ROW):  # type: ignore[no-untyped-def]
    window.agenda.table.selectRow(row)
    window.run.sync()  # attendance recorded, as when the meeting is run (control point B1)
    window.case_tabs.setCurrentWidget(window.editor)
    return window.editor


def _choose_outcome(editor, outcome: str) -> None:  # type: ignore[no-untyped-def]
    combo = editor.form.widgets["outcome"]
    combo.setCurrentIndex(combo.findData(outcome))


def _checklist_lines(editor) -> list[str]:  # type: ignore[no-untyped-def]
    model = editor.checklist.model
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def test_typing_updates_the_checklist_at_once(make_main_window: Callable[[], MainWindow], qtbot: QtBot) -> None:
    editor = _editor(make_main_window())
    _choose_outcome(editor, "fleksjob")
    assert editor.form.groups["fleksjob"].isVisibleTo(editor)
    assert any(line.startswith("✖ C2 (law)") for line in _checklist_lines(editor))
    qtbot.keyClicks(
        editor.form.widgets["afklaret_justification"], "Afklaret efter praktik; kan ikke på ordinære vilkår."
    )
    lines = _checklist_lines(editor)
    assert not any(line.startswith("✖ C2") for line in lines) and any(line.startswith("✔ C2") for line in lines)
    assert editor.checklist.summary.text().startswith("✖ ")


def test_autosave_within_two_seconds_survives_a_restart(
    make_main_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    window = make_main_window()
    editor = _editor(window)
    _choose_outcome(editor, "fleksjob")
    with qtbot.wait_signal(editor.saved, timeout=2000) as saved:
        qtbot.keyClicks(editor.form.widgets["citizen_view"], "Jeg vil gerne arbejde med mennesker.")
    assert saved.args[0] < 2.0
    window.close()  # the restart: a new window over the same database
    again = _editor(make_main_window())
    assert again.form.content().citizen_view == "Jeg vil gerne arbejde med mennesker."
    assert again.form.content().outcome == "fleksjob"


def test_a_checklist_item_jumps_to_its_field(make_main_window: Callable[[], MainWindow]) -> None:
    window = make_main_window()
    window.activateWindow()
    editor = _editor(window)
    _choose_outcome(editor, "fleksjob")
    model = editor.checklist.model
    row = next(r for r in range(model.rowCount()) if model.item_at(r).rule_id == "C3")
    editor.checklist.list.clicked.emit(model.index(row, 0))
    assert (
        editor.form.widgets["job_functions"].hasFocus() or window.focusWidget() is editor.form.widgets["job_functions"]
    )


def test_finalising_over_unmet_law_points_asks_for_reasons_then_locks(
    make_main_window: Callable[[], MainWindow], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = _editor(make_main_window())
    _choose_outcome(editor, "fleksjob")
    asked: list[list[str]] = []

    def refuse(_parent: object, missing: tuple) -> None:  # type: ignore[type-arg]
        asked.append([m.rule_id for m in missing])
        return None

    monkeypatch.setattr(FinaliseDialog, "ask", classmethod(lambda cls, p, m: refuse(p, m)))
    editor.finalise()
    assert {"C1", "C2", "C3", "C4", "C6"} <= set(asked[0]) and editor.view.status == "draft"  # type: ignore[union-attr]
    monkeypatch.setattr(
        FinaliseDialog, "ask", classmethod(lambda cls, p, m: {i.rule_id: "Afventer lægeerklæring" for i in m})
    )
    with qtbot.wait_signal(editor.finalised):
        editor.finalise()
    assert editor.view.final and editor.status.text().startswith("✔ Finalised, version 1")  # type: ignore[union-attr]
    assert editor.form.widgets["prospects"].isReadOnly()
    monkeypatch.setattr(indstilling_editor, "ask_text", lambda *_a: "Ny oplysning fra egen læge")
    editor.reopen()
    assert editor.view.status == "draft" and not editor.form.widgets["prospects"].isReadOnly()  # type: ignore[union-attr]


def test_the_finalise_dialog_needs_a_reason_for_every_point(
    make_main_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    editor = _editor(make_main_window())
    _choose_outcome(editor, "fleksjob")
    missing = tuple(i for i in editor.view.checklist if i.blocks)  # type: ignore[union-attr]
    missing = tuple(i for i in editor.checklist.model._items if i.blocks)
    dialog = FinaliseDialog(missing, editor)
    qtbot.add_widget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    for edit in list(dialog.reasons.values())[:-1]:
        edit.setText("grund")
    assert not ok.isEnabled()
    list(dialog.reasons.values())[-1].setText("grund")
    assert ok.isEnabled()


def test_the_caseworker_recommendation_shows_where_the_team_departs(make_main_window: Callable[[], MainWindow]) -> None:
    editor = _editor(make_main_window())
    _choose_outcome(editor, "ressourceforloeb")
    editor.save_now()
    editor.show_item(editor.item_id, "x")
    text = editor.caseworker.toPlainText()
    assert "Flex job (fleksjob)" in text and "The team departs from it: it recommends Resource programme" in text


def test_lanes_show_who_is_not_heard_and_take_points(make_main_window: Callable[[], MainWindow], qtbot: QtBot) -> None:
    window = make_main_window()
    window.agenda.table.selectRow(FLEKSJOB_ROW)
    window.case_tabs.setCurrentWidget(window.lanes)
    lanes = window.lanes
    assert lanes.summary.text().startswith("○ Not heard yet: Employment (jobcenter), Social services")
    social = next(b for b in lanes.boxes if b.lane.discipline == "social")
    qtbot.keyClicks(social.entry, "Familien støtter op")
    qtbot.keyClick(social.entry, Qt.Key.Key_Return)
    social = next(b for b in lanes.boxes if b.lane.discipline == "social")
    assert social.points.item(0).text() == "• Familien støtter op"
    for box in list(lanes.boxes):
        current = next(b for b in lanes.boxes if b.lane.lane_id == box.lane.lane_id)
        current.heard_button.click()
    assert lanes.summary.text() == "✔ Every lane has been heard"


def test_a_checklist_point_names_the_law_it_rests_on(make_main_window: Callable[[], MainWindow]) -> None:
    editor = _editor(make_main_window())
    _choose_outcome(editor, "fleksjob")
    model = editor.checklist.model
    rows = {model.item_at(r).rule_id: r for r in range(model.rowCount())}
    tip = model.data(model.index(rows["§11-2"], 0), Qt.ItemDataRole.ToolTipRole)
    assert "001 L645–648" in tip and "§ 11, stk. 1, nr. 2" in tip and "lovbekendtgørelse nr. 1294" in tip


def test_the_template_button_says_what_to_choose_first(make_main_window: Callable[[], MainWindow]) -> None:
    editor = _editor(make_main_window())
    _choose_outcome(editor, "")
    button = editor.template_button
    assert not button.isEnabled()  # nothing to fill in from: no outcome chosen
    assert "Recommended outcome" in button.toolTip()
    _choose_outcome(editor, "fleksjob")
    assert button.isEnabled() and labels.vocabulary("fleksjob") in button.toolTip()
    editor.apply_template()
    editor.apply_template()  # every field of the template has text now: it says so
    assert "already" in editor.status.text()
