"""LanesWidget: one lane per discipline — its points, heard or not yet heard, and speaking time."""

from __future__ import annotations

import time

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rehabmeet.errors import UserFacingError
from rehabmeet.services.lanes import LaneRow, Lanes, LaneService

from rehabmeet.ui.shared import labels
from rehabmeet.ui.shared.colours import colour
from rehabmeet.ui.shared.dialogs import show_error
from rehabmeet.ui.shared.labels import format_seconds

COLUMNS = 3


class LaneBox(QGroupBox):
    """One lane. Signals: add_requested(int, str), heard_toggled(int, bool, int)."""

    add_requested = Signal(int, str)
    heard_toggled = Signal(int, bool, int)

    def __init__(self, lane: LaneRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lane = lane
        self._speaking_since: float | None = None
        who = f"{labels.vocabulary(lane.discipline)} · {lane.name}" if lane.name else labels.vocabulary(lane.discipline)
        self.setTitle(who)
        self.setObjectName(f"lane_{lane.discipline}")
        self.state = QLabel(self)
        self.points = QListWidget(self)
        self.points.setAccessibleName(self.tr("Points of %1").replace("%1", who))
        for point in lane.points:
            self.points.addItem(("📝 " if point.origin == "pack" else "• ") + point.text)
        self.entry = QLineEdit(self)
        self.entry.setPlaceholderText(self.tr("Add a point (Enter)"))
        self.entry.setAccessibleName(self.tr("New point for %1").replace("%1", who))
        self.speak_button = QPushButton(self.tr("Speaking…"), self)
        self.speak_button.setCheckable(True)
        self.heard_button = QPushButton(self)
        layout = QVBoxLayout(self)
        for widget in (self.state, self.points, self.entry, self.speak_button, self.heard_button):
            layout.addWidget(widget)
        self.entry.returnPressed.connect(self._on_entry_return_pressed)
        self.speak_button.toggled.connect(self._on_speak_toggled)
        self.heard_button.clicked.connect(self._on_heard_clicked)
        self._show_state()

    def _show_state(self) -> None:
        lane = self.lane
        if lane.heard:
            spoken = f" ({format_seconds(lane.speaking_seconds)})" if lane.speaking_seconds else ""
            self.state.setText("✔ " + self.tr("Heard") + spoken)
            self.state.setStyleSheet(f"color: {colour('ok')}; font-weight: bold;")
            self.heard_button.setText(self.tr("Mark as not heard"))
        else:
            self.state.setText("○ " + self.tr("Not heard yet"))
            self.state.setStyleSheet(f"color: {colour('alert')}; font-weight: bold;")
            self.heard_button.setText(self.tr("Mark as heard"))

    @Slot()
    def _on_entry_return_pressed(self) -> None:
        if self.entry.text().strip():
            self.add_requested.emit(self.lane.lane_id, self.entry.text())

    @Slot(bool)
    def _on_speak_toggled(self, speaking: bool) -> None:
        self._speaking_since = time.monotonic() if speaking else self._speaking_since
        if not speaking and self._speaking_since is not None:
            seconds = int(time.monotonic() - self._speaking_since)
            self._speaking_since = None
            self.heard_toggled.emit(self.lane.lane_id, True, seconds)

    @Slot()
    def _on_heard_clicked(self) -> None:
        self.heard_toggled.emit(self.lane.lane_id, not self.lane.heard, 0)


class LanesWidget(QWidget):
    """All lanes of the case on screen, with a summary of who is not heard yet."""

    def __init__(self, service: LaneService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.item_id: int | None = None
        self.boxes: list[LaneBox] = []
        self.summary = QLabel(self)
        self.summary.setObjectName("lanesSummary")
        self.summary.setWordWrap(True)
        self.grid_host = QWidget(self)
        self.grid = QGridLayout(self.grid_host)
        scroll = QScrollArea(self)
        scroll.setWidget(self.grid_host)
        scroll.setWidgetResizable(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)

    def show_item(self, item_id: int | None) -> None:
        self.item_id = item_id
        self._show(self._service.lanes(item_id) if item_id is not None else None)

    def _show(self, lanes: Lanes | None) -> None:
        for box in self.boxes:
            self.grid.removeWidget(box)
            box.hide()
            box.deleteLater()
        self.boxes = []
        if lanes is None:
            self.summary.clear()
            return
        for index, lane in enumerate(lanes.lanes):
            box = LaneBox(lane, self.grid_host)
            box.add_requested.connect(self._on_box_add_requested)
            box.heard_toggled.connect(self._on_box_heard_toggled)
            self.grid.addWidget(box, index // COLUMNS, index % COLUMNS)
            self.boxes.append(box)
        waiting = [labels.vocabulary(lane.discipline) for lane in lanes.not_heard]
        if waiting:
            self.summary.setText("○ " + self.tr("Not heard yet: %1").replace("%1", ", ".join(waiting)))
            self.summary.setStyleSheet(f"color: {colour('alert')}; font-weight: bold;")
        else:
            self.summary.setText("✔ " + self.tr("Every lane has been heard"))
            self.summary.setStyleSheet(f"color: {colour('ok')}; font-weight: bold;")

    @Slot(int, str)
    def _on_box_add_requested(self, lane_id: int, text: str) -> None:
        self._apply(lambda: self._service.add_point(lane_id, text))

    @Slot(int, bool, int)
    def _on_box_heard_toggled(self, lane_id: int, heard: bool, seconds: int) -> None:
        self._apply(lambda: self._service.set_heard(lane_id, heard, seconds))

    def _apply(self, change: object) -> None:
        try:
            lanes = change()  # type: ignore[operator]
        except UserFacingError as exc:
            show_error(self, str(exc))
            return
        self._show(lanes)
