"""OutcomeTab: the decision at the table above the documents it leads to."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QFrame, QScrollArea, QSplitter, QVBoxLayout, QWidget

from rehabmeet.services.registry import Services

from rehabmeet.ui.documents.decision_panel import DecisionPanel
from rehabmeet.ui.documents.follow_through_widget import FollowThroughWidget
from rehabmeet.ui.documents.issued_documents_widget import IssuedDocumentsWidget
from rehabmeet.ui.shared.tasks import TaskRunner


class OutcomeTab(QWidget):
    """The tab "Decision and documents" of one agenda item."""

    def __init__(self, services: Services, tasks: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self.item_id: int | None = None
        self.decision = DecisionPanel(services.decisions, self)
        self.documents = IssuedDocumentsWidget(services.documents, services.certificates, tasks, self)
        self.follow = FollowThroughWidget(services.follow_through, self)
        column = QSplitter(Qt.Orientation.Vertical, self)
        column.addWidget(self.decision)
        column.addWidget(self.documents)
        column.addWidget(self.follow)
        scroller = QScrollArea(self)  # on a small screen the form scrolls instead of widening the window
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setWidget(column)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(scroller)
        self.splitter.addWidget(self.documents.viewer)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.decision.decided.connect(self._on_decision_decided)

    def show_item(self, item_id: int | None) -> None:
        self.item_id = item_id
        self.decision.show_item(item_id)
        self.documents.show_item(item_id)
        self.follow.show_item(item_id)

    def save_now(self) -> None:
        self.decision.save_now()

    @Slot()
    def _on_decision_decided(self) -> None:
        self.documents.show_item(self.item_id)
        self.follow.show_item(self.item_id)
