"""Shared by the benchmark scripts: the machine line every figure is printed with."""

from __future__ import annotations

import os
import platform


def machine_line() -> str:
    """Return "machine: <host> · <arch> · <n> cores · Python <version>"."""
    python = platform.python_version()
    return f"machine: {platform.node()} · {platform.machine()} · {os.cpu_count()} cores · Python {python}"


class Heartbeat:
    """A 5 ms Qt timer; ``longest_gap_ms`` is the longest the GUI thread kept it waiting."""

    def __init__(self) -> None:
        from PySide6.QtCore import QElapsedTimer, QTimer

        self._clock = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setInterval(5)
        self._timer.timeout.connect(self._beat)
        self._gaps: list[int] = []
        self._last = 0

    def _beat(self) -> None:
        now = self._clock.elapsed()
        self._gaps.append(now - self._last)
        self._last = now

    def start(self) -> None:
        self._clock.start()
        self._last = 0
        self._timer.start()

    def stop(self) -> int:
        """Stop and return the longest gap in ms (the first beat's start-up gap excluded)."""
        self._timer.stop()
        return max(self._gaps[1:] or [0])
