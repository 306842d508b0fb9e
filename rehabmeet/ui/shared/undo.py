"""Undo and redo for the meeting day: one QUndoStack per window, commands made of two service calls.

A change is made first (so a refused change shows its message and never reaches the stack), then
pushed as a :class:`DoneCommand` whose first ``redo`` does nothing. Undoing or redoing later calls the
service again; a refusal then (say, the case has started meanwhile) is shown, never raised into Qt.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

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
