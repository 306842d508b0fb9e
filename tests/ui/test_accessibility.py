"""Accessibility: every control a keyboard or screen-reader user meets has a name in Qt's accessibility
tree, and the meeting flow can be driven from the keyboard alone."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtGui import QAccessible, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from rehabmeet.ui.indstilling.indstilling_dialogs import ReadAloudWindow
from rehabmeet.ui.shared.colours import colour, is_dark
from rehabmeet.ui.shell.main_window import MainWindow
from rehabmeet.ui.shell.translations import install_translators

CONTROLS = (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit)


def _unnamed(root: QWidget) -> list[str]:
    missing = []
    labelled = {label.buddy() for label in root.findChildren(QLabel) if label.buddy() is not None}
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(root) or widget.focusPolicy().value == 0:
            continue
        if type(widget).__name__ in ("QLineEdit",) and isinstance(widget.parent(), QAbstractSpinBox | QComboBox):
            continue  # the inner editor of a spin box or combo box is named through its owner
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface is not None else ""
        if isinstance(widget, QComboBox) and widget not in labelled:
            name = widget.accessibleName()  # a combo box's own "name" is merely its current choice
        if not name.strip():
            missing.append(
                f"{type(widget).__name__} {widget.objectName() or '(no object name)'} in "
                f"{type(widget.parentWidget()).__name__}"
            )
    return missing


def test_every_control_of_every_tab_has_an_accessible_name(
    make_main_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    window = make_main_window()
    window.agenda.table.selectRow(2)
    missing: list[str] = []
    for index in range(window.case_tabs.count()):
        window.case_tabs.setCurrentIndex(index)
        qtbot.wait(10)
        missing += _unnamed(window)
    dashboard = window.show_dashboard()
    qtbot.waitUntil(lambda: dashboard.dashboard is not None, timeout=10_000)
    missing += _unnamed(dashboard)
    dashboard.close()
    for other in (window.packs.show_preparation(), window.show_help()):  # the member's window, the guide
        missing += _unnamed(other)
        other.close()
    assert sorted(set(missing)) == []


def test_every_menu_command_is_reachable_from_the_keyboard(make_main_window: Callable[[], MainWindow]) -> None:
    """Each command has a mnemonic in its menu (Alt+letter) and the meeting flow's have shortcuts
    (the timer keys themselves are driven from the keyboard in test_meeting_run)."""
    window = make_main_window()
    without = [a.text() for a in window.actions_.all() if "&" not in a.text()]
    assert without == []
    for menu in window.menus:
        assert "&" in menu.title()
    flow = ("F5", "F6", "F7", "F8", "F9", "Ctrl+F5", "Ctrl+Shift+D", "Ctrl+Shift+M", "Ctrl+Shift+E", "Ctrl+Shift+I")
    shortcuts = {a.shortcut().toString() for a in window.actions_.all()} | {
        window.outcome.documents.write.shortcut().toString()
    }
    assert set(flow) <= shortcuts


def test_the_user_guide_opens_from_the_help_menu_with_its_screenshots(
    make_main_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextDocument

    window = make_main_window()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.help is not None and window.help.isVisible()
    document = window.help.browser.document()
    assert "Mødelederen" in document.toPlainText() and "Referenten" in document.toPlainText()
    image = document.resource(QTextDocument.ResourceType.ImageResource, "meeting-run.png")
    assert image is not None and not image.isNull()
    window.help.close()


def test_large_text_is_applied_at_once_and_remembered(make_main_window: Callable[[], MainWindow]) -> None:
    from PySide6.QtWidgets import QApplication

    from rehabmeet.settings.preferences import load_preferences

    window = make_main_window()
    before = QApplication.font().pointSizeF()
    countdown = window.findChild(QLabel, "timerCountdown")
    timer_before = countdown.font().pointSizeF()
    aloud = ReadAloudWindow(window)
    aloud_before = aloud.browser.font().pointSizeF()
    assert timer_before == 48 and aloud_before == 20  # their own sizes in normal text, whatever the platform's
    window.preferences.large_text.trigger()
    try:
        assert QApplication.font().pointSizeF() > before * 1.3
        assert countdown.font().pointSizeF() > timer_before * 1.3  # the timer's digits grow too
        assert aloud.browser.font().pointSizeF() > aloud_before * 1.3  # and the read-aloud view
        assert load_preferences(window._state.config_dir).large_text
        window.preferences.themes["dark"].trigger()
        assert load_preferences(window._state.config_dir).theme == "dark"
        assert is_dark() and QColor(colour("text")).lightness() > 200  # light text on a dark window
        bevels = [
            QApplication.palette().color(role) for role in (QPalette.ColorRole.Light, QPalette.ColorRole.Midlight)
        ]
        assert all(c.lightness() < 128 for c in bevels)  # no white frame edges in the dark
    finally:
        window.preferences.large_text.trigger()
        window.preferences.themes["system"].trigger()
    assert QApplication.font().pointSizeF() == before
    assert countdown.font().pointSizeF() == timer_before
    assert aloud.browser.font().pointSizeF() == aloud_before
    assert not is_dark()  # the offscreen system theme is light


def _mnemonic(text: str) -> str:
    position = text.replace("&&", "").find("&")
    return text.replace("&&", "")[position + 1].lower() if position >= 0 else ""


def _clashes(menus: list[QMenu]) -> list[str]:
    """Alt+letter clashes: among the menu bar's titles, and among the commands of each (sub)menu."""
    found = []
    groups = [[m.menuAction() for m in menus], *([a for a in m.actions() if not a.isSeparator()] for m in menus)]
    groups += [[a for a in sub.actions() if not a.isSeparator()] for m in menus for sub in m.findChildren(QMenu)]
    for actions in groups:
        letters = [_mnemonic(a.text()) for a in actions]
        found += [a.text() for a, letter in zip(actions, letters, strict=True) if letters.count(letter) > 1]
    return found


@pytest.mark.parametrize("language", ["en", "da"])
def test_no_two_commands_in_a_menu_share_their_alt_letter(
    make_main_window: Callable[[], MainWindow], qapp: QApplication, language: str
) -> None:
    installed = install_translators(qapp, language)
    try:
        window = make_main_window()
        clashes = _clashes(window.menus)
        assert not clashes, "\n".join(clashes)
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        install_translators(qapp, "en")  # as the session's English interface had it (tests/ui/conftest.py)
