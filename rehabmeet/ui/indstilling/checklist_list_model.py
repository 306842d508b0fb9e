"""ChecklistListModel: checklist items, unmet law points first, each with symbol, strength and source."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from rehabmeet.recommendation.checklist import ChecklistItem, ItemState

from rehabmeet.ui.shared.colours import colour

ModelIndex = QModelIndex | QPersistentModelIndex
_ORDER = {("law", ItemState.MISSING): 0, ("practice", ItemState.MISSING): 1, ("data", ItemState.MISSING): 2}
_COLOURS = {0: "alert", 1: "warning", 2: "accent"}


class ChecklistListModel(QAbstractListModel):
    """Applicable items only, sorted: unmet law, unmet practice, unmet data, then met."""

    def __init__(self, title: Callable[[str, str], str], parent: Any = None) -> None:
        super().__init__(parent)
        self._title = title
        self._items: tuple[ChecklistItem, ...] = ()

    def set_items(self, items: tuple[ChecklistItem, ...]) -> None:
        shown = [i for i in items if i.state is not ItemState.NOT_APPLICABLE]
        ordered = tuple(sorted(shown, key=lambda i: _ORDER.get((i.strength, i.state), 3)))
        if [(i.rule_id, i.state) for i in ordered] == [(i.rule_id, i.state) for i in self._items]:
            return
        self.beginResetModel()
        self._items = ordered
        self.endResetModel()

    def item_at(self, row: int) -> ChecklistItem:
        return self._items[row]

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        rank = _ORDER.get((item.strength, item.state), 3)
        if role == Qt.ItemDataRole.DisplayRole:
            symbol = {0: "✖", 1: "⚠", 2: "ℹ"}.get(rank, "✔")
            strength = self.strength_text(item.strength)
            return f"{symbol} {item.rule_id} ({strength}): {self._title(item.rule_id, item.title)}"

        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self.tr("Source: %1").replace("%1", item.source)
            if not item.law:
                return tip
            law = self.tr("Law: %1").replace("%1", item.law)
            return f"{tip}\n{law}"
        if role == Qt.ItemDataRole.ForegroundRole and rank in _COLOURS:
            return QBrush(QColor(colour(_COLOURS[rank])))
        return None

    def strength_text(self, strength: str) -> str:
        texts = {"law": self.tr("law"), "practice": self.tr("good practice"), "data": self.tr("data")}
        return texts.get(strength, strength)
