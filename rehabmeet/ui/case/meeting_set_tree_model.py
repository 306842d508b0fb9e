"""MeetingSetTreeModel: documents with their pages, each checked when it is in the meeting set."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from rehabmeet.services.meeting_sets import MeetingSetView, SetDocument

from rehabmeet.ui.shared.colours import colour

ModelIndex = QModelIndex | QPersistentModelIndex
DOC_ROW = 0xFFFF  # internal id of a document row; a page row's id is its document's row


def _included(document: SetDocument, page: int) -> bool:
    return any(first <= page <= last for first, last in document.selected)


class MeetingSetTreeModel(QAbstractItemModel):
    """Two levels: documents, then pages. Checking a box asks for a change; the owner applies it.

    Signals:
        change_requested(str, int, int, bool): document key, first and last page, include.
    """

    change_requested = Signal(str, int, int, bool)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._documents: tuple[SetDocument, ...] = ()

    def set_view(self, view: MeetingSetView | None) -> None:
        """Show ``view`` (keeps the tree's shape when only the selection changed)."""
        documents = view.documents if view else ()
        same_shape = [(d.doc_key, d.pages) for d in documents] == [(d.doc_key, d.pages) for d in self._documents]
        self._documents = documents
        if same_shape and documents:
            self.dataChanged.emit(self.index(0, 0), self.index(len(documents) - 1, 0))
            for row, doc in enumerate(documents):
                parent = self.index(row, 0)
                self.dataChanged.emit(self.index(0, 0, parent), self.index(doc.pages - 1, 0, parent))
        else:
            self.beginResetModel()
            self.endResetModel()

    def document_at(self, index: ModelIndex) -> tuple[SetDocument, int | None]:
        """Return the document of ``index`` and its 1-based page (``None`` for a document row)."""
        if index.internalId() == DOC_ROW:
            return self._documents[index.row()], None
        return self._documents[index.internalId()], index.row() + 1

    def index_of(self, doc_key: str, page: int | None = None) -> QModelIndex:
        row = next((i for i, d in enumerate(self._documents) if d.doc_key == doc_key), None)
        if row is None:
            return QModelIndex()
        parent = self.index(row, 0)
        return parent if page is None else self.index(page - 1, 0, parent)

    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, DOC_ROW) if row < len(self._documents) else QModelIndex()
        if parent.internalId() != DOC_ROW:
            return QModelIndex()
        if row >= self._documents[parent.row()].pages:
            return QModelIndex()
        return self.createIndex(row, 0, parent.row())

    def parent(self, index: ModelIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == DOC_ROW:
            return QModelIndex()
        return self.createIndex(index.internalId(), 0, DOC_ROW)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._documents)
        if parent.internalId() == DOC_ROW and parent.column() == 0:
            return self._documents[parent.row()].pages
        return 0

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        document, page = self.document_at(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(document, page)
        if role == Qt.ItemDataRole.CheckStateRole:
            return self._check_state(document, page)
        if role == Qt.ItemDataRole.ForegroundRole and page is not None and not _included(document, page):
            return QBrush(QColor(colour("idle")))
        if role == Qt.ItemDataRole.ToolTipRole and page is None:
            return document.title
        return None

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        document, page = self.document_at(index)
        include = Qt.CheckState(value) != Qt.CheckState.Unchecked
        first, last = (page, page) if page is not None else (1, document.pages)
        self.change_requested.emit(document.doc_key, first, last, include)
        return False  # the owner applies the change and sets a new view

    def _text(self, document: SetDocument, page: int | None) -> str:
        if page is None:
            chosen = sum(b - a + 1 for a, b in document.selected)
            counts = self.tr("%1 of %2 pages").replace("%1", str(chosen)).replace("%2", str(document.pages))
            return f"{document.short_label} · {counts}"
        text = self.tr("Page %1").replace("%1", str(page))
        return text if _included(document, page) else text + " " + self.tr("(not in the meeting set)")

    @staticmethod
    def _check_state(document: SetDocument, page: int | None) -> Qt.CheckState:
        if page is not None:
            return Qt.CheckState.Checked if _included(document, page) else Qt.CheckState.Unchecked
        chosen = sum(b - a + 1 for a, b in document.selected)
        if chosen == 0:
            return Qt.CheckState.Unchecked
        return Qt.CheckState.Checked if chosen == document.pages else Qt.CheckState.PartiallyChecked
