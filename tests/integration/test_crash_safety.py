"""kill -9 in the middle of a meeting: the restart resumes the same phase, elapsed time correct to the
second, and nothing that was saved is lost."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from rehabmeet.domain.vocabulary import Phase
from rehabmeet.meeting.clock import MeetingClock
from rehabmeet.services.attendance import AttendanceService
from rehabmeet.services.meeting_run import MeetingRunService
from rehabmeet.services.meetings import MeetingService
from tests.helpers.db import open_home_database

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_kill_9_then_restart_resumes_the_meeting(demo_home: Path, seed: int) -> None:
    child = subprocess.Popen([sys.executable, "-m", "tests.helpers.meeting_child"], stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    lines: dict[str, str] = {}
    wanted_notes = random.Random(seed).randint(3, 40)
    try:
        for line in child.stdout:
            key, _, value = line.strip().partition(" ")
            lines[key] = value
            if key == "note" and int(value) >= wanted_notes:
                break
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=30)
        child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    database = open_home_database(demo_home)
    try:
        (meeting,) = MeetingService(database.sessions, actor="t").list_meetings()
        clock = MeetingClock()
        item_id = int(lines["item"])
        timer = MeetingRunService(database.sessions, actor="t", clock=clock).day(meeting.meeting_id).item(item_id).timer
        expected_elapsed = clock.now() - float(lines["next"])
        assert timer.phase is Phase.CITIZEN_SESSION
        assert abs(timer.phases[1].elapsed - expected_elapsed) < 1.0
        note = AttendanceService(database.sessions, actor="t").note(item_id)
        assert f"Punkt {lines['note']}." in note
    finally:
        database.close()
