"""PacksController: the menu commands for offline preparation, wired to the services and dialogs."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from rehabmeet.errors import UserFacingError
from rehabmeet.services.note_merge import MergeResult
from rehabmeet.services.packs import PassphraseNeeded
from rehabmeet.services.registry import Services

from rehabmeet.ui.packs.pack_dialogs import ConflictsDialog, PassphrasesDialog
from rehabmeet.ui.shared.dialogs import ask_folder, ask_pack_files, ask_passphrase, show_error
from rehabmeet.ui.shared.tasks import TaskRunner

if TYPE_CHECKING:
    from rehabmeet.ui.packs.preparation_window import PreparationWindow


class PacksController(QObject):
    """Export agenda packs, import members' notes, resolve conflicts; open a pack to prepare.

    Signals:
        status(str): a line for the status bar.
        lanes_changed(): notes landed in lanes (the lanes view should reload).
    """

    status = Signal(str)
    lanes_changed = Signal()

    def __init__(self, services: Services, tasks: TaskRunner, parent: QWidget) -> None:
        super().__init__(parent)
        self._services = services
        self._tasks = tasks
        self._parent = parent
        self.preparation: PreparationWindow | None = None

    def export_packs(self, meeting_id: int | None) -> None:
        if meeting_id is None:
            show_error(self._parent, self.tr("Choose a meeting day first."))
            return
        if not self.preview_packs(meeting_id):
            return
        folder = ask_folder(self._parent, self.tr("Where should the agenda packs go?"))
        if folder is None:
            return
        self.status.emit(self.tr("Writing agenda packs…"))
        handle = self._tasks.start(
            lambda progress, _cancelled: self._services.packs.export(
                meeting_id, folder, progress=lambda share, name: progress(share, name)
            )
        )
        pack_for = self.tr("Agenda pack for %1")
        handle.progressed.connect(lambda _share, name: self.status.emit(pack_for.replace("%1", name)))
        handle.succeeded.connect(self._on_exported)
        handle.failed.connect(lambda error: show_error(self._parent, str(error)))

    def preview_packs(self, meeting_id: int) -> bool:
        """Show what each member's pack will hold; True when the leader goes on to write them."""
        from rehabmeet.ui.packs.pack_preview_dialog import PackPreviewDialog

        dialog = PackPreviewDialog(self._services.packs, meeting_id, self._tasks, self._parent)
        return dialog.exec() == PackPreviewDialog.DialogCode.Accepted

    def _on_exported(self, packs: object) -> None:
        self.status.emit(self.tr("%n agenda pack(s) written", "", len(packs)))  # type: ignore[arg-type]
        PassphrasesDialog(packs, self._parent).exec()  # type: ignore[arg-type]

    def import_notes(self, paths: list[Path] | None = None) -> list[MergeResult]:
        """Import members' annotation packs (asks for the files when ``paths`` is None)."""
        results = []
        for path in paths if paths is not None else ask_pack_files(self._parent):
            try:
                results.append(self._import_one(path))
            except UserFacingError as exc:
                show_error(self._parent, f"{path.name}: {exc}")
        if results:
            self.lanes_changed.emit()
            self.status.emit(" · ".join(self._summary(r) for r in results))
            if any(r.conflicts for r in results):
                self.show_conflicts()
        return results

    def _import_one(self, path: Path) -> MergeResult:
        """Import one pack; on a laptop that did not write it, ask for the member's passphrase."""
        try:
            return self._services.note_merge.import_pack(path)
        except PassphraseNeeded:
            passphrase = ask_passphrase(self._parent, path.name)
            if passphrase is None:
                raise
            return self._services.note_merge.import_pack(path, passphrase)

    def _summary(self, result: MergeResult) -> str:
        if result.already_imported:
            return self.tr("%1: already imported").replace("%1", result.member_name)
        text = self.tr("%1: %2 new, %3 changed, %4 removed, %5 conflicts")
        for n, value in enumerate((result.member_name, result.added, result.updated, result.removed, result.conflicts)):
            text = text.replace(f"%{n + 1}", str(value))
        if result.set_aside:  # notes for cases taken off the agenda: kept in the event log, not in a lane
            aside = self.tr("notes kept aside for cases no longer on the agenda: %1")
            text += "; " + aside.replace("%1", ", ".join(result.set_aside))
        return text

    def show_conflicts(self) -> None:
        if not self._services.note_merge.conflicts():
            QMessageBox.information(self._parent, self.tr("Note conflicts"), self.tr("There are no conflicts."))
            return
        ConflictsDialog(self._services.note_merge, self._parent).exec()
        self.lanes_changed.emit()

    def open_pack(self, path: Path | None = None, passphrase: str | None = None) -> None:
        """Open an agenda pack on a member's laptop and show the preparation window."""
        if path is None:
            chosen = ask_pack_files(self._parent)
            path = chosen[0] if chosen else None
        if path is None:
            return
        passphrase = passphrase if passphrase is not None else ask_passphrase(self._parent, path.name)
        if passphrase is None:
            return
        try:
            self._services.preparation.open_pack(path, passphrase)
        except UserFacingError as exc:
            show_error(self._parent, str(exc))
            return
        self.show_preparation()

    def show_preparation(self) -> PreparationWindow:
        if self.preparation is None:
            from rehabmeet.ui.packs.preparation_window import PreparationWindow  # loaded when first opened

            self.preparation = PreparationWindow(self._services.preparation, self._parent)
        self.preparation.refresh()
        self.preparation.show()
        self.preparation.raise_()
        return self.preparation
