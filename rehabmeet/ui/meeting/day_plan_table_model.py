"""DayPlanTableModel: each case's planned and predicted times and its drift, live."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from rehabmeet.meeting.replan import ItemTiming
from rehabmeet.meeting.timer import TimerStatus

from rehabmeet.ui.shared import labels
from rehabmeet.ui.shared.colours import colour
from rehabmeet.ui.shared.item_model_base import ReadOnlyRowsModel


class Column(IntEnum):
    """Three columns of two lines each, so that the day fits beside the timer on a 1280×800 laptop:
    case number over its status, the day's original plan over the expected time, and the drift
    against the original plan (the agenda shows the slots as re-planned by accepted remedies)."""

    CASE = 0
    TIMES = 1
    DRIFT = 2


class DayPlanTableModel(ReadOnlyRowsModel):
    """Read-only table over :class:`ItemTiming` values (times shown in local time)."""

    def set_rows(self, rows: tuple[ItemTiming, ...]) -> None:
        """Replace the rows; when the same cases are shown, update in place (no flicker, selection kept)."""
        if rows and [r.item_id for r in rows] == [r.item_id for r in self._rows]:
            self._rows = rows
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(Column) - 1))
            return
        super().set_rows(rows)

    def headings(self) -> tuple[str, ...]:
        return (self.tr("Case\nstatus"), self.tr("Original plan\nexpected"), self.tr("Drift"))

    def cell(self, row: ItemTiming, index: int, role: int) -> Any:
        column = Column(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column is Column.DRIFT and row.drift.total_seconds() >= 60:
            return QBrush(QColor(colour("alert")))
        if role == Qt.ItemDataRole.FontRole and row.status in (TimerStatus.RUNNING, TimerStatus.PAUSED):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _display(self, row: ItemTiming, column: Column) -> str:
        if column is Column.CASE:
            return f"{row.case_ref}\n{self.status_text(row.status)}"
        if column is Column.TIMES:
            return f"{_span(row.planned_start, row.planned_end)}\n{_span(row.predicted_start, row.predicted_end)}"
        return labels.drift(row.drift.total_seconds())

    def status_text(self, status: TimerStatus) -> str:
        texts = {
            TimerStatus.NOT_STARTED: self.tr("waiting"),
            TimerStatus.RUNNING: self.tr("▶ running"),
            TimerStatus.PAUSED: self.tr("❚❚ paused"),
            TimerStatus.DONE: self.tr("✔ done"),
        }
        return texts[status]


def _span(start: Any, end: Any) -> str:
    return f"{start.astimezone().strftime('%H:%M')}–{end.astimezone().strftime('%H:%M')}"
