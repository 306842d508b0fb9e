"""Management information: every KPI against hand-computed values on a small known history."""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from rehabmeet.services.stats import StatsService
from rehabmeet.stats.dashboard import Dashboard
from rehabmeet.storage.database import Database
from tests.helpers.db import open_home_database
from tests.helpers.history import KnownCase, write_known_history

DAY = date(2026, 10, 1)
PERIOD = (date(2026, 9, 1), date(2026, 10, 31))


@pytest.fixture
def database(demo_home: Path) -> Iterator[Database]:
    database = open_home_database(demo_home)
    write_known_history(
        database,
        DAY,
        [
            KnownCase(
                "fleksjob",
                "fleksjob",
                92,
                0,
                at_table=True,
                informed_after=0,
                measures=(("mentor", 30, None),),
                checks={"C13": True, "C12": True},
                minutes=(45, 50),
                caseworker="Anne Holm",
            ),
            KnownCase(
                "fleksjob",
                "ressourceforloeb",
                61,
                10,
                informed_after=3,
                measures=(("mentor", None, None), ("virksomhedspraktik", None, "Syg")),
                checks={"C13": False, "C12": True},
                coordinator_present=False,
                minutes=(45, 60),
                caseworker="Anne Holm",
            ),
            KnownCase(
                "ressourceforloeb",
                "ressourceforloeb",
                30,
                20,
                informed_after=20,
                checks={"C13": False, "C12": False},
                minutes=(30, 40),
                caseworker="Bo Nielsen",
            ),
        ],
    )
    yield database
    database.close()


@pytest.fixture
def dashboard(database: Database) -> Dashboard:
    return StatsService(database.sessions, actor="manager").dashboard(*PERIOD)


def test_cases_by_type_and_outcome(dashboard: Dashboard) -> None:
    assert sorted(dashboard.table("outcomes").rows) == [
        ("fleksjob", "fleksjob", 1),
        ("fleksjob", "ressourceforloeb", 1),
        ("ressourceforloeb", "ressourceforloeb", 1),
    ]
    assert dashboard.table("cases_per_month").rows == (("2026-10", "fleksjob", 2), ("2026-10", "ressourceforloeb", 1))


def test_waiting_times_median_and_90th_percentile(dashboard: Dashboard) -> None:
    waits = {row[0]: row[1:] for row in dashboard.table("waiting_days").rows}
    assert waits["signed_to_meeting"] == (3, 61, 92)  # 30, 61, 92 days
    assert waits["meeting_to_decision"] == (3, 10, 20)  # 0, 10, 20 days
    assert waits["meeting_to_first_measure"] == (1, 30, 30)  # only one case has a measure started
    buckets = {(m, b): n for m, b, n in dashboard.table("waiting_buckets").rows}
    assert buckets[("signed_to_meeting", "0–30")] == 1 and buckets[("signed_to_meeting", "91–120")] == 1


def test_decisions_at_the_table_and_the_citizen_informed(dashboard: Dashboard) -> None:
    ((cases, decided, at_table, at_table_share),) = dashboard.table("decisions").rows
    assert (cases, decided, at_table) == (3, 3, 1) and at_table_share == pytest.approx(1 / 3)
    assert dict(dashboard.table("citizen_informed").rows) == {"within_4_days": 2, "over_14_days": 1}


def test_meeting_time_planned_against_actual(dashboard: Dashboard) -> None:
    rows = {row[0]: row[1:] for row in dashboard.table("meeting_minutes").rows}
    assert rows["fleksjob"] == (2, 45.0, 55.0) and rows["ressourceforloeb"] == (1, 30.0, 40.0)


def test_completeness_attendance_and_measures(dashboard: Dashboard) -> None:
    completeness = {row[0]: row[1:] for row in dashboard.table("completeness").rows}
    assert completeness["C13"][1:3] == (3, 1) and completeness["C12"][3] == pytest.approx(2 / 3)
    assert completeness["C13"][0] == "The citizen's perspective from the meeting"  # the checklist rule's title
    ((discipline, required, present, written, share, not_required),) = dashboard.table("attendance").rows
    assert (discipline, required, present, written, not_required) == ("health_coordinator", 3, 2, 1, 0)
    assert share == pytest.approx(2 / 3)
    measures = {row[0]: row[1:4] for row in dashboard.table("measures").rows}
    assert measures == {"mentor": (2, 1, 0), "virksomhedspraktik": (1, 0, 1)}
    assert dashboard.headline.share_measures_started == pytest.approx(1 / 3)
    assert dashboard.headline.median_signed_to_meeting == 61 and dashboard.headline.cases == 3


def test_a_period_without_the_meeting_is_empty(database: Database) -> None:
    empty = StatsService(database.sessions, actor="m").dashboard(date(2025, 1, 1), date(2025, 12, 31))
    assert empty.headline.cases == 0 and empty.table("outcomes").rows == ()


def test_exports_pseudonymise_unless_asked(database: Database, tmp_path: Path) -> None:
    stats = StatsService(database.sessions, actor="manager")
    target = stats.export(*PERIOD, "csv", tmp_path / "mi.zip", csv_style="plain")
    archive = zipfile.ZipFile(target)
    assert {"outcomes.csv", "waiting_days.csv", "review_sample.csv"} <= set(archive.namelist())
    sample = list(csv.reader(io.StringIO(archive.read("review_sample.csv").decode("utf-8-sig")), delimiter=","))
    assert sample[0] == ["pseudonym", "case_type", "caseworker", "meeting_date", "outcome"]
    assert all(row[0].startswith("P-") for row in sample[1:]) and len(sample) == 4
    everything = b"".join(archive.read(n) for n in archive.namelist()).decode("utf-8-sig")
    assert "Borger" not in everything and "010101-1234" not in everything

    from openpyxl import load_workbook

    stats.export(*PERIOD, "xlsx", tmp_path / "mi.xlsx", include_citizens=True)
    book = load_workbook(tmp_path / "mi.xlsx")
    assert "review_sample" in book.sheetnames and book["outcomes"]["A2"].value == "Case type"
    values = [cell.value for row in book["review_sample"].iter_rows() for cell in row]
    assert "010101-1234" in values and "Borger 0" in values

    stats.export(*PERIOD, "pdf", tmp_path / "mi.pdf")
    from pypdf import PdfReader

    text = "\n".join(page.extract_text() for page in PdfReader(tmp_path / "mi.pdf").pages)
    assert "Waiting times in days" in text and "Borger" not in text


def test_the_review_sample_covers_every_caseworker_and_is_reproducible(database: Database) -> None:
    stats = StatsService(database.sessions, actor="manager")
    first = stats.sample(*PERIOD, per_caseworker=1, seed=7)
    assert sorted(r.caseworker for r in first) == ["Anne Holm", "Bo Nielsen"]
    assert stats.sample(*PERIOD, per_caseworker=1, seed=7) == first
    assert all(r.citizen == "" and r.cpr == "" and r.case_ref == "" for r in first)


def test_the_stats_command_writes_the_export_and_refuses_a_backward_period(
    database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from rehabmeet.cli import main

    out = tmp_path / "mi.xlsx"
    assert main(["stats", "--from", "2026-09-01", "--to", "2026-10-31", "--format", "xlsx", "-o", str(out)]) == 0
    assert "3 cases heard" in capsys.readouterr().out and out.stat().st_size > 0
    assert main(["stats", "--from", "2026-10-31", "--to", "2026-09-01", "--format", "pdf", "-o", str(out)]) == 2
    assert "ends before it starts" in capsys.readouterr().err


def test_filters_by_caseworker_and_case_type(database: Database, capsys: pytest.CaptureFixture[str]) -> None:
    from rehabmeet.errors import UserFacingError
    from rehabmeet.stats.filters import CaseFilter

    stats = StatsService(database.sessions, actor="manager")
    choices = stats.choices(*PERIOD)
    assert choices.caseworkers == ("Anne Holm", "Bo Nielsen") and choices.case_types == ("fleksjob", "ressourceforloeb")
    assert len(choices.teams) == 1
    bo = stats.dashboard(*PERIOD, where=CaseFilter(caseworker="Bo Nielsen"))
    assert bo.headline.cases == 1 and bo.table("outcomes").rows == (("ressourceforloeb", "ressourceforloeb", 1),)
    flex = stats.dashboard(*PERIOD, where=CaseFilter(case_type="fleksjob", team_id=choices.teams[0][0]))
    waits = {row[0]: row[1:] for row in flex.table("waiting_days").rows}
    assert flex.headline.cases == 2 and waits["signed_to_meeting"] == (2, 61, 92)
    assert stats.dashboard(*PERIOD, where=CaseFilter(team_id=choices.teams[0][0] + 99)).headline.cases == 0
    with pytest.raises(UserFacingError, match="unknown case type 'flex'"):
        stats.dashboard(*PERIOD, where=CaseFilter(case_type="flex"))


def test_the_stats_command_filters(database: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from rehabmeet.cli import main

    out = tmp_path / "bo.pdf"
    args = ["stats", "--from", "2026-09-01", "--to", "2026-10-31", "--format", "pdf", "-o", str(out)]
    assert main([*args, "--caseworker", "Bo Nielsen"]) == 0
    assert "1 cases heard" in capsys.readouterr().out
    from pypdf import PdfReader

    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert "caseworker Bo Nielsen" in text or "sagsbehandler Bo Nielsen" in text
