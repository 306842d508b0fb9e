"""Meeting days and their agendas, as frozen rows."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased, selectinload

from rehabmeet.bundles.readiness import Finding, ReadinessState
from rehabmeet.errors import NotFoundError
from rehabmeet.i18n import error_text
from rehabmeet.meeting.plan import DayWarnings, PlannedSlot, day_warnings, plan_slots
from rehabmeet.models import AgendaItem, Case, CaseVersion, Meeting, MeetingMember, TeamMember
from rehabmeet.services.cases import case_row
from rehabmeet.settings.rules import Rules
from rehabmeet.settings.store import load_rules
from rehabmeet.storage.database import SessionFactory


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


def _meeting_row(meeting: Meeting, case_count: int) -> MeetingRow:
    return MeetingRow(
        meeting_id=meeting.id,
        title=meeting.title,
        meeting_date=meeting.meeting_date,
        starts_at=meeting.starts_at,
        location=meeting.location,
        leader=meeting.leader.name if meeting.leader else None,
        secretary=meeting.secretary.name if meeting.secretary else None,
        case_count=case_count,
    )


class MeetingService:
    """Meeting days: listing, agendas, and adding cases with planned slots."""

    def __init__(self, sessions: SessionFactory, *, actor: str, today: Callable[[], date] = date.today) -> None:
        self._sessions = sessions
        self._actor = actor
        self._today = today

    def list_meetings(self, *, past_limit: int | None = None) -> list[MeetingRow]:
        """Return every meeting, soonest first from today, then past ones newest first (at most
        ``past_limit`` past ones when given).

        Two Core queries (upcoming, past), ordered and counted in SQL by the ``meeting_date`` and the
        agenda's ``meeting_id`` indexes; no ORM objects, so a long history costs rows, not objects.
        """
        today = self._today()
        leader, secretary = aliased(TeamMember), aliased(TeamMember)
        count = (
            select(func.count())
            .select_from(AgendaItem)
            .where(AgendaItem.meeting_id == Meeting.id)
            .correlate(Meeting)
            .scalar_subquery()
        )
        base = (
            select(
                Meeting.id,
                Meeting.title,
                Meeting.meeting_date,
                Meeting.starts_at,
                Meeting.location,
                leader.name,
                secretary.name,
                count,
            )
            .outerjoin(leader, leader.id == Meeting.leader_id)
            .outerjoin(secretary, secretary.id == Meeting.secretary_id)
        )
        upcoming = base.where(Meeting.meeting_date >= today).order_by(
            Meeting.meeting_date, Meeting.starts_at, Meeting.id
        )
        past = base.where(Meeting.meeting_date < today).order_by(Meeting.meeting_date.desc(), Meeting.id)
        if past_limit is not None:
            past = past.limit(past_limit)
        with self._sessions.begin() as session:
            return [MeetingRow(*row) for query in (upcoming, past) for row in session.execute(query)]

    def agenda(self, meeting_id: int) -> Agenda:
        """Return the meeting and its agenda, readiness evaluated as of the meeting day."""
        with self._sessions.begin() as session:
            meeting = load_meeting(session, meeting_id)
            rules = load_rules(session, meeting.team_id)
            rows = []
            ordered = sorted(meeting.agenda_items, key=lambda i: (i.status == "postponed", i.position))
            for item in ordered:
                summary = case_row(item.case, rules, meeting.meeting_date)
                rows.append(
                    AgendaRow(
                        item_id=item.id,
                        position=item.position,
                        planned_start=item.planned_start,
                        planned_end=_end(item),
                        planned_minutes=item.planned_minutes,
                        case_id=summary.case_id,
                        case_ref=summary.case_ref,
                        case_type=summary.case_type,
                        citizen_name=summary.citizen_name,
                        pages=summary.pages,
                        readiness=summary.readiness,
                        findings=summary.findings,
                        status=item.status,
                        postponed_reason=item.postponed_reason,
                    )
                )
            return Agenda(
                meeting=_meeting_row(meeting, len(rows)), rows=tuple(rows), warnings=day_warnings_of(meeting, rules)
            )


def day_warnings_of(meeting: Meeting, rules: Rules) -> DayWarnings:
    """Return the capacity and end-of-day warnings of a loaded meeting's planned cases."""
    planned = [i for i in meeting.agenda_items if i.status == "planned"]
    slots = plan_slots(meeting.starts_at, [i.planned_minutes for i in planned], rules.day.break_minutes_between_cases)
    return day_warnings([i.case.current.case_type for i in planned], slots, rules)


def load_meeting(session: Session, meeting_id: int) -> Meeting:
    """Return a meeting with its people and agenda (cases, versions, documents) loaded."""
    meeting = session.scalars(
        select(Meeting)
        .where(Meeting.id == meeting_id)
        .options(
            selectinload(Meeting.leader),
            selectinload(Meeting.secretary),
            selectinload(Meeting.invited).selectinload(MeetingMember.member),
            selectinload(Meeting.agenda_items).selectinload(AgendaItem.attendance),
            selectinload(Meeting.agenda_items)
            .selectinload(AgendaItem.case)
            .selectinload(Case.versions)
            .selectinload(CaseVersion.documents),
            selectinload(Meeting.agenda_items)
            .selectinload(AgendaItem.case)
            .selectinload(Case.versions)
            .selectinload(CaseVersion.summary_sections),
        )
    ).one_or_none()
    if meeting is None:
        raise NotFoundError(error_text("there is no meeting with id {meeting_id}", meeting_id=meeting_id))
    return meeting


def _end(item: AgendaItem) -> time:
    return PlannedSlot(start=item.planned_start, minutes=item.planned_minutes).end
