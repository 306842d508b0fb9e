"""The demo meeting day: seven invented cases of every type, created once however often it runs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import text

from rehabmeet.cli import main
from rehabmeet.demo.day import DemoService
from rehabmeet.domain.vocabulary import CaseType
from rehabmeet.services.meetings import MeetingService
from tests.helpers.db import open_home_database

TABLES = (
    "team",
    "team_member",
    "case_file",
    "case_version",
    "document",
    "document_blob",
    "document_page",
    "summary_section",
    "meeting",
    "agenda_item",
    "event_log",
)


def _row_counts(home: Path) -> dict[str, int]:
    database = open_home_database(home)
    with database.engine.connect() as connection:
        counts = {t: connection.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in TABLES}
    database.close()
    return counts


def test_running_the_demo_twice_adds_nothing_the_second_time(demo_home: Path) -> None:
    before = _row_counts(demo_home)
    database = open_home_database(demo_home)
    result = DemoService(database.sessions, actor="test-user").create()
    database.close()
    assert not result.created_anything
    assert _row_counts(demo_home) == before
    assert before["case_file"] == 7 and before["agenda_item"] == 7 and before["meeting"] == 1


def test_demo_covers_every_case_type_and_one_word_document(demo_home: Path) -> None:
    database = open_home_database(demo_home)
    with database.engine.connect() as connection:
        types = set(connection.execute(text("SELECT case_type FROM case_version")).scalars())
        word = connection.execute(text("SELECT pages_from FROM document WHERE media_type = 'docx'")).scalars().all()
    database.close()
    assert types == {t.value for t in CaseType}
    assert word == ["reportlab"]


def test_demo_agenda_is_planned_back_to_back_from_nine(demo_home: Path) -> None:
    database = open_home_database(demo_home)
    service = MeetingService(database.sessions, actor="test-user")
    (meeting,) = service.list_meetings()
    agenda = service.agenda(meeting.meeting_id)
    database.close()
    assert agenda.rows[0].planned_start.strftime("%H:%M") == "09:00"
    for earlier, later in zip(agenda.rows, agenda.rows[1:], strict=False):
        assert later.planned_start > earlier.planned_end
    assert {r.readiness.value for r in agenda.rows} >= {"ready", "warnings", "not_ready"}


def test_cli_demo_without_gui_then_cases_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--no-gui"]) == 0
    said = capsys.readouterr().out
    assert said.index("preparing the demo meeting day") < said.index("7 cases imported")  # at once, then the result
    assert main(["demo", "--no-gui"]) == 0
    assert "already present; nothing added" in capsys.readouterr().out
    assert main(["cases", "--json"]) == 0
    everything = json.loads(capsys.readouterr().out)
    cases = [case for case in everything if case["case_ref"].startswith("DEMO-")]
    assert len(cases) == 7 and len(everything) - 7 >= 250  # and a year of invented history
    assert {"case_ref", "case_type", "citizen", "pages", "readiness", "findings"} <= set(cases[0])
    assert all(case["pages"] > 0 for case in cases)


def test_the_cli_demo_has_two_heard_cases_with_signed_documents_that_verify(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert main(["demo", "--no-gui"]) == 0
    assert "3 heard and signed" in capsys.readouterr().out
    assert main(["demo", "--no-gui"]) == 0  # idempotent: nothing is heard or signed twice
    assert "nothing added" in capsys.readouterr().out
    both = ("indstilling", "afgoerelse")
    for case_ref, kinds in (("DEMO-2026-001", ("indstilling",)), ("DEMO-2026-002", both), ("DEMO-2026-006", both)):
        for kind in kinds:
            out = tmp_path / f"{case_ref}-{kind}.pdf"
            assert main(["document", case_ref, "--kind", kind, "-o", str(out)]) == 0
            signer = "Karen Holm, afdelingsleder" if kind == "afgoerelse" else "Helle Kragh"  # for the municipality
            assert f"signed by {signer}" in capsys.readouterr().out
            assert main(["verify", str(out)]) == 1  # intact, but signed with trial certificates: not trusted
            printed = capsys.readouterr().out
            assert "self-made certificate (demo/trial)" in printed and "changed after signing" not in printed
            assert "BROKEN" not in printed and "NOT VERIFIED" in printed
    assert main(["document", "DEMO-2026-001", "--kind", "afgoerelse", "-o", str(tmp_path / "x.pdf")]) == 2
    assert "no decision" in capsys.readouterr().err
    assert main(["log", "verify"]) == 0


def test_cli_cases_table_lists_citizens(demo_home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cases"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["CASE_REF", "TYPE", "CITIZEN", "PAGES", "READINESS"]
    assert len(lines) == 8


def test_the_demo_hears_only_ready_cases_at_their_planned_times(
    isolated_environment: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Made at 07:00, the demo's heard cases were not heard at 05:00 ("−229 min"), nor a blocked one."""
    from datetime import datetime, time, timedelta

    from rehabmeet.bundles.readiness import ReadinessState
    from rehabmeet.demo import finished
    from rehabmeet.meeting.clock import FakeClock
    from rehabmeet.meeting.timer import TimerStatus
    from rehabmeet.services.meeting_run import MeetingRunService

    early = datetime.combine(datetime.now().date(), time(7, 0)).astimezone()

    class Early(datetime):
        @classmethod
        def now(cls, tz=None):  # type: ignore[no-untyped-def,override]
            return early.astimezone(tz)

    monkeypatch.setattr(finished, "datetime", Early)
    assert main(["demo", "--no-gui"]) == 0
    capsys.readouterr()
    database = open_home_database(isolated_environment)
    meetings = MeetingService(database.sessions, actor="t")
    meeting = meetings.list_meetings()[0]
    rows = {row.item_id: row for row in meetings.agenda(meeting.meeting_id).rows}
    evening = FakeClock((early + timedelta(hours=12)).timestamp())
    day = MeetingRunService(database.sessions, actor="t", clock=evening).day(meeting.meeting_id)
    database.close()
    heard = [t for t in day.prediction.items if t.status is TimerStatus.DONE]
    assert len(heard) == 3 and min(t.predicted_start for t in heard) >= day.prediction.items[0].planned_start
    for timing in heard:
        assert rows[timing.item_id].readiness is not ReadinessState.NOT_READY, timing.case_ref
        assert timing.predicted_start < early, timing.case_ref  # heard before the demo was made
        assert abs(timing.predicted_start - timing.planned_start) <= timedelta(minutes=30), timing.case_ref
