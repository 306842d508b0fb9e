"""HelpWindow: the Danish user guide (``resources/help/brugervejledning.md``) with its screenshots."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from rehabmeet.resources import resource_path


class HelpWindow(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("helpWindow")
        self.setWindowTitle(self.tr("RehabMeet – user guide"))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("helpText")
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setOpenExternalLinks(True)
        folder = resource_path("help")
        self.browser.setSearchPaths([str(folder)])
        self.browser.setMarkdown((folder / "brugervejledning.md").read_text(encoding="utf-8"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        self.resize(1000, 800)
