"""The shared team database: the same code against a real PostgreSQL server, with two laptops
(two engines, two connection pools) working on the same meeting at once."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from rehabmeet.audit.chain import verify_chain
from rehabmeet.audit.events import record_event
from rehabmeet.demo.day import DemoService
from rehabmeet.paths import resolve_paths
from rehabmeet.recommendation.content import IndstillingContent
from rehabmeet.services.attendance import AttendanceService
from rehabmeet.services.indstilling import IndstillingService, StaleDraftError
from rehabmeet.services.meetings import MeetingService
from rehabmeet.storage.database import Database, open_database
from rehabmeet.storage.target import resolve_target


@pytest.fixture
def two_laptops(postgres_url: str, tmp_path: Path) -> Iterator[tuple[Database, Database, int]]:
    leader = open_database(resolve_target(resolve_paths(tmp_path / "leader"), postgres_url))
    DemoService(leader.sessions, actor="leader").create()
    secretary = open_database(resolve_target(resolve_paths(tmp_path / "secretary"), postgres_url))
    meetings = MeetingService(secretary.sessions, actor="secretary")
    (meeting,) = meetings.list_meetings()
    item = next(r.item_id for r in meetings.agenda(meeting.meeting_id).rows if r.case_ref == "DEMO-2026-003")
    yield leader, secretary, item
    secretary.close()
    leader.close()


def test_the_schema_and_the_demo_day_work_on_postgresql(two_laptops: tuple[Database, Database, int]) -> None:
    leader, secretary, _item = two_laptops
    assert leader.schema.current == secretary.schema.current and not leader.encrypted
    assert verify_chain(secretary.sessions).intact


def test_two_laptops_editing_different_fields_both_keep_their_edit(two_laptops: tuple[Database, Database, int]) -> None:
    leader_db, secretary_db, item = two_laptops
    leader = IndstillingService(leader_db.sessions, actor="leader")
    secretary = IndstillingService(secretary_db.sessions, actor="secretary")
    leader_view, secretary_view = leader.draft(item), secretary.draft(item)
    secretary.save(
        item,
        secretary_view.content.with_changes(outcome="fleksjob", prospects="Kan arbejde 12 timer."),
        expected_revision=secretary_view.revision,
        base=secretary_view.content,
    )
    saved = leader.save(
        item,
        leader_view.content.with_changes(citizen_view="Borgeren ønsker fleksjob."),
        expected_revision=leader_view.revision,
        base=leader_view.content,
    )
    assert saved.merged_fields == ("outcome", "prospects")
    final = secretary.draft(item).content
    assert (final.outcome, final.prospects, final.citizen_view) == (
        "fleksjob",
        "Kan arbejde 12 timer.",
        "Borgeren ønsker fleksjob.",
    )


def test_the_same_field_edited_on_two_laptops_is_refused_naming_it(
    two_laptops: tuple[Database, Database, int],
) -> None:
    leader_db, secretary_db, item = two_laptops
    leader = IndstillingService(leader_db.sessions, actor="leader")
    secretary = IndstillingService(secretary_db.sessions, actor="secretary")
    base = leader.draft(item)
    secretary.save(
        item, IndstillingContent(prospects="Secretary's text"), expected_revision=base.revision, base=base.content
    )
    with pytest.raises(
        StaleDraftError, match=r"secretary changed the same field.*Prospects for work or education"
    ) as refused:
        leader.save(
            item, IndstillingContent(prospects="Leader's text"), expected_revision=base.revision, base=base.content
        )
    (clash,) = refused.value.clashes
    assert (clash.field, clash.mine, clash.theirs) == ("prospects", "Leader's text", "Secretary's text")
    assert secretary.draft(item).content.prospects == "Secretary's text"


def test_attendance_and_the_indstilling_edited_at_the_same_time_lose_nothing(
    two_laptops: tuple[Database, Database, int],
) -> None:
    leader_db, secretary_db, item = two_laptops
    attendance = AttendanceService(leader_db.sessions, actor="leader")
    rows = [r.row_id for r in attendance.attendance(item).rows if r.role == "member"]
    secretary = IndstillingService(secretary_db.sessions, actor="secretary")
    errors: list[BaseException] = []
    start = threading.Barrier(2)

    def mark_absent() -> None:
        try:
            start.wait()
            for row_id in rows[:3]:
                attendance.update(item, row_id, present=False)
        except BaseException as exc:  # reported below
            errors.append(exc)

    def type_indstilling() -> None:
        try:
            start.wait()
            for n in range(5):
                view = secretary.draft(item)
                secretary.save(
                    item, view.content.with_changes(prospects=f"udkast {n}"), expected_revision=view.revision
                )
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=mark_absent), threading.Thread(target=type_indstilling)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == []
    absent = {r.row_id for r in attendance.attendance(item).rows if not r.present}
    assert set(rows[:3]) <= absent and secretary.draft(item).content.prospects == "udkast 4"


def test_two_laptops_appending_to_the_event_log_at_once_keep_one_chain(
    two_laptops: tuple[Database, Database, int],
) -> None:
    leader_db, secretary_db, _item = two_laptops
    before = verify_chain(leader_db.sessions).checked
    errors: list[BaseException] = []

    def append(database: Database, who: str) -> None:
        try:
            for n in range(25):
                with database.sessions.begin() as session:
                    record_event(session, who, "test.append", n=n)
                    record_event(session, who, "test.append.second", n=n)
        except BaseException as exc:
            errors.append(exc)

    threads = [
        threading.Thread(target=append, args=(database, f"{name}-{k}"))
        for database, name in ((leader_db, "leader"), (secretary_db, "secretary"))
        for k in range(3)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == []
    report = verify_chain(secretary_db.sessions)
    assert report.intact and report.checked == before + 6 * 50


def test_the_dashboard_computes_the_same_kpis_on_postgresql(two_laptops: tuple[Database, Database, int]) -> None:
    from datetime import date

    from rehabmeet.services.stats import StatsService
    from tests.helpers.history import KnownCase, write_known_history

    leader, _secretary, _item = two_laptops
    day = date(2026, 10, 1)
    write_known_history(
        leader,
        day,
        [
            KnownCase("fleksjob", "fleksjob", 92, 0, at_table=True, informed_after=0, measures=(("mentor", 30, None),)),
            KnownCase("fleksjob", "fleksjob", 61, 10, informed_after=3),
            KnownCase("ressourceforloeb", "ressourceforloeb", 30, 20, informed_after=20),
        ],
    )
    dashboard = StatsService(leader.sessions, actor="m").dashboard(date(2026, 9, 1), date(2026, 10, 31))
    waits = {row[0]: row[1:] for row in dashboard.table("waiting_days").rows}
    assert waits["signed_to_meeting"] == (3, 61, 92) and waits["meeting_to_decision"] == (3, 10, 20)
    assert dashboard.table("cases_per_month").rows == (("2026-10", "fleksjob", 2), ("2026-10", "ressourceforloeb", 1))
    assert dict(dashboard.table("citizen_informed").rows) == {"within_4_days": 2, "over_14_days": 1}
