"""StringTableModel: a read-only table of ready-worded rows (reports)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from rehabmeet.ui.shared.item_model_base import ReadOnlyRowsModel


class StringTableModel(ReadOnlyRowsModel):
    """Rows of strings under a heading."""

    def __init__(self, heading: list[str], rows: list[list[str]], parent: Any = None) -> None:
        super().__init__(parent)
        self._heading = tuple(heading)
        self._rows = tuple(tuple(r) for r in rows)

    def headings(self) -> tuple[str, ...]:
        return self._heading

    def cell(self, row: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and column < len(row):
            return row[column]
        return None
