"""Tab labels that stay whole: a tab widget too narrow for its full labels (large text on a
1280×800 laptop) shows short ones instead of hiding tabs behind scroll arrows; the full label is
always the tab's tooltip."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTabWidget


class FittingTabLabels(QObject):
    """Keeps ``tabs`` showing ``(full, short)`` labels, the full ones whenever they fit."""

    def __init__(self, tabs: QTabWidget, labels: list[tuple[str, str]]) -> None:
        super().__init__(tabs)
        self._tabs = tabs
        self._labels = labels
        for index, (full, _short) in enumerate(labels):
            tabs.setTabToolTip(index, full.replace("&", ""))
        tabs.installEventFilter(self)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._tabs and event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.Show):
            self.fit()
        return False

    def fit(self) -> None:
        """Full labels if the tab bar has room for them all, else the short ones."""
        bar = self._tabs.tabBar()
        metrics = bar.fontMetrics()
        room = self._tabs.width() - 2 * metrics.averageCharWidth()
        full_width = sum(
            bar.tabSizeHint(i).width() - metrics.horizontalAdvance(bar.tabText(i)) + metrics.horizontalAdvance(full)
            for i, (full, _short) in enumerate(self._labels)
        )
        chosen = 0 if full_width <= room else 1
        for index, pair in enumerate(self._labels):
            if bar.tabText(index) != pair[chosen]:
                bar.setTabText(index, pair[chosen])
