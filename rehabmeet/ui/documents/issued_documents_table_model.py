"""IssuedDocumentsTableModel: one row per issued document — what, format, version, status, signatures, when."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QBrush, QColor

from rehabmeet.services.issued_documents import IssuedView

from rehabmeet.ui.shared.colours import colour
from rehabmeet.ui.shared.item_model_base import ReadOnlyRowsModel


def kind_label(kind: str) -> str:
    """Return a document kind's name in the UI language."""
    names = {
        "indstilling": QCoreApplication.translate("IssuedDocuments", "Indstilling"),
        "afgoerelse": QCoreApplication.translate("IssuedDocuments", "Decision (afgørelse)"),
        "haandud": QCoreApplication.translate("IssuedDocuments", "Hand-out for the citizen"),
    }
    return names.get(kind, kind)


def status_label(status: str) -> str:
    names = {
        "issued": QCoreApplication.translate("IssuedDocuments", "Not signed"),
        "draft": QCoreApplication.translate("IssuedDocuments", "Correction, not signed yet"),
        "signed": QCoreApplication.translate("IssuedDocuments", "✔ Signed"),
        "superseded": QCoreApplication.translate("IssuedDocuments", "Superseded"),
    }
    return names.get(status, status)


class IssuedDocumentsTableModel(ReadOnlyRowsModel):
    """Read-only table over :class:`IssuedView` values, newest first."""

    def headings(self) -> tuple[str, ...]:
        return (
            self.tr("Document"),
            self.tr("Format"),
            self.tr("Version"),
            self.tr("Status"),
            self.tr("Signed by"),
            self.tr("Written"),
        )

    def cell(self, row: IssuedView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and row.status == "superseded":
            return QBrush(QColor(colour("idle")))
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [f"SHA-256 {row.sha256}"]
            if row.reason:
                parts.append(self.tr("Correction: %1").replace("%1", row.reason))
            if row.free_slots:
                parts.append(self.tr("Still to sign: %1").replace("%1", ", ".join(row.free_slots)))
            return "\n".join(parts)
        return None

    def _display(self, row: IssuedView, column: int) -> Any:
        if column == 0:
            large = self.tr(" (large type)") if row.large_type else ""
            return kind_label(row.kind) + large
        if column == 1:
            return row.format.upper()
        if column == 2:
            return row.version
        if column == 3:
            return status_label(row.status)
        if column == 4:
            return ", ".join(f"{s['signer']} ({s['role']})" if s.get("role") else s["signer"] for s in row.signatures)
        stamp = row.created_at.astimezone()
        return QLocale().toString(stamp.replace(tzinfo=None), QLocale.FormatType.ShortFormat)
