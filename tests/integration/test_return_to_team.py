"""§ 11 stk. 2 (001 L654–658): a decision departing from the indstilling is refused at the table and the case
goes on the return-to-team queue; once the team has been heard again the municipality decides."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from rehabmeet.services.decisions import DecisionDeparts, DecisionDraft, DecisionService
from rehabmeet.services.follow_through import FollowThroughService
from rehabmeet.services.indstilling import IndstillingService
from rehabmeet.services.meetings import MeetingService
from rehabmeet.services.planning import MeetingDraft, MeetingPlanService
from rehabmeet.storage.database import Database
from tests.helpers.db import open_home_database
from tests.helpers.indstilling import finalise_demo_fleksjob

DEPARTING = DecisionDraft(
    outcome="ressourceforloeb",
    reasons="Kommunen vurderer, at arbejdsevnen kan udvikles.",
    facts="Praktikrapport: 12 timer om ugen.",
    heard_at=datetime(2026, 11, 26, 10, 40, tzinfo=UTC),
    effective_date=date(2026, 12, 1),
    months=18,
)


@pytest.fixture
def database(demo_home: Path) -> Iterator[Database]:
    database = open_home_database(demo_home)
    yield database
    database.close()


def test_a_departing_decision_is_refused_with_the_reason_and_the_case_is_queued(database: Database) -> None:
    item = finalise_demo_fleksjob(database.sessions)
    decisions = DecisionService(database.sessions, actor="afdelingsleder")
    decisions.save(item, DEPARTING)
    with pytest.raises(DecisionDeparts, match=r"departs from the team's indstilling 'fleksjob'.*return-to-team queue"):
        decisions.finalise(item)
    assert not decisions.decision(item).final
    meeting = MeetingService(database.sessions, actor="t").list_meetings()[0]
    follow = FollowThroughService(database.sessions, actor="t", today=lambda: meeting.meeting_date)
    (queued,) = follow.return_queue()
    assert (queued.case_ref, queued.reason, queued.item_id) == ("DEMO-2026-003", "departs", item)
    with database.engine.connect() as connection:
        logged = connection.execute(text("SELECT details FROM event_log WHERE action = 'case.returns_to_team'")).all()
    assert len(logged) == 1 and "ressourceforloeb" in logged[0].details

    IndstillingService(database.sessions, actor="secretary").reopen(item, "Teamet hører sagen igen")
    IndstillingService(database.sessions, actor="secretary").finalise(item)
    assert follow.return_queue() == ()  # heard again
    decisions.save(item, DEPARTING)
    made = decisions.finalise(item)
    assert made.final and not made.follows_indstilling


def test_a_decision_following_the_indstilling_is_made_at_once(database: Database) -> None:
    item = finalise_demo_fleksjob(database.sessions)
    decisions = DecisionService(database.sessions, actor="afdelingsleder")
    decisions.save(
        item,
        DecisionDraft(
            outcome="fleksjob",
            reasons=DEPARTING.reasons,
            facts=DEPARTING.facts,
            heard_at=DEPARTING.heard_at,
            effective_date=DEPARTING.effective_date,
        ),
    )
    assert decisions.finalise(item).final


def test_the_case_on_a_later_meeting_counts_as_heard_again(database: Database) -> None:
    item = finalise_demo_fleksjob(database.sessions)
    decisions = DecisionService(database.sessions, actor="afdelingsleder")
    decisions.save(item, DEPARTING)
    with pytest.raises(DecisionDeparts):
        decisions.finalise(item)
    meeting = MeetingService(database.sessions, actor="t").list_meetings()[0]
    follow = FollowThroughService(database.sessions, actor="t", today=lambda: meeting.meeting_date)
    (queued,) = follow.return_queue()
    plan = MeetingPlanService(database.sessions, actor="leader")
    later = plan.create_meeting(
        MeetingDraft(meeting.meeting_date + timedelta(days=14), time(9), "Næste møde", None, None, None, ())
    )
    plan.add_cases(later, [queued.case_id])
    assert follow.return_queue() == ()


@pytest.mark.parametrize(
    ("heard_at", "effective_date", "message"),
    [
        (datetime(2030, 1, 1, 10, tzinfo=UTC), date(2030, 2, 1), "cannot have been heard in the future"),
        (DEPARTING.heard_at, date(2020, 1, 1), "cannot take effect on 01.01.2020, before the citizen was heard"),
    ],
)
def test_a_decision_with_impossible_dates_is_not_made(
    database: Database, heard_at: datetime, effective_date: date, message: str
) -> None:
    """The afgørelse says the citizen was heard before it was made, and when the measure starts."""
    from rehabmeet.errors import UserFacingError

    item = finalise_demo_fleksjob(database.sessions)
    decisions = DecisionService(database.sessions, actor="afdelingsleder")
    draft = DecisionDraft(
        outcome="fleksjob",
        reasons=DEPARTING.reasons,
        facts=DEPARTING.facts,
        heard_at=heard_at,
        effective_date=effective_date,
    )
    decisions.save(item, draft)
    with pytest.raises(UserFacingError, match=message):
        decisions.finalise(item)
    assert not decisions.decision(item).final
