"""AttendanceTableModel: one row per person; present, recused and written assessment as checkboxes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal

from rehabmeet.services.attendance import AttendanceRow

from rehabmeet.ui.shared import labels
from rehabmeet.ui.shared.item_model_base import ReadOnlyRowsModel

ModelIndex = QModelIndex | QPersistentModelIndex
FLAGS = ("present", "recused", "written_assessment")


class AttendanceTableModel(ReadOnlyRowsModel):
    """Rows of people; ticking a box asks the owner to save the change.

    Signals:
        change_requested(int, str, bool): attendance row id, flag name, new value.
    """

    change_requested = Signal(int, str, bool)

    def headings(self) -> tuple[str, ...]:
        written = self.tr("Written\nassessment")  # two lines keep the column narrow
        return (self.tr("Name"), self.tr("Role"), self.tr("Present"), self.tr("Recused"), written)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() < 2:
            return base
        person = self._rows[index.row()]
        if FLAGS[index.column() - 2] != "present" and person.role != "member":
            return Qt.ItemFlag.NoItemFlags  # only team members can be recused or send an assessment
        return base | Qt.ItemFlag.ItemIsUserCheckable

    def cell(self, person: AttendanceRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column < 2:  # the whole text where a narrow column cuts it
            return self.cell(person, column, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.DisplayRole and column == 0:
            return person.name
        if role == Qt.ItemDataRole.DisplayRole and column == 1:
            is_member = person.role == "member" and person.discipline
            return labels.vocabulary(person.discipline or "") if is_member else labels.role(person.role)
        if role == Qt.ItemDataRole.CheckStateRole and column >= 2:
            if FLAGS[column - 2] != "present" and person.role != "member":
                return None
            return Qt.CheckState.Checked if getattr(person, FLAGS[column - 2]) else Qt.CheckState.Unchecked
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or index.column() < 2:
            return False
        person = self._rows[index.row()]
        self.change_requested.emit(
            person.row_id, FLAGS[index.column() - 2], Qt.CheckState(value) == Qt.CheckState.Checked
        )
        return False
