"""ImportController: runs bundle imports off the GUI thread with progress, then shows the results."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from rehabmeet.bundles.outcome import ImportOutcome

if TYPE_CHECKING:
    from rehabmeet.bundles.importer import BundleImporter

from rehabmeet.ui.importing.import_dialogs import ImportProgressDialog, ImportResultsDialog
from rehabmeet.ui.shared.dialogs import show_error
from rehabmeet.ui.shared.tasks import TaskHandle, TaskRunner


@dataclass(frozen=True, slots=True)
class ImportChoice:
    """What the user chose in the results dialog."""

    add_to_agenda: bool
    import_as_new_versions: bool


def ask_results(parent: QWidget, outcomes: list[ImportOutcome], meeting_title: str | None) -> ImportChoice:
    """Show the results modally and return the user's choice (tests replace this)."""
    dialog = ImportResultsDialog(outcomes, meeting_title, parent)
    dialog.exec()
    return ImportChoice(
        # not isVisible(): once the dialog has closed nothing in it is visible, and the choice was lost
        add_to_agenda=not dialog.add_to_agenda.isHidden() and dialog.add_to_agenda.isChecked(),
        import_as_new_versions=dialog.new_version_requested,
    )


class ImportController(QObject):
    """Owns the import flow: worker, progress dialog, results dialog, optional re-run as new versions.

    Signals:
        import_finished(object, object): the list of :class:`ImportOutcome` and the :class:`ImportChoice`.
    """

    import_finished = Signal(object, object)

    def __init__(self, importer: Callable[[], BundleImporter], runner: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self._make_importer = importer
        self._runner = runner
        self._parent = parent
        self._meeting_title: str | None = None
        self.handle: TaskHandle | None = None
        self.progress: ImportProgressDialog | None = None

    def start(self, paths: list[Path], *, meeting_title: str | None, new_version: bool = False) -> None:
        """Import ``paths`` in the background; results arrive through ``import_finished``."""
        if not paths or (self.handle is not None and self.handle.running):
            return
        self._meeting_title = meeting_title
        importer = self._make_importer()
        self.handle = self._runner.start(
            lambda progress, cancelled: importer.import_paths(
                paths, new_version=new_version, progress=progress, cancelled=cancelled
            )
        )
        self.handle.succeeded.connect(self._on_handle_succeeded)
        self.handle.failed.connect(self._on_handle_failed)
        self.progress = ImportProgressDialog(self.handle, len(paths), self._parent)

    @Slot(object)
    def _on_handle_succeeded(self, outcomes: list[ImportOutcome]) -> None:
        choice = ask_results(self._parent, outcomes, self._meeting_title)
        self.import_finished.emit(outcomes, choice)
        if choice.import_as_new_versions:
            changed = [Path(o.path) for o in outcomes if o.changed_content]
            self.start(changed, meeting_title=self._meeting_title, new_version=True)

    @Slot(object)
    def _on_handle_failed(self, error: object) -> None:
        show_error(
            self._parent, self.tr("The import stopped because of an unexpected problem: %1").replace("%1", str(error))
        )
