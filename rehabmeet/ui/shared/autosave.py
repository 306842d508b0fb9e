"""Autosave for typed text: a dirty flag, a save shortly after typing pauses, and never more than a
second and a half after the first unsaved change even while typing goes on; plus a save on leave."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QPlainTextEdit

from rehabmeet.storage.failures import explain

DEBOUNCE_MS = 1000
MAX_WAIT_MS = 1500  # well within the 2 s of typing the meeting may lose at most


class SaveScheduler(QObject):
    """Decides when to call ``save()``: after a pause, or at the latest ``MAX_WAIT_S`` after a change.

    Signals:
        saved(): ``save()`` returned.
        failed(str): ``save()`` raised; the changes stay pending and are retried on the next change.
    """

    saved = Signal()
    failed = Signal(str)

    def __init__(self, save: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.save = save
        self.dirty = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.flush)
        self.deadline = QTimer(self)
        self.deadline.setSingleShot(True)
        self.deadline.setInterval(MAX_WAIT_MS)
        self.deadline.timeout.connect(self.flush)

    def changed(self) -> None:
        """Note a change: save after a pause, and at the latest MAX_WAIT_MS after the first unsaved change."""
        if not self.dirty:
            self.dirty = True
            self.deadline.start()
        self.timer.start()

    @Slot()
    def flush(self) -> None:
        """Save now if anything is unsaved."""
        self.timer.stop()
        self.deadline.stop()
        if not self.dirty:
            return
        try:
            self.save()
        except Exception as exc:  # the text stays unsaved (dirty) and is tried again on the next change
            self.failed.emit(str(explain(exc) or exc))
            return
        self.dirty = False
        self.saved.emit()


class Autosaver(SaveScheduler):
    """Autosaves one QPlainTextEdit through ``save_text(text)``.

    ``base`` is the text as last loaded or saved; ``save_text`` may return the text actually stored
    (someone else's additions merged in on another laptop), which is then shown.
    """

    def __init__(
        self, editor: QPlainTextEdit, save_text: Callable[[str], str | None], parent: QObject | None = None
    ) -> None:
        super().__init__(self._save, parent)
        self._editor = editor
        self._save_text: Callable[[str], str | None] = save_text
        self.base = ""
        editor.textChanged.connect(self.changed)

    def _save(self) -> None:
        text = self._editor.toPlainText()
        stored = self._save_text(text)
        if isinstance(stored, str) and stored != text:
            cursor = self._editor.textCursor().position()
            self._editor.blockSignals(True)
            self._editor.setPlainText(stored)
            self._editor.blockSignals(False)
            moved = self._editor.textCursor()
            moved.setPosition(min(cursor, len(stored)))
            self._editor.setTextCursor(moved)
        self.base = stored if isinstance(stored, str) else text

    def load(self, text: str, save_text: Callable[[str], str | None]) -> None:
        """Save what is pending, then edit ``text`` saved through ``save_text`` (another case's notes)."""
        self.flush()
        self._save_text = save_text
        self._editor.blockSignals(True)
        self._editor.setPlainText(text)
        self._editor.blockSignals(False)
        self.dirty = False
        self.base = text
