"""CaseSearchWidget: search the case's pages; each hit opens its page."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal, Slot
from PySide6.QtWidgets import QLabel, QLineEdit, QListView, QVBoxLayout, QWidget

from rehabmeet.services.search import SearchService

from rehabmeet.ui.case.search_hits_list_model import SearchHitsListModel


class CaseSearchWidget(QWidget):
    """A search field and its hits, by document and page.

    Signals:
        hit_activated(str, int): document key and 1-based page of the chosen hit.
    """

    hit_activated = Signal(str, int)

    def __init__(self, service: SearchService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._case_id: int | None = None
        self._labels: dict[str, str] = {}
        self.query = ""  # what the listed hits were found for
        self.field = QLineEdit(self)
        self.field.setObjectName("caseSearch")
        self.field.setPlaceholderText(self.tr("Search the case's pages… (Enter)"))
        self.field.setAccessibleName(self.tr("Search the case's pages"))
        self.field.setClearButtonEnabled(True)
        self.status = QLabel(self)
        self.model = SearchHitsListModel(self)
        self.hits = QListView(self)
        self.hits.setObjectName("searchHits")
        self.hits.setAccessibleName(self.tr("Search hits"))
        self.hits.setModel(self.model)
        self.hits.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        layout.addWidget(self.status)
        layout.addWidget(self.hits, 1)
        self.field.returnPressed.connect(self.run_search)
        self.hits.activated.connect(self._on_hits_activated)
        self.hits.clicked.connect(self._on_hits_activated)

    def set_case(self, case_id: int | None, labels: dict[str, str]) -> None:
        """Search this case from now on (clears the previous hits)."""
        self._case_id = case_id
        self._labels = labels
        self.model.set_hits([], labels)
        self.status.clear()

    @Slot()
    def run_search(self) -> None:
        """Search for the field's text and list the hits."""
        if self._case_id is None:
            return
        self.query = self.field.text().strip()
        hits = self._service.search(self._case_id, self.field.text())
        self.model.set_hits(hits, self._labels)
        pages = self.tr("%n page(s)", "", len(hits))
        self.status.setText(self.tr("Found on %1.").replace("%1", pages) if hits else self.tr("Not found."))

    @Slot(QModelIndex)
    def _on_hits_activated(self, index: QModelIndex) -> None:
        hit = self.model.hit_at(index.row())
        self.hit_activated.emit(hit.doc_key, hit.page)
