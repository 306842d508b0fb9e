"""Live updates: a change saved on one laptop reaches a listener on another within a second, named
(who, what, which case); on PostgreSQL through LISTEN/NOTIFY, on the SQLCipher file by polling."""

from __future__ import annotations

import queue
from collections.abc import Iterator
from pathlib import Path

import pytest

from rehabmeet.demo.day import DemoService
from rehabmeet.paths import resolve_paths
from rehabmeet.services.indstilling import IndstillingService
from rehabmeet.services.lanes import LaneService
from rehabmeet.services.live import ChangeListener, describe
from rehabmeet.services.meetings import MeetingService
from rehabmeet.storage.changes import Change, publish
from rehabmeet.storage.database import Database, open_database
from rehabmeet.storage.target import resolve_target


@pytest.fixture(params=["postgresql", "sqlite"])
def two_laptops(request: pytest.FixtureRequest, isolated_environment: Path) -> Iterator[tuple[Database, Database, int]]:
    db = request.getfixturevalue("postgres_url") if request.param == "postgresql" else None
    target = resolve_target(resolve_paths(isolated_environment).ensure(), db)
    leader = open_database(target)
    DemoService(leader.sessions, actor="leader").create()
    secretary = open_database(target)
    meetings = MeetingService(secretary.sessions, actor="t")
    (meeting,) = meetings.list_meetings()
    item = next(r.item_id for r in meetings.agenda(meeting.meeting_id).rows if r.case_ref == "DEMO-2026-003")
    yield leader, secretary, item
    secretary.close()
    leader.close()


def _listen(database: Database) -> tuple[ChangeListener, queue.Queue[Change]]:
    arrived: queue.Queue[Change] = queue.Queue()
    listener = ChangeListener(database, arrived.put, skip_origin=database.origin)
    listener.start()
    assert listener.ready.wait(10)
    return listener, arrived


def test_a_save_on_one_laptop_reaches_the_other_named(two_laptops: tuple[Database, Database, int]) -> None:
    leader, secretary, item = two_laptops
    listener, arrived = _listen(leader)
    try:
        service = IndstillingService(secretary.sessions, actor="Jonas Bech")
        view = service.draft(item)
        service.save(item, view.content.with_changes(citizen_view="Jeg vil gerne."), expected_revision=view.revision)
        change = arrived.get(timeout=5)
        assert (change.person, change.what, change.fields, change.case_ref) == (
            "Jonas Bech",
            "indstilling",
            ("citizen_view",),
            "DEMO-2026-003",
        )
        assert describe(change).startswith("DEMO-2026-003: Jonas Bech changed The citizen's own view at ")
        service.finalise(item, {r.rule_id: "test" for r in service.draft(item).checklist if r.blocks})
        assert arrived.get(timeout=5).what == "indstilling.finalised"
    finally:
        listener.stop()


def test_a_window_does_not_hear_its_own_changes_and_a_rolled_back_one_is_never_heard(
    two_laptops: tuple[Database, Database, int],
) -> None:
    leader, secretary, item = two_laptops
    listener, arrived = _listen(leader)
    try:
        lane = LaneService(leader.sessions, actor="leader").lanes(item).lanes[0].lane_id
        LaneService(leader.sessions, actor="leader").add_point(lane, "my own point")  # own: skipped
        with secretary.sessions() as session:  # a change that is rolled back
            publish(session, "Jonas Bech", "lanes", item_id=item)
            session.rollback()
        LaneService(secretary.sessions, actor="Jonas Bech").add_point(lane, "his point")
        change = arrived.get(timeout=5)
        assert (change.person, change.what, change.item_id) == ("Jonas Bech", "lanes", item)
        assert arrived.empty()
    finally:
        listener.stop()
