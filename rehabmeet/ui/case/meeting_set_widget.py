"""MeetingSetWidget: the page-budget meter and the documents' pages, in or out of the meeting set."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from rehabmeet.errors import UserFacingError
from rehabmeet.services.meeting_sets import MeetingSetService, MeetingSetView, OverCapError

from rehabmeet.ui.case.meeting_set_tree_model import MeetingSetTreeModel
from rehabmeet.ui.shared.colours import colour
from rehabmeet.ui.shared.dialogs import ask_text, show_error


class MeetingSetWidget(QWidget):
    """Lets the leader include or exclude documents and pages within the page cap.

    Signals:
        page_activated(str, int): a page was double-clicked (document key, 1-based page).
        changed(object): the new :class:`MeetingSetView` after an include/exclude.
    """

    page_activated = Signal(str, int)
    changed = Signal(object)

    def __init__(self, service: MeetingSetService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.view_: MeetingSetView | None = None
        self.meter = QProgressBar(self)
        self.meter.setObjectName("pageBudget")
        self.meter.setAccessibleName(self.tr("Page budget"))
        self.meter_text = QLabel(self)
        self.meter_text.setObjectName("pageBudgetText")
        self.meter_text.setWordWrap(True)
        self.model = MeetingSetTreeModel(self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("meetingSetTree")
        self.tree.setAccessibleName(self.tr("Documents and pages"))
        self.tree.setHeaderHidden(True)
        self.tree.setModel(self.model)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.include_button = QPushButton(self.tr("Include selected"), self)
        self.exclude_button = QPushButton(self.tr("Leave out selected"), self)
        self.reset_button = QPushButton(self.tr("Default selection"), self)
        buttons = QGridLayout()  # two rows: three buttons in one would make the pane too wide with large text
        buttons.addWidget(self.include_button, 0, 0)
        buttons.addWidget(self.exclude_button, 0, 1)
        buttons.addWidget(self.reset_button, 1, 0, 1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.meter)
        layout.addWidget(self.meter_text)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self.model.change_requested.connect(self._on_model_change_requested)
        self.tree.doubleClicked.connect(self._on_tree_double_clicked)
        self.include_button.clicked.connect(lambda: self.change_selected(include=True))
        self.exclude_button.clicked.connect(lambda: self.change_selected(include=False))
        self.reset_button.clicked.connect(self._on_reset_button_clicked)

    def show_view(self, view: MeetingSetView | None) -> None:
        """Show a case's meeting set (or nothing)."""
        self.view_ = view
        self.model.set_view(view)
        if view is None:
            self.meter.reset()
            self.meter_text.clear()
            return
        self.meter.setRange(0, max(view.cap, view.used))
        self.meter.setValue(view.used)
        self.meter.setFormat(self.budget_text(view))
        over = view.used > view.cap
        self.meter.setStyleSheet(f"QProgressBar::chunk {{ background: {colour('alert')}; }}" if over else "")
        text = self.tr("Includes the summary sheet (%n page(s)).", "", view.sheet_pages)
        if over:
            text = (
                self.tr("Over the cap by %1 pages. Reason: %2")
                .replace("%1", str(view.used - view.cap))
                .replace("%2", view.over_cap_reason or "—")
            )
        self.meter_text.setText(text)

    def budget_text(self, view: MeetingSetView) -> str:
        """Return "38 of 50 pages"."""
        return self.tr("%1 of %2 pages").replace("%1", str(view.used)).replace("%2", str(view.cap))

    def change_selected(self, *, include: bool) -> None:
        """Include or exclude every selected document or page (pages grouped into ranges)."""
        ranges: dict[str, list[int]] = {}
        whole: set[str] = set()
        for index in self.tree.selectionModel().selectedIndexes():
            document, page = self.model.document_at(index)
            if page is None:
                whole.add(document.doc_key)
            else:
                ranges.setdefault(document.doc_key, []).append(page)
        for doc_key in whole:
            self.apply(doc_key, 1, self._view().document(doc_key).pages, include)
        for doc_key, pages in ranges.items():
            if doc_key not in whole:
                for first, last in _runs(sorted(pages)):
                    self.apply(doc_key, first, last, include)

    def apply(self, doc_key: str, first: int, last: int, include: bool) -> bool:
        """Apply one change; going over the cap asks for a reason. Returns whether it was applied."""
        view = self._view()
        try:
            updated = self._service.change(view.case_id, doc_key, first, last, include=include)
        except OverCapError as exc:
            reason = ask_text(
                self, self.tr("Over the page cap"), str(exc) + "\n\n" + self.tr("Reason for going over the cap:")
            )
            if not reason:
                return False
            updated = self._service.change(view.case_id, doc_key, first, last, include=include, reason=reason)
        except UserFacingError as exc:
            show_error(self, str(exc))
            return False
        self.show_view(updated)
        self.changed.emit(updated)
        return True

    def _view(self) -> MeetingSetView:
        if self.view_ is None:
            raise UserFacingError(self.tr("Select a case first."))
        return self.view_

    @Slot(str, int, int, bool)
    def _on_model_change_requested(self, doc_key: str, first: int, last: int, include: bool) -> None:
        self.apply(doc_key, first, last, include)

    @Slot(QModelIndex)
    def _on_tree_double_clicked(self, index: QModelIndex) -> None:
        document, page = self.model.document_at(index)
        self.page_activated.emit(document.doc_key, page or 1)

    @Slot()
    def _on_reset_button_clicked(self) -> None:
        if self.view_ is not None:
            updated = self._service.reset(self.view_.case_id)
            self.show_view(updated)
            self.changed.emit(updated)


def _runs(pages: list[int]) -> list[tuple[int, int]]:
    """Group sorted page numbers into consecutive (first, last) runs."""
    runs: list[tuple[int, int]] = []
    for page in pages:
        if runs and page == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], page)
        else:
            runs.append((page, page))
    return runs
