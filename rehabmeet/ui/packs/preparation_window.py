"""PreparationWindow: a team member reads and annotates the cases of an agenda pack, offline.

Left the cases, in the middle the page with the member's marks (click to pin a note, drag to
highlight), right the notes. Every note is private until shared; "Send my shared notes" writes
the encrypted file for the meeting leader.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rehabmeet.errors import UserFacingError
from rehabmeet.services.preparation import Anchor, AnnotationView, PreparationService

from rehabmeet.ui.packs.annotations_table_model import AnnotationsTableModel
from rehabmeet.ui.packs.page_annotator import PageAnnotator
from rehabmeet.ui.shared import labels
from rehabmeet.ui.shared.dialogs import ask_save_document, ask_text, ask_yes_no, show_error

CASE_ROLE = Qt.ItemDataRole.UserRole + 1


class PreparationWindow(QWidget):
    """The member's preparation of the opened agenda packs."""

    def __init__(self, service: PreparationService, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("preparationWindow")
        self.setWindowTitle(self.tr("Preparing for the meeting"))
        self._service = service
        self.case_id: int | None = None
        self.pack_id: str | None = None
        self.cases = QTreeWidget(self)
        self.cases.setObjectName("prepCases")
        self.cases.setAccessibleName(self.tr("Cases in the pack"))
        self.cases.setHeaderLabels([self.tr("Case"), self.tr("Time")])
        self.page = PageAnnotator(self)
        self.position = QLabel(self)
        self.previous = QPushButton("‹", self)
        self.previous.setToolTip(self.tr("Previous page (Page Up)"))
        self.previous.setAccessibleName(self.tr("Previous page"))
        self.next = QPushButton("›", self)
        self.next.setToolTip(self.tr("Next page (Page Down)"))
        self.next.setAccessibleName(self.tr("Next page"))
        self.model = AnnotationsTableModel(self)
        self.notes = QTableView(self)
        self.notes.setObjectName("prepNotes")
        self.notes.setAccessibleName(self.tr("My notes and points"))
        self.notes.setModel(self.model)
        self.notes.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.notes.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.notes.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.notes.verticalHeader().hide()
        self.buttons = {
            "note": QPushButton(self.tr("Add a note…"), self),
            "point": QPushButton(self.tr("Add a point for the meeting…"), self),
            "edit": QPushButton(self.tr("Edit…"), self),
            "share": QPushButton(self.tr("Share / make private"), self),
            "delete": QPushButton(self.tr("Delete"), self),
        }
        self.send = QPushButton(self.tr("Send my shared notes…"), self)
        self.send.setObjectName("sendNotes")
        self.remove = QPushButton(self.tr("Remove this pack from the laptop…"), self)
        self.remove.setObjectName("removePack")
        self.hint = QLabel(self.tr("Click the page to pin a note; drag to highlight. Notes stay private until shared."))
        self.hint.setWordWrap(True)
        self._layout()
        self._connect()
        self.resize(1280, 820)
        self.refresh()

    def _layout(self) -> None:
        paging = QHBoxLayout()
        paging.addWidget(self.previous)
        paging.addWidget(self.position)
        paging.addWidget(self.next)
        paging.addStretch(1)
        middle = QWidget(self)
        column = QVBoxLayout(middle)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(paging)
        column.addWidget(self.page, 1)
        right = QWidget(self)
        side = QVBoxLayout(right)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.notes, 1)
        for button in self.buttons.values():
            side.addWidget(button)
        side.addWidget(self.hint)
        side.addWidget(self.send)
        side.addWidget(self.remove)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        for widget, stretch in ((self.cases, 2), (middle, 5), (right, 3)):
            splitter.addWidget(widget)
            splitter.setStretchFactor(splitter.count() - 1, stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _connect(self) -> None:
        self.cases.currentItemChanged.connect(self._on_cases_current_item_changed)
        self.previous.clicked.connect(lambda: self._go(self.page.page - 1))
        self.next.clicked.connect(lambda: self._go(self.page.page + 1))
        QShortcut(QKeySequence(QKeySequence.StandardKey.MoveToPreviousPage), self, lambda: self._go(self.page.page - 1))
        QShortcut(QKeySequence(QKeySequence.StandardKey.MoveToNextPage), self, lambda: self._go(self.page.page + 1))
        self.page.pinned.connect(self._on_page_pinned)
        self.page.highlighted.connect(self._on_page_highlighted)
        self.notes.doubleClicked.connect(self._on_notes_double_clicked)
        self.buttons["note"].clicked.connect(lambda: self._add_text("note"))
        self.buttons["point"].clicked.connect(lambda: self._add_text("point"))
        self.buttons["edit"].clicked.connect(self._edit)
        self.buttons["share"].clicked.connect(self._toggle_shared)
        self.buttons["delete"].clicked.connect(self._delete)
        self.send.clicked.connect(self._send)
        self.remove.clicked.connect(self._remove)

    def refresh(self, select_case: int | None = None) -> None:
        """List the opened packs' cases."""
        self.cases.clear()
        first: QTreeWidgetItem | None = None
        for pack in self._service.packs():
            top = QTreeWidgetItem([f"{pack.meeting_date:%d.%m.%Y} · {pack.meeting_title}", ""])
            top.setData(0, Qt.ItemDataRole.UserRole, pack.pack_id)
            expiry = self.tr("Wiped from this laptop after %1").replace("%1", f"{pack.expires_on:%d.%m.%Y}")
            top.setToolTip(0, expiry)
            self.cases.addTopLevelItem(top)
            for case in pack.cases:
                text = f"{case.case_ref} · {labels.short_case_type(case.case_type)}"
                child = QTreeWidgetItem([text, case.planned_start])
                child.setToolTip(0, case.citizen_name + "\n" + case.question)
                child.setData(0, CASE_ROLE, case.id)
                child.setData(0, Qt.ItemDataRole.UserRole, pack.pack_id)
                top.addChild(child)
                if first is None or case.id == select_case:
                    first = child
            top.setExpanded(True)
        self.cases.resizeColumnToContents(0)
        if first is not None:
            self.cases.setCurrentItem(first)
        self._update_buttons()

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _on_cases_current_item_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        case_id = current.data(0, CASE_ROLE) if current is not None else None
        self.pack_id = current.data(0, Qt.ItemDataRole.UserRole) if current is not None else None
        if case_id is None or case_id == self.case_id:
            return
        self.case_id = int(case_id)
        self.page.load(self._service.case_pdf(self.case_id))
        self._show_notes()
        self._go(1)

    def _go(self, page: int) -> None:
        self.page.show_page(page)
        shown = self.tr("Page %1 of %2").replace("%1", str(self.page.page))
        self.position.setText(shown.replace("%2", str(self.page.page_count)))

    def _show_notes(self) -> None:
        rows = self._service.annotations(self.case_id) if self.case_id is not None else ()
        self.model.set_rows(rows)
        self.page.set_marks(rows)
        self._update_buttons()

    def _selected(self) -> AnnotationView | None:
        rows = self.notes.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        has_case = self.case_id is not None
        for name in ("note", "point"):
            self.buttons[name].setEnabled(has_case)
        for name in ("edit", "share", "delete"):
            self.buttons[name].setEnabled(has_case and self.model.rowCount() > 0)
        self.send.setEnabled(self.pack_id is not None)
        self.remove.setEnabled(self.pack_id is not None)

    def _act(self, action: object) -> None:
        try:
            action()  # type: ignore[operator]
        except UserFacingError as exc:
            show_error(self, str(exc))
        self._show_notes()

    def _add_text(self, kind: str) -> None:
        title = self.tr("A point for the meeting") if kind == "point" else self.tr("A note on the case")
        text = ask_text(self, title, self.tr("Text (private until you share it):"))
        if text is not None and self.case_id is not None:
            case_id = self.case_id
            self._act(lambda: self._service.add(case_id, kind, text))

    @Slot(object)
    def _on_page_pinned(self, anchor: Anchor) -> None:
        text = ask_text(self, self.tr("A note on page %1").replace("%1", str(anchor.page)), self.tr("Text:"))
        if text is not None and self.case_id is not None:
            case_id = self.case_id
            self._act(lambda: self._service.add(case_id, "page_note", text, anchor))

    @Slot(object)
    def _on_page_highlighted(self, anchor: Anchor) -> None:
        if self.case_id is not None:
            case_id = self.case_id
            text = ask_text(self, self.tr("Highlight"), self.tr("A comment (optional):")) or ""
            self._act(lambda: self._service.add(case_id, "highlight", text, anchor))

    @Slot(QModelIndex)
    def _on_notes_double_clicked(self, index: QModelIndex) -> None:
        note = self.model.row_at(index.row())
        if note.page:
            self._go(note.page)

    def _edit(self) -> None:
        note = self._selected()
        if note is not None:
            text = ask_text(self, self.tr("Edit the note"), self.tr("Text:"), note.text)
            if text is not None:
                self._act(lambda: self._service.edit(note.id, text))

    def _toggle_shared(self) -> None:
        note = self._selected()
        if note is not None:
            self._act(lambda: self._service.set_shared(note.id, not note.shared))

    def _delete(self) -> None:
        note = self._selected()
        if note is not None and ask_yes_no(self, self.tr("Delete"), self.tr("Delete this note?")):
            self._act(lambda: self._service.delete(note.id))

    def _send(self) -> None:
        if self.pack_id is None:
            return
        target = ask_save_document(self, "mine-noter.rmpack")
        if target is None:
            return
        pack_id = self.pack_id
        try:
            count = self._service.export_notes(pack_id, target)
        except UserFacingError as exc:
            show_error(self, str(exc))
            return
        self._show_notes()
        written = self.tr("%n shared note(s) written to %1. Give the file to the meeting leader.", "", count)
        self.hint.setText(written.replace("%1", str(target)))

    def _remove(self) -> None:
        if self.pack_id is None:
            return
        question = self.tr(
            "Remove this pack from the laptop, with its cases and all your notes? This cannot be undone."
        )
        if not ask_yes_no(self, self.tr("Remove the pack"), question):
            return
        try:
            self._service.remove(self.pack_id)
        except UserFacingError as exc:
            show_error(self, str(exc))
            return
        self.pack_id = self.case_id = None
        self.page.clear()
        self.model.set_rows(())
        self.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.page.clear()
        super().closeEvent(event)
