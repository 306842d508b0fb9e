"""The person at the keyboard, not the operating-system account: ``--user``, ``REHABMEET_USER``, the
person chosen on this laptop; and ``rehabmeet watch`` printing each change as one JSON line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from rehabmeet.context import build_context
from rehabmeet.paths import resolve_paths
from rehabmeet.services.indstilling import IndstillingService
from rehabmeet.services.lanes import LaneService
from rehabmeet.services.meetings import MeetingService
from rehabmeet.settings.preferences import Preferences, load_preferences, save_preferences
from tests.helpers.db import open_home_database


def test_the_person_is_the_option_then_the_environment_then_the_laptops_choice(
    isolated_environment: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = resolve_paths(isolated_environment).config_dir
    save_preferences(config, Preferences(person="Anna Holm"))
    assert load_preferences(config).person == "Anna Holm"

    def actor(user: str | None = None) -> str:
        return build_context(home=None, db=None, language="en", debug=False, user=user).actor

    assert actor("Jonas Bech") == "Jonas Bech"
    assert actor() == "test-user"  # REHABMEET_USER (set by the test environment)
    monkeypatch.delenv("REHABMEET_USER")
    assert actor() == "Anna Holm"


def test_watch_prints_one_json_line_per_change_naming_the_person_and_case(demo_home: Path) -> None:
    database = open_home_database(demo_home)
    meetings = MeetingService(database.sessions, actor="t")
    (meeting,) = meetings.list_meetings()
    item = next(r.item_id for r in meetings.agenda(meeting.meeting_id).rows if r.case_ref == "DEMO-2026-003")
    lane = LaneService(database.sessions, actor="t").lanes(item).lanes[0].lane_id
    command = [
        sys.executable,
        "-m",
        "rehabmeet",
        "watch",
        "--json",
        "--count",
        "2",
        "--meeting",
        str(meeting.meeting_id),
    ]
    watcher = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=os.environ.copy()
    )
    try:
        assert watcher.stderr is not None and "watching" in watcher.stderr.readline()
        service = IndstillingService(database.sessions, actor="Jonas Bech")
        view = service.draft(item)
        service.save(item, view.content.with_changes(job_goal="Lager"), expected_revision=view.revision)
        LaneService(database.sessions, actor="Anna Holm").add_point(lane, "Kan løfte 10 kg.")
        out, _err = watcher.communicate(timeout=30)
    finally:
        watcher.kill()
        database.close()
    lines = [json.loads(line) for line in out.splitlines()]
    assert [(x["person"], x["what"], x["case_ref"], x["fields"]) for x in lines] == [
        ("Jonas Bech", "indstilling", "DEMO-2026-003", ["job_goal"]),
        ("Anna Holm", "lanes", "DEMO-2026-003", []),
    ]
    assert lines[0]["said"].startswith("DEMO-2026-003: Jonas Bech changed Concrete job goal at ")
    assert all(x["time"] for x in lines)
