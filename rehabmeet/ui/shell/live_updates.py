"""Changes made on other laptops, shown in this window as they happen.

The core's listener thread (:class:`rehabmeet.services.live.ChangeListener`) hands each change to a
signal, which Qt delivers in the GUI thread; the open views of that case are brought up to date
and the status bar says who changed what. Text being typed here is never replaced: the editor
merges on its next save; a finalisation elsewhere makes the editor read-only at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal, Slot

from rehabmeet.services.live import ChangeListener, describe
from rehabmeet.storage.changes import Change
from rehabmeet.storage.database import Database

from rehabmeet.ui.shared.actions import Action

if TYPE_CHECKING:
    from rehabmeet.ui.shell.main_window import MainWindow

SHOWN_MS = 15_000


class LiveUpdates(QObject):
    """Follows the database for ``window``; started by the composition root, stopped when the window closes.

    Attributes:
        last_message: the last change said in words (also in the status bar).
    """

    arrived = Signal(object)
    reachable = Signal(bool)

    def __init__(self, window: MainWindow, database: Database) -> None:
        super().__init__(window)
        self._window = window
        self.last_message = ""
        self.reachable_now = True
        self.arrived.connect(self._on_arrived)
        self.reachable.connect(self._on_reachable)
        self.listener = ChangeListener(
            database, self.arrived.emit, on_state=self.reachable.emit, skip_origin=database.origin
        )
        window.installEventFilter(self)

    def start(self) -> None:
        self.listener.start()

    def stop(self) -> None:
        self.listener.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Close:
            self.stop()
        return False

    @Slot(object)
    def _on_arrived(self, change: Change) -> None:
        window = self._window
        self.last_message = describe(change)
        window.statusBar().showMessage(self.last_message, SHOWN_MS)
        item = change.item_id
        if change.what.startswith("indstilling") and window.editor.item_id == item and item is not None:
            window.editor.show_change_elsewhere(self.last_message)
        elif change.what == "lanes" and window.lanes.item_id == item:
            window.lanes.show_item(item)
        elif change.what.startswith("decision") and window.outcome.item_id == item:
            if not window.outcome.decision.scheduler.dirty:  # what is being typed here is kept
                window.outcome.show_item(item)
        elif change.what in ("attendance", "note") and window.run.item_id == item and item is not None:
            window.run.show_item(window.run.meeting_id, item)
        elif change.what == "timer" and window.run.meeting_id == change.meeting_id:
            window.run.reload()
        elif change.what == "agenda":
            window.actions_[Action.REFRESH].trigger()

    @Slot(bool)
    def _on_reachable(self, reachable: bool) -> None:
        self.reachable_now = reachable
        if reachable:
            self._window.statusBar().showMessage(self.tr("The database is reachable again."), SHOWN_MS)
            # Save what was typed while it was away (each autosave kept it as unsaved).
            self._window.editor.save_now()
            self._window.run.autosave.flush()
            self._window.outcome.save_now()
        else:
            self._window.statusBar().showMessage(
                self.tr(
                    "The database cannot be reached; changes made on other laptops are shown again when it is back."
                )
            )
