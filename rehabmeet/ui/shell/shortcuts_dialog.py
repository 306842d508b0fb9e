"""Help → Keyboard shortcuts: every command that has a key, with its key, in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rehabmeet.ui.shared.actions import ActionRegistry


def shortcut_rows(actions: ActionRegistry) -> list[tuple[str, str]]:
    """(command, keys) for every action with a shortcut, in registry order; keys as the platform writes them."""
    rows = []
    for action in actions.all():
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts() if not k.isEmpty()]
        if keys:
            rows.append((action.text().replace("&", "").rstrip("…"), ", ".join(keys)))
    return rows


def show_shortcuts(parent: QWidget, actions: ActionRegistry) -> QDialog:
    """Open the overview (non-modal) and return it."""
    dialog = QDialog(parent)
    dialog.setObjectName("shortcutsDialog")
    dialog.setWindowTitle(QCoreApplication.translate("Shortcuts", "Keyboard shortcuts"))
    rows = shortcut_rows(actions)
    table = QTableWidget(len(rows), 2, dialog)
    table.setAccessibleName(QCoreApplication.translate("Shortcuts", "Keyboard shortcuts"))
    table.setHorizontalHeaderLabels(
        [QCoreApplication.translate("Shortcuts", "Command"), QCoreApplication.translate("Shortcuts", "Keys")]
    )
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    for row, (command, keys) in enumerate(rows):
        table.setItem(row, 0, QTableWidgetItem(command))
        table.setItem(row, 1, QTableWidgetItem(keys))
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(table)
    layout.addWidget(buttons)
    dialog.resize(560, 600)
    dialog.table = table  # type: ignore[attr-defined]  # for tests
    dialog.open()
    return dialog
