"""AttendanceTableModel: one row per person; present, recused and written assessment as checkboxes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from rehabmeet.services.attendance import AttendanceRow

from rehabmeet.ui import labels

ModelIndex = QModelIndex | QPersistentModelIndex
FLAGS = ("present", "recused", "written_assessment")


class AttendanceTableModel(QAbstractTableModel):
    """Read-only rows; ticking a box asks the owner to save the change.

    Signals:
        change_requested(int, str, bool): attendance row id, flag name, new value.
    """

    change_requested = Signal(int, str, bool)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: tuple[AttendanceRow, ...] = ()

    def set_rows(self, rows: tuple[AttendanceRow, ...]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> AttendanceRow:
        return self._rows[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2 + len(FLAGS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Name"),
            self.tr("Role"),
            self.tr("Present"),
            self.tr("Recused"),
            self.tr("Written assessment"),
        )
        return titles[section] if 0 <= section < len(titles) else None

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

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        person = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole and column == 0:
            return person.name
        if role == Qt.ItemDataRole.DisplayRole and column == 1:
            is_member = person.role == "member" and person.discipline
            return labels.vocabulary(person.discipline or "") if is_member else labels.role(person.role)
        if role == Qt.ItemDataRole.CheckStateRole and column >= 2:
            if not self.flags(index) & Qt.ItemFlag.ItemIsUserCheckable:
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
