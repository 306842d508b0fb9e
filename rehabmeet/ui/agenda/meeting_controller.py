"""MeetingController: the planning actions — new meeting day, add, move, postpone and remove cases."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from rehabmeet.errors import UserFacingError
from rehabmeet.services.registry import Services

from rehabmeet.ui.agenda.planning_dialogs import AddCasesDialog, NewMeetingDialog
from rehabmeet.ui.shared import labels
from rehabmeet.ui.shared.dialogs import ask_text, ask_yes_no, show_error
from rehabmeet.ui.shared.undo import push_done


class MeetingController(QObject):
    """Turns planning actions into service calls; the window reloads on ``meeting_changed``.

    Signals:
        meeting_changed(int): the meeting whose plan changed (or that was created).
        meeting_deleted(): the shown meeting day was deleted.
    """

    meeting_changed = Signal(int)
    meeting_deleted = Signal()

    def __init__(self, services: Services, parent: QWidget, undo_stack: QUndoStack | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._parent = parent
        self.undo_stack = undo_stack

    def new_meeting(self) -> None:
        team = self._services.team.team()
        if team is None:
            show_error(self._parent, self.tr("There is no team yet. Run `rehabmeet demo`, or set up the team first."))
            return
        rules = self._services.team.rules()
        planning = self._services.planning
        draft = NewMeetingDialog.ask(
            self._parent, team.members, date.today(), rules.day.default_start, planning.check_draft
        )
        if draft is not None and self._past_day_is_meant(draft.meeting_date):
            self._do(lambda: planning.create_meeting(draft, require_people=True))

    def edit_meeting(self, meeting_id: int | None) -> None:
        """Change the day's date, time, room and people (checked like a new day)."""
        team = self._services.team.team()
        if meeting_id is None or team is None:
            show_error(self._parent, self.tr("Create or choose a meeting day first."))
            return
        planning = self._services.planning
        existing = planning.draft_of(meeting_id)
        draft = NewMeetingDialog.ask(
            self._parent, team.members, existing.meeting_date, existing.starts_at, planning.check_draft, existing
        )
        if draft is not None and (
            draft.meeting_date == existing.meeting_date or self._past_day_is_meant(draft.meeting_date)
        ):
            self._do(lambda: planning.update_meeting(meeting_id, draft), meeting_id)

    def delete_meeting(self, meeting_id: int | None, label: str) -> None:
        """Delete a day with an empty agenda, after asking."""
        if meeting_id is None:
            show_error(self._parent, self.tr("Create or choose a meeting day first."))
            return
        question = self.tr("Delete the meeting day %1? It leaves the list of days.").replace("%1", label)
        if not ask_yes_no(self._parent, self.tr("Delete the meeting day"), question):
            return
        try:
            self._services.planning.delete_meeting(meeting_id)
        except UserFacingError as exc:
            show_error(self._parent, str(exc))
            return
        self.meeting_deleted.emit()

    def _past_day_is_meant(self, day: date) -> bool:
        if day >= date.today():
            return True
        question = self.tr("%1 is in the past. Plan the meeting day on that date anyway?").replace(
            "%1", labels.format_date(day)
        )
        return ask_yes_no(self._parent, self.tr("A day in the past"), question)

    def add_cases(self, meeting_id: int | None, on_agenda: set[int]) -> None:
        if meeting_id is None:
            show_error(self._parent, self.tr("Create or choose a meeting day first."))
            return
        candidates = [c for c in self._services.cases.list_cases() if c.case_id not in on_agenda]
        if not candidates:
            show_error(
                self._parent, self.tr("Every imported case is already on this agenda. Import more bundles first.")
            )
            return
        reasons = {
            "departs": self.tr("must return: the decision departs from the indstilling"),
            "not_started": self.tr("must return: the measures have not started in time"),
        }
        returning = {row.case_id: reasons[row.reason] for row in self._services.follow_through.return_queue()}
        chosen = AddCasesDialog.ask(self._parent, candidates, returning, self._services.planning.case_days())
        if chosen:
            self._do(lambda: self._services.planning.add_cases(meeting_id, chosen), meeting_id)

    @Slot(int, int)
    def move(self, meeting_id: int, item_id: int, position: int) -> None:
        old = self._positions(meeting_id).get(item_id)
        if not self._do(lambda: self._services.planning.move(meeting_id, item_id, position), meeting_id):
            return
        if old is not None:
            self._undoable(
                self.tr("move the case"),
                meeting_id,
                lambda: self._services.planning.move(meeting_id, item_id, old),
                lambda: self._services.planning.move(meeting_id, item_id, position),
            )

    def postpone(self, meeting_id: int | None, item_id: int | None) -> None:
        if meeting_id is None or item_id is None:
            return
        reason = ask_text(self._parent, self.tr("Postpone the case"), self.tr("Why is the case moved to another day?"))
        if reason and self._do(lambda: self._services.planning.postpone(meeting_id, item_id, reason), meeting_id):
            self._undoable(
                self.tr("postpone the case"),
                meeting_id,
                lambda: self._services.planning.restore_postponed(meeting_id, item_id),
                lambda: self._services.planning.postpone(meeting_id, item_id, reason),
            )

    def remove(self, meeting_id: int | None, item_id: int | None, label: str = "") -> None:
        """Take the case off the agenda after asking; Edit → Undo puts it back in its place."""
        if meeting_id is None or item_id is None:
            return
        question = self.tr("Remove %1 from this meeting day? Edit → Undo (Ctrl+Z) puts it back.").replace(
            "%1", label or self.tr("the case")
        )
        if not ask_yes_no(self._parent, self.tr("Remove the case from the agenda"), question):
            return
        rows = self._services.meetings.agenda(meeting_id).rows
        row = next((r for r in rows if r.item_id == item_id), None)
        position = self._positions(meeting_id).get(item_id)
        if not self._do(lambda: self._services.planning.remove(meeting_id, item_id), meeting_id):
            return
        if row is None or position is None:
            return
        case_id = row.case_id
        current = {"item": item_id}

        def undo() -> None:
            current["item"] = self._services.planning.put_back(meeting_id, case_id, position)

        self._undoable(
            self.tr("remove %1 from the agenda").replace("%1", row.case_ref),
            meeting_id,
            undo,
            lambda: self._services.planning.remove(meeting_id, current["item"]),
        )

    def _positions(self, meeting_id: int) -> dict[int, int]:
        try:
            return self._services.planning.positions(meeting_id)
        except UserFacingError:
            return {}

    def _undoable(self, text: str, meeting_id: int, undo: Callable[[], object], redo: Callable[[], object]) -> None:
        def then(change: Callable[[], object]) -> Callable[[], None]:
            def run() -> None:
                change()
                self.meeting_changed.emit(meeting_id)

            return run

        push_done(self.undo_stack, text, then(undo), then(redo), self._parent)

    def _do(self, change: Callable[[], object], meeting_id: int | None = None) -> bool:
        """Run ``change``; tell the window which meeting changed (the new one when it returns an id)."""
        try:
            result = change()
        except UserFacingError as exc:
            show_error(self._parent, str(exc))
            return False
        self.meeting_changed.emit(meeting_id if meeting_id is not None else int(result))  # type: ignore[call-overload]
        return True
