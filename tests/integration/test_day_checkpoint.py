"""When the last case of a meeting day is finished, a signed log checkpoint goes into the checkpoint folder."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from rehabmeet.audit.anchor import check_anchors, read_anchors
from rehabmeet.meeting.clock import FakeClock
from rehabmeet.meeting.replan import day_datetime
from rehabmeet.meeting.timer import TimerCommand as C
from rehabmeet.services.meetings import MeetingService
from rehabmeet.services.registry import Services, build_services
from rehabmeet.settings.app_config import AppConfig
from rehabmeet.storage.database import Database
from tests.helpers.db import open_home_database
from tests.helpers.trust import accepted


@pytest.fixture
def database(demo_home: Path) -> Iterator[Database]:
    db = open_home_database(demo_home)
    yield db
    db.close()


def _services(database: Database, tmp_path: Path) -> tuple[Services, int, FakeClock]:
    (meeting,) = MeetingService(database.sessions, actor="t").list_meetings()
    clock = FakeClock(day_datetime(meeting.meeting_date, meeting.starts_at).timestamp())
    config = AppConfig(checkpoint_folder=str(tmp_path / "kept"))
    services = build_services(database, actor="leader", config=config, clock=clock, certificates_dir=tmp_path / "c")
    return services, meeting.meeting_id, clock


def _finish_all(services: Services, meeting_id: int, clock: FakeClock) -> list[str]:
    notes = []
    for item in services.run.day(meeting_id).items:
        clock.advance(60)
        notes.append(services.run.command(meeting_id, item.item_id, C.START, override_reason="test").checkpoint)
        clock.advance(60)
        notes.append(services.run.command(meeting_id, item.item_id, C.FINISH).checkpoint)
    return notes


def test_the_last_finished_case_writes_a_signed_checkpoint_and_says_where(database: Database, tmp_path: Path) -> None:
    services, meeting_id, clock = _services(database, tmp_path)
    accepted(services.certificates, "Helle Kragh", role="Mødeleder")
    notes = _finish_all(services, meeting_id, clock)
    assert notes[:-1] == [""] * (len(notes) - 1)  # only the end of the day writes one
    (written,) = (tmp_path / "kept").glob("checkpoint-meeting-*.json")
    assert f"written to {written}" in notes[-1] and "signed by Helle Kragh" in notes[-1]
    assert json.loads(written.read_text(encoding="utf-8"))["signed_by"] == "Helle Kragh"
    anchors = read_anchors(written, services.certificates.registered_roots(), require_signed=True)
    assert check_anchors(database.sessions, anchors) == []


def test_without_a_certificate_the_day_ends_and_says_no_checkpoint_was_written(
    database: Database, tmp_path: Path
) -> None:
    services, meeting_id, clock = _services(database, tmp_path)
    notes = _finish_all(services, meeting_id, clock)
    assert "checkpoint was not written: there is no certificate to sign it" in notes[-1]
    assert not (tmp_path / "kept").exists()
