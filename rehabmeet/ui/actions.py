"""Every QAction of the app, created in one registry keyed by an enum (shortcuts live only here)."""

from __future__ import annotations

from enum import Enum, auto

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence


class Action(Enum):
    IMPORT_BUNDLES = auto()
    IMPORT_FOLDER = auto()
    EXPORT_SUMMARY = auto()
    QUIT = auto()
    REFRESH = auto()
    ABOUT = auto()


def _specs() -> dict[Action, tuple[str, QKeySequence | None, str]]:
    return {
        Action.IMPORT_BUNDLES: (
            QCoreApplication.translate("Actions", "&Import case bundles…"),
            QKeySequence(QKeySequence.StandardKey.Open),
            QCoreApplication.translate(
                "Actions", "Import zipped case bundles (.rmb.zip); you can also drop them on the agenda"
            ),
        ),
        Action.IMPORT_FOLDER: (
            QCoreApplication.translate("Actions", "Import an unpacked &bundle folder…"),
            QKeySequence("Ctrl+Shift+O"),
            QCoreApplication.translate("Actions", "Import a case bundle that has been unpacked into a folder"),
        ),
        Action.EXPORT_SUMMARY: (
            QCoreApplication.translate("Actions", "Save the case &summary as PDF…"),
            QKeySequence("Ctrl+Shift+S"),
            QCoreApplication.translate("Actions", "The summary sheet and the meeting-set pages, within the page cap"),
        ),
        Action.QUIT: (
            QCoreApplication.translate("Actions", "&Quit"),
            QKeySequence(QKeySequence.StandardKey.Quit),
            QCoreApplication.translate("Actions", "Close RehabMeet"),
        ),
        Action.REFRESH: (
            QCoreApplication.translate("Actions", "&Refresh"),
            QKeySequence(QKeySequence.StandardKey.Refresh),
            QCoreApplication.translate("Actions", "Reload the meeting day from the database"),
        ),
        Action.ABOUT: (
            QCoreApplication.translate("Actions", "&About RehabMeet"),
            None,
            QCoreApplication.translate("Actions", "Version and licence"),
        ),
    }


class ActionRegistry:
    """Creates and owns the QActions; widgets look them up by :class:`Action`."""

    def __init__(self, parent: QObject) -> None:
        self._actions: dict[Action, QAction] = {}
        for action, (text, shortcut, tip) in _specs().items():
            qaction = QAction(text, parent)
            qaction.setObjectName(f"action_{action.name.lower()}")
            if shortcut is not None:
                qaction.setShortcut(shortcut)
            qaction.setStatusTip(tip)
            qaction.setToolTip(tip)
            self._actions[action] = qaction

    def __getitem__(self, action: Action) -> QAction:
        return self._actions[action]
