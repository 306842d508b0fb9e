"""AgendaTableModel: the meeting day's agenda rows (time, case, type, pages, readiness)."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from rehabmeet.bundles.readiness import ReadinessState
from rehabmeet.services.agenda_rows import AgendaRow

from rehabmeet.ui.shared import labels
from rehabmeet.ui.shared.colours import colour
from rehabmeet.ui.shared.item_model_base import ReadOnlyRowsModel

ModelIndex = QModelIndex | QPersistentModelIndex
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
AGENDA_MIME = "application/x-rehabmeet-agenda-item"

_READINESS_COLOURS = {
    ReadinessState.READY: "ok",
    ReadinessState.WARNINGS: "warning",
    ReadinessState.NOT_READY: "alert",
}


class Column(IntEnum):
    TIME = 0
    CASE = 1
    TYPE = 2
    PAGES = 3
    READINESS = 4


class AgendaTableModel(ReadOnlyRowsModel):
    """Read-only table over immutable :class:`AgendaRow` values; rows can be dragged to reorder.

    Signals:
        move_requested(int, int): agenda item id and the row it was dropped on (the owner moves it).
    """

    move_requested = Signal(int, int)

    def row_of_case(self, case_id: int) -> int | None:
        """Return the row showing ``case_id``, if any."""
        return next((i for i, r in enumerate(self._rows) if r.case_id == case_id), None)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [AGENDA_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        data = QMimeData()
        if indexes:
            data.setData(AGENDA_MIME, QByteArray(str(self._rows[indexes[0].row()].item_id).encode("ascii")))
        return data

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: ModelIndex) -> bool:
        """Ask the owner to move the dragged agenda item to ``row``; the model itself changes nothing."""
        if not data.hasFormat(AGENDA_MIME) or not self._rows:
            return False
        item_id = int(bytes(data.data(AGENDA_MIME).data()).decode("ascii"))
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self._rows) - 1)
        self.move_requested.emit(item_id, target)
        return False

    def headings(self) -> tuple[str, ...]:
        return (self.tr("Time"), self.tr("Case"), self.tr("Type"), self.tr("Pages"), self.tr("Readiness"))

    def cell(self, row: AgendaRow, index: int, role: int) -> Any:
        column = Column(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column is Column.READINESS:
            return QBrush(QColor(colour(_READINESS_COLOURS[row.readiness])))
        if role == Qt.ItemDataRole.TextAlignmentRole and column is Column.PAGES:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == CASE_ID_ROLE:
            return row.case_id
        return None

    def _display(self, row: AgendaRow, column: Column) -> str | int:
        if column is Column.TIME and row.postponed:
            return self.tr("Postponed")
        if column is Column.TIME:
            return f"{labels.format_time(row.planned_start)}–{labels.format_time(row.planned_end)}"
        if column is Column.CASE:
            return f"{row.citizen_name}\n{row.case_ref}"
        if column is Column.TYPE:
            return labels.short_case_type(row.case_type)
        if column is Column.PAGES:
            return row.pages
        return labels.readiness(row.readiness)

    def _tooltip(self, row: AgendaRow, column: Column) -> str | None:
        if column is Column.READINESS:
            if not row.findings:
                return self.tr("All readiness checks passed.")
            return "\n".join(f"{labels.severity(f.severity)} ({f.check_id}): {f.message}" for f in row.findings)
        if column is Column.TYPE:
            return labels.vocabulary(row.case_type)
        if column is Column.TIME and row.postponed:
            return self.tr("Postponed: %1").replace("%1", row.postponed_reason or "")
        if column is Column.TIME:
            return self.tr("Planned: %n minute(s)", "", row.planned_minutes)
        if column is Column.CASE:
            return f"{row.citizen_name} · {row.case_ref}"
        return None
