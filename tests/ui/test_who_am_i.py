"""Who am I at start: with nobody chosen on this laptop the window asks (keyboard only), keeps the
choice in the preferences, acts as that person at once and shows who in the title and status bar."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from rehabmeet.context import AppContext, build_context
from rehabmeet.meeting.clock import FakeClock
from rehabmeet.paths import resolve_paths
from rehabmeet.settings.preferences import load_preferences

from rehabmeet.ui.app import build_main_window
from rehabmeet.ui.shell.main_window import MainWindow
from rehabmeet.ui.shell.who_am_i import WhoAmIDialog


def _close(window: MainWindow, context: AppContext) -> None:
    window.confirm_quit = False
    window.close()  # stops its live updates before the database closes
    context.close()


def _answer_with_keys(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, keys: list[Qt.Key]) -> list[WhoAmIDialog]:
    shown: list[WhoAmIDialog] = []

    def answer(dialog: WhoAmIDialog) -> int:
        shown.append(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        for key in keys:
            qtbot.keyClick(dialog.focusWidget(), key)
        return dialog.result()

    monkeypatch.setattr(WhoAmIDialog, "exec", answer)
    return shown


def test_nobody_chosen_asks_at_start_and_remembers_the_person(
    demo_home: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, meeting_clock: FakeClock
) -> None:
    monkeypatch.delenv("REHABMEET_USER")
    shown = _answer_with_keys(qtbot, monkeypatch, [Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Return])
    context = build_context(home=None, db=None, language="en", debug=False)
    assert context.actor_source == "system"
    window = build_main_window(context, clock=meeting_clock, ask_person=True)
    qtbot.add_widget(window)

    (dialog,) = shown
    listed = [dialog.members.item(i).text() for i in range(dialog.members.count())]
    assert listed[:3] == [
        "Helle Kragh — Teamleder, mødeleder",
        "Jonas Bech — Referent",
        "Birgitte Dam — Socialrådgiver, Socialafdelingen",
    ]
    assert window._services.actor == "Birgitte Dam"  # this start acts as her
    assert "Birgitte Dam" in window.windowTitle()
    assert "User: Birgitte Dam" in window._status_label.text()
    assert load_preferences(resolve_paths(demo_home).config_dir).person == "Birgitte Dam"
    _close(window, context)

    shown.clear()  # the next start: remembered, not asked again
    again = build_context(home=None, db=None, language="en", debug=False)
    second = build_main_window(again, clock=meeting_clock, ask_person=True)
    qtbot.add_widget(second)
    assert shown == [] and second._services.actor == "Birgitte Dam" and again.actor_source == "laptop"
    _close(second, again)


def test_cancelled_goes_on_as_the_account_and_asks_next_time(
    demo_home: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, meeting_clock: FakeClock
) -> None:
    monkeypatch.delenv("REHABMEET_USER")
    shown = _answer_with_keys(qtbot, monkeypatch, [Qt.Key.Key_Escape])
    context = build_context(home=None, db=None, language="en", debug=False)
    window = build_main_window(context, clock=meeting_clock, ask_person=True)
    qtbot.add_widget(window)
    assert len(shown) == 1 and context.actor_source == "system"
    assert load_preferences(resolve_paths(demo_home).config_dir).person == ""
    _close(window, context)


def test_a_name_given_on_the_command_line_is_not_asked(
    demo_home: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, meeting_clock: FakeClock
) -> None:
    shown = _answer_with_keys(qtbot, monkeypatch, [Qt.Key.Key_Return])
    context = build_context(home=None, db=None, language="en", debug=False, user="Jonas Bech")
    window = build_main_window(context, clock=meeting_clock, ask_person=True)
    qtbot.add_widget(window)
    assert shown == [] and "Jonas Bech" in window.windowTitle()
    _close(window, context)
