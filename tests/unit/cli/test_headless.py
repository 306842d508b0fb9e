"""The headless face: `rehabmeet indstilling …` and `rehabmeet decision …`, JSON in and out, same rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rehabmeet.cli import main
from rehabmeet.recommendation.content import content_to_json
from tests.helpers.db import open_home_database
from tests.helpers.indstilling import COMPLETE_FLEKSJOB

CASE = "DEMO-2026-003"


@pytest.fixture
def home(demo_home: Path) -> Path:
    from rehabmeet.services.attendance import AttendanceService
    from rehabmeet.services.meetings import MeetingService

    database = open_home_database(demo_home)
    meetings = MeetingService(database.sessions, actor="t")
    (meeting,) = meetings.list_meetings()
    item = next(r.item_id for r in meetings.agenda(meeting.meeting_id).rows if r.case_ref == CASE)
    AttendanceService(database.sessions, actor="leader").attendance(item)
    database.close()
    return demo_home


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> dict:  # type: ignore[type-arg]
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def _error(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("error: ") and "Traceback" not in err[0]
    return err[0]


def _write(path: Path, data: object) -> str:
    path.write_text(json.dumps(data, ensure_ascii=False, default=str), encoding="utf-8")
    return str(path)


def test_set_merges_show_reports_and_finalise_names_the_blocking_points(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shown = _json(capsys, "indstilling", "show", CASE, "--json")
    assert shown["status"] == "draft" and "fleksjob" in shown["outcomes"]
    first = {"outcome": "fleksjob", "prospects": "Borgeren kan arbejde 12 timer om ugen."}
    _json(capsys, "indstilling", "set", CASE, "--from", _write(tmp_path / "a.json", first), "--json")
    second = _json(
        capsys, "indstilling", "set", CASE, "--from", _write(tmp_path / "b.json", {"job_goal": "Reception"}), "--json"
    )
    assert second["content"]["prospects"] == first["prospects"] and second["content"]["job_goal"] == "Reception"
    c2 = next(i for i in second["checklist"] if i["id"] == "C2")
    assert c2 == c2 | {"strength": "law", "met": False, "applies": True, "fields": ["afklaret_justification"]}
    law = next(i for i in second["checklist"] if i["id"] == "§11-2")["law"]
    assert "§ 11, stk. 1, nr. 2" in law and "lovbekendtgørelse" in law
    message = _error(capsys, "indstilling", "finalise", CASE)
    assert "C2" in message and "C4" in message and "§11-2" in message
    assert "unknown field(s): prospect" in _error(
        capsys, "indstilling", "set", CASE, "--from", _write(tmp_path / "c.json", {"prospect": "x"})
    )
    assert "wrong value" in _error(
        capsys, "indstilling", "set", CASE, "--from", _write(tmp_path / "d.json", {"hours_per_week": "tolv"})
    )
    assert "ID=REASON" in _error(capsys, "indstilling", "finalise", CASE, "--override", "C2")


def test_finalise_with_overrides_then_a_departing_decision_is_refused(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    content = content_to_json(COMPLETE_FLEKSJOB.with_changes(afklaret_justification=""))
    _json(capsys, "indstilling", "set", CASE, "--from", _write(tmp_path / "i.json", content), "--json")
    final = _json(capsys, "indstilling", "finalise", CASE, "--override", "C2=Lægeerklæringen mangler", "--json")
    assert final["status"] == "final" and final["overrides"] == {"C2": "Lægeerklæringen mangler"}
    decision = {
        "outcome": "ressourceforloeb",
        "reasons": "Arbejdsevnen kan udvikles.",
        "facts": "Praktikrapport: 12 timer om ugen.",
        "heard_at": "2026-11-26T10:40:00+01:00",
        "effective_date": "2026-12-01",
        "months": 24,
    }
    shown = _json(capsys, "decision", "set", CASE, "--from", _write(tmp_path / "d.json", decision), "--json")
    assert shown["content"]["outcome"] == "ressourceforloeb" and "fleksjob" in shown["outcomes"]
    assert "§ 11 stk. 2" in _error(capsys, "decision", "make", CASE)
    _json(capsys, "decision", "set", CASE, "--from", _write(tmp_path / "e.json", {"outcome": "fleksjob"}), "--json")
    made = _json(capsys, "decision", "make", CASE, "--json")
    assert made["status"] == "final" and made["content"]["outcome"] == "fleksjob"
    assert "ISO 8601" in _error(
        capsys, "decision", "set", CASE, "--from", _write(tmp_path / "f.json", {"effective_date": "1. dec"})
    )


def test_an_unknown_case_and_a_missing_file_are_one_line(home: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert "NO-SUCH" in _error(capsys, "indstilling", "show", "NO-SUCH")
    assert "cannot read" in _error(capsys, "decision", "set", CASE, "--from", "/nonexistent.json")
