"""TimerWidget: the large countdown of the current phase; amber at two minutes left, red with text when over."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from rehabmeet.meeting.clock import Clock
from rehabmeet.meeting.timer import CaseTimerState, TimerStatus

from rehabmeet.ui.shared import labels
from rehabmeet.ui.shared.appearance import ScaledFont
from rehabmeet.ui.shared.colours import colour

WARN_SECONDS = 120
TICK_MS = 250
COUNTDOWN_POINTS = 48  # the countdown and the phase above it, in normal text (larger with large text)
PHASE_POINTS = 16
COLOURS = {"normal": "text", "warn": "warning", "over": "alert", "idle": "idle"}


class TimerWidget(QWidget):
    """Counts down the shown case's phase from a snapshot, ticking locally (no database per tick).

    Signals:
        warning_reached(): two minutes left in the phase (once per phase).
        overrun_started(): the phase has just run over (once per phase).
    """

    warning_reached = Signal()
    overrun_started = Signal()

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._state: CaseTimerState | None = None
        self._taken_at = 0.0
        self._shown = ""
        self._signalled: tuple[int | None, str] = (None, "")
        self.flash = False
        self.phase_label = QLabel(self)
        self.phase_label.setObjectName("timerPhase")
        self.countdown = QLabel(self)
        self.countdown.setObjectName("timerCountdown")
        self.countdown.setAccessibleName(self.tr("Time left in the phase"))
        font = QFont(self.countdown.font())
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.countdown.setFont(font)
        ScaledFont(self.countdown, COUNTDOWN_POINTS, bold=True)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("timerStatus")
        for label in (self.phase_label, self.countdown, self.status_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        ScaledFont(self.phase_label, PHASE_POINTS)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.phase_label)
        layout.addWidget(self.countdown)
        layout.addWidget(self.status_label)
        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self.refresh)
        self.show_state(None)

    def show_state(self, state: CaseTimerState | None, taken_at: float | None = None) -> None:
        """Show a snapshot of a case's timer, computed at ``taken_at`` (clock seconds; default now)."""
        self._state = state
        self._taken_at = self._clock.now() if taken_at is None else taken_at
        self._shown = ""
        if state is not None and state.status is TimerStatus.RUNNING:
            self.ticker.start()
        else:
            self.ticker.stop()
        self.refresh()

    def remaining(self) -> float:
        """Seconds left in the current phase now (negative when over)."""
        if self._state is None:
            return 0.0
        if self._state.status is TimerStatus.RUNNING:
            return self._state.remaining - (self._clock.now() - self._taken_at)
        return self._state.remaining

    @Slot()
    def refresh(self) -> None:
        """Redraw if the shown second changed (cheap enough for a 250 ms tick)."""
        state = self._state
        if state is None or state.status is TimerStatus.NOT_STARTED:
            self._set("idle", self.tr("Not started"), "–:––", self.tr("Press F5 to start the case"))
            return
        if state.status is TimerStatus.DONE:
            self._set("idle", self.tr("Case finished"), labels.format_seconds(state.elapsed), self.tr("Total time"))
            return
        remaining = self.remaining()
        phase = labels.vocabulary(state.phase.value) if state.phase else ""
        paused = state.status is TimerStatus.PAUSED
        if remaining < 0:
            self._set(
                "over",
                phase,
                "+" + labels.format_seconds(remaining),
                self.tr("OVER TIME by %1").replace("%1", labels.format_seconds(remaining)) + self._paused(paused),
            )
            self._signal_once("over")
        elif remaining <= WARN_SECONDS:
            self._set(
                "warn",
                phase,
                labels.format_seconds(remaining),
                self.tr("Under two minutes left") + self._paused(paused),
            )
            self._signal_once("warn")
        else:
            self._set("normal", phase, labels.format_seconds(remaining), self.tr("left") + self._paused(paused))

    def _paused(self, paused: bool) -> str:
        return " · " + self.tr("PAUSED") if paused else ""

    def _set(self, tone: str, phase: str, time_text: str, status: str) -> None:
        key = f"{tone}|{phase}|{time_text}|{status}"
        if key == self._shown:
            return
        self._shown = key
        self.phase_label.setText(phase)
        self.countdown.setText(time_text)
        self.status_label.setText(status)
        self.countdown.setStyleSheet(f"color: {colour(COLOURS[tone])};")
        self.status_label.setStyleSheet(
            f"color: {colour(COLOURS[tone])}; font-weight: {'bold' if tone == 'over' else 'normal'};"
        )

    def _signal_once(self, kind: str) -> None:
        current = self._state.current if self._state else None
        if self._signalled == (current, kind):
            return
        self._signalled = (current, kind)
        if self.flash:
            QApplication.beep()
            QApplication.alert(self.window(), 1500)
        (self.overrun_started if kind == "over" else self.warning_reached).emit()
