"""The heard cases' summary rows (``case_fact``): the dashboard reads them, so they must follow every
change, and an upgraded database must have them for the cases heard before the upgrade."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from alembic import command
from sqlalchemy import select, text

from rehabmeet.migrations.fact_triggers import MARKS
from rehabmeet.models import AgendaItem, Attendance, Case
from rehabmeet.services.follow_through import FollowThroughService
from rehabmeet.services.stats import StatsService
from rehabmeet.storage.schema import _alembic_config
from tests.helpers.db import open_home_database
from tests.helpers.history import KnownCase, write_known_history

DAY = date(2026, 10, 1)
PERIOD = (date(2026, 10, 1), date(2026, 10, 31))
CASES = [
    KnownCase("fleksjob", "fleksjob", 130, 3, informed_after=2, checks={"C1": True, "C10": False}),
    KnownCase("ressourceforloeb", "ressourceforloeb", 40, None, education_present=False, birth_date=date(2000, 1, 1)),
]


def _item_of(database, ref: str) -> int:  # type: ignore[no-untyped-def]
    with database.sessions.begin() as session:
        return int(session.scalar(select(AgendaItem.id).join(Case).where(Case.case_ref == ref)))


def test_a_change_after_the_dashboard_shows_in_the_next_one(demo_home: Path) -> None:
    database = open_home_database(demo_home)
    write_known_history(database, DAY, CASES)
    stats = StatsService(database.sessions, actor="manager")
    before = stats.dashboard(*PERIOD)
    assert dict(before.table("citizen_informed").rows) == {"within_4_days": 1, "not_recorded": 1}
    item = _item_of(database, "KNOWN-1")
    FollowThroughService(database.sessions, actor="secretary").record_informed(item, date(2026, 10, 20), "letter")
    with database.sessions.begin() as session:  # the coordinator turns out to have been absent
        for row in session.scalars(select(Attendance).where(Attendance.agenda_item_id == item)):
            if row.discipline == "health_coordinator":
                row.present = False
    after = stats.dashboard(*PERIOD)
    database.close()
    assert dict(after.table("citizen_informed").rows) == {"within_4_days": 1, "over_14_days": 1}
    coordinator = next(r for r in after.table("attendance").rows if r[0] == "health_coordinator")
    assert coordinator[1:3] == (2, 1)


def test_the_upgrade_summarises_the_cases_heard_before_it(demo_home: Path) -> None:
    database = open_home_database(demo_home)
    write_known_history(database, DAY, CASES)
    expected = StatsService(database.sessions, actor="manager").dashboard(*PERIOD).tables
    with database.engine.begin() as connection:
        command.downgrade(_alembic_config(connection), "0013")
    database.close()

    database = open_home_database(demo_home)  # upgrades to the head again
    with database.engine.connect() as connection:
        summarised = connection.execute(text("SELECT count(*) FROM case_fact")).scalar_one()
        waiting = connection.execute(text("SELECT count(*) FROM case_fact_dirty")).scalar_one()
    tables = StatsService(database.sessions, actor="manager").dashboard(*PERIOD).tables
    database.close()
    assert summarised >= 2 and waiting == 0
    assert tables == expected


def test_every_table_the_kpis_read_marks_its_cases_for_the_summary(demo_home: Path) -> None:
    database = open_home_database(demo_home)
    with database.engine.connect() as connection:
        triggers = set(
            connection.execute(
                text("SELECT tbl_name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'case_fact_%'")
            )
            .scalars()
            .all()
        )
    database.close()
    assert triggers == set(MARKS)


def test_two_laptops_changing_the_same_cases_in_opposite_order_do_not_wait_for_each_other(
    postgres_url: str, tmp_path: Path
) -> None:
    """PostgreSQL: marking a case for the summary must not make one writer wait for another's marks
    (with the marks unique by case, the second laptop's change below waited for the first: a deadlock)."""
    from rehabmeet.demo.day import DemoService
    from rehabmeet.paths import resolve_paths
    from rehabmeet.storage.database import open_database
    from rehabmeet.storage.target import resolve_target

    leader = open_database(resolve_target(resolve_paths(tmp_path / "leader"), postgres_url))
    DemoService(leader.sessions, actor="leader").create()
    secretary = open_database(resolve_target(resolve_paths(tmp_path / "secretary"), postgres_url))
    with leader.engine.connect() as connection:
        items = connection.execute(text("SELECT id, case_id FROM agenda_item ORDER BY id LIMIT 2")).all()
        connection.execute(text("DELETE FROM case_fact_dirty"))
        connection.commit()
    (first, first_case), (second, second_case) = items
    item = "UPDATE agenda_item SET planned_minutes = planned_minutes WHERE id = :id"
    case = "UPDATE case_version SET caseworker_name = caseworker_name WHERE case_id = :id"
    with leader.engine.connect() as one, secretary.engine.connect() as other:
        for connection in (one, other):
            connection.execute(text("SET lock_timeout = '3s'"))  # a wait fails the test instead of hanging it
        one.execute(text(item), {"id": first})
        other.execute(text(item), {"id": second})
        one.execute(text(case), {"id": second_case})  # marks the second item again, uncommitted elsewhere
        other.execute(text(case), {"id": first_case})
        one.commit()
        other.commit()
    marked = StatsService(secretary.sessions, actor="manager").refresh()
    secretary.close()
    leader.close()
    assert marked == 2
