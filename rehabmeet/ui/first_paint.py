"""The bare ``rehabmeet``'s start in stages: the day on screen first, the rest behind it.

1. On the GUI thread, before the window: the data-folder lock, the database key (asked once: keyring
   or key file) and the day through the DB-API (:mod:`rehabmeet.services.first_read`); the
   :class:`FirstWindow` shows it.
2. On a worker thread: the imports of SQLAlchemy, the models, the services and the case views, the
   database opened the usual way (with the key from step 1), the expired packs wiped, and the
   window's first queries run once so their SQL is compiled (``services.meetings``, the team).
3. On the GUI thread, one short step per event-loop turn: the :class:`MainWindow` built, loaded, its
   live updates started, shown at the first frame's place; the first frame closes.

Whatever cannot take this path (a new database, a schema to upgrade, one from a newer RehabMeet, a
wrong key) goes the usual way (``ui/app.py: build_main_window``) with the same messages.
"""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from rehabmeet.services import first_read
from rehabmeet.services.agenda_rows import PAST_MEETINGS_SHOWN
from rehabmeet.storage.keys import database_exists, load_or_create_key

from rehabmeet.ui.shell.first_window import FirstWindow
from rehabmeet.ui.shell.window_state import WindowState

if TYPE_CHECKING:
    from rehabmeet.context import AppContext
    from rehabmeet.services.registry import Services

    from rehabmeet.ui.shell.main_window import MainWindow

log = logging.getLogger(__name__)
POLL_MS = 10
JOIN_SECONDS = 10
STEP_GAP_MS = 1  # a timer, not a posted event: input, paint and other timers get their turn between steps


@dataclass
class FirstFrame:
    """What step 1 found: the key (None for a database not created yet) and the shown frame, if any."""

    key: str | None
    window: FirstWindow | None = None
    meeting_id: int | None = None
    case_id: int | None = None


def show_first_frame(database: Path, config_dir: Path) -> FirstFrame:
    """Step 1: fetch the key and show the day, or say (``window`` None) that the usual path must run."""
    if not database_exists(database):  # a new database: the usual path creates it and its key
        return FirstFrame(key=None)
    key = load_or_create_key(database)  # the one request to the keyring or the key file
    connection = first_read.open_first_read(database, key)
    if connection is None:
        return FirstFrame(key=key)
    try:
        state = WindowState(config_dir)
        window = FirstWindow(state)
        chosen = window.show_meetings(
            first_read.list_meetings(connection, date.today(), PAST_MEETINGS_SHOWN), state.meeting_id()
        )
        window.show_agenda(first_read.agenda(connection, chosen) if chosen is not None else None, state.case_id())
    except Exception:  # anything unexpected in the plain read: the usual path reads (and explains) it
        log.exception("first read failed; opening the usual way")
        return FirstFrame(key=key)
    finally:
        connection.close()
    window.show()
    return FirstFrame(key=key, window=window, meeting_id=chosen, case_id=window.agenda.selected_case_id())


@dataclass
class _Loaded:
    context: AppContext | None = None
    services: Services | None = None
    error: BaseException | None = None
    done: threading.Event = field(default_factory=threading.Event)


def _load_behind(
    make_context: Callable[[], AppContext],
    open_services: Callable[[AppContext], Services],
    first: FirstFrame,
    loaded: _Loaded,
) -> None:
    """Step 2, on the worker thread (no Qt objects are made here)."""
    try:
        context = make_context()
        loaded.context = context
        import rehabmeet.ui.shell.live_updates
        import rehabmeet.ui.shell.main_window  # noqa: F401 - the case views' modules, off the GUI thread

        services = open_services(context)
        from sqlalchemy.orm import configure_mappers

        configure_mappers()
        # The window's first statements, run once here so SQLAlchemy compiles (and caches) them off the GUI thread.
        services.meetings.list_meetings(past_limit=PAST_MEETINGS_SHOWN)
        services.team.team()
        if first.meeting_id is not None:
            day = services.meetings.agenda(first.meeting_id)
            if first.case_id is not None:
                services.cases.case_detail(first.case_id, on=day.meeting.meeting_date)
        loaded.services = services
    except BaseException as exc:  # handed to the GUI thread, which explains it as the usual path would
        loaded.error = exc
    finally:
        loaded.done.set()


class StagedStart(QObject):
    """Steps 2 and 3; ``finished(window)`` gets the shown main window, ``failed(exc)`` what went wrong."""

    def __init__(
        self,
        first: FirstFrame,
        make_context: Callable[[], AppContext],
        open_services: Callable[[AppContext], Services],
        build: Callable[[AppContext, Services], MainWindow],
        steps: Callable[[AppContext, MainWindow, Services], list[Callable[[], None]]],
        finished: Callable[[MainWindow], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        super().__init__()  # not the first frame's child: that is deleted when the main window is up
        self._build, self._steps, self._finished, self._failed = build, steps, finished, failed
        self._loaded = _Loaded()
        self._queue: list[Callable[[], None]] = []
        self._thread = threading.Thread(
            target=_load_behind,
            args=(make_context, open_services, first, self._loaded),
            name="rehabmeet-load",
            daemon=True,
        )
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._check)

    @property
    def context(self) -> AppContext | None:
        return self._loaded.context

    def stop(self) -> None:
        """After the event loop (quit, SIGTERM, the first frame closed): let a running load finish its
        transaction before the database is closed."""
        self._poll.stop()
        if self._thread.is_alive():
            self._thread.join(timeout=JOIN_SECONDS)

    def start(self) -> None:
        # No cyclic garbage collection while the worker imports: a full collection over the hundreds of
        # thousands of objects SQLAlchemy's import makes holds the interpreter for 50-100 ms, a stall
        # of the window's thread. Re-enabled once the main window is up (benchmarks/README.md).
        gc.disable()
        self._thread.start()
        self._poll.start()

    def _check(self) -> None:
        if not self._loaded.done.is_set():
            return
        self._poll.stop()
        if self._loaded.error is not None or self._loaded.context is None or self._loaded.services is None:
            _collect_again()
            self._failed(self._loaded.error or RuntimeError("start-up did not finish"))
            return
        self._queue.append(self._build_window)
        self._run_queued()

    def _build_window(self) -> None:
        assert self._loaded.context is not None and self._loaded.services is not None
        window = self._build(self._loaded.context, self._loaded.services)
        self._queue.extend(self._steps(self._loaded.context, window, self._loaded.services))
        self._queue.append(lambda: self._finished(window))

    def _run_queued(self) -> None:
        """Run the next step in its own event-loop turn (the GUI repaints and takes input between steps)."""

        def run() -> None:
            step = self._queue.pop(0)
            try:
                step()
            except BaseException as exc:  # explained by the caller, as the usual path would
                self._queue.clear()
                _collect_again()
                self._failed(exc)
                return
            if self._queue:
                self._run_queued()
            else:
                _collect_again()

        QTimer.singleShot(STEP_GAP_MS, self, run)


def _collect_again() -> None:
    """Garbage collection back on; what start-up made is frozen first (``gc.freeze``: the modules, the
    window, the caches live as long as the process), so later full collections do not walk it again."""
    gc.freeze()
    gc.enable()
