"""PageAnnotator: one PDF page with the member's marks on it. Click to pin a note, drag to highlight."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QSizePolicy, QWidget

from rehabmeet.services.preparation import Anchor, AnnotationView

from rehabmeet.ui.shared.pdf_viewer import load_pdf_bytes

CLICK_SLOP = 4  # pixels a click may move and still be a click


class PageAnnotator(QWidget):
    """Shows page ``page`` (1-based) of a PDF scaled to the width, with notes and highlights.

    Signals:
        pinned(Anchor): the user clicked a spot to attach a note to.
        highlighted(Anchor): the user dragged a rectangle to highlight.
    """

    pinned = Signal(object)
    highlighted = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageAnnotator")
        self.setAccessibleName(self.tr("Page with your notes; click to pin a note, drag to highlight"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(False)
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self.page = 1
        self._image = QImage()
        self._marks: tuple[AnnotationView, ...] = ()
        self._press: QPointF | None = None
        self._drag: QRectF | None = None

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def load(self, data: bytes) -> None:
        """Show the first page of ``data``."""
        self._buffer = load_pdf_bytes(self.document, data, self._buffer, self)
        self.show_page(1)

    def clear(self) -> None:
        self.document.close()
        self._image = QImage()
        self._marks = ()
        self.update()

    def show_page(self, page: int) -> None:
        if self.page_count == 0:
            return
        self.page = max(1, min(page, self.page_count))
        self._render()

    def set_marks(self, marks: tuple[AnnotationView, ...]) -> None:
        self._marks = marks
        self.update()

    def _render(self) -> None:
        if self.page_count == 0 or self.width() < 10:
            return
        points = self.document.pagePointSize(self.page - 1)
        scale = min(self.width() / points.width(), self.height() / points.height())
        size = QSize(max(1, int(points.width() * scale)), max(1, int(points.height() * scale)))
        self._image = self.document.render(self.page - 1, size)
        self.update()

    def _page_rect(self) -> QRectF:
        left = (self.width() - self._image.width()) / 2
        return QRectF(left, 0, self._image.width(), self._image.height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#d9dee5"))
        if self._image.isNull():
            return
        area = self._page_rect()
        painter.drawImage(area.topLeft(), self._image)
        number = 0
        for mark in self._marks:
            if mark.page != self.page or mark.x is None or mark.y is None:
                continue
            x, y = area.left() + mark.x * area.width(), area.top() + mark.y * area.height()
            if mark.kind == "highlight":
                w, h = (mark.width or 0) * area.width(), (mark.height or 0) * area.height()
                painter.fillRect(QRectF(x, y, w, h), QColor(255, 214, 0, 90))
            else:
                number += 1
                painter.setPen(QPen(QColor("#8a6d00"), 1.5))
                painter.setBrush(QColor("#ffd600"))
                painter.drawEllipse(QPointF(x, y), 10, 10)
                painter.drawText(QRectF(x - 10, y - 10, 20, 20), Qt.AlignmentFlag.AlignCenter, str(number))
        if self._drag is not None:
            painter.fillRect(self._drag, QColor(255, 214, 0, 70))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._render()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._page_rect().contains(event.position()):
            self._press = event.position()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is not None:
            self._drag = QRectF(self._press, event.position()).normalized().intersected(self._page_rect())
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            return
        start, end, self._press, self._drag = self._press, event.position(), None, None
        area = self._page_rect()
        if (end - start).manhattanLength() > CLICK_SLOP:
            box = QRectF(start, end).normalized().intersected(area)
            x, y = (box.left() - area.left()) / area.width(), (box.top() - area.top()) / area.height()
            self.highlighted.emit(Anchor(self.page, x, y, box.width() / area.width(), box.height() / area.height()))
        else:
            x, y = (end.x() - area.left()) / area.width(), (end.y() - area.top()) / area.height()
            self.pinned.emit(Anchor(self.page, x, y))
        self.update()
