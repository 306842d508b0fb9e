"""SummaryExportController: build a case's summary PDF off the GUI thread and save it where asked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from rehabmeet.atomic import write_atomically
from rehabmeet.services.cases import CaseService
from rehabmeet.services.meeting_sets import MeetingSetService

from rehabmeet.ui.shared.dialogs import ask_save_pdf, show_error
from rehabmeet.ui.shared.tasks import TaskRunner


class SummaryExportController(QObject):
    """Asks for a file name, builds the PDF in the background, writes it atomically.

    Signals:
        saved(str): the path written.
    """

    saved = Signal(str)

    def __init__(
        self, meeting_sets: MeetingSetService, cases: CaseService, runner: TaskRunner, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._meeting_sets = meeting_sets
        self._cases = cases
        self._runner = runner
        self._parent = parent

    def start(self, case_id: int) -> None:
        """Ask where to save the summary of ``case_id`` and build it."""
        case_ref = self._cases.case_detail(case_id).row.case_ref
        target = ask_save_pdf(self._parent, f"{case_ref}-resume.pdf")
        if target is None:
            return
        handle = self._runner.start(lambda _progress, _cancelled: self._write(case_id, target))
        handle.succeeded.connect(self._on_succeeded)
        handle.failed.connect(self._on_failed)

    def _write(self, case_id: int, target: Path) -> str:
        return str(write_atomically(target, self._meeting_sets.summary_pdf(case_id)))

    @Slot(object)
    def _on_succeeded(self, path: str) -> None:
        self.saved.emit(path)

    @Slot(object)
    def _on_failed(self, error: object) -> None:
        show_error(self._parent, str(error))
