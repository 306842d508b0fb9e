"""AttendanceWidget: who is present for the case, recusals, written assessments, and the quorum."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from rehabmeet.errors import UserFacingError
from rehabmeet.services.attendance import AttendanceService, CaseAttendance

from rehabmeet.ui.meeting.attendance_table_model import AttendanceTableModel
from rehabmeet.ui.shared import labels
from rehabmeet.ui.shared.dialogs import ask_text, show_error
from rehabmeet.ui.shared.undo import push_done


class AttendanceWidget(QWidget):
    """A checklist of the case's attendance; every tick is saved and logged at once.

    Signals:
        changed(object): the new :class:`CaseAttendance`.
    """

    changed = Signal(object)

    def __init__(self, service: AttendanceService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.current: CaseAttendance | None = None
        self.undo_stack: QUndoStack | None = None  # the window's, set by it
        self.quorum_label = QLabel(self)
        self.quorum_label.setObjectName("quorumStatus")
        self.quorum_label.setWordWrap(True)
        self.model = AttendanceTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("attendanceTable")
        self.table.setAccessibleName(self.tr("Attendance"))
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (0, 1):  # name and role share the width and wrap rather than being cut off
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add employer liaison or guest…"), self)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.quorum_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.model.change_requested.connect(self._on_model_change_requested)
        self.add_button.clicked.connect(self._on_add_button_clicked)

    def show_attendance(self, attendance: CaseAttendance | None) -> None:
        self.current = attendance
        self.model.set_rows(attendance.rows if attendance else ())
        self.quorum_label.setText(self.quorum_text(attendance))

    def quorum_text(self, attendance: CaseAttendance | None) -> str:
        if attendance is None:
            return ""
        quorum = attendance.quorum
        if quorum.missing:
            missing = ", ".join(labels.vocabulary(d) for d in quorum.missing)
            return "✖ " + self.tr("No quorum: nobody present for %1").replace("%1", missing)
        text = "✔ " + self.tr("Quorum: every required discipline is present")
        if quorum.by_assessment:
            covered = ", ".join(labels.vocabulary(d) for d in quorum.by_assessment)
            text += " " + self.tr("(%1 by written assessment)").replace("%1", covered)
        return text

    @Slot(int, str, bool)
    def _on_model_change_requested(self, row_id: int, flag: str, value: bool) -> None:
        if self.current is None:
            return
        try:
            updated = self._service.update(self.current.item_id, row_id, **{flag: value})
        except UserFacingError as exc:
            show_error(self, str(exc))
            return
        self.show_attendance(updated)
        self.changed.emit(updated)
        item_id = self.current.item_id
        who = next((r.name for r in updated.rows if r.row_id == row_id), "")

        def set_to(state: bool) -> Callable[[], None]:
            def change() -> None:
                again = self._service.update(item_id, row_id, **{flag: state})
                if self.current is not None and self.current.item_id == item_id:
                    self.show_attendance(again)
                self.changed.emit(again)

            return change

        push_done(
            self.undo_stack,
            self.tr("change the attendance of %1").replace("%1", who),
            set_to(not value),
            set_to(value),
            self,
        )

    @Slot()
    def _on_add_button_clicked(self) -> None:
        if self.current is None:
            return
        name = ask_text(self, self.tr("Add to the attendance"), self.tr("Name of the employer liaison or guest:"))
        if name:
            updated = self._service.add(self.current.item_id, "employer_liaison", name)
            self.show_attendance(updated)
            self.changed.emit(updated)
