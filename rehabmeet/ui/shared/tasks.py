"""The one background API: run a core function off the GUI thread, get progress and the result back.

Workers never touch widgets: they call the core function with ``progress`` and ``cancelled``
callbacks; results, progress and errors come back as signals delivered on the GUI thread.
Database-writing work goes through one single-thread pool, so writes are serialised
(style rule 11).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from rehabmeet.storage.failures import explain

log = logging.getLogger(__name__)

#: fn(progress, cancelled) -> result; progress(fraction 0..1, text); cancelled() -> bool
Work = Callable[[Callable[[float, str], None], Callable[[], bool]], Any]


class TaskHandle(QObject):
    """One running task.

    Signals:
        progressed(float, str): fraction done (0..1) and what is being done.
        succeeded(object): the core function's return value.
        failed(object): the exception it raised.
    """

    progressed = Signal(float, str)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self.running = True

    def cancel(self) -> None:
        """Ask the work to stop at its next check; it reports how far it got."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()


class _Runnable(QRunnable):
    def __init__(self, work: Work, handle: TaskHandle) -> None:
        super().__init__()
        self._work = work
        self._handle = handle

    def run(self) -> None:
        handle = self._handle
        try:
            result = self._work(handle.progressed.emit, handle.is_cancelled)
        except Exception as exc:  # delivered to the GUI thread, which decides how to show it
            log.exception("background task failed")
            handle.failed.emit(explain(exc) or exc)
        else:
            handle.succeeded.emit(result)


class TaskRunner(QObject):
    """Runs background work on a single worker thread (database writes stay serialised)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._handles: list[TaskHandle] = []

    def start(self, work: Work) -> TaskHandle:
        """Queue ``work`` and return its handle (connect to its signals right away)."""
        handle = TaskHandle(self)
        handle.succeeded.connect(lambda _result, h=handle: self._finish(h))
        handle.failed.connect(lambda _error, h=handle: self._finish(h))
        self._handles.append(handle)
        self._pool.start(_Runnable(work, handle))
        return handle

    def _finish(self, handle: TaskHandle) -> None:
        handle.running = False
        if handle in self._handles:
            self._handles.remove(handle)

    def shutdown(self, timeout_ms: int = 30_000) -> bool:
        """Cancel everything and wait for the worker; return whether it stopped in time."""
        for handle in self._handles:
            handle.cancel()
        return self._pool.waitForDone(timeout_ms)

    def wait_for_done(self, timeout_ms: int = 30_000) -> bool:
        return self._pool.waitForDone(timeout_ms)
