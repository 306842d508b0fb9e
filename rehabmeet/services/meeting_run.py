"""Running the meeting day: timer commands recorded in the event log as they happen, the day's
live prediction and remedies, and what the citizen's screen may show.

A restart rebuilds every timer from the log (each command carries the clock time it was given),
so a crash loses nothing that was committed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from rehabmeet.audit.events import record_event
from rehabmeet.domain.vocabulary import Phase
from rehabmeet.errors import NotFoundError, UserFacingError
from rehabmeet.i18n import error_text
from rehabmeet.meeting.clock import Clock
from rehabmeet.meeting.plan import phase_budgets
from rehabmeet.meeting.quorum import QuorumResult
from rehabmeet.meeting.replan import DayPrediction, ItemPlan, Remedy, RemedyKind, day_datetime, predict, suggest
from rehabmeet.meeting.timer import CaseTimerState, TimerCommand, TimerEvent, TimerStatus, allowed, replay
from rehabmeet.models import AgendaItem, Event, Meeting
from rehabmeet.services.attendance import case_attendance
from rehabmeet.services.meetings import load_meeting
from rehabmeet.services.planning import MeetingPlanService
from rehabmeet.settings.rules import Rules
from rehabmeet.settings.store import load_rules
from rehabmeet.storage.changes import publish
from rehabmeet.storage.database import SessionFactory
from rehabmeet.storage.locks import lock_meeting

if TYPE_CHECKING:
    from rehabmeet.services.day_checkpoint import DayCheckpoint

TIMER_PREFIX = "timer."


class QuorumNotMet(UserFacingError):
    """Starting the case needs every required discipline, or an override with a reason."""


@dataclass(frozen=True, slots=True)
class RunItem:
    """One planned case on the running day."""

    item_id: int
    case_id: int
    case_ref: str
    citizen_name: str
    case_type: str
    budgets: dict[Phase, int]
    baseline: dict[Phase, int]
    timer: CaseTimerState
    quorum: QuorumResult
    present: tuple[tuple[str, str, str | None], ...]  # (role, name, discipline) of those present


@dataclass(frozen=True, slots=True)
class RunDay:
    """The running day at ``now``.

    Attributes:
        current_item_id: the case whose timer runs or is paused, else the next one to start.
    """

    meeting_id: int
    title: str
    items: tuple[RunItem, ...]
    prediction: DayPrediction
    remedies: tuple[Remedy, ...]
    current_item_id: int | None
    now: datetime
    checkpoint: str = ""

    def item(self, item_id: int) -> RunItem:
        return next(i for i in self.items if i.item_id == item_id)


class MeetingRunService:
    """Timer commands, the live day and its remedies."""

    def __init__(
        self,
        sessions: SessionFactory,
        *,
        actor: str,
        clock: Clock,
        on_day_finished: Callable[[int], DayCheckpoint] | None = None,
    ) -> None:
        """``on_day_finished``: called once the last case of a day is finished (the signed checkpoint)."""
        self._sessions = sessions
        self._actor = actor
        self._clock = clock
        self._on_day_finished = on_day_finished

    def day(self, meeting_id: int) -> RunDay:
        """Return the day as it stands now."""
        with self._sessions.begin() as session:
            return self._day(session, load_meeting(session, meeting_id))

    def command(
        self,
        meeting_id: int,
        item_id: int,
        command: TimerCommand,
        *,
        minutes: int = 0,
        override_reason: str | None = None,
    ) -> RunDay:
        """Give a timer command for one case and record it; return the re-planned day.

        Raises:
            QuorumNotMet: starting without quorum and without an override reason.
            UserFacingError: the command does not apply now (e.g. pausing a stopped timer).
        """
        with self._sessions.begin() as session:
            lock_meeting(session, meeting_id)  # two laptops pressing Start at once: one wins, one is told
            meeting = load_meeting(session, meeting_id)
            day = self._day(session, meeting)
            item = next((i for i in day.items if i.item_id == item_id), None)
            if item is None:
                raise NotFoundError(error_text("the meeting has no planned agenda item {item_id}", item_id=item_id))
            self._check(day, item, command, minutes, override_reason)
            if command is TimerCommand.START and not item.quorum.ok:
                record_event(
                    session,
                    self._actor,
                    "quorum.override",
                    case_id=item.case_id,
                    meeting_id=meeting_id,
                    item_id=item_id,
                    missing=list(item.quorum.missing),
                    reason=override_reason,
                )
            record_event(
                session,
                self._actor,
                TIMER_PREFIX + command.value,
                case_id=item.case_id,
                meeting_id=meeting_id,
                item_id=item_id,
                command=command.value,
                at=self._clock.now(),
                minutes=minutes,
                phase=item.timer.phase.value if item.timer.phase else None,
            )
            publish(session, self._actor, "timer", item_id=item_id, fields=(command.value,))
            session.flush()
            after = self._day(session, meeting)
        if self._on_day_finished is not None and not _all_done(day) and _all_done(after):
            return replace(after, checkpoint=self._on_day_finished(meeting_id).note)  # after the commit
        return after

    def apply_remedy(self, meeting_id: int, remedy: Remedy, reason: str = "") -> RunDay:
        """Carry out a remedy the leader accepted (the plan changes only now)."""
        planning = MeetingPlanService(self._sessions, actor=self._actor)
        if remedy.kind is RemedyKind.SHORTEN_TIMEOUTS:
            day = self.day(meeting_id)
            budgets = {
                i: {Phase.TIMEOUT.value: max(0, day.item(i).budgets[Phase.TIMEOUT] - remedy.minutes)}
                for i in remedy.item_ids
            }
            planning.set_budgets(meeting_id, budgets, why=f"shorten timeouts by {remedy.minutes} min to keep the day")
        elif remedy.kind is RemedyKind.POSTPONE_CASE:
            planning.postpone(meeting_id, remedy.item_ids[0], reason or "moved to another day to keep the day's plan")
        else:
            planning.move(meeting_id, remedy.item_ids[0], 10_000)
        return self.day(meeting_id)

    def positions(self, meeting_id: int) -> dict[int, int]:
        """The agenda items' places, taken before a remedy so that it can be undone."""
        return MeetingPlanService(self._sessions, actor=self._actor).positions(meeting_id)

    def revert_remedy(self, meeting_id: int, remedy: Remedy, before: RunDay, positions: dict[int, int]) -> RunDay:
        """Undo an accepted remedy: the budgets, the place or the planned status it had in ``before``."""
        planning = MeetingPlanService(self._sessions, actor=self._actor)
        if remedy.kind is RemedyKind.SHORTEN_TIMEOUTS:
            budgets = {i: {Phase.TIMEOUT.value: before.item(i).budgets[Phase.TIMEOUT]} for i in remedy.item_ids}
            planning.set_budgets(meeting_id, budgets, why="undo: shortened timeouts restored")
        elif remedy.kind is RemedyKind.POSTPONE_CASE:
            planning.restore_postponed(meeting_id, remedy.item_ids[0])
        else:
            planning.move(meeting_id, remedy.item_ids[0], positions[remedy.item_ids[0]])
        return self.day(meeting_id)

    def _check(self, day: RunDay, item: RunItem, command: TimerCommand, minutes: int, reason: str | None) -> None:
        if not allowed(item.timer, command):
            raise UserFacingError(
                error_text(
                    "'{value}' does not apply to {case_ref} now ({value2})",
                    value=command.value,
                    case_ref=item.case_ref,
                    value2=item.timer.status.value,
                )
            )
        if command in (TimerCommand.EXTEND, TimerCommand.DECIDE_AT_TABLE) and not 0 <= minutes <= 120:
            raise UserFacingError(error_text("extend by 1 to 120 minutes"))
        if command is TimerCommand.START:
            busy = [i for i in day.items if i.timer.status in (TimerStatus.RUNNING, TimerStatus.PAUSED)]
            if busy:
                raise UserFacingError(
                    error_text(
                        "finish {case_ref} before starting {case_ref2}",
                        case_ref=busy[0].case_ref,
                        case_ref2=item.case_ref,
                    )
                )
            if not item.quorum.ok and not (reason or "").strip():
                raise QuorumNotMet(
                    error_text(
                        "{case_ref} lacks quorum: nobody present for {value}; give a reason to start "
                        "anyway (it is logged)",
                        case_ref=item.case_ref,
                        value=", ".join(item.quorum.missing),
                    )
                )

    def _day(self, session: Session, meeting: Meeting) -> RunDay:
        rules = load_rules(session, meeting.team_id)
        now = self._clock.now()
        events = _timer_events(session, meeting.id)
        items = [
            self._item(session, item, rules, events.get(item.id, []), now)
            for item in meeting.agenda_items
            if item.status == "planned"
        ]
        plans = [ItemPlan(i.item_id, i.case_ref, i.budgets, i.timer, i.baseline) for i in items]
        moment = datetime.fromtimestamp(now, tz=UTC)
        prediction = predict(
            plans,
            day_datetime(meeting.meeting_date, meeting.starts_at),
            day_datetime(meeting.meeting_date, rules.day.end_of_day),
            rules.day.break_minutes_between_cases,
            moment,
        )
        active = next((i.item_id for i in items if i.timer.status in (TimerStatus.RUNNING, TimerStatus.PAUSED)), None)
        upcoming = next((i.item_id for i in items if i.timer.status is TimerStatus.NOT_STARTED), None)
        return RunDay(
            meeting.id,
            meeting.title,
            tuple(items),
            prediction,
            suggest(plans, prediction, rules.day.break_minutes_between_cases),
            active or upcoming,
            moment,
        )

    @staticmethod
    def _item(session: Session, item: AgendaItem, rules: Rules, events: list[TimerEvent], now: float) -> RunItem:
        version = item.case.current
        budgets = phase_budgets(version.case_type, item.phase_minutes, rules)
        attendance = case_attendance(session, item, rules, item.meeting.meeting_date)
        return RunItem(
            item_id=item.id,
            case_id=item.case_id,
            case_ref=item.case.case_ref,
            citizen_name=version.citizen_name,
            case_type=version.case_type,
            budgets=budgets,
            baseline=phase_budgets(version.case_type, None, rules),
            timer=replay(events, budgets, now),
            quorum=attendance.quorum,
            present=tuple((r.role, r.name, r.discipline) for r in attendance.rows if r.present and not r.recused),
        )


def _all_done(day: RunDay) -> bool:
    """Every case of the day is finished (or skipped to the end): the meeting day is over."""
    return bool(day.items) and all(i.timer.status is TimerStatus.DONE for i in day.items)


def _timer_events(session: Session, meeting_id: int) -> dict[int, list[TimerEvent]]:
    """Return each agenda item's timer commands from the event log, in the order they were given."""
    rows = session.scalars(
        select(Event).where(Event.meeting_id == meeting_id, Event.action.like(f"{TIMER_PREFIX}%")).order_by(Event.id)
    )
    events: dict[int, list[TimerEvent]] = {}
    for event in rows:
        details = event.details
        events.setdefault(int(details["item_id"]), []).append(
            TimerEvent(TimerCommand(details["command"]), float(details["at"]), int(details.get("minutes") or 0))
        )
    return events
