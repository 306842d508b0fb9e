"""Drill-down from a chart bar or a headline tile: the cases behind the figure, as many as it counts.

Two meeting days, September and October 2026, four cases counted by hand: signed 10, 45, 200 and 50
days before; decided at the table in two; a measure started in one, not (yet) in another.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from rehabmeet.errors import UserFacingError
from rehabmeet.services.stats import StatsService
from rehabmeet.storage.database import Database
from tests.helpers.db import open_home_database
from tests.helpers.history import KnownCase, write_known_history

PERIOD = (date(2026, 9, 1), date(2026, 10, 31))


@pytest.fixture
def stats(demo_home: Path) -> Iterator[StatsService]:
    database: Database = open_home_database(demo_home)
    write_known_history(
        database,
        date(2026, 9, 10),
        [
            KnownCase("fleksjob", "fleksjob", 10, 0, at_table=True, measures=(("mentor", 5, None),)),
            KnownCase("ressourceforloeb", "ressourceforloeb", 45, 3, measures=(("praktik", None, None),)),
        ],
    )
    write_known_history(
        database,
        date(2026, 10, 8),
        [KnownCase("fleksjob", "fleksjob", 200, 0, at_table=True), KnownCase("fleksjob", "fleksjob", 50, None)],
        prefix="OCTOBER",
    )
    yield StatsService(database.sessions, actor="manager")
    database.close()


def test_a_month_bar_and_its_case_type_segment_list_their_cases(stats: StatsService) -> None:
    assert len(stats.cases_behind(*PERIOD, "month", "2026-10").rows) == 2
    september = stats.cases_behind(*PERIOD, "month", "2026-09:ressourceforloeb")
    assert [row[1] for row in september.rows] == ["ressourceforloeb"]
    assert september.rows[0][0].startswith("P-") and "citizen" not in september.headings


def test_a_waiting_band_lists_the_cases_the_chart_counts_in_it(stats: StatsService) -> None:
    dashboard = stats.dashboard(*PERIOD)
    bars = {(m, band): n for m, band, n in dashboard.table("waiting_buckets").rows}
    for (measure, band), count in bars.items():
        assert len(stats.cases_behind(*PERIOD, "waiting", f"{measure}:{band}").rows) == count, (measure, band)
    assert bars[("signed_to_meeting", "31–60")] == 2
    assert len(stats.cases_behind(*PERIOD, "waiting", "meeting_to_decision").rows) == 3  # one not decided


def test_the_tiles_figures_list_their_cases(stats: StatsService) -> None:
    assert len(stats.cases_behind(*PERIOD, "heard", "all").rows) == 4
    assert len(stats.cases_behind(*PERIOD, "decisions", "at_table").rows) == 2
    assert len(stats.cases_behind(*PERIOD, "measures", "not_started").rows) == 1
    assert len(stats.cases_behind(*PERIOD, "waits_over", "over_6_months").rows) == 1
    named = stats.cases_behind(*PERIOD, "decisions", "at_table", include_citizens=True)
    assert sorted(row[6] for row in named.rows) == ["Borger 0", "Borger 0"]  # each day's first case


def test_an_unknown_bar_is_refused_in_one_sentence(stats: StatsService) -> None:
    for kind, key in (("month", "oktober"), ("waiting", "signed_to_meeting:7–9"), ("heard", "some")):
        with pytest.raises(UserFacingError, match="no drill-down"):
            stats.cases_behind(*PERIOD, kind, key)
