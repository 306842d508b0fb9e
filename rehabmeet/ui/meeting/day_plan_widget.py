"""DayPlanWidget: the day re-planned live — drift, predicted end, and remedies to accept."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from rehabmeet.meeting.replan import Remedy, RemedyKind
from rehabmeet.services.meeting_run import RunDay

from rehabmeet.ui.meeting.day_plan_table_model import DayPlanTableModel
from rehabmeet.ui.shared import labels


class DayPlanWidget(QWidget):
    """Shows the day's prediction; each remedy has a button, and nothing changes until one is pressed.

    Signals:
        remedy_accepted(object): the :class:`Remedy` the leader chose.
    """

    remedy_accepted = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(self)
        self.summary.setObjectName("dayDrift")
        self.summary.setWordWrap(True)
        self.model = DayPlanTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("dayPlan")
        self.table.setAccessibleName(self.tr("The day's plan and prediction"))
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.remedies = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.remedies)
        self.remedy_buttons: list[QPushButton] = []

    def show_day(self, day: RunDay | None) -> None:
        self.model.set_rows(day.prediction.items if day else ())
        self.table.resizeRowsToContents()
        self._show_remedies(day.remedies if day else (), day)
        if day is None:
            self.summary.clear()
            return
        prediction = day.prediction
        end = prediction.predicted_end.astimezone().strftime("%H:%M")
        planned = prediction.planned_end.astimezone().strftime("%H:%M")
        text = (
            self.tr("Expected end %1 (planned %2) · %3")
            .replace("%1", end)
            .replace("%2", planned)
            .replace("%3", labels.drift(prediction.drift.total_seconds()))
        )
        if prediction.passes_end_of_day:
            text += " · ⚠ " + self.tr("past the end of the day (%1)").replace(
                "%1", prediction.end_of_day.astimezone().strftime("%H:%M")
            )
        self.summary.setText(text)

    def _show_remedies(self, remedies: tuple[Remedy, ...], day: RunDay | None) -> None:
        for button in self.remedy_buttons:
            self.remedies.removeWidget(button)
            button.hide()  # it would float over the summary until deleted
            button.deleteLater()

        self.remedy_buttons = []
        for remedy in remedies:
            button = QPushButton(self.remedy_text(remedy, day), self)
            button.setObjectName(f"remedy_{remedy.kind.value}")
            button.clicked.connect(lambda _checked=False, r=remedy: self.remedy_accepted.emit(r))
            self.remedies.addWidget(button)
            self.remedy_buttons.append(button)

    def remedy_text(self, remedy: Remedy, day: RunDay | None) -> str:
        refs = {i.item_id: i.case_ref for i in day.items} if day else {}
        ref = refs.get(remedy.item_ids[0], "") if remedy.item_ids else ""
        if remedy.kind is RemedyKind.SHORTEN_TIMEOUTS:
            text = self.tr("Shorten the %n remaining timeout(s) by %1 min", "", len(remedy.item_ids))
            return (
                text.replace("%1", str(remedy.minutes))
                + " "
                + self.tr("(saves %1 min)").replace("%1", str(remedy.minutes_saved))
            )
        if remedy.kind is RemedyKind.POSTPONE_CASE:
            text = self.tr("Move %1 to another day").replace("%1", ref)
            return text + " " + self.tr("(saves %1 min)").replace("%1", str(remedy.minutes_saved))
        return self.tr("Move %1 to the end of the day (e.g. if the citizen is late)").replace("%1", ref)
