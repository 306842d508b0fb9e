"""Message boxes and pickers go through here, so tests can replace them (style rule 22)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def show_error(parent: QWidget | None, message: str) -> None:
    """Tell the user about a problem they can act on (modal; one sentence)."""
    QMessageBox.critical(parent, QCoreApplication.translate("Dialogs", "RehabMeet"), message)
