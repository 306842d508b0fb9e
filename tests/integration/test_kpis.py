"""The KPIs the focus audit asks for, against figures counted by hand on a five-case history.

Meeting day 1 October 2026. Preparatory part signed 130, 200, 40, 100 and 122 days before; citizens
26 without a qualification (UU present), 25 with one (UU present), 29 the day before the 30th birthday
without one (UU absent), 30 on the day (UU absent), and 46 (no UU member on the case).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from rehabmeet.services.stats import StatsService
from rehabmeet.stats.dashboard import Dashboard
from rehabmeet.stats.kpis import KPIS
from rehabmeet.storage.database import Database
from tests.helpers.db import open_home_database
from tests.helpers.history import KnownCase, write_known_history

DAY = date(2026, 10, 1)
PERIOD = (date(2026, 10, 1), date(2026, 10, 31))


FIVE_CASES = [
    KnownCase(
        "fleksjob",
        "fleksjob",
        130,
        0,
        checks={"C1": True, "C2": True, "C10": False},
        birth_date=date(2000, 1, 1),
        has_qualification=False,
        education_present=True,
    ),
    KnownCase(
        "fleksjob",
        "fleksjob",
        200,
        0,
        checks={"C1": False, "C10": True},
        birth_date=date(2001, 3, 2),
        education_present=True,
    ),
    KnownCase(
        "ressourceforloeb",
        "ressourceforloeb",
        40,
        0,
        birth_date=date(1996, 10, 2),
        has_qualification=False,
        education_present=False,
    ),
    KnownCase(
        "ressourceforloeb",
        "ressourceforloeb",
        100,
        0,
        birth_date=date(1996, 10, 1),
        has_qualification=False,
        education_present=False,
    ),
    KnownCase("fleksjob", "fleksjob", 122, 0, coordinator_present=False),
]


@pytest.fixture
def database(demo_home: Path) -> Iterator[Database]:
    database = open_home_database(demo_home)
    write_known_history(database, DAY, FIVE_CASES)
    yield database
    database.close()


@pytest.fixture
def dashboard(database: Database) -> Dashboard:
    return StatsService(database.sessions, actor="manager").dashboard(*PERIOD)


def test_uu_counts_only_where_the_education_member_rule_requires_it(dashboard: Dashboard) -> None:
    rows = {row[0]: row[1:] for row in dashboard.table("attendance").rows}
    # required: the 26-year-old and the 29-year-old without a qualification; the 25-year-old has one,
    # the citizen turning 30 on the meeting day is no longer under 30 (002 L8452–8458)
    required, present, written, share, present_not_required = rows["education"]
    assert (required, present, written, present_not_required) == (2, 1, 0, 1) and share == pytest.approx(0.5)


def test_the_quorum_disciplines_are_required_in_every_case(dashboard: Dashboard) -> None:
    rows = {row[0]: row[1:] for row in dashboard.table("attendance").rows}
    assert rows["health_coordinator"][:3] == (5, 4, 1) and rows["health_coordinator"][4] == 0


def test_waits_over_4_and_6_months_by_the_a17_limits(dashboard: Dashboard) -> None:
    rows = {row[0]: row[1:] for row in dashboard.table("waits_over").rows}
    # 130 and 200 days are over 122 (122 itself is not); only 200 is over 183
    assert rows["over_4_months"][:3] == (122, 5, 2) and rows["over_4_months"][3] == pytest.approx(0.4)
    assert rows["over_6_months"][:3] == (183, 5, 1) and rows["over_6_months"][3] == pytest.approx(0.2)
    assert rows["over_4_months"][4] == 0.5 and rows["over_6_months"][4] == 0.18  # the audit, 004 L147–157
    assert dashboard.headline.share_over_4_months == pytest.approx(0.4)
    assert dashboard.headline.share_over_6_months == pytest.approx(0.2)


def test_control_points_in_natural_order_with_their_titles(dashboard: Dashboard) -> None:
    rows = dashboard.table("completeness").rows
    assert [r[0] for r in rows] == ["C1", "C2", "C10"]
    assert rows[0][1:] == ("The employment, social and health factors the team emphasised", 2, 1, 0.5)
    assert rows[2][2:4] == (2, 1)


def test_every_table_is_a_kpi_defined_once_with_its_source(dashboard: Dashboard) -> None:
    for table in dashboard.tables:
        kpi = KPIS[table.name]
        assert kpi.definition and kpi.source[:1].isalnum(), table.name
    assert "002 L8452–8458" in KPIS["attendance"].source and "A17" in KPIS["waits_over"].source


def test_monthly_trends_with_the_sources_baselines(dashboard: Dashboard) -> None:
    month, baseline = dashboard.table("trends").rows
    # waits 40, 100, 122, 130, 200: median (nearest rank) 122; one over 183 days; every case decided
    # on the day; nobody told yet (not recorded counts as not in time)
    assert month == ("2026-10", 5, 122, 0.2, 1.0, 0.0)
    assert baseline == ("baseline", None, 81, 0.18, None, 0.5)  # 001 L699–708, 004 L147–157, L1783–1801


def test_drill_down_to_the_cases_behind_a_figure(database: Database) -> None:
    stats = StatsService(database.sessions, actor="manager")
    over = stats.cases_behind(*PERIOD, "waits_over", "over_4_months")
    assert len(over.rows) == 2 and all(row[0].startswith("P-") for row in over.rows)  # 130 and 200 days
    assert "citizen" not in over.headings and "Borger" not in str(over.rows)
    c10 = stats.cases_behind(*PERIOD, "completeness", "C10", include_citizens=True)
    assert [row[6] for row in c10.rows] == ["Borger 0"]  # the first case did not meet C10
    uu = stats.cases_behind(*PERIOD, "attendance", "education")
    assert len(uu.rows) == 1  # required for two, absent for the 29-year-old
    from rehabmeet.errors import UserFacingError

    with pytest.raises(UserFacingError, match="no drill-down"):
        stats.cases_behind(*PERIOD, "outcomes", "x")
