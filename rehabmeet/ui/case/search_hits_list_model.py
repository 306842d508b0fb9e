"""SearchHitsListModel: pages that contain the search text, by document and page."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from rehabmeet.services.search import SearchHit

ModelIndex = QModelIndex | QPersistentModelIndex


class SearchHitsListModel(QAbstractListModel):
    """Read-only list over :class:`SearchHit` values."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._hits: tuple[SearchHit, ...] = ()
        self._labels: dict[str, str] = {}

    def set_hits(self, hits: list[SearchHit], labels: dict[str, str]) -> None:
        """Show ``hits``; ``labels`` gives each document's short label ("LÆ 265")."""
        self.beginResetModel()
        self._hits = tuple(hits)
        self._labels = labels
        self.endResetModel()

    def hit_at(self, row: int) -> SearchHit:
        return self._hits[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        where = (
            self.tr("%1, p. %2").replace("%1", self._labels.get(hit.doc_key, hit.doc_key)).replace("%2", str(hit.page))
        )
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{where}: {hit.snippet}"
        if role == Qt.ItemDataRole.ToolTipRole:
            matches = self.tr("%n match(es)", "", hit.matches)
            return f"{hit.document_title}\n{where} ({matches})"
        return None
