"""LanesWidget: one lane per discipline — its points, heard or not yet heard, and speaking time."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent, QResizeEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from rehabmeet.errors import UserFacingError
from rehabmeet.services.lanes import LaneRow, Lanes, LaneService, StalePointError

from rehabmeet.ui.shared import labels
from rehabmeet.ui.shared.colours import colour
from rehabmeet.ui.shared.conflict_dialog import ConflictDialog
from rehabmeet.ui.shared.dialogs import show_error
from rehabmeet.ui.shared.labels import format_seconds
from rehabmeet.ui.shared.undo import push_done

COLUMNS = 3


class LaneBox(QGroupBox):
    """One lane. Signals: add_requested(int, str), heard_toggled(int, bool, int),
    edit_requested(int, str) (point id, new text), remove_requested(int) (point id),
    move_requested(int, int) (point id, new position: Alt+Up / Alt+Down)."""

    add_requested = Signal(int, str)
    heard_toggled = Signal(int, bool, int)
    edit_requested = Signal(int, str)
    remove_requested = Signal(int)
    move_requested = Signal(int, int)

    def __init__(self, lane: LaneRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lane = lane
        self._speaking_since: float | None = None
        self._filling = False
        who = f"{labels.vocabulary(lane.discipline)} · {lane.name}" if lane.name else labels.vocabulary(lane.discipline)
        self.setTitle(who)
        self.setObjectName(f"lane_{lane.discipline}")
        self.state = QLabel(self)
        self.points = QListWidget(self)
        self.points.setAccessibleName(self.tr("Points of %1").replace("%1", who))
        self.points.setToolTip(
            self.tr("F2 or double-click edits a point; Delete removes it; Alt+Up/Down moves it (Ctrl+Z undoes)")
        )
        self.points.installEventFilter(self)
        self.points.itemChanged.connect(self._on_points_item_changed)
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
        self.set_lane(lane)

    def set_lane(self, lane: LaneRow) -> None:
        """Show ``lane`` in place (the widgets, and so the keyboard focus, stay where they are)."""
        self.lane = lane
        row = self.points.currentRow()
        self._filling = True
        self.points.clear()
        for point in lane.points:
            item = QListWidgetItem(("✎ " if point.origin == "pack" else "• ") + point.text, self.points)
            item.setData(Qt.ItemDataRole.UserRole, point.point_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self._filling = False
        if self.points.count():
            self.points.setCurrentRow(max(0, min(row, self.points.count() - 1)))
        self._show_state()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.points and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            item = self.points.currentItem()
            editing = self.points.state() == QAbstractItemView.State.EditingState
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and item is not None and not editing:
                self.remove_requested.emit(int(item.data(Qt.ItemDataRole.UserRole)))
                return True
            step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(Qt.Key(event.key()))
            if step and item is not None and not editing and event.modifiers() & Qt.KeyboardModifier.AltModifier:
                row = self.points.currentRow() + step
                if 0 <= row < self.points.count():
                    self.move_requested.emit(int(item.data(Qt.ItemDataRole.UserRole)), row)
                    self.points.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)

    @Slot(QListWidgetItem)
    def _on_points_item_changed(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        text = str(item.data(Qt.ItemDataRole.EditRole) or "")
        for prefix in ("• ", "✎ "):
            text = text.removeprefix(prefix)
        point_id = int(item.data(Qt.ItemDataRole.UserRole))
        old = next((p.text for p in self.lane.points if p.point_id == point_id), None)
        if old is not None and text.strip() != old:
            self.edit_requested.emit(point_id, text)

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
    """All lanes of the case on screen, with a summary of who is not heard yet.

    Changes go on ``undo_stack`` when one is given (the window's Edit → Undo).
    """

    def __init__(
        self, service: LaneService, parent: QWidget | None = None, undo_stack: QUndoStack | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self.undo_stack = undo_stack
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
        self._scroll = scroll
        self._columns = 0
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(scroll, 1)

    def show_item(self, item_id: int | None) -> None:
        self.item_id = item_id
        self._show(self._service.lanes(item_id) if item_id is not None else None)

    def _show(self, lanes: Lanes | None) -> None:
        if lanes is not None and [b.lane.lane_id for b in self.boxes] == [lane.lane_id for lane in lanes.lanes]:
            for box, lane in zip(self.boxes, lanes.lanes, strict=True):
                box.set_lane(lane)  # in place: whoever is typing keeps the focus
        else:
            self._rebuild(lanes)
        if lanes is None:
            self.summary.clear()
            return
        waiting = [labels.vocabulary(lane.discipline) for lane in lanes.not_heard]
        if waiting:
            self.summary.setText("○ " + self.tr("Not heard yet: %1").replace("%1", ", ".join(waiting)))
            self.summary.setStyleSheet(f"color: {colour('alert')}; font-weight: bold;")
        else:
            self.summary.setText("✔ " + self.tr("Every lane has been heard"))
            self.summary.setStyleSheet(f"color: {colour('ok')}; font-weight: bold;")

    def _rebuild(self, lanes: Lanes | None) -> None:
        for box in self.boxes:
            self.grid.removeWidget(box)
            box.hide()
            box.deleteLater()
        self.boxes = []
        for lane in lanes.lanes if lanes is not None else ():
            box = LaneBox(lane, self.grid_host)
            box.add_requested.connect(self._on_box_add_requested)
            box.heard_toggled.connect(self._on_box_heard_toggled)
            box.edit_requested.connect(self._on_box_edit_requested)
            box.remove_requested.connect(self._on_box_remove_requested)
            box.move_requested.connect(self._on_box_move_requested)
            self.boxes.append(box)
        self._columns = 0
        self._place()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    def _place(self) -> None:
        """Up to ``COLUMNS`` lanes side by side, fewer when they would not fit whole (large text): the
        lanes never make the tab scroll sideways."""
        widest = max((box.minimumSizeHint().width() for box in self.boxes), default=1)
        room = self._scroll.viewport().width()
        columns = max(
            1, min(COLUMNS, (room + self.grid.horizontalSpacing()) // (widest + self.grid.horizontalSpacing()))
        )
        if columns == self._columns:
            return
        self._columns = columns
        for box in self.boxes:
            self.grid.removeWidget(box)
        for index, box in enumerate(self.boxes):
            self.grid.addWidget(box, index // columns, index % columns)

    def _box_of(self, lane_id: int) -> LaneBox | None:
        return next((b for b in self.boxes if b.lane.lane_id == lane_id), None)

    @Slot(int, str)
    def _on_box_add_requested(self, lane_id: int, text: str) -> None:
        lanes = self._apply(lambda: self._service.add_point(lane_id, text))
        box = self._box_of(lane_id)
        if lanes is None or box is None:
            return
        box.entry.clear()  # the focus stays in the entry: the next point can be typed at once
        lane = next(lane for lane in lanes.lanes if lane.lane_id == lane_id)
        point_id = lane.points[-1].point_id
        position = len(lane.points) - 1

        def undo() -> None:
            self._shown(self._service.remove_point(point_id))

        def redo() -> None:
            self._shown(self._service.add_point(lane_id, text, position=position, point_id=point_id))

        push_done(self.undo_stack, self.tr("add the point “%1”").replace("%1", text.strip()), undo, redo, self)

    @Slot(int, str)
    def _on_box_edit_requested(self, point_id: int, text: str) -> None:
        if not text.strip():
            self._on_box_remove_requested(point_id)
            return
        shown = next(((b, p) for b in self.boxes for p in b.lane.points if p.point_id == point_id), None)
        if shown is None:
            return
        box, point = shown
        if not self._edit_point(box, point_id, text, point.revision):
            return
        push_done(
            self.undo_stack,
            self.tr("edit the point “%1”").replace("%1", point.text),
            lambda: self._edit_shown(point_id, point.text),
            lambda: self._edit_shown(point_id, text),
            self,
        )

    def _edit_shown(self, point_id: int, text: str) -> None:
        """Undo or redo an edit: conditional on the point as shown here (someone may have edited it since)."""
        shown = next(((b, p) for b in self.boxes for p in b.lane.points if p.point_id == point_id), None)
        if shown is None:  # another case is on screen
            self._shown(self._service.edit_point(point_id, text))
            return
        self._edit_point(shown[0], point_id, text, shown[1].revision)

    def _edit_point(self, box: LaneBox, point_id: int, text: str, revision: int) -> bool:
        """Save the edit if nobody edited the point meanwhile; else show both texts and let the person
        choose (True: my text was saved)."""
        title = self.tr("Point in %1").replace("%1", box.title())
        for _attempt in range(3):  # someone may edit it again while the dialog is open
            try:
                self._show(self._service.edit_point(point_id, text, expected_revision=revision))
                return True
            except StalePointError as stale:
                if "text" not in ConflictDialog.choose(self, stale, label_of=lambda _clash: title):
                    self.show_item(self.item_id)  # theirs stays
                    return False
                revision = stale.revision
            except UserFacingError as exc:
                show_error(self, str(exc))
                self.show_item(self.item_id)
                return False
        self.show_item(self.item_id)
        return False

    @Slot(int)
    def _on_box_remove_requested(self, point_id: int) -> None:
        where = ((b.lane.lane_id, i, p) for b in self.boxes for i, p in enumerate(b.lane.points))
        found = next(((lane_id, i, p.text) for lane_id, i, p in where if p.point_id == point_id), None)
        if found is None or self._apply(lambda: self._service.remove_point(point_id)) is None:
            return
        lane_id, position, text = found

        def undo() -> None:
            self._shown(self._service.add_point(lane_id, text, position=position, point_id=point_id))

        push_done(
            self.undo_stack,
            self.tr("remove the point “%1”").replace("%1", text),
            undo,
            lambda: self._shown(self._service.remove_point(point_id)),
            self,
        )

    @Slot(int, int)
    def _on_box_move_requested(self, point_id: int, position: int) -> None:
        where = ((i, p) for b in self.boxes for i, p in enumerate(b.lane.points))
        old = next((i for i, p in where if p.point_id == point_id), None)
        if old is None or self._apply(lambda: self._service.move_point(point_id, position)) is None:
            return
        push_done(
            self.undo_stack,
            self.tr("move a point"),
            lambda: self._shown(self._service.move_point(point_id, old)),
            lambda: self._shown(self._service.move_point(point_id, position)),
            self,
        )

    @Slot(int, bool, int)
    def _on_box_heard_toggled(self, lane_id: int, heard: bool, seconds: int) -> None:
        self._apply(lambda: self._service.set_heard(lane_id, heard, seconds))

    def _shown(self, lanes: Lanes) -> None:
        """After an undo or redo: show the lanes if they are the case on screen."""
        if lanes.item_id == self.item_id:
            self._show(lanes)

    def _apply(self, change: object) -> Lanes | None:
        try:
            lanes: Lanes = change()  # type: ignore[operator]
        except UserFacingError as exc:
            show_error(self, str(exc))
            return None
        self._show(lanes)
        return lanes
