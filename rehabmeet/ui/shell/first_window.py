"""The main window's first frame: the meeting day's agenda, up before the ORM and the case views load.

``ui/app.py: run_window`` shows it with the day read through the DB-API
(:mod:`rehabmeet.services.first_read`), then builds the full :class:`MainWindow` behind it in
steps of well under 100 ms and puts that in its place, at the same geometry. Nothing here
writes: the agenda can be looked at and scrolled, the case opens once the window is complete. Its
menus and toolbar are the main window's, disabled, so nothing moves when the complete window comes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QWidget

from rehabmeet.services.agenda_rows import Agenda, MeetingRow

from rehabmeet.ui.agenda.agenda_widget import AgendaWidget
from rehabmeet.ui.agenda.meeting_selector import MeetingSelector
from rehabmeet.ui.shared.actions import ActionRegistry
from rehabmeet.ui.shell.menus import build_menus, build_toolbar
from rehabmeet.ui.shell.window_state import WindowState


class FirstWindow(QMainWindow):
    """The agenda of the day on the left, a line saying the case views are coming on the right."""

    def __init__(self, state: WindowState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstWindow")
        self.setWindowTitle("RehabMeet")
        self.meeting_selector = MeetingSelector(self)
        self.meeting_selector.setEnabled(False)  # another day can be chosen once the window is complete
        self.agenda = AgendaWidget(self)
        self.opening = QLabel(self.tr("Opening the case views…"), self)
        self.opening.setObjectName("openingLabel")
        self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.agenda)
        self.splitter.addWidget(self.opening)
        self.splitter.setStretchFactor(0, 0)  # as MainWindow: the agenda as wide as its names need
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)
        # The main window's menus and toolbar, disabled: the agenda sits where it will stay when the
        # complete window takes this one's place.
        actions = ActionRegistry(self)
        for action in actions.all():
            action.setEnabled(False)
        build_menus(self, actions)
        build_toolbar(self, actions, self.meeting_selector)
        self.statusBar().showMessage(self.opening.text())
        self.resize(1280, 800)
        if state.geometry() is not None:
            self.restoreGeometry(state.geometry())
        if state.splitter() is not None:
            self.splitter.restoreState(state.splitter())

    def show_meetings(self, meetings: list[MeetingRow], selected: int | None) -> int | None:
        """List the meeting days, choose ``selected`` (else the first, as the main window does); return the choice."""
        self.meeting_selector.set_meetings(meetings, selected)
        chosen: int | None = self.meeting_selector.current_meeting_id()
        return chosen

    def show_agenda(self, agenda: Agenda | None, case_id: int | None) -> None:
        """Show the chosen day's agenda with the remembered case selected."""
        self.agenda.show_agenda(agenda)
        self.agenda.show_warnings(agenda.warnings if agenda is not None else None)
        self.agenda.select_case(case_id)
