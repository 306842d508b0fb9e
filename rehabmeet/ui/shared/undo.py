"""Undo and redo for the meeting day: one QUndoStack per window, commands made of two service calls.

A change is made first (so a refused change shows its message and never reaches the stack), then
pushed as a :class:`DoneCommand` whose first ``redo`` does nothing. Undoing or redoing later calls the
service again; a refusal then (say, the case has started meanwhile) is shown, never raised into Qt.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Slot
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget
from shiboken6 import isValid

from rehabmeet.errors import UserFacingError

from rehabmeet.ui.shared.dialogs import show_error


class DoneCommand(QUndoCommand):
    """A change already made; ``undo`` and ``redo`` are callables that reverse and repeat it."""

    def __init__(self, text: str, undo: Callable[[], object], redo: Callable[[], object], parent: QWidget) -> None:
        super().__init__(text)
        self._undo = undo
        self._redo = redo
        self._parent = parent
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._call(self._redo)

    def undo(self) -> None:
        self._call(self._undo)

    def _call(self, change: Callable[[], object]) -> None:
        try:
            change()
        except UserFacingError as exc:
            show_error(self._parent, str(exc))


def push_done(
    stack: QUndoStack | None, text: str, undo: Callable[[], object], redo: Callable[[], object], parent: QWidget
) -> None:
    """Record a change already made on ``stack`` (nothing when there is no stack)."""
    if stack is not None:
        stack.push(DoneCommand(text, undo, redo, parent))


class EditUndo(QObject):
    """Edit → Undo / Redo, consistent with Ctrl+Z in a text field: while a writable text field has the
    keyboard (the indstilling editor's fields, a lane's entry) and has typing to undo or redo, they undo
    and redo that typing — as Ctrl+Z there does; otherwise the window's last change on ``stack`` (then
    Ctrl+Z in the field does that too, instead of nothing)."""

    def __init__(self, undo: QAction, redo: QAction, stack: QUndoStack, window: QWidget) -> None:
        super().__init__(window)
        self._undo, self._redo, self._stack, self._window = undo, redo, stack, window
        self._field: QLineEdit | QPlainTextEdit | None = None
        undo.triggered.connect(self.undo)
        redo.triggered.connect(self.redo)
        for signal in (stack.canUndoChanged, stack.canRedoChanged, stack.undoTextChanged, stack.redoTextChanged):
            signal.connect(self.update)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)
        self.update()

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if not isValid(self._stack) or not isValid(self._undo):  # the window is being deleted
            return
        if self._field is not None and isValid(self._field):
            self._field.textChanged.disconnect(self.update)
            self._field.removeEventFilter(self)
        field = new if isinstance(new, QLineEdit | QPlainTextEdit) else None
        writable = field is not None and self._window.isAncestorOf(field) and not field.isReadOnly()
        self._field = field if writable else None
        if self._field is not None:
            self._field.textChanged.connect(self.update)
            self._field.installEventFilter(self)
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Z / Ctrl+Shift+Z in a field with no typing to undo or redo reach the window's Undo / Redo."""
        if watched is self._field and event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            can_undo, can_redo = _can_undo_typing(self._field)
            if (event.matches(QKeySequence.StandardKey.Undo) and not can_undo) or (
                event.matches(QKeySequence.StandardKey.Redo) and not can_redo
            ):
                event.ignore()
                return True
        return False

    @Slot()
    def undo(self) -> None:
        if self._field is not None and _can_undo_typing(self._field)[0]:
            self._field.undo()
        else:
            self._stack.undo()

    @Slot()
    def redo(self) -> None:
        if self._field is not None and _can_undo_typing(self._field)[1]:
            self._field.redo()
        else:
            self._stack.redo()

    @Slot()
    def update(self) -> None:
        """Enable the actions and name what they would undo and redo in their tooltips."""
        if not isValid(self._stack) or not isValid(self._undo):
            return
        typing = _can_undo_typing(self._field) if self._field is not None else (False, False)
        for action, in_field, can, text, label in (
            (self._undo, typing[0], self._stack.canUndo(), self._stack.undoText(), self.tr("Undo: %1")),
            (self._redo, typing[1], self._stack.canRedo(), self._stack.redoText(), self.tr("Redo: %1")),
        ):
            if in_field:
                text = self.tr("typing in this field")
            action.setEnabled(in_field or can)
            action.setToolTip(label.replace("%1", text) if (in_field or can) and text else "")
            action.setStatusTip(action.toolTip())


def _can_undo_typing(field: QLineEdit | QPlainTextEdit) -> tuple[bool, bool]:
    if isinstance(field, QLineEdit):
        return field.isUndoAvailable(), field.isRedoAvailable()
    document = field.document()
    return document.isUndoAvailable(), document.isRedoAvailable()
