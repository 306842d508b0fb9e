"""CitizenScreenWindow: the second screen facing the citizen — phase, time left, who is present.

It shows only what :func:`rehabmeet.services.citizen_screen.citizen_screen` lets through: no CPR,
no notes, no other citizen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from rehabmeet.meeting.clock import Clock
from rehabmeet.services.citizen_screen import CitizenScreen, citizen_screen
from rehabmeet.services.meeting_run import RunDay

from rehabmeet.ui.shared.labels import format_seconds


class CitizenScreenWindow(QWidget):
    """A separate, large-type window; put it on the projector or TV."""

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("citizenScreen")
        self.setWindowTitle(self.tr("RehabMeet – citizen screen"))
        self.setStyleSheet("QWidget#citizenScreen { background: #10243e; } QLabel { color: #f5f7fa; }")
        self._clock = clock
        self._screen: CitizenScreen | None = None
        self._taken_at = 0.0
        self.title = self._label(28, bold=True)
        self.phase = self._label(22)
        self.countdown = self._label(96, bold=True)
        self.note = self._label(18)
        self.present = self._label(16)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 40, 40, 40)
        for widget in (self.title, self.phase, self.countdown, self.note, self.present):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.ticker = QTimer(self)
        self.ticker.setInterval(250)
        self.ticker.timeout.connect(self._tick)
        self.resize(1024, 640)

    def _label(self, size: int, *, bold: bool = False) -> QLabel:
        label = QLabel(self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        font = QFont(label.font())
        font.setPointSize(size)
        font.setBold(bold)
        label.setFont(font)
        return label

    def place_on_second_screen(self) -> None:
        """Open full screen on a second screen if there is one, else as a normal window."""
        screens = QGuiApplication.screens()
        if len(screens) > 1:
            self.setScreen(screens[1])
            self.move(screens[1].geometry().topLeft())
            self.showFullScreen()
        else:
            self.show()

    def show_day(self, day: RunDay | None) -> None:
        self._screen = citizen_screen(day) if day is not None else None
        self._taken_at = day.now.timestamp() if day is not None else self._clock.now()
        self._tick()
        if self._screen is not None and self._screen.remaining is not None:
            self.ticker.start()
        else:
            self.ticker.stop()

    def shown_text(self) -> str:
        """Everything the window shows, as text (for tests and screen readers)."""
        return "\n".join(w.text() for w in (self.title, self.phase, self.countdown, self.note, self.present))

    @Slot()
    def _tick(self) -> None:
        screen = self._screen
        if screen is None:
            for label in (self.title, self.phase, self.countdown, self.note, self.present):
                label.clear()
            return
        self.title.setText(screen.title)
        self.phase.setText(screen.phase)
        if screen.remaining is None:
            self.countdown.setText("")
            start = screen.next_start.astimezone().strftime("%H:%M") if screen.next_start else ""
            self.note.setText(self.tr("Next case expected at %1").replace("%1", start) if start else "")
        else:
            left = screen.remaining - (self._clock.now() - self._taken_at) if screen.running else screen.remaining
            self.countdown.setText(format_seconds(left) if left >= 0 else "+" + format_seconds(left))
            self.note.setText(self.tr("minutes left") if left >= 0 else self.tr("over the planned time"))
        present = "\n" + "\n".join(screen.present)
        self.present.setText(self.tr("Present: %1").replace("%1", present) if screen.present else "")
