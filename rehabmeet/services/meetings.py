"""Meeting days and their agendas, as frozen rows."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased, selectinload

from rehabmeet.errors import NotFoundError
from rehabmeet.i18n import error_text
from rehabmeet.meeting.plan import DayWarnings, PlannedSlot, day_warnings, plan_slots
from rehabmeet.models import AgendaItem, Case, CaseVersion, Meeting, MeetingMember, TeamMember
from rehabmeet.services.agenda_rows import Agenda, AgendaRow, MeetingRow
from rehabmeet.settings.rules import Rules
from rehabmeet.settings.store import load_rules
from rehabmeet.storage.database import SessionFactory


class MeetingService:
    """Meeting days: listing, agendas, and adding cases with planned slots."""

    def __init__(self, sessions: SessionFactory, *, actor: str, today: Callable[[], date] = date.today) -> None:
        self._sessions = sessions
        self._actor = actor
        self._today = today

    def list_meetings(self, *, past_limit: int | None = None) -> list[MeetingRow]:
        """Return every meeting not cancelled, soonest first from today, then past ones newest first (at most
        ``past_limit`` past ones when given).

        Two Core queries (upcoming, past), ordered and counted in SQL by the ``meeting_date`` and the
        agenda's ``meeting_id`` indexes; no ORM objects, so a long history costs rows, not objects.
        """
        today = self._today()
        live = _meeting_rows().where(Meeting.cancelled_at.is_(None))
        upcoming = live.where(Meeting.meeting_date >= today)
        past = live.where(Meeting.meeting_date < today)
        upcoming = upcoming.order_by(Meeting.meeting_date, Meeting.starts_at, Meeting.id)
        past = past.order_by(Meeting.meeting_date.desc(), Meeting.id.desc())  # a backward walk of the date index
        if past_limit is not None:
            past = past.limit(past_limit)
        with self._sessions.begin() as session:
            return [MeetingRow(*row) for query in (upcoming, past) for row in session.execute(query)]

    def agenda(self, meeting_id: int) -> Agenda:
        """Return the meeting and its agenda, readiness evaluated as of the meeting day.

        Set-based, like the case listing (the window's first read): the meeting row, its agenda items,
        and its cases through :func:`~rehabmeet.services.case_listing.listed_cases`; no ORM objects.
        """
        from rehabmeet.services.case_listing import listed_cases

        with self._sessions.begin() as session:
            head = session.execute(
                _meeting_rows().add_columns(Meeting.team_id).where(Meeting.id == meeting_id)
            ).one_or_none()
            if head is None:
                raise NotFoundError(error_text("there is no meeting with id {meeting_id}", meeting_id=meeting_id))
            meeting, team_id = MeetingRow(*head[:-1]), head[-1]
            rules = load_rules(session, team_id)
            items = session.execute(
                select(
                    AgendaItem.id,
                    AgendaItem.position,
                    AgendaItem.planned_start,
                    AgendaItem.planned_minutes,
                    AgendaItem.case_id,
                    AgendaItem.status,
                    AgendaItem.postponed_reason,
                )
                .where(AgendaItem.meeting_id == meeting_id)
                .order_by(AgendaItem.position)
            ).all()
            cases = {
                row.case_id: row for row in listed_cases(session, rules, meeting.meeting_date, meeting_id=meeting_id)
            }
        rows = tuple(
            AgendaRow(
                item_id=item_id,
                position=position,
                planned_start=start,
                planned_end=PlannedSlot(start=start, minutes=minutes).end,
                planned_minutes=minutes,
                case_id=case_id,
                case_ref=cases[case_id].case_ref,
                case_type=cases[case_id].case_type,
                citizen_name=cases[case_id].citizen_name,
                pages=cases[case_id].pages,
                readiness=cases[case_id].readiness,
                findings=cases[case_id].findings,
                status=status,
                postponed_reason=reason,
            )
            for item_id, position, start, minutes, case_id, status, reason in sorted(
                items, key=lambda i: (i[5] == "postponed", i[1])
            )
        )
        planned = [i for i in items if i[5] == "planned"]
        slots = plan_slots(meeting.starts_at, [i[3] for i in planned], rules.day.break_minutes_between_cases)
        warnings = day_warnings([cases[i[4]].case_type for i in planned], slots, rules)
        return Agenda(meeting=meeting, rows=rows, warnings=warnings)


def _meeting_rows() -> Select[Any]:
    """The columns of :class:`MeetingRow`, the leader's and secretary's names and the agenda's size."""
    leader, secretary = aliased(TeamMember), aliased(TeamMember)
    count = (
        select(func.count())
        .select_from(AgendaItem)
        .where(AgendaItem.meeting_id == Meeting.id)
        .correlate(Meeting)
        .scalar_subquery()
    )
    return (
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
