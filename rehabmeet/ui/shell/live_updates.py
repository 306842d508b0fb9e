"""Changes made on other laptops, shown in this window as they happen.

The core's listener thread (:class:`rehabmeet.services.live.ChangeListener`) hands each change to a
signal, which Qt delivers in the GUI thread; the open views of that case are brought up to date
and the status bar says who changed what. Text being typed here is never replaced: the editor
merges on its next save; a finalisation elsewhere makes the editor read-only at once.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QLabel

from rehabmeet.services.live import (
    PRESENCE,
    PRESENCE_EVERY_S,
    ChangeListener,
    Presence,
    announce_presence,
    describe,
)
from rehabmeet.storage.changes import Change
from rehabmeet.storage.database import Database

from rehabmeet.ui.shared.actions import Action

if TYPE_CHECKING:
    from rehabmeet.ui.shell.main_window import MainWindow

SHOWN_MS = 15_000
log = logging.getLogger(__name__)


class LiveUpdates(QObject):
    """Follows the database for ``window``; started by the composition root, stopped when the window closes.

    Attributes:
        last_message: the last change said in words (also in the status bar).
    """

    arrived = Signal(object)
    reachable = Signal(bool)

    def __init__(self, window: MainWindow, database: Database, person: str) -> None:
        super().__init__(window)
        self._window = window
        self._database = database
        self._person = person
        self.last_message = ""
        self.reachable_now = True
        self.presence = Presence()
        self.others = QLabel(window)  # "Also on this case: …"
        self.others.setObjectName("othersOnThisCase")
        window.statusBar().addPermanentWidget(self.others)
        self._announced: int | None = None
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(int(PRESENCE_EVERY_S * 1000))
        self._heartbeat.timeout.connect(lambda: self.announce(force=True))
        window.agenda.case_selected.connect(lambda _case_id: self.announce())
        self.arrived.connect(self._on_arrived)
        self.reachable.connect(self._on_reachable)
        self.listener = ChangeListener(
            database, self.arrived.emit, on_state=self.reachable.emit, skip_origin=database.origin
        )
        window.installEventFilter(self)

    def start(self) -> None:
        self.listener.start()
        self._heartbeat.start()
        self.announce(force=True)

    def stop(self) -> None:
        self._heartbeat.stop()
        self.listener.stop()

    def announce(self, *, force: bool = False) -> None:
        """Tell the other windows which case this one has open (on a change, and as a heartbeat)."""
        item = self._window.agenda.selected_item_id()
        if item == self._announced and not force:
            return
        try:
            announce_presence(self._database.sessions, self._person, item)
            self._announced = item
        except Exception as exc:  # the database is away; the listener says so
            log.info("presence not announced: %s", exc)
        self._show_others()

    def _show_others(self) -> None:
        people = self.presence.on(self._window.agenda.selected_item_id(), time.monotonic())
        self.others.setText(self.tr("Also on this case: %1").replace("%1", ", ".join(people)) if people else "")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Close:
            self.stop()
        return False

    @Slot(object)
    def _on_arrived(self, change: Change) -> None:
        window = self._window
        if change.what == PRESENCE:
            self.presence.heard(change, time.monotonic())
            self._show_others()
            return
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
        window = self._window
        # While the database is away the autosaves keep failing; the status bar says why once,
        # instead of a message box at every pause in typing. What is typed stays unsaved (dirty).
        for scheduler in (window.editor.scheduler, window.run.autosave, window.outcome.decision.scheduler):
            scheduler.blockSignals(not reachable)
        if reachable:
            window.statusBar().showMessage(self.tr("The database is reachable again."), SHOWN_MS)
            # Save what was typed while it was away.
            window.editor.save_now()
            window.run.autosave.flush()
            window.outcome.save_now()
        else:
            self._window.statusBar().showMessage(
                self.tr(
                    "The database cannot be reached; changes made on other laptops are shown again when it is back."
                )
            )
