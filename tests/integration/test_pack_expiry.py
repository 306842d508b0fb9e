"""Agenda packs on a member's laptop: removable at will, wiped when they expire, refused once expired (issue 18)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from rehabmeet.errors import UserFacingError
from rehabmeet.models import Annotation, PrepCase, PrepPack
from rehabmeet.paths import resolve_paths
from rehabmeet.secrets import get_secret
from rehabmeet.services.meetings import MeetingService
from rehabmeet.services.packs import WrittenPack, pack_secret_name
from rehabmeet.services.preparation import Anchor, PreparationService
from rehabmeet.services.registry import build_services
from rehabmeet.storage.database import Database, open_database
from rehabmeet.storage.target import resolve_target
from tests.helpers.db import open_home_database


@dataclass
class Day:
    member: Database
    pack: WrittenPack
    meeting_date: date

    def preparation(self, today: date) -> PreparationService:
        return PreparationService(self.member.sessions, actor="member", today=lambda: today)

    def rows(self) -> tuple[int, int, int]:
        with self.member.sessions.begin() as session:
            return tuple(  # type: ignore[return-value]
                session.scalar(select(func.count()).select_from(model)) for model in (PrepPack, PrepCase, Annotation)
            )


@pytest.fixture
def day(demo_home: Path, tmp_path: Path) -> Iterator[Day]:
    leader = open_home_database(demo_home)
    services = build_services(leader, actor="leader", certificates_dir=tmp_path / "certs")
    (meeting,) = MeetingService(leader.sessions, actor="leader").list_meetings()
    packs = services.packs.export(meeting.meeting_id, tmp_path / "out", expires_after_days=3)
    leader.close()
    member = open_database(resolve_target(resolve_paths(tmp_path / "member-laptop").ensure()))
    yield Day(member, packs[0], meeting.meeting_date)
    member.close()


def test_a_pack_expires_three_days_after_the_meeting_as_chosen(day: Day) -> None:
    assert day.pack.expires_on == day.meeting_date + timedelta(days=3)
    opened = day.preparation(day.meeting_date).open_pack(day.pack.path, day.pack.passphrase)
    assert opened.expires_on == day.pack.expires_on


def test_an_opened_pack_is_wiped_with_its_notes_after_it_expires(day: Day) -> None:
    preparation = day.preparation(day.meeting_date)
    opened = preparation.open_pack(day.pack.path, day.pack.passphrase)
    preparation.add(opened.cases[0].id, "page_note", "Husk at spørge til praktikken", Anchor(1, 0.1, 0.1))
    assert day.rows()[0] == 1 and day.rows()[2] == 1
    assert day.preparation(day.pack.expires_on).packs() != ()  # the last day still counts
    assert day.preparation(day.pack.expires_on + timedelta(days=1)).packs() == ()
    assert day.rows() == (0, 0, 0)
    assert get_secret(pack_secret_name(day.pack.pack_id)) is None


def test_an_expired_pack_refuses_to_open_and_stores_nothing(day: Day) -> None:
    with pytest.raises(UserFacingError, match=r"the pack expired on .* ask the meeting leader for a new one"):
        day.preparation(day.pack.expires_on + timedelta(days=1)).open_pack(day.pack.path, day.pack.passphrase)
    assert day.rows() == (0, 0, 0)


def test_a_member_removes_an_opened_pack_with_everything_in_it(day: Day) -> None:
    preparation = day.preparation(day.meeting_date)
    opened = preparation.open_pack(day.pack.path, day.pack.passphrase)
    preparation.add(opened.cases[0].id, "note", "Privat note")
    title = preparation.remove(opened.pack_id)
    assert opened.meeting_title in title
    assert day.rows() == (0, 0, 0) and preparation.packs() == ()
    assert get_secret(pack_secret_name(day.pack.pack_id)) is None


def test_pack_remove_on_the_command_line(day: Day, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import os

    from rehabmeet.cli import main

    member_home = str(tmp_path / "member-laptop")
    os.environ["PACK_PASSPHRASE"] = day.pack.passphrase
    try:
        assert (
            main(["--home", member_home, "pack", "open", str(day.pack.path), "--passphrase-env", "PACK_PASSPHRASE"])
            == 0
        )
    finally:
        del os.environ["PACK_PASSPHRASE"]
    assert f"wiped from this laptop after {day.pack.expires_on}" in capsys.readouterr().out
    assert main(["--home", member_home, "pack", "remove", day.pack.pack_id[:8]]) == 0
    assert "removed the pack" in capsys.readouterr().out
    assert main(["--home", member_home, "pack", "remove", day.pack.pack_id[:8]]) == 2
    assert "no single opened pack starts with" in capsys.readouterr().err


def test_an_expiry_out_of_range_is_refused(demo_home: Path, tmp_path: Path) -> None:
    leader = open_home_database(demo_home)
    services = build_services(leader, actor="leader", certificates_dir=tmp_path / "certs")
    (meeting,) = MeetingService(leader.sessions, actor="leader").list_meetings()
    with pytest.raises(UserFacingError, match="a pack must expire 0 to 366 days after the meeting day, not -1"):
        services.packs.export(meeting.meeting_id, tmp_path / "out", expires_after_days=-1)
    leader.close()
    assert not (tmp_path / "out").exists()
