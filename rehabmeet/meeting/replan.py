"""Live re-planning: predicted start of every later case and the predicted end of the day.

Recomputed after every phase change. Suggested remedies change nothing until the leader accepts.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum

from rehabmeet.domain.vocabulary import Phase
from rehabmeet.meeting.timer import CaseTimerState, TimerStatus


@dataclass(frozen=True, slots=True)
class ItemPlan:
    """One agenda item as the planner sees it.

    Attributes:
        budgets: the minutes per phase it now has (after any accepted remedy).
        baseline: the minutes per phase of the day's original plan, against which drift is measured.
    """

    item_id: int
    case_ref: str
    budgets: dict[Phase, int]
    state: CaseTimerState
    baseline: dict[Phase, int] | None = None

    @property
    def planned_seconds(self) -> float:
        return sum((self.baseline or self.budgets).values()) * 60.0

    @property
    def budget_seconds(self) -> float:
        return sum(self.budgets.values()) * 60.0


@dataclass(frozen=True, slots=True)
class ItemTiming:
    """Planned and predicted times of one case (aware datetimes, UTC)."""

    item_id: int
    case_ref: str
    planned_start: datetime
    planned_end: datetime
    predicted_start: datetime
    predicted_end: datetime
    status: TimerStatus

    @property
    def drift(self) -> timedelta:
        return self.predicted_end - self.planned_end


@dataclass(frozen=True, slots=True)
class DayPrediction:
    """The day as planned and as it now looks."""

    items: tuple[ItemTiming, ...]
    planned_end: datetime
    predicted_end: datetime
    end_of_day: datetime

    @property
    def drift(self) -> timedelta:
        return self.predicted_end - self.planned_end

    @property
    def passes_end_of_day(self) -> bool:
        return self.predicted_end > self.end_of_day


def day_datetime(day: date, at: time, zone: object = None) -> datetime:
    """Combine a meeting date and a local time into an aware datetime (local zone by default)."""
    local = datetime.combine(day, at)
    return local.astimezone() if zone is None else local.replace(tzinfo=zone)  # type: ignore[arg-type]


def predict(
    items: Sequence[ItemPlan], start: datetime, end_of_day: datetime, break_minutes: int, now: datetime
) -> DayPrediction:
    """Return planned and predicted times for ``items`` in agenda order at ``now``."""
    pause = timedelta(minutes=break_minutes)
    planned_cursor = start
    predicted_cursor = max(start, now)
    timings = []
    for index, item in enumerate(items):
        gap = pause if index else timedelta(0)
        planned_start = planned_cursor + gap
        planned_end = planned_start + timedelta(seconds=item.planned_seconds)
        predicted_start, predicted_end = _predicted(item, planned_start, predicted_cursor + gap, now)
        timings.append(
            ItemTiming(
                item.item_id,
                item.case_ref,
                planned_start,
                planned_end,
                predicted_start,
                predicted_end,
                item.state.status,
            )
        )
        planned_cursor, predicted_cursor = planned_end, predicted_end
    planned_end = timings[-1].planned_end if timings else start
    predicted_end = timings[-1].predicted_end if timings else start
    return DayPrediction(tuple(timings), planned_end, predicted_end, end_of_day)


def _predicted(item: ItemPlan, planned_start: datetime, earliest: datetime, now: datetime) -> tuple[datetime, datetime]:
    state = item.state
    if state.status is TimerStatus.DONE and state.started_at is not None and state.finished_at is not None:
        return _utc(state.started_at), _utc(state.finished_at)
    if state.status is TimerStatus.NOT_STARTED:
        begin = max(earliest, planned_start, now)  # a citizen is not called in before their time
        return begin, begin + timedelta(seconds=item.budget_seconds)
    begin = _utc(state.started_at) if state.started_at is not None else now
    return begin, now + timedelta(seconds=state.remaining_planned())


def _utc(seconds: float) -> datetime:
    return datetime.fromtimestamp(seconds, tz=UTC)


class RemedyKind(StrEnum):
    SHORTEN_TIMEOUTS = "shorten_timeouts"
    POSTPONE_CASE = "postpone_case"
    MOVE_TO_END = "move_to_end"


@dataclass(frozen=True, slots=True)
class Remedy:
    """A concrete way to win back time; nothing changes until the leader accepts it.

    Attributes:
        minutes_saved: how much earlier the day would end.
        item_ids: the agenda items it changes.
        minutes: for SHORTEN_TIMEOUTS, how many minutes each timeout loses.
    """

    kind: RemedyKind
    minutes_saved: int
    item_ids: tuple[int, ...]
    minutes: int = 0


def suggest(items: Sequence[ItemPlan], prediction: DayPrediction, break_minutes: int) -> tuple[Remedy, ...]:
    """Return remedies for a day running late (none when it is on time)."""
    late = math.ceil(prediction.drift.total_seconds() / 60)
    if late <= 0:
        return ()
    remedies = []
    waiting = [i for i in items if i.state.status is TimerStatus.NOT_STARTED and i.budgets.get(Phase.TIMEOUT, 0) > 0]
    if waiting:
        room = min(i.budgets[Phase.TIMEOUT] for i in waiting) // 2
        each = min(max(1, math.ceil(late / len(waiting))), room)
        if each > 0:
            remedies.append(
                Remedy(RemedyKind.SHORTEN_TIMEOUTS, each * len(waiting), tuple(i.item_id for i in waiting), each)
            )
    not_started = [i for i in items if i.state.status is TimerStatus.NOT_STARTED]
    if not_started:
        last = not_started[-1]
        saved = round(last.budget_seconds / 60) + break_minutes
        remedies.append(Remedy(RemedyKind.POSTPONE_CASE, saved, (last.item_id,)))
    if len(not_started) > 1:
        remedies.append(Remedy(RemedyKind.MOVE_TO_END, 0, (not_started[0].item_id,)))
    return tuple(remedies)
