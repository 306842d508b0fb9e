"""Planned slots of a meeting day, from each case's phase budgets (settings), and the day's warnings."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from rehabmeet.domain.vocabulary import Phase
from rehabmeet.settings.rules import Rules


@dataclass(frozen=True, slots=True)
class PlannedSlot:
    """When a case is planned to start and how long it is planned to take."""

    start: time
    minutes: int

    @property
    def end(self) -> time:
        return (datetime.combine(date.min, self.start) + timedelta(minutes=self.minutes)).time()


def phase_budgets(case_type: str, overrides: Mapping[str, Any] | None, rules: Rules) -> dict[Phase, int]:
    """Return a case's minutes per phase: the rules for its type, with the item's own overrides."""
    budgets = dict(rules.for_case_type(case_type).phase_minutes)
    for key, minutes in (overrides or {}).items():
        if key in Phase.__members__.values():
            budgets[Phase(key)] = max(0, int(minutes))
    return budgets


def plan_slots(day_start: time, minutes: Sequence[int], break_minutes: int) -> list[PlannedSlot]:
    """Return a slot per case, back to back with ``break_minutes`` between cases."""
    slots = []
    cursor = datetime.combine(date.min, day_start)
    for index, length in enumerate(minutes):
        slots.append(PlannedSlot(start=cursor.time(), minutes=length))
        cursor += timedelta(minutes=length + (break_minutes if index < len(minutes) - 1 else 0))
    return slots


@dataclass(frozen=True, slots=True)
class DayWarnings:
    """What is wrong with a day's plan.

    Attributes:
        capacity_used: the day's load against the cases-per-day rule: each case counts
            1/max_cases_per_day of its type (6 for ressourceforløb/fleksjob/førtidspension, 10 for
            jobafklaring, 003 L114–119), so above 1.0 the day holds too many cases.
        over_end_by: minutes the planned end passes the configured end of day (0 when it does not).
    """

    capacity_used: float
    over_end_by: int

    @property
    def too_many_cases(self) -> bool:
        return self.capacity_used > 1.0 + 1e-9


def day_warnings(case_types: Sequence[str], slots: Sequence[PlannedSlot], rules: Rules) -> DayWarnings:
    """Return the capacity used and how far the plan runs past the end of day."""
    load = sum(1 / rules.for_case_type(t).max_cases_per_day for t in case_types)
    end = slots[-1].end if slots else rules.day.default_start
    over = (datetime.combine(date.min, end) - datetime.combine(date.min, rules.day.end_of_day)).total_seconds() // 60
    return DayWarnings(capacity_used=load, over_end_by=max(0, int(over)))
