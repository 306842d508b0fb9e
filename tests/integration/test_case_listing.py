"""The case listing by meeting day and period, and the invented history behind the dashboard."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from rehabmeet.cli import main
from rehabmeet.demo.history import HistoryGenerator, HistorySize
from rehabmeet.models import AgendaItem, Case, Meeting
from tests.helpers.db import open_home_database
from tests.helpers.history import KnownCase, write_known_history

DAY = date(2026, 10, 1)


def _listed(capsys: pytest.CaptureFixture[str], *args: str) -> list[dict[str, object]]:
    assert main(["cases", "--json", *args]) == 0
    return json.loads(capsys.readouterr().out)


def test_cases_of_one_meeting_day_or_a_period(demo_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    database = open_home_database(demo_home)
    write_known_history(database, DAY, [KnownCase("fleksjob", "fleksjob", 30, 0) for _ in range(3)])
    with database.sessions.begin() as session:
        known = session.scalar(select(Meeting.id).where(Meeting.title == "Kendt historik"))
    database.close()
    everything = _listed(capsys)
    assert len(everything) == 10
    on_day = _listed(capsys, "--meeting", str(known))
    assert [c["case_ref"] for c in on_day] == ["KNOWN-0", "KNOWN-1", "KNOWN-2"]
    assert on_day == [c for c in everything if str(c["case_ref"]).startswith("KNOWN-")]  # the same rows
    assert [c["case_ref"] for c in _listed(capsys, "--from", "2026-09-01", "--to", "2026-10-31")] == [
        "KNOWN-0",
        "KNOWN-1",
        "KNOWN-2",
    ]
    assert _listed(capsys, "--from", "2026-10-02", "--to", "2026-10-31") == []
    assert main(["cases", "--from", "2026-10-02", "--to", "2026-10-31"]) == 0
    assert "no cases on those agendas" in capsys.readouterr().out
    assert main(["cases", "--from", "2026-10-31", "--to", "2026-10-01"]) == 2
    assert "ends before it starts" in capsys.readouterr().err


def test_the_history_is_written_in_batches_with_progress(demo_home: Path) -> None:
    database = open_home_database(demo_home)
    seen: list[tuple[int, int]] = []
    made = HistoryGenerator(database.sessions, seed=3).create(
        DAY, HistorySize(cases=605, days=365), lambda done, total: seen.append((done, total))
    )
    assert made == 605 and seen == [(600, 605), (605, 605)]  # 100 meeting days of six, then one of five
    assert HistoryGenerator(database.sessions).create(DAY, HistorySize(cases=10)) == 0  # once only
    with database.sessions.begin() as session:
        assert session.scalar(select(func.count()).select_from(Case).where(Case.case_ref.like("HIST-%"))) == 605
        items = session.scalar(
            select(func.count()).select_from(AgendaItem).join(Case).where(Case.case_ref.like("HIST-%"))
        )
        assert items == 605
    database.close()
    assert main(["log", "verify"]) == 0


def test_meeting_days_soonest_first_then_the_newest_past_ones(demo_home: Path) -> None:
    from rehabmeet.services.meetings import MeetingService

    database = open_home_database(demo_home)
    HistoryGenerator(database.sessions, seed=3).create(DAY, HistorySize(cases=30, days=60))
    meetings = MeetingService(database.sessions, actor="t")
    every = meetings.list_meetings()
    assert len(every) == 6 and every[0].case_count == 7  # the demo day first, then five past days of six cases
    past = [m.meeting_date for m in every[1:]]
    assert past == sorted(past, reverse=True) and {m.case_count for m in every[1:]} == {6}
    assert meetings.list_meetings(past_limit=2) == every[:3]
    database.close()
