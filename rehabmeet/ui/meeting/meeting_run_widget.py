"""MeetingRunWidget: the leader's view while the meeting runs — timer, attendance, notes, the day."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QResizeEvent, QShowEvent, QUndoStack
from PySide6.QtWidgets import QGroupBox, QLabel, QPlainTextEdit, QPushButton, QSplitter, QVBoxLayout, QWidget

from rehabmeet.errors import UserFacingError
from rehabmeet.meeting.clock import Clock
from rehabmeet.meeting.replan import Remedy, RemedyKind
from rehabmeet.meeting.timer import TimerCommand, TimerStatus, allowed
from rehabmeet.services.attendance import AttendanceService
from rehabmeet.services.meeting_run import MeetingRunService, QuorumNotMet, RunDay

from rehabmeet.ui.meeting.attendance_widget import AttendanceWidget
from rehabmeet.ui.meeting.day_plan_widget import DayPlanWidget
from rehabmeet.ui.meeting.timer_widget import TimerWidget
from rehabmeet.ui.shared.autosave import Autosaver
from rehabmeet.ui.shared.dialogs import ask_text, ask_yes_no, show_error
from rehabmeet.ui.shared.undo import push_done

REPLAN_MS = 30_000


class MeetingRunWidget(QWidget):
    """Runs one case at a time; every timer command is recorded and re-plans the day.

    Signals:
        day_changed(object): a new :class:`RunDay` after a command, remedy or periodic re-plan.
        plan_changed(int): a remedy (or its undo) changed the agenda of this meeting; the agenda reloads.
    """

    day_changed = Signal(object)
    plan_changed = Signal(int)

    def __init__(
        self, run: MeetingRunService, attendance: AttendanceService, clock: Clock, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._run = run
        self._attendance = attendance
        self.meeting_id: int | None = None
        self.item_id: int | None = None
        self._pending: tuple[int | None, int | None] = (None, None)
        self.day: RunDay | None = None
        self.undo_stack: QUndoStack | None = None  # the window's, set by it
        #: Asked before a case starts (the window asks about a case that is not ready); None: no question.
        self.may_start: Callable[[int], bool] | None = None
        self.case_label = QLabel(self)
        self.case_label.setObjectName("runCase")
        self.timer = TimerWidget(clock, self)
        self.attendance = AttendanceWidget(attendance, self)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("caseNotes")
        self.notes.setAccessibleName(self.tr("Notes for this case"))
        self.notes.setPlaceholderText(self.tr("Notes for this case (saved as you type)"))
        self.autosave = Autosaver(self.notes, lambda _text: None, self)
        self.plan = DayPlanWidget(self)
        self._build()
        self.replanner = QTimer(self)
        self.replanner.setInterval(REPLAN_MS)
        self.replanner.timeout.connect(self.reload)
        self.plan.remedy_accepted.connect(self._on_plan_remedy_accepted)
        self.attendance.changed.connect(lambda _a: self.reload())
        self.autosave.failed.connect(lambda message: show_error(self, message))

    def _build(self) -> None:
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.case_label)
        left_layout.addWidget(self.timer)
        attendance_box = QGroupBox(self.tr("Attendance and quorum"), left)
        QVBoxLayout(attendance_box).addWidget(self.attendance)
        left_layout.addWidget(attendance_box, 1)
        right = QSplitter(Qt.Orientation.Vertical, self)
        plan_box = QGroupBox(self.tr("The day"), right)
        QVBoxLayout(plan_box).addWidget(self.plan)
        notes_box = QGroupBox(self.tr("Notes"), right)
        QVBoxLayout(notes_box).addWidget(self.notes)
        right.addWidget(plan_box)
        right.addWidget(notes_box)
        self._panes = QSplitter(Qt.Orientation.Horizontal, self)
        self._panes.addWidget(left)
        self._panes.addWidget(right)
        self._panes.setStretchFactor(0, 3)  # the attendance table's names and roles need more room than
        self._panes.setStretchFactor(1, 2)  # the day's plan, whose three two-line columns are narrow
        self._day_and_notes = right
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self._panes)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange_panes()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._arrange_panes()

    def _arrange_panes(self) -> None:
        """Side by side when the tab has room for the attendance table with every word of its names and
        roles whole beside the day's plan (its remedy buttons included); else stacked, the day and the
        notes side by side below (large text, a narrow laptop), so nothing is cut off."""
        wide = self.width() >= self._attendance_width() + self._plan_width() + 24
        self._panes.setOrientation(Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical)
        self._day_and_notes.setOrientation(Qt.Orientation.Vertical if wide else Qt.Orientation.Horizontal)

    def _plan_width(self) -> int:
        """What the day's plan needs: its columns whole, and its widest remedy button."""
        table = self.plan.table
        columns = sum(table.sizeHintForColumn(c) for c in range(table.model().columnCount()))
        buttons = max(
            (b.sizeHint().width() for b in self.plan.findChildren(QPushButton) if b.isVisibleTo(self)), default=0
        )
        chrome = table.verticalScrollBar().sizeHint().width() + 6 * table.fontMetrics().averageCharWidth()
        return max(columns + chrome, buttons + 4 * table.fontMetrics().averageCharWidth())

    def _attendance_width(self) -> int:
        """What the attendance table needs so that no word of a name or role is cut (they wrap at words)."""
        table = self.attendance.table
        model, metrics, header = table.model(), table.fontMetrics(), table.horizontalHeader()
        margin = 2 * metrics.averageCharWidth()
        width = 0
        for column in range(model.columnCount()):
            words = [w for row in range(model.rowCount()) for w in str(model.index(row, column).data() or "").split()]
            widest = max((metrics.horizontalAdvance(w) for w in words), default=0)
            width += max(header.sectionSizeHint(column), widest + margin)
        return width + table.verticalScrollBar().sizeHint().width() + 4 * metrics.averageCharWidth()

    def follow(self, meeting_id: int | None, item_id: int | None) -> None:
        """Act on this agenda item from now on; it is loaded when the view is shown or a timer key is used."""
        self._pending = (meeting_id, item_id)
        if self.isVisible():
            self.sync()

    def sync(self) -> None:
        """Load the followed item if it is not the one shown."""
        if self._pending != (self.meeting_id, self.item_id) or self.day is None:
            self.show_item(*self._pending)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.sync()

    def show_item(self, meeting_id: int | None, item_id: int | None) -> None:
        """Show (and act on) agenda item ``item_id`` of ``meeting_id``."""
        self._pending = (meeting_id, item_id)
        self.autosave.flush()
        self.meeting_id, self.item_id = meeting_id, item_id
        if item_id is not None:
            self.autosave.load(
                self._attendance.note(item_id),
                lambda text, i=item_id: self._attendance.save_note(i, text, base=self.autosave.base),
            )
            self.attendance.show_attendance(self._attendance.attendance(item_id))
        else:
            self.attendance.show_attendance(None)
        self.reload()

    @Slot()
    def reload(self) -> None:
        """Re-read the day (after a change, and every 30 s so predictions follow the clock)."""
        if self.meeting_id is None:
            self._show(None)
            return
        try:
            self._show(self._run.day(self.meeting_id))
        except UserFacingError as exc:
            show_error(self, str(exc))

    def _show(self, day: RunDay | None) -> None:
        self.day = day
        item = next((i for i in day.items if i.item_id == self.item_id), None) if day else None
        self.timer.show_state(item.timer if item else None, day.now.timestamp() if day else None)
        self.case_label.setText(
            f"<b>{item.case_ref}</b> · {item.citizen_name}" if item else self.tr("No case selected")
        )
        self.plan.show_day(day)
        self._arrange_panes()  # the remedies shown and the people present change what the panes need
        if day is not None:
            self.replanner.start()
        else:
            self.replanner.stop()
        self.day_changed.emit(day)

    def can(self, command: TimerCommand) -> bool:
        """Return whether ``command`` applies to the shown case now (optimistic until it is loaded)."""
        if self._pending[1] is not None and self._pending != (self.meeting_id, self.item_id):
            return True
        item = self._item()
        return item is not None and allowed(item.timer, command)

    def _item(self):  # type: ignore[no-untyped-def]
        if self.day is None or self.item_id is None:
            return None
        return next((i for i in self.day.items if i.item_id == self.item_id), None)

    def start_or_next(self) -> None:
        """F5: start the case, or go to the next phase."""
        item = self._item()
        if item is not None and item.timer.status is TimerStatus.NOT_STARTED:
            if self.may_start is not None and not self.may_start(item.item_id):
                return
            self.command(TimerCommand.START)
        else:
            self.command(TimerCommand.NEXT)

    def pause_or_resume(self) -> None:
        """F6: pause or resume."""
        self.command(TimerCommand.PAUSE if self.can(TimerCommand.PAUSE) else TimerCommand.RESUME)

    def command(self, command: TimerCommand, minutes: int = 0) -> None:
        """Give ``command`` for the shown case; starting without quorum asks for a reason."""
        if self.meeting_id is None or self.item_id is None or not self.can(command):
            return
        try:
            day = self._run.command(self.meeting_id, self.item_id, command, minutes=minutes)
        except QuorumNotMet as exc:
            reason = ask_text(self, self.tr("No quorum"), str(exc) + "\n\n" + self.tr("Reason for starting anyway:"))
            if not reason:
                return
            day = self._run.command(self.meeting_id, self.item_id, command, minutes=minutes, override_reason=reason)
        except UserFacingError as exc:
            show_error(self, str(exc))
            return
        self._show(day)
        status_bar = getattr(self.window(), "statusBar", None)
        if day.checkpoint and status_bar is not None:  # the day is over: where its log checkpoint went
            status_bar().showMessage(day.checkpoint, 60_000)

    @Slot(object)
    def _on_plan_remedy_accepted(self, remedy: Remedy) -> None:
        if self.meeting_id is None:
            return
        reason = ""
        if remedy.kind is RemedyKind.POSTPONE_CASE:
            reason = (
                ask_text(self, self.tr("Postpone the case"), self.tr("Why is the case moved to another day?")) or ""
            )
            if not reason:
                return
        else:
            question = self.tr("%1?\n\nEdit → Undo (Ctrl+Z) takes it back.").replace(
                "%1", self.plan.remedy_text(remedy, self.day)
            )
            if not ask_yes_no(self, self.tr("Change the day's plan"), question):
                return
        meeting_id = self.meeting_id
        try:
            before, positions = self._run.day(meeting_id), self._run.positions(meeting_id)
            self._show(self._run.apply_remedy(meeting_id, remedy, reason))
        except UserFacingError as exc:
            show_error(self, str(exc))
            return
        self.plan_changed.emit(meeting_id)
        push_done(
            self.undo_stack,
            self.plan.remedy_text(remedy, before),
            lambda: self._shown(self._run.revert_remedy(meeting_id, remedy, before, positions)),
            lambda: self._shown(self._run.apply_remedy(meeting_id, remedy, reason)),
            self,
        )

    def _shown(self, day: RunDay) -> None:
        """After an undo or redo: show the day if it is the one on screen."""
        if day.meeting_id == self.meeting_id:
            self._show(day)
        self.plan_changed.emit(day.meeting_id)
