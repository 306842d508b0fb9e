"""Planning a meeting day: create it, put cases on it, order them, postpone them; slots re-planned each time."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from rehabmeet.audit.events import record_event
from rehabmeet.errors import NotFoundError, UserFacingError
from rehabmeet.i18n import error_text
from rehabmeet.meeting.plan import phase_budgets, plan_slots
from rehabmeet.models import AgendaItem, Case, FollowThrough, Indstilling, Meeting, MeetingMember, Team, TeamMember
from rehabmeet.models.base import utc_now
from rehabmeet.services.meetings import load_meeting
from rehabmeet.settings.store import load_rules
from rehabmeet.storage.changes import publish
from rehabmeet.storage.database import SessionFactory
from rehabmeet.storage.locks import lock_meeting

PLANNED = "planned"
POSTPONED = "postponed"


@dataclass(frozen=True, slots=True)
class MeetingDraft:
    """What the "new meeting day" dialog collects."""

    meeting_date: date
    starts_at: time
    title: str
    location: str | None
    leader_id: int | None
    secretary_id: int | None
    invited_ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class CaseDays:
    """When a case was imported and the meeting days it is (or was) on, for choosing cases."""

    case_id: int
    imported_at: datetime
    meeting_days: tuple[date, ...]


class MeetingPlanService:
    """Changes to meeting days and their agendas; each change re-plans the slots."""

    def __init__(self, sessions: SessionFactory, *, actor: str, today: Callable[[], date] = date.today) -> None:
        self._sessions = sessions
        self._actor = actor
        self._today = today

    def case_days(self) -> dict[int, CaseDays]:
        """Every case's import time and meeting days (a case on an earlier day is history)."""
        with self._sessions.begin() as session:
            days: dict[int, list[date]] = {}
            for case_id, day in session.execute(
                select(AgendaItem.case_id, Meeting.meeting_date).join(Meeting, Meeting.id == AgendaItem.meeting_id)
            ):
                days.setdefault(case_id, []).append(day)
            return {
                case_id: CaseDays(case_id, created, tuple(sorted(days.get(case_id, ()))))
                for case_id, created in session.execute(select(Case.id, Case.created_at))
            }

    def check_draft(self, draft: MeetingDraft, *, require_people: bool = True) -> None:
        """Refuse a day that starts at or after the end of the day (the rules' ``day.end_of_day``),
        one without a title, and (``require_people``) one without a leader and a secretary."""
        if not draft.title.strip():
            raise UserFacingError(error_text("a meeting day needs a title"))
        if require_people and (draft.leader_id is None or draft.secretary_id is None):
            raise UserFacingError(error_text("choose the meeting leader and the secretary of the day"))
        with self._sessions.begin() as session:
            end = load_rules(session).day.end_of_day
        if draft.starts_at >= end:
            raise UserFacingError(
                error_text(
                    "the day must start before it ends at {end} (the rules' end of the day)",
                    end=end.strftime("%H:%M"),
                )
            )

    def draft_of(self, meeting_id: int) -> MeetingDraft:
        """What the meeting day holds, to edit it."""
        with self._sessions.begin() as session:
            meeting = load_meeting(session, meeting_id)
            return MeetingDraft(
                meeting_date=meeting.meeting_date,
                starts_at=meeting.starts_at,
                title=meeting.title,
                location=meeting.location,
                leader_id=meeting.leader_id,
                secretary_id=meeting.secretary_id,
                invited_ids=tuple(m.member_id for m in meeting.invited),
            )

    def update_meeting(self, meeting_id: int, draft: MeetingDraft) -> int:
        """Change a meeting day's date, time, room and people (checked as :meth:`check_draft`); re-plans."""
        self.check_draft(draft)
        with self._sessions.begin() as session:
            meeting = load_meeting(session, meeting_id)
            known = set(session.scalars(select(TeamMember.id).where(TeamMember.team_id == meeting.team_id)))
            unknown = {i for i in (draft.leader_id, draft.secretary_id, *draft.invited_ids) if i is not None} - known
            if unknown:
                raise NotFoundError(error_text("no team member has id {unknown}", unknown=min(unknown)))
            meeting.meeting_date, meeting.starts_at = draft.meeting_date, draft.starts_at
            meeting.title, meeting.location = draft.title.strip(), draft.location
            meeting.leader_id, meeting.secretary_id = draft.leader_id, draft.secretary_id
            wanted = list(dict.fromkeys(draft.invited_ids))
            meeting.invited = [m for m in meeting.invited if m.member_id in wanted]
            have = {m.member_id for m in meeting.invited}
            meeting.invited.extend(MeetingMember(member_id=i) for i in wanted if i not in have)
            record_event(
                session, self._actor, "meeting.changed", meeting_id=meeting.id, date=draft.meeting_date.isoformat()
            )
            session.flush()
            replan(session, meeting)
            return meeting.id

    def delete_meeting(self, meeting_id: int) -> None:
        """Delete (cancel) a meeting day with no cases on its agenda: it leaves every list; its row and
        events stay, since the event chain refers to them."""
        with self._sessions.begin() as session:
            meeting = load_meeting(session, meeting_id)
            if meeting.agenda_items:
                raise UserFacingError(
                    error_text(
                        "the meeting day still has cases on its agenda ({count}); take them off it first",
                        count=len(meeting.agenda_items),
                    )
                )
            meeting.cancelled_at = utc_now()
            record_event(
                session, self._actor, "meeting.deleted", meeting_id=meeting.id, date=meeting.meeting_date.isoformat()
            )

    def create_meeting(self, draft: MeetingDraft, *, require_people: bool = False) -> int:
        """Create a meeting day for the team and return its id (checked as :meth:`check_draft`;
        the window requires the leader and the secretary, scripts and the demo may leave them out)."""
        self.check_draft(draft, require_people=require_people)
        with self._sessions.begin() as session:
            team_id = session.scalar(select(Team.id).order_by(Team.id).limit(1))
            if team_id is None:
                raise UserFacingError(
                    error_text("there is no team yet: run `rehabmeet demo`, or set up the team first")
                )
            known = set(session.scalars(select(TeamMember.id).where(TeamMember.team_id == team_id)))
            unknown = {i for i in (draft.leader_id, draft.secretary_id, *draft.invited_ids) if i is not None} - known
            if unknown:
                raise NotFoundError(error_text("no team member has id {unknown}", unknown=min(unknown)))
            meeting = Meeting(
                team_id=team_id,
                title=draft.title.strip(),
                meeting_date=draft.meeting_date,
                starts_at=draft.starts_at,
                location=draft.location,
                leader_id=draft.leader_id,
                secretary_id=draft.secretary_id,
                invited=[MeetingMember(member_id=i) for i in dict.fromkeys(draft.invited_ids)],
            )
            session.add(meeting)
            session.flush()
            record_event(
                session,
                self._actor,
                "meeting.created",
                meeting_id=meeting.id,
                date=draft.meeting_date.isoformat(),
                invited=len(draft.invited_ids),
            )
            return meeting.id

    def add_cases(self, meeting_id: int, case_ids: list[int]) -> None:
        """Append cases to the agenda (skipping ones already on it) and re-plan every slot."""
        with self._sessions.begin() as session:
            lock_meeting(session, meeting_id)  # one change to the day's agenda at a time
            meeting = load_meeting(session, meeting_id)
            present = {item.case_id for item in meeting.agenda_items}
            for case_id in dict.fromkeys(case_ids):
                if case_id in present:
                    continue
                case = session.get(Case, case_id)
                if case is None:
                    raise NotFoundError(error_text("there is no case with id {case_id}", case_id=case_id))
                other = self._sitting_elsewhere(session, case_id, meeting.id)
                if other is not None:
                    raise UserFacingError(
                        error_text(
                            "the case {case_ref} is already on the meeting day {day}; postpone or remove it there first",  # noqa: E501
                            case_ref=case.case_ref,
                            day=other.meeting_date.strftime("%d.%m.%Y"),
                        )
                    )
                meeting.agenda_items.append(
                    AgendaItem(
                        case_id=case_id, position=len(meeting.agenda_items), planned_start=time(0), planned_minutes=0
                    )
                )
                record_event(session, self._actor, "agenda.case_added", case_id=case_id, meeting_id=meeting.id)
            session.flush()
            replan(session, meeting)
            publish(session, self._actor, "agenda", meeting_id=meeting_id)

    def _sitting_elsewhere(self, session: Session, case_id: int, meeting_id: int) -> Meeting | None:
        """The other meeting day, today or later, where the case is planned and neither heard (the team's
        indstilling finalised: it may go back to the team on a later day, § 11 stk. 2) nor decided."""
        decided = select(FollowThrough.agenda_item_id).where(FollowThrough.decision_date.is_not(None))
        heard = select(Indstilling.agenda_item_id).where(Indstilling.status == "final")
        return session.scalar(
            select(Meeting)
            .join(AgendaItem, AgendaItem.meeting_id == Meeting.id)
            .where(
                AgendaItem.case_id == case_id,
                AgendaItem.meeting_id != meeting_id,
                AgendaItem.status == PLANNED,
                AgendaItem.id.not_in(decided),
                AgendaItem.id.not_in(heard),
                Meeting.meeting_date >= self._today(),
            )
            .order_by(Meeting.meeting_date)
            .limit(1)
        )

    def move(self, meeting_id: int, item_id: int, new_position: int) -> None:
        """Move an agenda item to ``new_position`` (0-based) and re-plan."""
        with self._sessions.begin() as session:
            lock_meeting(session, meeting_id)  # one change to the day's agenda at a time
            meeting = load_meeting(session, meeting_id)
            items = list(meeting.agenda_items)
            item = next((i for i in items if i.id == item_id), None)
            if item is None:
                raise NotFoundError(error_text("the meeting has no agenda item {item_id}", item_id=item_id))
            items.remove(item)
            items.insert(max(0, min(new_position, len(items))), item)
            for position, each in enumerate(items):
                each.position = position
            record_event(
                session,
                self._actor,
                "agenda.moved",
                case_id=item.case_id,
                meeting_id=meeting_id,
                position=items.index(item),
            )
            session.flush()
            session.expire(meeting, ["agenda_items"])
            replan(session, load_meeting(session, meeting_id))
            publish(session, self._actor, "agenda", meeting_id=meeting_id)

    def positions(self, meeting_id: int) -> dict[int, int]:
        """Each agenda item's place (0-based), for putting it back after an undo."""
        with self._sessions.begin() as session:
            return {item.id: index for index, item in enumerate(load_meeting(session, meeting_id).agenda_items)}

    def put_back(self, meeting_id: int, case_id: int, position: int) -> int:
        """Undo a removal: put the case on the agenda again at ``position``; return its new item id."""
        self.add_cases(meeting_id, [case_id])
        with self._sessions.begin() as session:
            item_id = next(i.id for i in load_meeting(session, meeting_id).agenda_items if i.case_id == case_id)
        self.move(meeting_id, item_id, position)
        return item_id

    def restore_postponed(self, meeting_id: int, item_id: int) -> None:
        """Undo a postponement: the case is planned on this day again (recorded)."""
        with self._sessions.begin() as session:
            meeting = load_meeting(session, meeting_id)
            item = next((i for i in meeting.agenda_items if i.id == item_id), None)
            if item is None:
                raise NotFoundError(error_text("the meeting has no agenda item {item_id}", item_id=item_id))
            item.status, item.postponed_reason = PLANNED, None
            record_event(session, self._actor, "agenda.postpone_undone", case_id=item.case_id, meeting_id=meeting_id)
            session.flush()
            replan(session, meeting)

    def remove(self, meeting_id: int, item_id: int) -> None:
        """Take a case off the agenda (only before its timer has started)."""
        with self._sessions.begin() as session:
            lock_meeting(session, meeting_id)  # one change to the day's agenda at a time
            meeting = load_meeting(session, meeting_id)
            item = next((i for i in meeting.agenda_items if i.id == item_id), None)
            if item is None:
                raise NotFoundError(error_text("the meeting has no agenda item {item_id}", item_id=item_id))
            meeting.agenda_items.remove(item)
            record_event(session, self._actor, "agenda.case_removed", case_id=item.case_id, meeting_id=meeting_id)
            session.flush()
            replan(session, meeting)
            publish(session, self._actor, "agenda", meeting_id=meeting_id)

    def postpone(self, meeting_id: int, item_id: int, reason: str) -> None:
        """Move a case to another day: kept on the list as postponed, with the reason (control point A18)."""
        if not reason.strip():
            raise UserFacingError(
                error_text("say why the case is postponed; the reason is recorded (control point A18)")
            )
        with self._sessions.begin() as session:
            lock_meeting(session, meeting_id)  # one change to the day's agenda at a time
            meeting = load_meeting(session, meeting_id)
            item = next((i for i in meeting.agenda_items if i.id == item_id), None)
            if item is None:
                raise NotFoundError(error_text("the meeting has no agenda item {item_id}", item_id=item_id))
            item.status, item.postponed_reason = POSTPONED, reason.strip()
            record_event(
                session,
                self._actor,
                "agenda.postponed",
                case_id=item.case_id,
                meeting_id=meeting_id,
                reason=reason.strip(),
            )
            session.flush()
            replan(session, meeting)
            publish(session, self._actor, "agenda", meeting_id=meeting_id)

    def set_budgets(self, meeting_id: int, budgets: dict[int, dict[str, int]], why: str) -> None:
        """Give agenda items their own phase budgets (an accepted re-planning remedy)."""
        with self._sessions.begin() as session:
            lock_meeting(session, meeting_id)  # one change to the day's agenda at a time
            meeting = load_meeting(session, meeting_id)
            for item in meeting.agenda_items:
                if item.id in budgets:
                    item.phase_minutes = {**(item.phase_minutes or {}), **budgets[item.id]}
                    record_event(
                        session,
                        self._actor,
                        "agenda.budget_changed",
                        case_id=item.case_id,
                        meeting_id=meeting_id,
                        phase_minutes=item.phase_minutes,
                        why=why,
                    )
            session.flush()
            replan(session, meeting)
            publish(session, self._actor, "agenda", meeting_id=meeting_id)


def replan(session: Session, meeting: Meeting) -> None:
    """Recompute every planned item's slot from its budgets, in agenda order; postponed items keep theirs."""
    rules = load_rules(session, meeting.team_id)
    planned = [item for item in meeting.agenda_items if item.status == PLANNED]
    minutes = [sum(phase_budgets(i.case.current.case_type, i.phase_minutes, rules).values()) for i in planned]
    for item, slot in zip(
        planned, plan_slots(meeting.starts_at, minutes, rules.day.break_minutes_between_cases), strict=True
    ):
        item.planned_start = slot.start
        item.planned_minutes = slot.minutes
