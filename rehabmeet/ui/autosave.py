"""Autosave for typed text: a dirty flag, a short debounce after the last keystroke, and a save on leave."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QPlainTextEdit

DEBOUNCE_MS = 1000  # well within the 2 s the meeting may lose at most


class Autosaver(QObject):
    """Saves a QPlainTextEdit through ``save(text)`` about a second after typing stops.

    Signals:
        saved(): the text was written.
        failed(str): writing failed; the text stays dirty and is retried on the next change.
    """

    saved = Signal()
    failed = Signal(str)

    def __init__(self, editor: QPlainTextEdit, save: Callable[[str], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._editor = editor
        self._save: Callable[[str], None] = save
        self.dirty = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.flush)
        editor.textChanged.connect(self._on_editor_text_changed)

    def load(self, text: str, save: Callable[[str], None]) -> None:
        """Save what is pending, then edit ``text`` saved through ``save`` (another case's notes)."""
        self.flush()
        self._save = save
        self._editor.blockSignals(True)
        self._editor.setPlainText(text)
        self._editor.blockSignals(False)
        self.dirty = False

    @Slot()
    def _on_editor_text_changed(self) -> None:
        self.dirty = True
        self.timer.start()

    @Slot()
    def flush(self) -> None:
        """Save now if anything is unsaved."""
        self.timer.stop()
        if not self.dirty:
            return
        try:
            self._save(self._editor.toPlainText())
        except Exception as exc:
            self.failed.emit(str(exc))
            return
        self.dirty = False
        self.saved.emit()
