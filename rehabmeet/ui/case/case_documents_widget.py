"""CaseDocumentsWidget: the summary sheet, the meeting set and search beside the document viewer."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QSplitter, QTabWidget, QVBoxLayout, QWidget

from rehabmeet.errors import UserFacingError
from rehabmeet.services.meeting_sets import MeetingSetService, MeetingSetView
from rehabmeet.services.search import SearchService

from rehabmeet.ui.case.case_search_widget import CaseSearchWidget
from rehabmeet.ui.case.meeting_set_widget import MeetingSetWidget
from rehabmeet.ui.case.summary_sheet_view import SummarySheetView
from rehabmeet.ui.shared.dialogs import show_error
from rehabmeet.ui.shared.pdf_viewer import PdfViewerWidget


class CaseDocumentsWidget(QWidget):
    """One case's reading material: sheet and page list on the left, the viewer on the right.

    Signals:
        page_opened(str, int, float): document key, page, and seconds from request to page shown.
    """

    page_opened = Signal(str, int, float)

    def __init__(self, meeting_sets: MeetingSetService, search: SearchService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._meeting_sets = meeting_sets
        self._case_id: int | None = None
        self._set: MeetingSetView | None = None
        self.sheet = SummarySheetView(self)
        self.meeting_set = MeetingSetWidget(meeting_sets, self)
        self.search = CaseSearchWidget(search, self)
        self.viewer = PdfViewerWidget(self)
        self.side = QTabWidget(self)
        self.side.setObjectName("caseDocumentsTabs")
        self.side.setUsesScrollButtons(False)  # the pane keeps room for its three tabs, none scrolled away
        self.side.addTab(self.sheet, self.tr("Summary"))
        self.side.addTab(self.meeting_set, self.tr("Meeting set"))
        self.side.addTab(self.search, self.tr("Search"))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.side)
        splitter.addWidget(self.viewer)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.sheet.source_clicked.connect(self.open_page)
        self.meeting_set.page_activated.connect(self.open_page)
        self.meeting_set.changed.connect(self._on_meeting_set_changed)
        self.search.hit_activated.connect(self._on_search_hit_activated)

    def show_case(self, case_id: int | None) -> None:
        """Show a case's sheet, meeting set and first document (or nothing)."""
        self._case_id = case_id
        if case_id is None:
            self._set = None
            self.sheet.show_sheet(None)
            self.meeting_set.show_view(None)
            self.search.set_case(None, {})
            self.viewer.clear()
            return
        self._set = self._meeting_sets.view(case_id)
        self.sheet.show_sheet(self._meeting_sets.sheet(case_id))
        self.meeting_set.show_view(self._set)
        self.search.set_case(case_id, {d.doc_key: d.short_label for d in self._set.documents})
        self.viewer.clear()
        if self._set.documents:
            self.open_page(self._set.documents[0].doc_key, 1)

    @Slot(str, int)
    def open_page(self, doc_key: str, page: int) -> None:
        """Show ``page`` of document ``doc_key`` in the viewer."""
        if self._set is None:
            return
        started = time.perf_counter()
        document = next((d for d in self._set.documents if d.doc_key == doc_key), None)
        if document is None:
            return
        try:
            data = b"" if self.viewer.doc_key == doc_key else self._meeting_sets.document_pdf(document.document_id)
        except UserFacingError as exc:
            show_error(self, str(exc))
            return
        self.viewer.show_pdf(doc_key, f"{document.short_label}: {document.title}", data, page)
        self.viewer.highlight("")  # marks belong to the search that opened a page, not to a link
        self.page_opened.emit(doc_key, page, time.perf_counter() - started)

    @Slot(str, int)
    def _on_search_hit_activated(self, doc_key: str, page: int) -> None:
        """Open the hit's page with every occurrence of the searched words marked, the hit's the current one."""
        self.open_page(doc_key, page)
        if self.viewer.doc_key == doc_key:
            self.viewer.highlight(self.search.query, page)

    @Slot(object)
    def _on_meeting_set_changed(self, view: MeetingSetView) -> None:
        self._set = view
        if self._case_id is not None:
            self.sheet.show_sheet(self._meeting_sets.sheet(self._case_id))
