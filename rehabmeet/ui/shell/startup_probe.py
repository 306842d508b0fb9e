"""Benchmark hook (``REHABMEET_STARTUP_PROBE`` set): when the window came, and how smooth it was after.

Prints ``shown_at`` (wall clock) and the peak RSS on the first event-loop turn after the window with
the day is shown, ``ready_at`` when the complete main window is up, and ``max_stall_ms``: the longest
gap between two turns of a 10 ms heartbeat timer in the ``WATCH_MS`` after ``shown_at`` (a GUI thread
that can repaint and take input shows gaps near 10 ms). Then it quits. ``benchmarks/startup.py`` reads it.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QElapsedTimer, QObject, QTimer
from PySide6.QtWidgets import QApplication

from rehabmeet.ui.shell.splash import STARTUP_PROBE_ENV

WATCH_MS = 3000
BEAT_MS = 10


class StartupProbe(QObject):
    """Call :meth:`shown` once the window with the day is up and :meth:`ready` when the main window is."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._since_shown = QElapsedTimer()
        self._since_beat = QElapsedTimer()
        self._max_gap = 0
        self._ready = False
        self._beat = QTimer(self)
        self._beat.setInterval(BEAT_MS)
        self._beat.timeout.connect(self._on_beat)

    def shown(self) -> None:
        QTimer.singleShot(0, self, self._report_shown)

    def ready(self) -> None:
        self._ready = True
        QTimer.singleShot(0, self, lambda: self._print(f"ready_at={time.time():.6f}"))

    def _report_shown(self) -> None:
        import resource  # Unix only, like the benchmark that sets the probe

        rss_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        self._print(f"shown_at={time.time():.6f} maxrss_kib={rss_kib}")
        self._since_shown.start()
        self._since_beat.start()
        self._beat.start()

    def _on_beat(self) -> None:
        self._max_gap = max(self._max_gap, self._since_beat.restart())
        if self._ready and self._since_shown.elapsed() >= WATCH_MS:
            self._beat.stop()
            self._print(f"max_stall_ms={self._max_gap}")
            self._app.quit()

    @staticmethod
    def _print(fields: str) -> None:
        print(f"{STARTUP_PROBE_ENV} {fields}", flush=True)
