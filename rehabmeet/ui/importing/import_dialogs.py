"""The import's progress dialog (with cancel) and its results dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressDialog,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rehabmeet.bundles.outcome import ImportOutcome, ImportStatus

from rehabmeet.ui.importing.import_results_table_model import Column, ImportResultsTableModel
from rehabmeet.ui.shared.tasks import TaskHandle

PROGRESS_STEPS = 1000


class ImportProgressDialog(QProgressDialog):
    """Shows a running import and cancels it on request; closes itself when the task ends."""

    def __init__(self, handle: TaskHandle, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importProgress")
        self.setWindowTitle(self.tr("Importing case bundles"))
        self.setLabelText(self.tr("Importing %n bundle(s)…", "", count))
        self.setCancelButtonText(self.tr("Cancel"))
        self.setRange(0, PROGRESS_STEPS)
        self.setMinimumDuration(300)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._handle = handle
        handle.progressed.connect(self._on_handle_progressed)
        handle.succeeded.connect(self._on_handle_done)
        handle.failed.connect(self._on_handle_done)
        self.canceled.connect(self._on_canceled)

    @Slot(float, str)
    def _on_handle_progressed(self, fraction: float, what: str) -> None:
        self.setValue(int(fraction * PROGRESS_STEPS))
        self.setLabelText(what)

    @Slot(object)
    def _on_handle_done(self, _result: object) -> None:
        self.reset()
        self.close()

    @Slot()
    def _on_canceled(self) -> None:
        from rehabmeet.scratch import stop_converters

        self._handle.cancel()
        stop_converters()  # a DOCX conversion in LibreOffice stops now, not after its timeout
        self.setLabelText(self.tr("Stopping after the current document…"))


class ImportResultsDialog(QDialog):
    """Lists what happened to each bundle, and offers the follow-up actions."""

    def __init__(self, outcomes: list[ImportOutcome], meeting_title: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importResults")
        self.setWindowTitle(self.tr("Import results"))
        self.resize(900, 420)
        self.new_version_requested = False
        self.model = ImportResultsTableModel(outcomes, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Import results"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(Column.MESSAGE, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel(self._summary(outcomes), self)
        self.summary.setWordWrap(True)
        self.add_to_agenda = QCheckBox(self)
        self.add_to_agenda.setObjectName("addToAgenda")
        importable = any(o.case_id is not None for o in outcomes)
        self.add_to_agenda.setVisible(meeting_title is not None and importable)
        self.add_to_agenda.setChecked(meeting_title is not None and importable)
        self.add_to_agenda.setText(self.tr("Put the cases on the agenda of %1").replace("%1", meeting_title or ""))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        self.new_version_button = QPushButton(self.tr("Import changed cases as new versions"), self)
        buttons.addButton(self.new_version_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.new_version_button.setVisible(any(o.changed_content for o in outcomes))  # after addButton, which shows it
        buttons.accepted.connect(self.accept)
        self.new_version_button.clicked.connect(self._on_new_version_button_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.add_to_agenda)
        layout.addWidget(buttons)

    @Slot()
    def _on_new_version_button_clicked(self) -> None:
        self.new_version_requested = True
        self.accept()

    def _summary(self, outcomes: list[ImportOutcome]) -> str:
        count = {status: sum(o.status is status for o in outcomes) for status in ImportStatus}
        return (
            self.tr("%n imported", "", count[ImportStatus.IMPORTED])
            + " · "
            + self.tr("%n unchanged", "", count[ImportStatus.UNCHANGED])
            + " · "
            + self.tr("%n refused", "", count[ImportStatus.REFUSED])
            + (" · " + self.tr("cancelled") if count[ImportStatus.CANCELLED] else "")
        )
