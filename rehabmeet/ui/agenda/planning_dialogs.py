"""Dialogs for planning: a new meeting day, and choosing cases to put on its agenda."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from rehabmeet.bundles.readiness import ReadinessState
from rehabmeet.errors import UserFacingError
from rehabmeet.services.cases import CaseRow
from rehabmeet.services.planning import CaseDays, MeetingDraft
from rehabmeet.services.team import MemberRow

from rehabmeet.ui.shared import labels
from rehabmeet.ui.shared.colours import colour


class NewMeetingDialog(QDialog):
    """Date, start, title, room, leader, secretary and the members invited."""

    def __init__(
        self,
        members: tuple[MemberRow, ...],
        day: date,
        start: time,
        parent: QWidget | None = None,
        check: Callable[[MeetingDraft], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._check = check
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
        self.problem = QLabel(self)
        self.problem.setObjectName("meetingProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(f"color: {colour('alert')}; font-weight: bold;")
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def show_draft(self, draft: MeetingDraft) -> None:
        """Fill the dialog from an existing day (to edit it)."""
        self.setWindowTitle(self.tr("Change the meeting day"))
        self.date.setDate(QDate(draft.meeting_date.year, draft.meeting_date.month, draft.meeting_date.day))
        self.start.setTime(QTime(draft.starts_at.hour, draft.starts_at.minute))
        self.title.setText(draft.title)
        self.location.setText(draft.location or "")
        self.leader.setCurrentIndex(max(0, self.leader.findData(draft.leader_id)))
        self.secretary.setCurrentIndex(max(0, self.secretary.findData(draft.secretary_id)))
        for i in range(self.invited.count()):
            item = self.invited.item(i)
            invited = int(item.data(Qt.ItemDataRole.UserRole)) in draft.invited_ids
            item.setCheckState(Qt.CheckState.Checked if invited else Qt.CheckState.Unchecked)

    def accept(self) -> None:
        """Close only when the day is valid; otherwise say what is wrong, in the dialog."""
        if self._check is not None:
            try:
                self._check(self.draft())
            except UserFacingError as exc:
                self.problem.setText("⚠ " + str(exc))
                self.problem.show()
                return
        super().accept()

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
    def ask(
        cls,
        parent: QWidget | None,
        members: tuple[MemberRow, ...],
        day: date,
        start: time,
        check: Callable[[MeetingDraft], None] | None = None,
        existing: MeetingDraft | None = None,
    ) -> MeetingDraft | None:
        dialog = cls(members, day, start, parent, check)
        if existing is not None:
            dialog.show_draft(existing)
        return dialog.draft() if dialog.exec() == QDialog.DialogCode.Accepted else None


class AddCasesDialog(QDialog):
    """Pick imported cases to put on the agenda (several at once).

    Nothing is chosen in advance. New imports come first (newest first); cases that have been on
    an earlier meeting day are history, hidden until "Show cases from earlier meeting days" is
    ticked (those that must return are marked ↩). A search field and the type and readiness
    filters narrow the list.
    """

    def __init__(
        self,
        cases: list[CaseRow],
        parent: QWidget | None = None,
        returning: dict[int, str] | None = None,
        case_days: dict[int, CaseDays] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add cases to the agenda"))
        self.resize(720, 480)
        returning = returning or {}
        case_days = case_days or {}
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search by case number or name"))
        self.search.setAccessibleName(self.tr("Search the cases"))
        self.search.setClearButtonEnabled(True)
        self.case_type = QComboBox(self)
        self.case_type.setAccessibleName(self.tr("Case type"))
        self.case_type.addItem(self.tr("All case types"), None)
        for code in sorted({c.case_type for c in cases}, key=labels.short_case_type):
            self.case_type.addItem(labels.short_case_type(code), code)
        self.ready = QComboBox(self)
        self.ready.setAccessibleName(self.tr("Readiness"))
        self.ready.addItem(self.tr("Any readiness"), None)
        for state in ReadinessState:
            self.ready.addItem(labels.readiness(state), state)
        self.history = QCheckBox(self.tr("Show cases from &earlier meeting days"), self)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Cases not on this agenda"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self._rows: list[tuple[QListWidgetItem, CaseRow, bool]] = []

        def order(case: CaseRow) -> tuple[bool, float, str]:
            days = case_days.get(case.case_id)
            old = bool(days and days.meeting_days)
            return old, -(days.imported_at.timestamp() if days else 0.0), case.case_ref

        for case in sorted(cases, key=order):
            days = case_days.get(case.case_id)
            old = bool(days and days.meeting_days) or case.case_id in returning
            kind, ready = labels.short_case_type(case.case_type), labels.readiness(case.readiness)
            text = f"{case.case_ref} · {case.citizen_name} · {kind} · {ready}"
            if days and days.meeting_days:
                text += " · " + self.tr("on the agenda %1").replace("%1", labels.format_date(days.meeting_days[-1]))
            if case.case_id in returning:
                text = "↩ " + text + " · " + returning[case.case_id]
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, case.case_id)
            self._rows.append((item, case, old))
        self.shown = QLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.case_type, 1)
        filters.addWidget(self.ready, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.history)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.shown)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self._filter)
        self.case_type.currentIndexChanged.connect(self._filter)
        self.ready.currentIndexChanged.connect(self._filter)
        self.history.toggled.connect(self._filter)
        self._filter()
        self.search.setFocus()

    def _filter(self) -> None:
        words = self.search.text().casefold().split()
        kind, ready = self.case_type.currentData(), self.ready.currentData()
        shown = 0
        for item, case, old in self._rows:
            haystack = f"{case.case_ref} {case.citizen_name}".casefold()
            visible = (
                (self.history.isChecked() or not old)
                and all(word in haystack for word in words)
                and (kind is None or case.case_type == kind)
                and (ready is None or case.readiness == ready)
            )
            item.setHidden(not visible)
            if not visible:
                item.setSelected(False)
            shown += visible
        self.shown.setText(self.tr("%n case(s) shown", "", shown))

    def chosen(self) -> list[int]:
        return [int(item.data(Qt.ItemDataRole.UserRole)) for item in self.list.selectedItems() if not item.isHidden()]

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        cases: list[CaseRow],
        returning: dict[int, str] | None = None,
        case_days: dict[int, CaseDays] | None = None,
    ) -> list[int]:
        dialog = cls(cases, parent, returning, case_days)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else []
