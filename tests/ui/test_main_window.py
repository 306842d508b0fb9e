"""The main window opens on the demo day, shows the selected case and remembers where it was."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from rehabmeet.demo.content import DEMO_CASE_REFS

from rehabmeet.ui.agenda.agenda_table_model import CASE_ID_ROLE, Column
from rehabmeet.ui.shell.main_window import MainWindow


def _cell(window: MainWindow, row: int, column: Column) -> str:
    model = window.agenda.model
    return str(model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole))


def test_opens_on_the_demo_day_with_seven_cases_in_order(make_main_window: Callable[[], MainWindow]) -> None:
    window = make_main_window()
    model = window.agenda.model
    assert model.rowCount() == 7
    refs = [model.row_at(i).case_ref for i in range(7)]
    assert refs == list(DEMO_CASE_REFS)
    assert _cell(window, 0, Column.TIME).startswith("09:00–")
    starts = [model.row_at(i).planned_start for i in range(7)]
    assert starts == sorted(starts) and len(set(starts)) == 7


def test_first_case_is_selected_and_its_facts_are_shown(make_main_window: Callable[[], MainWindow]) -> None:
    window = make_main_window()
    first = window.agenda.model.row_at(0)
    assert window.agenda.selected_case_id() == first.case_id
    text = window.facts.shown_text()
    assert first.citizen_name in text and first.case_ref in text
    assert "Question to the team" in text


def test_choosing_another_case_shows_its_facts(make_main_window: Callable[[], MainWindow], qtbot: QtBot) -> None:
    window = make_main_window()
    third = window.agenda.model.row_at(2)
    window.agenda.table.selectRow(2)
    qtbot.wait_until(lambda: third.citizen_name in window.facts.shown_text())
    assert third.case_ref in window.facts.shown_text()


def test_readiness_is_shown_in_words_with_findings_in_the_tooltip(make_main_window: Callable[[], MainWindow]) -> None:
    window = make_main_window()
    model = window.agenda.model
    states = {_cell(window, row, Column.READINESS) for row in range(model.rowCount())}
    assert "✖ Not ready" in states
    blocked = next(r for r in range(model.rowCount()) if _cell(window, r, Column.READINESS) == "✖ Not ready")
    tooltip = model.data(model.index(blocked, Column.READINESS), Qt.ItemDataRole.ToolTipRole)
    assert "is missing" in tooltip


def test_cpr_is_masked_in_the_facts(make_main_window: Callable[[], MainWindow]) -> None:
    window = make_main_window()
    assert "-xxxx" in window.facts.shown_text()


def test_reopening_restores_geometry_meeting_and_case(make_main_window: Callable[[], MainWindow], qtbot: QtBot) -> None:
    window = make_main_window()
    window.resize(701, 503)
    window.agenda.table.selectRow(4)
    chosen = window.agenda.model.data(window.agenda.model.index(4, 0), CASE_ID_ROLE)
    window.close()
    again = make_main_window()
    assert again.agenda.selected_case_id() == chosen
    assert (again.width(), again.height()) == (701, 503)
    assert again.meeting_selector.current_meeting_id() == window.meeting_selector.current_meeting_id()


def test_agenda_model_obeys_the_qt_model_contract(make_main_window: Callable[[], MainWindow], qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    window = make_main_window()
    qtmodeltester.check(window.agenda.model)


def test_an_explicitly_chosen_insecure_keyring_is_named_in_the_status_bar_and_about_box(
    make_main_window: Callable[[], MainWindow],
) -> None:
    from rehabmeet.ui.shell.about_dialog import about_text

    window = make_main_window()
    status = window._status_label.text()
    assert "Encrypted database (INSECURE: key in tests.helpers.file_keyring.FileKeyring, chosen explicitly)" in status
    assert "INSECURE: key in tests.helpers.file_keyring.FileKeyring" in about_text(window._services.database)


def test_choosing_a_new_key_passphrase_needs_it_twice_and_long_enough(qtbot: QtBot) -> None:
    from rehabmeet.ui.shell.key_prompt import NewPassphraseDialog

    dialog = NewPassphraseDialog("/home/x/keys.rmvault")
    qtbot.addWidget(dialog)
    dialog.first.setText("short")
    dialog.second.setText("short")
    dialog.buttons.accepted.emit()
    assert "shorter than 10 characters" in dialog.problem.text()
    dialog.first.setText("long enough passphrase")
    dialog.second.setText("long enough passphrasf")
    dialog.buttons.accepted.emit()
    assert dialog.problem.text() == "The two passphrases differ."
    dialog.second.setText("long enough passphrase")
    dialog.buttons.accepted.emit()
    assert dialog.result() == dialog.DialogCode.Accepted


def test_an_error_box_shows_one_line_and_no_cpr(qtbot: QtBot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from rehabmeet.ui.shared.dialogs import show_error

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    show_error(None, "(psycopg.DataError) bad value for 010190-1234\n[SQL: INSERT …]\n[parameters: {'x': 1}]")
    assert shown == ["(psycopg.DataError) bad value for XXXXXX-XXXX."]
