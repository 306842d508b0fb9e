"""What a manager clicks, or activates from the keyboard, to see the cases behind a figure: a headline
tile, and a chart whose bars each name their drill-down (Enter or Space on a chart lists its bars)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QLabel, QMenu, QWidget

ACTIVATING_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)


@dataclass(frozen=True, slots=True)
class Bar:
    """One bar (or segment) of a chart: what it says, its figure, and the drill-down behind it."""

    text: str
    kind: str
    key: str


Pick = Callable[[Bar], None]


class Tile(QLabel):
    """A headline figure; clicking it (or Enter/Space) emits ``activated`` with its drill-down."""

    activated = Signal(object)

    def __init__(self, name: str, value: str, bar: Bar | None, parent: QWidget | None = None) -> None:
        super().__init__(f"<div style='font-size:xx-large;font-weight:bold'>{value}</div><div>{name}</div>", parent)
        self.bar = bar
        self.setWordWrap(True)
        self.setAccessibleName(f"{name}: {value}")
        if bar is not None:
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.setToolTip(self.tr("Show the cases behind this figure"))
            self.setAccessibleDescription(self.toolTip())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.bar is not None and event.button() == Qt.MouseButton.LeftButton:
            self.activated.emit(self.bar)
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.bar is not None and event.key() in ACTIVATING_KEYS:
            self.activated.emit(self.bar)
            return
        super().keyPressEvent(event)


class DrillChartView(QChartView):
    """A chart whose bars open the cases behind them: by a click on the bar (the series' ``clicked``
    wired by the chart) or, from the keyboard, Enter/Space and a choice from the list of its bars."""

    def __init__(self, chart: QChart, parent: QWidget | None = None) -> None:
        super().__init__(chart, parent)
        self.bars: list[Bar] = []
        self.pick: Pick | None = None
        self.bar_menu: QMenu | None = None

    def offer(self, bars: list[Bar], pick: Pick | None) -> None:
        """The bars to drill into (in reading order) and what to call with the one chosen."""
        self.bars, self.pick = bars, pick
        if pick is not None and bars:
            self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.setToolTip(self.tr("Click a bar, or press Enter, to see the cases behind it"))
            self.setAccessibleDescription(self.toolTip())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.pick is not None and self.bars and event.key() in ACTIVATING_KEYS:
            self.show_bar_menu()
            return
        super().keyPressEvent(event)

    def show_bar_menu(self) -> QMenu:
        """List the bars in a menu at the chart's top left; choosing one drills into it."""
        menu = self.bar_menu = QMenu(self)
        menu.setObjectName("barMenu")
        for bar in self.bars:
            action = menu.addAction(bar.text)
            action.triggered.connect(lambda _checked=False, bar=bar: self.pick(bar) if self.pick else None)
        menu.popup(self.mapToGlobal(QPoint(8, 8)))
        menu.setActiveAction(menu.actions()[0])
        return menu
