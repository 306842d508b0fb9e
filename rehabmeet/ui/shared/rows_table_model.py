"""RowsTableModel: an editable table of small frozen dataclasses (interventions, dissent)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

ModelIndex = QModelIndex | QPersistentModelIndex


@dataclasses.dataclass(frozen=True, slots=True)
class ColumnSpec:
    """A column: the dataclass field it edits, its heading, and how a value is shown."""

    field: str
    heading: str
    display: Callable[[Any], str] = str


class RowsTableModel(QAbstractTableModel):
    """Edits a tuple of dataclass rows in place; every edit emits ``rows_changed`` with the new tuple.

    Signals:
        rows_changed(object): the rows after an edit, insert or removal.
    """

    rows_changed = Signal(object)

    def __init__(self, row_type: type[Any], columns: Sequence[ColumnSpec], parent: Any = None) -> None:
        super().__init__(parent)
        self._type = row_type
        self._columns = tuple(columns)
        self._rows: tuple[Any, ...] = ()
        self.read_only = False

    def rows(self) -> tuple[Any, ...]:
        return self._rows

    def set_rows(self, rows: tuple[Any, ...]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def add_row(self) -> None:
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
        self._rows = (*self._rows, self._type())
        self.endInsertRows()
        self.rows_changed.emit(self._rows)

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            self._rows = self._rows[:row] + self._rows[row + 1 :]
            self.endRemoveRows()
            self.rows_changed.emit(self._rows)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section].heading
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.read_only:
            return base
        if isinstance(getattr(self._rows[index.row()], self._columns[index.column()].field), bool):
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        column = self._columns[index.column()]
        value = getattr(self._rows[index.row()], column.field)
        if isinstance(value, bool):
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(value) if value else ""
        if role == Qt.ItemDataRole.EditRole:
            return value
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.read_only:
            return False
        column = self._columns[index.column()]
        current = self._rows[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole:
            new_value: Any = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role == Qt.ItemDataRole.EditRole:
            new_value = str(value)
        else:
            return False
        updated = dataclasses.replace(current, **{column.field: new_value})
        self._rows = (*self._rows[: index.row()], updated, *self._rows[index.row() + 1 :])

        self.dataChanged.emit(index, index)
        self.rows_changed.emit(self._rows)
        return True
