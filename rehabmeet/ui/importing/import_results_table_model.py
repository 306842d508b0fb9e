"""ImportResultsTableModel: one row per imported bundle — status, bundle, case, pages, message."""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from rehabmeet.bundles.outcome import ImportOutcome, ImportStatus

from rehabmeet.ui.shared import labels
from rehabmeet.ui.shared.colours import colour
from rehabmeet.ui.shared.item_model_base import ReadOnlyRowsModel

_COLOURS = {
    ImportStatus.IMPORTED: "ok",
    ImportStatus.UNCHANGED: "accent",
    ImportStatus.REFUSED: "alert",
    ImportStatus.CANCELLED: "warning",
}


class Column(IntEnum):
    STATUS = 0
    BUNDLE = 1
    CASE = 2
    PAGES = 3
    MESSAGE = 4


class ImportResultsTableModel(ReadOnlyRowsModel):
    """Read-only table over :class:`ImportOutcome` values."""

    def __init__(self, outcomes: list[ImportOutcome], parent: Any = None) -> None:
        super().__init__(parent)
        self._rows = tuple(outcomes)

    def headings(self) -> tuple[str, ...]:
        return (self.tr("Result"), self.tr("Bundle"), self.tr("Case"), self.tr("Pages"), self.tr("Details"))

    def cell(self, row: ImportOutcome, index: int, role: int) -> Any:
        column = Column(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (Column.MESSAGE, Column.STATUS):
            findings = "\n".join(f"{labels.severity(f.severity)} ({f.check_id}): {f.message}" for f in row.findings)
            return row.message + ("\n\n" + findings if findings else "")
        if role == Qt.ItemDataRole.ForegroundRole and column is Column.STATUS:
            return QBrush(QColor(colour(_COLOURS[row.status])))
        return None

    def _display(self, row: ImportOutcome, column: Column) -> Any:
        if column is Column.STATUS:
            return self.status_text(row.status)
        if column is Column.BUNDLE:
            return Path(row.path).name
        if column is Column.CASE:
            return row.case_ref or ""
        if column is Column.PAGES:
            return row.pages if row.case_ref else ""
        return row.message.split(": ", 1)[-1] if row.status is not ImportStatus.IMPORTED else self._findings(row)

    def _findings(self, row: ImportOutcome) -> str:
        if not row.findings:
            return self.tr("Ready for the meeting")
        return self.tr("%n readiness finding(s)", "", len(row.findings))

    def status_text(self, status: ImportStatus) -> str:
        """Return the status as symbol and word (never colour alone)."""
        texts = {
            ImportStatus.IMPORTED: self.tr("✔ Imported"),
            ImportStatus.UNCHANGED: self.tr("= Unchanged"),
            ImportStatus.REFUSED: self.tr("✖ Refused"),
            ImportStatus.CANCELLED: self.tr("■ Cancelled"),
        }
        return texts[status]
