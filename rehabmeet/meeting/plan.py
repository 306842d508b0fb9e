"""Planned slots of a meeting day, from each case type's phase budget (settings)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from rehabmeet.settings.rules import Rules


@dataclass(frozen=True, slots=True)
class PlannedSlot:
    """When a case is planned to start and how long it is planned to take."""

    start: time
    minutes: int

    @property
    def end(self) -> time:
        return (datetime.combine(date.min, self.start) + timedelta(minutes=self.minutes)).time()


def plan_slots(day_start: time, case_types: Sequence[str], rules: Rules) -> list[PlannedSlot]:
    """Return a slot per case, back to back with the configured break between cases."""
    slots = []
    cursor = datetime.combine(date.min, day_start)
    for index, case_type in enumerate(case_types):
        minutes = rules.for_case_type(case_type).total_minutes
        slots.append(PlannedSlot(start=cursor.time(), minutes=minutes))
        cursor += timedelta(minutes=minutes)
        if index < len(case_types) - 1:
            cursor += timedelta(minutes=rules.day.break_minutes_between_cases)
    return slots
