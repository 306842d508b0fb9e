"""The main window's menus and toolbar, built from the action registry."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QToolBar, QWidget

from rehabmeet.ui.shared.actions import TAB_ACTIONS, TIMER_ACTIONS, Action, ActionRegistry


def build_menus(window: QMainWindow, actions: ActionRegistry) -> list[QMenu]:
    """Add File, Edit, Meeting, View and Help menus and return them in that order."""
    groups = {
        QCoreApplication.translate("Menus", "&File"): (
            Action.IMPORT_BUNDLES,
            Action.IMPORT_FOLDER,
            None,
            Action.EXPORT_SUMMARY,
            None,
            Action.OPEN_PACK,
            None,
            Action.REFRESH,
            None,
            Action.QUIT,
        ),
        QCoreApplication.translate("Menus", "&Edit"): (Action.UNDO, Action.REDO),
        QCoreApplication.translate("Menus", "&Meeting"): (
            Action.NEW_MEETING,
            Action.EDIT_MEETING,
            Action.DELETE_MEETING,
            None,
            Action.ADD_CASES,
            Action.POSTPONE_CASE,
            Action.REMOVE_CASE,
            None,
            *TIMER_ACTIONS,
            None,
            Action.TIMING_REPORT,
            None,
            Action.EXPORT_PACKS,
            Action.IMPORT_NOTES,
            Action.NOTE_CONFLICTS,
        ),
        QCoreApplication.translate("Menus", "&View"): (
            Action.FOCUS_AGENDA,
            *TAB_ACTIONS,
            Action.NEXT_TAB,
            Action.PREVIOUS_TAB,
            None,
            Action.CITIZEN_SCREEN,
            Action.MANAGEMENT_INFO,
        ),
        QCoreApplication.translate("Menus", "&Help"): (Action.HELP, Action.SHORTCUTS, Action.ABOUT),
    }
    menus = []
    for title, members in groups.items():
        menu = window.menuBar().addMenu(title)
        menus.append(menu)
        for action in members:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(actions[action])
    return menus


def build_toolbar(window: QMainWindow, actions: ActionRegistry, selector: QWidget) -> QToolBar:
    """Add the toolbar: import, the meeting-day picker, and the timer's main buttons."""
    toolbar = QToolBar(QCoreApplication.translate("Menus", "Meeting day"), window)
    toolbar.setObjectName("meetingToolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    toolbar.addAction(actions[Action.IMPORT_BUNDLES])
    toolbar.addAction(actions[Action.NEW_MEETING])
    toolbar.addSeparator()
    toolbar.addWidget(QLabel(QCoreApplication.translate("Menus", "Meeting day:") + " ", toolbar))
    toolbar.addWidget(selector)
    toolbar.addSeparator()
    for action in (Action.TIMER_START_NEXT, Action.TIMER_PAUSE_RESUME, Action.TIMER_EXTEND_1):
        toolbar.addAction(actions[action])
    window.addToolBar(toolbar)
    return toolbar
