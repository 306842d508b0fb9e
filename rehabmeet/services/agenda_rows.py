"""The meeting day as listed and as an agenda: plain frozen rows, no database library.

They live apart from :mod:`rehabmeet.services.meetings` (which re-exports them) so the window's first
paint can show a day read straight through the DB-API (:mod:`rehabmeet.services.first_read`) before
SQLAlchemy is imported.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from rehabmeet.bundles.readiness import Finding, ReadinessState
from rehabmeet.meeting.plan import DayWarnings


@dataclass(frozen=True, slots=True)
class MeetingRow:
    """A meeting day as listed."""

    meeting_id: int
    title: str
    meeting_date: date
    starts_at: time
    location: str | None
    leader: str | None
    secretary: str | None
    case_count: int


@dataclass(frozen=True, slots=True)
class AgendaRow:
    """One case on a meeting's agenda, with its planned slot and readiness on the meeting day."""

    item_id: int
    position: int
    planned_start: time
    planned_end: time
    planned_minutes: int
    case_id: int
    case_ref: str
    case_type: str
    citizen_name: str
    pages: int
    readiness: ReadinessState
    findings: tuple[Finding, ...]
    status: str = "planned"
    postponed_reason: str | None = None

    @property
    def postponed(self) -> bool:
        return self.status == "postponed"


@dataclass(frozen=True, slots=True)
class Agenda:
    """A meeting and its agenda rows in order."""

    meeting: MeetingRow
    rows: tuple[AgendaRow, ...]
    warnings: DayWarnings


#: The window lists the upcoming meeting days and this many past ones (two years of weekly days).
PAST_MEETINGS_SHOWN = 104
