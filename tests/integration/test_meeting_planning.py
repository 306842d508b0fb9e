"""Planning meeting days (issue 21): a case sits on one day at a time; case days for the add-cases dialog."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time, timedelta
from pathlib import Path

import pytest

from rehabmeet.errors import UserFacingError
from rehabmeet.services.meetings import MeetingService
from rehabmeet.services.planning import MeetingDraft, MeetingPlanService
from rehabmeet.storage.database import Database
from tests.helpers.db import open_home_database


@pytest.fixture
def database(demo_home: Path) -> Iterator[Database]:
    db = open_home_database(demo_home)
    yield db
    db.close()


def _demo_day(database: Database) -> tuple[int, date, list[int]]:
    (meeting,) = MeetingService(database.sessions, actor="t").list_meetings()
    agenda = MeetingService(database.sessions, actor="t").agenda(meeting.meeting_id)
    return meeting.meeting_id, meeting.meeting_date, [row.case_id for row in agenda.rows]


def test_a_case_planned_on_a_coming_day_cannot_be_put_on_another(database: Database) -> None:
    _meeting_id, day, case_ids = _demo_day(database)
    plan = MeetingPlanService(database.sessions, actor="leader", today=lambda: day)
    later = plan.create_meeting(MeetingDraft(day + timedelta(days=7), time(9), "Næste møde", None, None, None, ()))
    with pytest.raises(UserFacingError, match=r"already on the meeting day \d\d\.\d\d\.\d{4}; postpone or remove"):
        plan.add_cases(later, [case_ids[0]])
    assert MeetingService(database.sessions, actor="t").agenda(later).rows == ()  # nothing half-written


def test_a_case_on_a_past_day_is_history_and_may_come_back(database: Database) -> None:
    _meeting_id, day, case_ids = _demo_day(database)
    plan = MeetingPlanService(database.sessions, actor="leader", today=lambda: day + timedelta(days=1))
    later = plan.create_meeting(MeetingDraft(day + timedelta(days=7), time(9), "Næste møde", None, None, None, ()))
    plan.add_cases(later, [case_ids[0]])
    days = plan.case_days()
    assert days[case_ids[0]].meeting_days == (day, day + timedelta(days=7))
    assert days[case_ids[1]].meeting_days == (day,)


def _members(database: Database) -> list[int]:
    from rehabmeet.services.team import TeamService

    team = TeamService(database.sessions).team()
    assert team is not None
    return [m.member_id for m in team.members]


def test_a_new_day_needs_a_leader_a_secretary_and_a_start_before_the_end_of_the_day(database: Database) -> None:
    plan = MeetingPlanService(database.sessions, actor="leader")
    leader, secretary, *_ = _members(database)
    before = len(MeetingService(database.sessions, actor="t").list_meetings())
    nobody = MeetingDraft(date(2027, 3, 3), time(9, 1), "Møde", None, None, None, ())
    with pytest.raises(UserFacingError, match="choose the meeting leader and the secretary"):
        plan.create_meeting(nobody, require_people=True)
    late = MeetingDraft(date(2027, 3, 3), time(16, 0), "Møde", None, leader, secretary, ())
    with pytest.raises(UserFacingError, match="must start before it ends at 15:30"):
        plan.create_meeting(late, require_people=True)
    assert len(MeetingService(database.sessions, actor="t").list_meetings()) == before  # nothing half-made


def test_a_day_is_changed_and_an_empty_one_deleted(database: Database) -> None:
    plan = MeetingPlanService(database.sessions, actor="leader")
    meetings = MeetingService(database.sessions, actor="t")
    leader, secretary, *_ = _members(database)
    made = plan.create_meeting(
        MeetingDraft(date(2027, 3, 3), time(9), "Møde", None, leader, secretary, (leader,)), require_people=True
    )
    plan.update_meeting(made, MeetingDraft(date(2027, 3, 4), time(10), "Ekstra møde", "Lok. 2", secretary, leader, ()))
    draft = plan.draft_of(made)
    assert (draft.meeting_date, draft.starts_at, draft.title, draft.location) == (
        date(2027, 3, 4),
        time(10),
        "Ekstra møde",
        "Lok. 2",
    )
    assert (draft.leader_id, draft.secretary_id, draft.invited_ids) == (secretary, leader, ())
    demo_id, _day, _cases = _demo_day_of(meetings, made)
    with pytest.raises(UserFacingError, match=r"still has cases on its agenda \(7\)"):
        plan.delete_meeting(demo_id)
    plan.delete_meeting(made)
    assert made not in [m.meeting_id for m in meetings.list_meetings()]


def _demo_day_of(meetings: MeetingService, other: int) -> tuple[int, date, int]:
    demo = next(m for m in meetings.list_meetings() if m.meeting_id != other)
    return demo.meeting_id, demo.meeting_date, 0
