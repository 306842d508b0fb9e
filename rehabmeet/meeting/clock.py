"""The meeting clock: monotonic while the app runs, anchored to wall time so events can be persisted.

Timer logic never calls ``time`` itself; it takes a clock (``now() -> float`` seconds since the epoch)
so tests drive a whole day with a fake one.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Protocol


class Clock(Protocol):
    def now(self) -> float:
        """Seconds since the epoch (UTC)."""
        ...


class MeetingClock:
    """Wall time at start-up plus monotonic time since: immune to the system clock jumping mid-meeting."""

    def __init__(self, wall: Callable[[], float] = time.time, monotonic: Callable[[], float] = time.monotonic) -> None:
        self._wall0 = wall()
        self._mono0 = monotonic()
        self._monotonic = monotonic

    def now(self) -> float:
        return self._wall0 + (self._monotonic() - self._mono0)


class FakeClock:
    """A clock tests move by hand."""

    def __init__(self, start: float = 1_795_680_000.0) -> None:  # 2026-11-26 08:00 UTC
        self.value = start

    def now(self) -> float:
        return self.value

    def advance(self, seconds: float) -> None:
        self.value += seconds
