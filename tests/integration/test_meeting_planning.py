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
