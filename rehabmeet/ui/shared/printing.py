"""Printing a PDF through the system's print dialog: each page rendered by QtPdf at the printer's resolution."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

MAX_RENDER_DPI = 300  # enough for text on paper; a 1200-dpi A4 page would be a 550 MB image


def ask_printer(parent: QWidget | None, title: str) -> QPrinter | None:
    """Show the system print dialog; the chosen printer, or ``None`` when cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


def print_pdf(printer: QPrinter, data: bytes) -> int:
    """Print every page of ``data`` on ``printer``, scaled to the printable area; return the pages printed."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    dpi = min(printer.resolution(), MAX_RENDER_DPI)
    pages = document.pageCount()
    for index in range(pages):
        if index:
            printer.newPage()
        points = document.pagePointSize(index)
        image = document.render(index, QSize(int(points.width() * dpi / 72), int(points.height() * dpi / 72)))
        area = painter.viewport()
        size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
        painter.drawImage(QRect(area.x(), area.y(), size.width(), size.height()), image)
    painter.end()
    document.close()
    return pages
