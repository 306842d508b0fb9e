"""AnnotationsTableModel: a member's notes on one case — what, where, text, shared or private."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from rehabmeet.services.preparation import AnnotationView

from rehabmeet.ui.shared.colours import colour
from rehabmeet.ui.shared.item_model_base import ReadOnlyRowsModel


def kind_label(kind: str) -> str:
    names = {
        "note": QCoreApplication.translate("Annotations", "Note"),
        "page_note": QCoreApplication.translate("Annotations", "Note on a page"),
        "highlight": QCoreApplication.translate("Annotations", "Highlight"),
        "point": QCoreApplication.translate("Annotations", "My point for the meeting"),
    }
    return names.get(kind, kind)


class AnnotationsTableModel(ReadOnlyRowsModel):
    def headings(self) -> tuple[str, ...]:
        return (self.tr("Kind"), self.tr("Page"), self.tr("Text"), self.tr("Shared"))

    def cell(self, row: AnnotationView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return kind_label(row.kind)
            if column == 1:
                return row.page or ""
            if column == 2:
                return row.text
            if row.shared:
                return self.tr("✔ Shared (sent)") if row.sent else self.tr("✔ Shared")
            return self.tr("Private")
        if role == Qt.ItemDataRole.ForegroundRole and column == 3 and not row.shared:
            return QBrush(QColor(colour("idle")))
        if role == Qt.ItemDataRole.ToolTipRole and column == 3:
            return self.tr("Only shared notes go back to the meeting leader")
        return None
