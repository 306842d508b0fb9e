"""IssuedDocumentsWidget: write, sign, verify, print and save the indstilling, afgørelse and hand-out.

Writing and signing run on the task runner (a few hundred milliseconds each); the list and the
preview follow the selected document.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelection, Signal, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rehabmeet.services.issued_documents import IssuedDocumentService, IssuedView
from rehabmeet.signing.certificates import CertificateStore

from rehabmeet.ui.documents.issued_documents_table_model import IssuedDocumentsTableModel, kind_label
from rehabmeet.ui.documents.signing_dialogs import SignDialog, VerifyDialog
from rehabmeet.ui.shared.dialogs import ask_save_document, ask_text, show_error
from rehabmeet.ui.shared.pdf_viewer import PdfViewerWidget
from rehabmeet.ui.shared.printing import ask_printer, print_pdf
from rehabmeet.ui.shared.tasks import TaskRunner


class IssuedDocumentsWidget(QWidget):
    """The documents of the selected agenda item.

    Signals:
        busy(str): background work started ("" when it ended), for the status bar.
    """

    busy = Signal(str)

    def __init__(
        self, documents: IssuedDocumentService, certificates: CertificateStore, tasks: TaskRunner, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._documents = documents
        self._certificates = certificates
        self._tasks = tasks
        self.item_id: int | None = None
        self.kind = QComboBox(self)
        self.kind.setObjectName("documentKind")
        self.kind.setAccessibleName(self.tr("Document to write"))
        for code in ("indstilling", "afgoerelse", "haandud"):
            self.kind.addItem(kind_label(code), code)
        self.format = QComboBox(self)
        self.format.setObjectName("documentFormat")
        self.format.setAccessibleName(self.tr("File format"))
        self.format.addItem(self.tr("PDF (signable)"), "pdf")
        self.format.addItem(self.tr("Word (editable)"), "docx")
        self.large_type = QCheckBox(self.tr("Large type"), self)
        self.large_type.setObjectName("documentLargeType")
        self.write = QPushButton(self.tr("Write document"), self)
        self.write.setObjectName("writeDocument")
        self.write.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.write.setToolTip(self.tr("Write the chosen document from the finalised indstilling (Ctrl+Shift+D)"))
        self.model = IssuedDocumentsTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("issuedDocuments")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Written documents"))
        self.buttons = {
            "sign": QPushButton(self.tr("Sign…"), self),
            "verify": QPushButton(self.tr("Check signatures"), self),
            "print": QPushButton(self.tr("Print…"), self),
            "save": QPushButton(self.tr("Save as…"), self),
            "correct": QPushButton(self.tr("Correct…"), self),
        }
        self.buttons["correct"].setToolTip(self.tr("Write a new version with a reason; a signed one is never changed"))
        self.hint = QLabel(self)
        self.hint.setObjectName("documentsHint")
        self.hint.setWordWrap(True)
        self.viewer = PdfViewerWidget(self)  # the container places it (beside the list)
        self._layout()
        self.kind.currentIndexChanged.connect(self._on_kind_current_index_changed)
        self.write.clicked.connect(self._on_write_clicked)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        actions: dict[str, Callable[[], None]] = {
            "sign": self._sign,
            "verify": self._verify,
            "print": self._print,
            "save": self._save,
            "correct": self._correct,
        }
        for name, button in self.buttons.items():
            button.setObjectName(f"document_{name}")
            button.clicked.connect(actions[name])
        self._on_kind_current_index_changed(0)
        self._update_buttons()

    def _layout(self) -> None:
        choose, write = QHBoxLayout(), QHBoxLayout()  # two rows: one was too wide with large text
        for widget in (self.kind, self.format):
            choose.addWidget(widget)
        choose.addStretch(1)
        write.addWidget(self.large_type)
        write.addStretch(1)
        write.addWidget(self.write)
        act = QGridLayout()  # the five document buttons in two rows
        for index, button in enumerate(self.buttons.values()):
            act.addWidget(button, index // 3, index % 3)
        act.setColumnStretch(3, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(choose)
        column.addLayout(write)
        column.addWidget(self.table, 1)
        column.addLayout(act)
        column.addWidget(self.hint)

    def show_item(self, item_id: int | None, select_id: int | None = None) -> None:
        """List ``item_id``'s documents, selecting ``select_id`` (or the newest)."""
        self.item_id = item_id
        rows = self._documents.documents(item_id) if item_id is not None else ()
        self.model.set_rows(rows)
        target = next((n for n, row in enumerate(rows) if row.id == select_id), 0 if rows else None)
        if target is not None:
            self.table.selectRow(target)
        else:
            self.viewer.clear()
        self.write.setEnabled(item_id is not None)
        self._update_buttons()

    def selected(self) -> IssuedView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        view = self.selected()
        pdf = view is not None and view.format == "pdf"
        self.buttons["sign"].setEnabled(pdf and view is not None and view.signable)
        self.buttons["verify"].setEnabled(pdf)
        self.buttons["print"].setEnabled(pdf)
        self.buttons["save"].setEnabled(view is not None)
        self.buttons["correct"].setEnabled(view is not None and view.status != "superseded")
        if view is None:
            self.hint.setText(self.tr("Write a document once the indstilling is finalised."))
        elif view.status == "signed":
            self.hint.setText(self.tr("Signed documents are read-only; a correction is a new version with a reason."))
        elif view.format == "docx":
            self.hint.setText(self.tr("The Word copy is for filing and editing; the PDF is the one that is signed."))
        else:
            self.hint.setText("")

    def _run(self, message: str, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self.busy.emit(message)
        self.setEnabled(False)
        handle = self._tasks.start(lambda _progress, _cancelled: work())

        def finish(result: object, failed: bool) -> None:
            self.setEnabled(True)
            self.busy.emit("")
            if failed:
                show_error(self, str(result))
            else:
                done(result)

        handle.succeeded.connect(lambda result: finish(result, False))
        handle.failed.connect(lambda error: finish(error, True))

    @Slot(int)
    def _on_kind_current_index_changed(self, _index: int) -> None:
        self.large_type.setVisible(self.kind.currentData() == "haandud")

    @Slot()
    def _on_write_clicked(self) -> None:
        self._issue(str(self.kind.currentData()), str(self.format.currentData()), self.large_type.isChecked(), "")

    def _issue(self, kind: str, fmt: str, large: bool, reason: str) -> None:
        item_id = self.item_id
        if item_id is None:
            return
        current = next((r for r in self.model.rows() if (r.kind, r.format, r.status) == (kind, fmt, "signed")), None)
        if current is not None and not reason:
            reason = ask_text(self, self.tr("Correct a signed document"), self.tr("Why is it corrected? (logged)"))
            if reason is None:
                return
        self._run(
            self.tr("Writing the document…"),
            lambda: self._documents.issue(item_id, kind, fmt, large_type=large, reason=reason),
            lambda view: self.show_item(item_id, view.id),
        )

    @Slot(QItemSelection, QItemSelection)
    def _on_table_selection_changed(self, *_args: object) -> None:
        view = self.selected()
        self._update_buttons()
        if view is None or view.format != "pdf":
            self.viewer.clear()
            return
        self.viewer.show_pdf(f"issued-{view.id}-{view.sha256}", view.file_name, self._documents.viewing_copy(view.id))

    def _sign(self) -> None:
        view = self.selected()
        if view is None:
            return
        dialog = SignDialog(self._certificates, view.free_slots, self)
        if not dialog.exec():
            return
        certificate, role = dialog.chosen()
        self._run(
            self.tr("Signing…"),
            lambda: self._documents.sign(view.id, certificate, role),
            lambda signed: self.show_item(self.item_id, signed.id),
        )

    def _verify(self) -> None:
        view = self.selected()
        if view is not None:
            self._run(
                self.tr("Checking the signatures…"),
                lambda: self._documents.verify(view.id),
                lambda result: VerifyDialog(view.file_name, result, self).exec(),
            )

    def _print(self) -> None:
        view = self.selected()
        if view is None:
            return
        printer = ask_printer(self, view.file_name)
        if printer is None:
            return
        pages = print_pdf(printer, self._documents.viewing_copy(view.id))
        self._documents.record(view.id, "document.printed", pages=pages, printer=printer.printerName())

    def _save(self) -> None:
        view = self.selected()
        target = ask_save_document(self, view.file_name) if view is not None else None
        if view is not None and target is not None:
            self._run(self.tr("Saving…"), lambda: self._documents.export(view.id, target), lambda _path: None)

    def _correct(self) -> None:
        view = self.selected()
        if view is None:
            return
        reason = ask_text(self, self.tr("Correct the document"), self.tr("Why is it corrected? (logged)"))
        if reason is not None:
            self._issue(view.kind, view.format, view.large_type, reason)
