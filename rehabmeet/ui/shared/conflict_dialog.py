"""When two people changed the same field (of the indstilling, the decision, a lane point): both texts
side by side, a choice per field.

Only the clashing fields are asked about; each screen then saves the choice keeping the other
person's other fields and my other changes (e.g. :meth:`StaleDraftError.resolved`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import fields, is_dataclass
from datetime import date
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)


class Clash(Protocol):
    """One field both people changed: its key, its label (as the person sees it), my value and theirs."""

    @property
    def field(self) -> str: ...
    @property
    def label(self) -> str: ...
    @property
    def mine(self) -> Any: ...
    @property
    def theirs(self) -> Any: ...


class Conflict(Protocol):
    """A refused save: who saved meanwhile, and the clashing fields."""

    @property
    def updated_by(self) -> str: ...
    @property
    def clashes(self) -> Sequence[Clash]: ...


def shown_value(value: Any) -> str:
    """A field's value as text: booleans as yes/no, measures and dissent one per line."""
    if isinstance(value, bool):
        if value:
            return QCoreApplication.translate("ConflictDialog", "Yes")
        return QCoreApplication.translate("ConflictDialog", "No")
    if value is None or value == "" or value == ():
        return "—"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        lines = []
        for entry in value:
            if is_dataclass(entry):
                parts = [
                    str(getattr(entry, f.name)) for f in fields(entry) if getattr(entry, f.name) not in ("", False)
                ]
                lines.append(" · ".join(parts))
            else:
                lines.append(str(entry))
        return "\n".join(lines)
    return str(value)


class ConflictDialog(QDialog):
    """One box per clashing field: my text and theirs, side by side, and which to keep.

    Attributes:
        keep_mine: ``{field: radio button "keep mine"}``; mine is chosen at first.
        keep_theirs: ``{field: radio button "keep theirs"}``.
        boxes: ``{field: its box}``, titled with the field's label.
    """

    def __init__(
        self,
        conflict: Conflict,
        parent: QWidget | None = None,
        *,
        label_of: Callable[[Clash], str] | None = None,
        object_name: str = "conflictDialog",
    ) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        label = label_of or (lambda clash: clash.label)
        self.setWindowTitle(self.tr("Saved by someone else"))
        who = conflict.updated_by or self.tr("Someone else")
        intro = QLabel(
            self.tr(
                "%1 changed the same field(s) while you were writing. Choose per field whose text to keep; "
                "everything else both of you wrote is kept."
            ).replace("%1", who),
            self,
        )
        intro.setWordWrap(True)
        body = QWidget(self)
        rows = QVBoxLayout(body)
        self.keep_mine: dict[str, QRadioButton] = {}
        self.keep_theirs: dict[str, QRadioButton] = {}
        self.boxes: dict[str, QGroupBox] = {}
        self.texts: dict[str, tuple[QPlainTextEdit, QPlainTextEdit]] = {}
        for clash in conflict.clashes:
            title = label(clash)
            box = QGroupBox(title, body)
            grid = QGridLayout(box)
            mine_text, their_text = self._text(shown_value(clash.mine), box), self._text(shown_value(clash.theirs), box)
            mine_text.setAccessibleName(self.tr("Your text: %1").replace("%1", title))
            their_text.setAccessibleName(self.tr("%1's text: %2").replace("%1", who).replace("%2", title))
            mine_button = QRadioButton(self.tr("Keep mine"), box)
            their_button = QRadioButton(self.tr("Keep %1's").replace("%1", who), box)
            group = QButtonGroup(box)
            group.addButton(mine_button)
            group.addButton(their_button)
            mine_button.setChecked(True)
            grid.addWidget(QLabel(self.tr("Your text"), box), 0, 0)
            grid.addWidget(QLabel(self.tr("%1's text").replace("%1", who), box), 0, 1)
            grid.addWidget(mine_text, 1, 0)
            grid.addWidget(their_text, 1, 1)
            grid.addWidget(mine_button, 2, 0)
            grid.addWidget(their_button, 2, 1)
            rows.addWidget(box)
            self.keep_mine[clash.field], self.keep_theirs[clash.field] = mine_button, their_button
            self.boxes[clash.field] = box
            self.texts[clash.field] = (mine_text, their_text)
        rows.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save, self)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 110, self.fontMetrics().height() * 30)

    @staticmethod
    def _text(value: str, parent: QWidget) -> QPlainTextEdit:
        text = QPlainTextEdit(value, parent)
        text.setReadOnly(True)
        return text

    def chosen(self) -> list[str]:
        """The fields where my text is kept."""
        return [name for name, button in self.keep_mine.items() if button.isChecked()]

    @classmethod
    def choose(
        cls, parent: QWidget | None, conflict: Conflict, *, label_of: Callable[[Clash], str] | None = None
    ) -> list[str]:
        """Ask, and return the fields where my text is kept (closing the dialog keeps the choices shown)."""
        dialog = cls(conflict, parent, label_of=label_of)
        dialog.exec()
        return dialog.chosen()
