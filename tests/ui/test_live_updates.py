"""Two windows on one database (two laptops): each shows who else has the case open; a change in one
appears in the other within a second, named; a finalisation elsewhere turns the other editor
read-only at once."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from rehabmeet.context import build_context
from rehabmeet.demo.day import DemoService

from rehabmeet.ui.app import build_main_window
from rehabmeet.ui.shell.main_window import MainWindow

FLEKSJOB_ROW = 2  # DEMO-2026-003 on the demo agenda


def _editor(window: MainWindow):  # type: ignore[no-untyped-def]
    window.agenda.table.selectRow(FLEKSJOB_ROW)
    window.case_tabs.setCurrentWidget(window.editor)
    return window.editor


def _as(monkeypatch: pytest.MonkeyPatch, make: Callable[[], MainWindow], person: str) -> MainWindow:
    monkeypatch.setenv("REHABMEET_USER", person)
    return make()


def _check_two_windows(mine: MainWindow, theirs: MainWindow, qtbot: QtBot) -> None:
    here, there = _editor(mine), _editor(theirs)
    assert here.item_id == there.item_id
    qtbot.waitUntil(lambda: mine.live.others.text() == "Also on this case: Jonas Bech", timeout=3000)
    there.form.widgets["citizen_view"].setPlainText("Jeg vil gerne arbejde med mennesker.")
    there.save_now()
    qtbot.waitUntil(lambda: here.form.content().citizen_view == "Jeg vil gerne arbejde med mennesker.", timeout=3000)
    assert "Jonas Bech changed The citizen's own view at" in mine.live.last_message
    assert "Jonas Bech changed The citizen's own view" in mine.statusBar().currentMessage()
    assert not here.scheduler.dirty  # shown, not typed: nothing to save here

    qtbot.keyClicks(here.form.widgets["prospects"], "Noget jeg skriver")  # typed here, not saved yet
    view = there.view
    there._show(there._service.finalise(there.item_id, {i.rule_id: "test" for i in view.checklist if i.blocks}))
    qtbot.waitUntil(lambda: here.view is not None and here.view.final, timeout=3000)
    assert "Jonas Bech finalised the indstilling" in here.status.text()
    assert "Noget jeg skriver" in here.form.content().prospects  # what was typed stays in view
    assert not here.finalise_button.isEnabled()


def test_two_windows_on_the_sqlite_file_see_each_others_changes(
    make_main_window: Callable[[], MainWindow], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    mine = _as(monkeypatch, make_main_window, "Anna Holm")
    theirs = _as(monkeypatch, make_main_window, "Jonas Bech")
    _check_two_windows(mine, theirs, qtbot)


@pytest.fixture
def make_postgres_window(
    qtbot: QtBot, postgres_url: str, isolated_environment: Path
) -> Iterator[Callable[[], MainWindow]]:
    first = build_context(home=None, db=postgres_url, language="en", debug=False)
    DemoService(first.database().sessions, actor="leader").create()
    first.close()
    contexts = []

    def make() -> MainWindow:
        context = build_context(home=None, db=postgres_url, language="en", debug=False)
        contexts.append(context)
        window = build_main_window(context)
        qtbot.add_widget(window)
        window.show()
        return window

    yield make
    for context in contexts:
        context.close()


def test_two_windows_on_postgresql_see_each_others_changes(
    make_postgres_window: Callable[[], MainWindow], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    mine = _as(monkeypatch, make_postgres_window, "Anna Holm")
    theirs = _as(monkeypatch, make_postgres_window, "Jonas Bech")
    _check_two_windows(mine, theirs, qtbot)


def test_who_am_i_offers_the_team_and_names_the_person_from_the_next_start(
    make_main_window: Callable[[], MainWindow], monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from rehabmeet.ui.shell import preferences_menu

    window = make_main_window()
    offered: list[list[str]] = []

    def choose(_parent: object, _title: str, _prompt: str, options: list[str], _current: str) -> str:
        offered.append(options)
        return options[0]

    monkeypatch.setattr(preferences_menu, "ask_choice", choose)
    monkeypatch.setattr(QMessageBox, "information", lambda *_a: None)
    window.preferences.who_am_i.trigger()
    (names,) = offered
    assert len(names) >= 5  # the team's members
    monkeypatch.delenv("REHABMEET_USER")
    assert build_context(home=None, db=None, language="en", debug=False).actor == names[0]
