"""Follow-through after the meeting and the queue of cases that must come back to the team."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time, timedelta
from pathlib import Path

import pytest

from rehabmeet.errors import UserFacingError
from rehabmeet.services.follow_through import FollowThroughService
from rehabmeet.services.meetings import MeetingService
from rehabmeet.services.planning import MeetingDraft, MeetingPlanService
from rehabmeet.storage.database import Database
from tests.helpers.db import open_home_database
from tests.helpers.indstilling import COMPLETE_FLEKSJOB, finalise_demo_fleksjob


@pytest.fixture
def database(demo_home: Path) -> Iterator[Database]:
    database = open_home_database(demo_home)
    yield database
    database.close()


def _service(database: Database, today: date) -> FollowThroughService:
    return FollowThroughService(database.sessions, actor="secretary", today=lambda: today)


def test_finalising_records_the_measures_and_the_citizen_is_told_within_the_rules(database: Database) -> None:
    item = finalise_demo_fleksjob(database.sessions)
    meeting_date = MeetingService(database.sessions, actor="t").list_meetings()[0].meeting_date
    late = _service(database, meeting_date + timedelta(days=6)).view(item)
    assert [m.type for m in late.measures] == [i.type for i in COMPLETE_FLEKSJOB.interventions]
    assert (late.informed_on, late.informed_state) == (None, "warning")  # 6 days and not told: over 4
    assert _service(database, meeting_date + timedelta(days=15)).view(item).informed_state == "alert"
    told = _service(database, meeting_date + timedelta(days=30)).record_informed(item, meeting_date, "letter")
    assert (told.informed_days, told.informed_state) == (0, "ok")
    with pytest.raises(UserFacingError, match="unknown channel"):
        _service(database, meeting_date).record_informed(item, meeting_date, "pigeon")


def test_a_departing_decision_enters_the_queue_until_the_case_is_on_a_later_day(database: Database) -> None:
    item = finalise_demo_fleksjob(database.sessions)
    meeting = MeetingService(database.sessions, actor="t").list_meetings()[0]
    service = _service(database, meeting.meeting_date + timedelta(days=20))
    view = service.record_decision(item, meeting.meeting_date + timedelta(days=10), "ressourceforloeb")
    assert view.follows_indstilling is False
    (queued,) = service.return_queue()
    assert (queued.case_ref, queued.reason) == ("DEMO-2026-003", "departs")
    plan = MeetingPlanService(database.sessions, actor="leader")
    later = plan.create_meeting(
        MeetingDraft(meeting.meeting_date + timedelta(days=35), time(9), "Næste møde", None, None, None, ())
    )
    plan.add_cases(later, [queued.case_id])
    assert service.return_queue() == ()


def test_a_ressourceforloeb_not_started_in_time_returns_until_a_measure_starts(database: Database) -> None:
    item = finalise_demo_fleksjob(database.sessions)  # its indstilling outcome is changed below
    meeting_date = MeetingService(database.sessions, actor="t").list_meetings()[0].meeting_date
    from sqlalchemy import update

    from rehabmeet.models import Indstilling

    with database.sessions.begin() as session:
        row = session.query(Indstilling).filter_by(agenda_item_id=item).one()
        session.execute(
            update(Indstilling)
            .where(Indstilling.id == row.id)
            .values(content={**row.content, "outcome": "ressourceforloeb"})
        )
    decided = meeting_date + timedelta(days=2)
    early = _service(database, decided + timedelta(days=30))
    early.record_decision(item, decided, "ressourceforloeb")
    assert early.return_queue() == ()  # within the 60 days of the rules
    late = _service(database, decided + timedelta(days=61))
    (queued,) = late.return_queue()
    assert queued.reason == "not_started" and queued.since == decided
    measure = late.view(item).measures[0]
    late.set_measure(measure.id, started_on=decided + timedelta(days=40))
    assert late.return_queue() == ()
    with pytest.raises(UserFacingError, match="either started or was dropped"):
        late.set_measure(measure.id, started_on=decided, dropped_reason="syg")


def test_follow_through_needs_a_finalised_indstilling(database: Database) -> None:
    meetings = MeetingService(database.sessions, actor="t")
    item = meetings.agenda(meetings.list_meetings()[0].meeting_id).rows[0].item_id
    with pytest.raises(UserFacingError, match="finalised"):
        _service(database, date(2026, 12, 1)).record_decision(item, date(2026, 12, 1), "fleksjob")
