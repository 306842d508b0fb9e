"""PdfViewerWidget: one document at a time in a QPdfView, with zoom, fit-width and keyboard paging."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument, QPdfSearchModel
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

ZOOM_STEP = 1.2


def load_pdf_bytes(document: QPdfDocument, data: bytes, previous: QBuffer | None, owner: QWidget) -> QBuffer:
    """Load ``data`` into ``document`` from a buffer owned by ``owner``; free the ``previous`` one. Returns the new."""
    document.close()
    buffer = QBuffer(owner)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if previous is not None:
        previous.deleteLater()
    return buffer


class PdfViewerWidget(QWidget):
    """Shows a PDF from bytes and jumps to pages on request.

    Signals:
        page_shown(str, int): the key of the shown document and the 1-based page now at the top.
    """

    page_shown = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.doc_key = ""
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setAccessibleName(self.tr("Document viewer"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.search_model = QPdfSearchModel(self)  # the view marks its results on the pages
        self.search_model.setDocument(self.document)
        self.view.setSearchModel(self.search_model)
        self._hit_page: int | None = None  # 0-based page whose first result becomes current once found
        self.search_model.rowsInserted.connect(self._on_search_model_rows_inserted)
        self.title = QLabel(self)
        self.title.setObjectName("pdfTitle")
        self.title.setWordWrap(True)
        self.position = QLabel(self)
        self.position.setObjectName("pdfPosition")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)  # a line of its own: beside the buttons it would make the pane too wide
        layout.addLayout(self._toolbar())
        layout.addWidget(self.view, 1)
        self.view.pageNavigator().currentPageChanged.connect(self._on_navigator_current_page_changed)
        for keys, slot in (
            (QKeySequence.StandardKey.MoveToNextPage, self.next_page),
            (QKeySequence.StandardKey.MoveToPreviousPage, self.previous_page),
        ):
            shortcut = QShortcut(QKeySequence(keys), self, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _toolbar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        buttons = (
            ("‹", self.tr("Previous page (Page Up)"), self.previous_page),
            ("›", self.tr("Next page (Page Down)"), self.next_page),
            ("−", self.tr("Zoom out (Ctrl+-)"), self.zoom_out),
            ("+", self.tr("Zoom in (Ctrl++)"), self.zoom_in),
            ("↔", self.tr("Fit to width (Ctrl+0)"), self.fit_width),
        )
        bar.addWidget(self.position, 1)
        for text, tip, slot in buttons:
            button = QToolButton(self)
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.clicked.connect(slot)
            bar.addWidget(button)
        for keys, slot in (
            (QKeySequence.StandardKey.ZoomIn, self.zoom_in),
            (QKeySequence.StandardKey.ZoomOut, self.zoom_out),
            (QKeySequence("Ctrl+0"), self.fit_width),
        ):
            QShortcut(QKeySequence(keys), self, slot).setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        return bar

    def show_pdf(self, doc_key: str, title: str, data: bytes, page: int = 1) -> None:
        """Show ``data`` (a PDF) titled ``title`` at 1-based ``page``; reuses it when already shown."""
        if doc_key != self.doc_key:
            self._buffer = load_pdf_bytes(self.document, data, self._buffer, self)
            self.doc_key = doc_key
        self.title.setText(title)
        self.go_to(page)

    def highlight(self, text: str, page: int | None = None) -> None:
        """Mark every occurrence of ``text`` in the shown document ("" removes the marks); the first one
        on 1-based ``page`` becomes the current result, drawn stronger, as soon as the search finds it."""
        self._hit_page = page - 1 if page is not None and text else None
        self.view.setCurrentSearchResultIndex(-1)
        if self.search_model.searchString() != text:
            self.search_model.setSearchString(text)
        self._make_hit_current()

    @Slot()
    def _on_search_model_rows_inserted(self) -> None:
        self._make_hit_current()

    def _make_hit_current(self) -> None:
        if self._hit_page is None:
            return
        role = QPdfSearchModel.Role.Page.value
        for row in range(self.search_model.count()):
            if self.search_model.data(self.search_model.index(row, 0), role) == self._hit_page:
                self._hit_page = None
                self.view.setCurrentSearchResultIndex(row)
                link = self.search_model.resultAtIndex(row)
                navigator = self.view.pageNavigator()
                navigator.jump(link.page(), link.location(), navigator.currentZoom())
                self._show_position(link.page())
                return

    def clear(self) -> None:
        self.highlight("")
        self.document.close()
        self.doc_key = ""
        self.title.clear()
        self.position.clear()

    def go_to(self, page: int) -> None:
        """Jump to 1-based ``page`` of the shown document."""
        count = self.document.pageCount()
        if count == 0:
            return
        index = min(max(page, 1), count) - 1
        self.view.pageNavigator().jump(index, QPointF(), self.view.pageNavigator().currentZoom())
        self._show_position(index)

    def current_page(self) -> int:
        """Return the 1-based page at the top of the view."""
        return self.view.pageNavigator().currentPage() + 1

    @Slot()
    def next_page(self) -> None:
        self.go_to(self.current_page() + 1)

    @Slot()
    def previous_page(self) -> None:
        self.go_to(self.current_page() - 1)

    @Slot()
    def zoom_in(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(self.view.zoomFactor() * ZOOM_STEP)

    @Slot()
    def zoom_out(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(self.view.zoomFactor() / ZOOM_STEP)

    @Slot()
    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.search_model = QPdfSearchModel(self)  # the view marks its results on the pages
        self.search_model.setDocument(self.document)
        self.view.setSearchModel(self.search_model)
        self._hit_page: int | None = None  # 0-based page whose first result becomes current once found
        self.search_model.rowsInserted.connect(self._on_search_model_rows_inserted)

    @Slot(int)
    def _on_navigator_current_page_changed(self, index: int) -> None:
        self._show_position(index)

    def _show_position(self, index: int) -> None:
        text = self.tr("Page %1 of %2").replace("%1", str(index + 1)).replace("%2", str(self.document.pageCount()))
        self.position.setText(text)
        self.page_shown.emit(self.doc_key, index + 1)
