"""Dialogs for planning: a new meeting day, and choosing cases to put on its agenda."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from rehabmeet.services.cases import CaseRow
from rehabmeet.services.planning import MeetingDraft
from rehabmeet.services.team import MemberRow

from rehabmeet.ui.shared import labels


class NewMeetingDialog(QDialog):
    """Date, start, title, room, leader, secretary and the members invited."""

    def __init__(self, members: tuple[MemberRow, ...], day: date, start: time, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New meeting day"))
        self.date = QDateEdit(QDate(day.year, day.month, day.day), self)
        self.date.setCalendarPopup(True)
        self.start = QTimeEdit(QTime(start.hour, start.minute), self)
        self.title = QLineEdit(self.tr("Rehabilitation team meeting"), self)
        self.location = QLineEdit(self)
        self.leader = QComboBox(self)
        self.secretary = QComboBox(self)
        for combo in (self.leader, self.secretary):
            combo.addItem(self.tr("(none)"), None)
            for member in members:
                combo.addItem(f"{member.name} ({labels.vocabulary(member.discipline)})", member.member_id)
        self.invited = QListWidget(self)
        self.invited.setAccessibleName(self.tr("Members invited"))
        for member in members:
            item = QListWidgetItem(f"{member.name} · {labels.vocabulary(member.discipline)}", self.invited)
            item.setData(Qt.ItemDataRole.UserRole, member.member_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if member.discipline != "ad_hoc" else Qt.CheckState.Unchecked)
        form = QFormLayout()
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Start"), self.start)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Room"), self.location)
        form.addRow(self.tr("Leader"), self.leader)
        form.addRow(self.tr("Secretary"), self.secretary)
        form.addRow(self.tr("Members invited"), self.invited)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def draft(self) -> MeetingDraft:
        """Return what the dialog holds."""
        invited = tuple(
            int(self.invited.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.invited.count())
            if self.invited.item(i).checkState() == Qt.CheckState.Checked
        )
        day = self.date.date().toPython()
        start = self.start.time().toPython()
        return MeetingDraft(
            meeting_date=day,
            starts_at=start.replace(second=0, microsecond=0),
            title=self.title.text(),
            location=self.location.text().strip() or None,
            leader_id=self.leader.currentData(),
            secretary_id=self.secretary.currentData(),
            invited_ids=invited,
        )

    @classmethod
    def ask(cls, parent: QWidget | None, members: tuple[MemberRow, ...], day: date, start: time) -> MeetingDraft | None:
        dialog = cls(members, day, start, parent)
        return dialog.draft() if dialog.exec() == QDialog.DialogCode.Accepted else None


class AddCasesDialog(QDialog):
    """Pick imported cases to put on the agenda (several at once)."""

    def __init__(
        self, cases: list[CaseRow], parent: QWidget | None = None, returning: dict[int, str] | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add cases to the agenda"))
        self.resize(560, 420)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Cases not on this agenda"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        returning = returning or {}
        for case in sorted(cases, key=lambda c: c.case_id not in returning):
            kind, ready = labels.short_case_type(case.case_type), labels.readiness(case.readiness)
            text = f"{case.case_ref} · {case.citizen_name} · {kind} · {ready}"
            if case.case_id in returning:
                text = "↩ " + text + " · " + returning[case.case_id]
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, case.case_id)
            item.setSelected(case.case_id in returning)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(buttons)

    def chosen(self) -> list[int]:
        return [int(item.data(Qt.ItemDataRole.UserRole)) for item in self.list.selectedItems()]

    @classmethod
    def ask(cls, parent: QWidget | None, cases: list[CaseRow], returning: dict[int, str] | None = None) -> list[int]:
        dialog = cls(cases, parent, returning)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else []
