"""RowsTableModel's read-only sibling: rows of frozen values under headings, one cell function."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

ModelIndex = QModelIndex | QPersistentModelIndex


class ReadOnlyRowsModel(QAbstractTableModel):
    """Subclasses give :meth:`headings` and :meth:`cell`; the Qt plumbing lives here once."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: tuple[Any, ...] = ()

    def headings(self) -> tuple[str, ...]:
        """The column headings (translated)."""
        raise NotImplementedError

    def cell(self, row: Any, column: int, role: int) -> Any:
        """What ``row`` shows in ``column`` for ``role`` (``None`` for nothing)."""
        raise NotImplementedError

    def set_rows(self, rows: tuple[Any, ...]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def rows(self) -> tuple[Any, ...]:
        return self._rows

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headings())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headings = self.headings()
        return headings[section] if 0 <= section < len(headings) else None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self.cell(self._rows[index.row()], index.column(), role)
