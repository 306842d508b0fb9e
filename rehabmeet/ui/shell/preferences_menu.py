"""The View menu's preferences: language (after a restart), large text and theme (at once), and who
is at the keyboard (the team member this laptop acts as, from the next start)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget

from rehabmeet.errors import UserFacingError
from rehabmeet.settings.preferences import load_preferences, save_preferences

from rehabmeet.ui.shared.appearance import apply_appearance
from rehabmeet.ui.shared.dialogs import ask_choice, show_error


class PreferencesMenu(QObject):
    """Adds Language, Large text and Theme to ``menu``; saves each choice in the user's preferences.

    Signals:
        appearance_changed(): large text or the theme changed; views redraw in the new colours.
    """

    appearance_changed = Signal()

    def __init__(
        self, menu: QMenu, config_dir: Path, parent: QWidget, members: Callable[[], list[str]] | None = None
    ) -> None:
        super().__init__(parent)
        self._config_dir = config_dir
        self._parent = parent
        self._members = members or list
        self.preferences = load_preferences(config_dir)
        menu.addSeparator()
        self.who_am_i = QAction(self.tr("&Who am I…"), parent)
        self.who_am_i.setObjectName("whoAmI")
        self.who_am_i.setStatusTip(self.tr("The team member at this laptop, named in the log and on other laptops"))
        self.who_am_i.triggered.connect(self.choose_person)
        menu.addAction(self.who_am_i)
        self.large_text = QAction(self.tr("&Large text"), parent)
        self.large_text.setObjectName("largeText")
        self.large_text.setCheckable(True)
        self.large_text.setChecked(self.preferences.large_text)
        self.large_text.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.large_text.setStatusTip(self.tr("Larger text everywhere, e.g. for the meeting leader's screen"))
        self.large_text.toggled.connect(lambda on: self._change(large_text=on))
        menu.addAction(self.large_text)
        self.themes = self._choices(
            menu.addMenu(self.tr("&Theme")),
            (("system", self.tr("&Follow the system")), ("light", self.tr("&Light")), ("dark", self.tr("&Dark"))),
            self.preferences.theme,
            lambda code: self._change(theme=code),
        )
        self.languages = self._choices(
            menu.addMenu(self.tr("L&anguage")),
            (("", self.tr("&Follow the system")), ("da", "&Dansk"), ("en", "&English")),
            self.preferences.language,
            self._change_language,
        )
        parent.addAction(self.large_text)

    def _choices(
        self, menu: QMenu, options: tuple[tuple[str, str], ...], current: str, chosen: object
    ) -> dict[str, QAction]:
        group = QActionGroup(self)
        actions = {}
        for code, text in options:
            action = QAction(text, menu)
            action.setCheckable(True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _checked=False, code=code: chosen(code))  # type: ignore[operator]
            group.addAction(action)
            menu.addAction(action)
            actions[code] = action
        return actions

    def _change(self, **changes: object) -> None:
        self.preferences = replace(self.preferences, **changes)  # type: ignore[arg-type]
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_appearance(app, self.preferences)
            self.appearance_changed.emit()
        try:
            save_preferences(self._config_dir, self.preferences)
        except (UserFacingError, OSError) as exc:
            message = self.tr("The choice applies now, but it could not be kept for the next start: %1")
            show_error(self._parent, message.replace("%1", str(exc)))

    def choose_person(self) -> None:
        """Ask who is at the keyboard (a team member, or a name typed in); used from the next start."""
        person = ask_choice(
            self._parent,
            self.tr("Who am I"),
            self.tr("Who works at this laptop? The event log, the documents and the other laptops name this person."),
            self._members(),
            self.preferences.person,
        )
        if person is None or person == self.preferences.person:
            return
        self._change(person=person)
        QMessageBox.information(
            self._parent,
            self.tr("Who am I"),
            self.tr("RehabMeet names %1 from the next start.").replace("%1", person),
        )

    def _change_language(self, code: str) -> None:
        self._change(language=code)
        QMessageBox.information(
            self._parent, self.tr("Language"), self.tr("The new language is used the next time RehabMeet starts.")
        )
