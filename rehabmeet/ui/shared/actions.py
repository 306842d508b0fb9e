"""Every QAction of the app, created in one registry keyed by an enum (shortcuts live only here)."""

from __future__ import annotations

from enum import Enum, auto

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence


class Action(Enum):
    IMPORT_BUNDLES = auto()
    IMPORT_FOLDER = auto()
    EXPORT_SUMMARY = auto()
    NEW_MEETING = auto()
    EDIT_MEETING = auto()
    DELETE_MEETING = auto()
    ADD_CASES = auto()
    POSTPONE_CASE = auto()
    REMOVE_CASE = auto()
    TIMING_REPORT = auto()
    CITIZEN_SCREEN = auto()
    TIMER_START_NEXT = auto()
    TIMER_PAUSE_RESUME = auto()
    TIMER_SKIP = auto()
    TIMER_EXTEND_1 = auto()
    TIMER_EXTEND_5 = auto()
    TIMER_BACK = auto()
    TIMER_DECIDE = auto()
    TIMER_FINISH = auto()
    MANAGEMENT_INFO = auto()
    OPEN_PACK = auto()
    EXPORT_PACKS = auto()
    IMPORT_NOTES = auto()
    NOTE_CONFLICTS = auto()
    QUIT = auto()
    TAB_1 = auto()
    TAB_2 = auto()
    TAB_3 = auto()
    TAB_4 = auto()
    TAB_5 = auto()
    TAB_6 = auto()
    NEXT_TAB = auto()
    PREVIOUS_TAB = auto()
    FOCUS_AGENDA = auto()
    SHORTCUTS = auto()
    UNDO = auto()
    REDO = auto()
    REFRESH = auto()
    ABOUT = auto()
    HELP = auto()


#: The case tabs' actions (Alt+1 … Alt+6), in tab order.
TAB_ACTIONS = (Action.TAB_1, Action.TAB_2, Action.TAB_3, Action.TAB_4, Action.TAB_5, Action.TAB_6)

Shortcut = str | QKeySequence.StandardKey | tuple[str, ...] | None

#: The phase timer's actions, in menu order.
TIMER_ACTIONS = (
    Action.TIMER_START_NEXT,
    Action.TIMER_PAUSE_RESUME,
    Action.TIMER_SKIP,
    Action.TIMER_EXTEND_1,
    Action.TIMER_EXTEND_5,
    Action.TIMER_BACK,
    Action.TIMER_DECIDE,
    Action.TIMER_FINISH,
)


def _specs() -> dict[Action, tuple[str, Shortcut, str]]:
    return {
        Action.IMPORT_BUNDLES: (
            QCoreApplication.translate("Actions", "&Import case bundles…"),
            QKeySequence.StandardKey.Open,
            QCoreApplication.translate(
                "Actions", "Import zipped case bundles (.rmb.zip); you can also drop them on the agenda"
            ),
        ),
        Action.IMPORT_FOLDER: (
            QCoreApplication.translate("Actions", "Import an unpacked &bundle folder…"),
            "Ctrl+Shift+O",
            QCoreApplication.translate("Actions", "Import a case bundle that has been unpacked into a folder"),
        ),
        Action.EXPORT_SUMMARY: (
            QCoreApplication.translate("Actions", "Save the case &summary as PDF…"),
            "Ctrl+Shift+S",
            QCoreApplication.translate("Actions", "The summary sheet and the meeting-set pages, within the page cap"),
        ),
        Action.NEW_MEETING: (
            QCoreApplication.translate("Actions", "&New meeting day…"),
            QKeySequence.StandardKey.New,
            QCoreApplication.translate("Actions", "Plan a meeting day: date, time, room, leader, secretary, members"),
        ),
        Action.EDIT_MEETING: (
            QCoreApplication.translate("Actions", "Chan&ge the meeting day…"),
            None,
            QCoreApplication.translate(
                "Actions", "Change the date, time, room, leader, secretary or members of this day"
            ),
        ),
        Action.DELETE_MEETING: (
            QCoreApplication.translate("Actions", "De&lete the meeting day…"),
            None,
            QCoreApplication.translate("Actions", "Delete this day (its agenda must be empty)"),
        ),
        Action.ADD_CASES: (
            QCoreApplication.translate("Actions", "&Add cases to the agenda…"),
            "Ctrl+Shift+A",
            QCoreApplication.translate("Actions", "Put imported cases on this meeting day"),
        ),
        Action.POSTPONE_CASE: (
            QCoreApplication.translate("Actions", "P&ostpone the case to another day…"),
            None,
            QCoreApplication.translate("Actions", "Keep the case on the list as postponed, with the reason"),
        ),
        Action.REMOVE_CASE: (
            QCoreApplication.translate("Actions", "&Remove the case from the agenda"),
            None,
            QCoreApplication.translate("Actions", "Take the selected case off this meeting day"),
        ),
        Action.TIMING_REPORT: (
            QCoreApplication.translate("Actions", "&Timing report…"),
            "Ctrl+Shift+T",
            QCoreApplication.translate("Actions", "Planned and actual time per case and phase; save as CSV or PDF"),
        ),
        Action.CITIZEN_SCREEN: (
            QCoreApplication.translate("Actions", "&Citizen screen"),
            "Ctrl+Shift+B",
            QCoreApplication.translate(
                "Actions", "A window for a second screen: the phase and time, without internal notes"
            ),
        ),
        Action.TIMER_START_NEXT: (
            QCoreApplication.translate("Actions", "&Start / next phase"),
            "F5",
            QCoreApplication.translate("Actions", "Start the selected case, or end this phase and start the next"),
        ),
        Action.TIMER_PAUSE_RESUME: (
            QCoreApplication.translate("Actions", "&Pause / resume"),
            "F6",
            QCoreApplication.translate("Actions", "Stop or restart the clock of the running case"),
        ),
        Action.TIMER_SKIP: (
            QCoreApplication.translate("Actions", "S&kip this phase"),
            "F7",
            QCoreApplication.translate("Actions", "End this phase as skipped (e.g. no pre-discussion)"),
        ),
        Action.TIMER_EXTEND_1: (
            QCoreApplication.translate("Actions", "Extend by &1 minute"),
            "F8",
            QCoreApplication.translate("Actions", "Give the current phase one more minute"),
        ),
        Action.TIMER_EXTEND_5: (
            QCoreApplication.translate("Actions", "Extend by &5 minutes"),
            "Shift+F8",
            QCoreApplication.translate("Actions", "Give the current phase five more minutes"),
        ),
        Action.TIMER_BACK: (
            QCoreApplication.translate("Actions", "&Back one phase"),
            "Shift+F5",
            QCoreApplication.translate("Actions", "Return to the previous phase"),
        ),
        Action.TIMER_DECIDE: (
            QCoreApplication.translate("Actions", "&Decision at the table"),
            "F9",
            QCoreApplication.translate(
                "Actions", "Add the decision at the table (oral partshøring) after the announcement"
            ),
        ),
        Action.TIMER_FINISH: (
            QCoreApplication.translate("Actions", "&Finish the case"),
            "Ctrl+F5",
            QCoreApplication.translate("Actions", "End the running case now"),
        ),
        Action.MANAGEMENT_INFO: (
            QCoreApplication.translate("Actions", "&Management information…"),
            "Ctrl+Shift+M",
            QCoreApplication.translate(
                "Actions", "Waiting times, outcomes, completeness and follow-through for a period; exports"
            ),
        ),
        Action.OPEN_PACK: (
            QCoreApplication.translate("Actions", "&Open an agenda pack to prepare…"),
            "Ctrl+Shift+P",
            QCoreApplication.translate(
                "Actions", "For team members: read and annotate the cases of a meeting day at home, offline"
            ),
        ),
        Action.EXPORT_PACKS: (
            QCoreApplication.translate("Actions", "&Export agenda packs for the members…"),
            "Ctrl+Shift+E",
            QCoreApplication.translate("Actions", "One encrypted file per invited member, with a passphrase each"),
        ),
        Action.IMPORT_NOTES: (
            QCoreApplication.translate("Actions", "&Import members' notes…"),
            "Ctrl+Shift+I",
            QCoreApplication.translate("Actions", "Bring the notes members shared into their lanes"),
        ),
        Action.NOTE_CONFLICTS: (
            QCoreApplication.translate("Actions", "Note &conflicts…"),
            None,
            QCoreApplication.translate("Actions", "Notes changed both here and on a member's laptop"),
        ),
        Action.QUIT: (
            QCoreApplication.translate("Actions", "&Quit"),
            QKeySequence.StandardKey.Quit,
            QCoreApplication.translate("Actions", "Close RehabMeet"),
        ),
        Action.UNDO: (
            QCoreApplication.translate("Actions", "&Undo"),
            QKeySequence.StandardKey.Undo,
            QCoreApplication.translate("Actions", "Undo the last change to points, the agenda or remedies"),
        ),
        Action.REDO: (
            QCoreApplication.translate("Actions", "&Redo"),
            "Ctrl+Shift+Z",
            QCoreApplication.translate("Actions", "Make the change you undid again"),
        ),
        Action.REFRESH: (
            QCoreApplication.translate("Actions", "&Refresh"),
            "Ctrl+R",
            QCoreApplication.translate("Actions", "Reload the meeting day from the database"),
        ),
        Action.TAB_1: (
            QCoreApplication.translate("Actions", "&1 Facts"),
            "Alt+1",
            QCoreApplication.translate("Actions", "Show the case's facts"),
        ),
        Action.TAB_2: (
            QCoreApplication.translate("Actions", "&2 Summary and documents"),
            "Alt+2",
            QCoreApplication.translate("Actions", "Show the summary and the documents"),
        ),
        Action.TAB_3: (
            QCoreApplication.translate("Actions", "&3 Running the meeting"),
            "Alt+3",
            QCoreApplication.translate("Actions", "Show the timer, attendance and the day's plan"),
        ),
        Action.TAB_4: (
            QCoreApplication.translate("Actions", "&4 The team's input"),
            "Alt+4",
            QCoreApplication.translate("Actions", "Show the lanes and their points"),
        ),
        Action.TAB_5: (
            QCoreApplication.translate("Actions", "&5 Indstilling"),
            "Alt+5",
            QCoreApplication.translate("Actions", "Show the indstilling"),
        ),
        Action.TAB_6: (
            QCoreApplication.translate("Actions", "&6 Decision and documents"),
            "Alt+6",
            QCoreApplication.translate("Actions", "Show the decision and the documents issued"),
        ),
        Action.NEXT_TAB: (
            QCoreApplication.translate("Actions", "&Next tab"),
            ("Ctrl+Tab", "Ctrl+PgDown"),
            QCoreApplication.translate("Actions", "Show the case's next tab, from anywhere in the window"),
        ),
        Action.PREVIOUS_TAB: (
            QCoreApplication.translate("Actions", "&Previous tab"),
            ("Ctrl+Shift+Tab", "Ctrl+PgUp"),
            QCoreApplication.translate("Actions", "Show the case's previous tab"),
        ),
        Action.FOCUS_AGENDA: (
            QCoreApplication.translate("Actions", "A&genda"),
            "Alt+0",
            QCoreApplication.translate(
                "Actions", "Put the keyboard on the agenda (the arrow keys then choose the case)"
            ),
        ),
        Action.SHORTCUTS: (
            QCoreApplication.translate("Actions", "&Keyboard shortcuts"),
            "Ctrl+F1",
            QCoreApplication.translate("Actions", "Every command and its key"),
        ),
        Action.HELP: (
            QCoreApplication.translate("Actions", "&User guide"),
            QKeySequence.StandardKey.HelpContents,
            QCoreApplication.translate("Actions", "A short guide for the leader, secretary and members (Danish)"),
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
            if isinstance(shortcut, tuple):
                qaction.setShortcuts([QKeySequence(each) for each in shortcut])
            elif shortcut is not None:
                qaction.setShortcut(QKeySequence(shortcut))
            qaction.setStatusTip(tip)
            qaction.setToolTip(tip)
            self._actions[action] = qaction

    def __getitem__(self, action: Action) -> QAction:
        return self._actions[action]

    def all(self) -> list[QAction]:
        return list(self._actions.values())
