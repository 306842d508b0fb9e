"""Child process for the kill -9 test: runs a case's timer and saves notes until it is killed.

Prints one line per committed action, ``<what> <clock time>``, so the parent knows what must survive.
"""

from __future__ import annotations

import sys
import time

from rehabmeet.context import build_context
from rehabmeet.meeting.clock import MeetingClock
from rehabmeet.meeting.timer import TimerCommand
from rehabmeet.services.attendance import AttendanceService
from rehabmeet.services.meeting_run import MeetingRunService
from rehabmeet.services.meetings import MeetingService


def main() -> None:
    context = build_context(home=None, db=None, language="en", debug=False)
    sessions = context.database().sessions
    clock = MeetingClock()
    run = MeetingRunService(sessions, actor="child", clock=clock)
    notes = AttendanceService(sessions, actor="child")
    (meeting,) = MeetingService(sessions, actor="child").list_meetings()
    item_id = run.day(meeting.meeting_id).items[0].item_id
    print(f"item {item_id}", flush=True)
    run.command(meeting.meeting_id, item_id, TimerCommand.START)
    print(f"start {clock.now():.3f}", flush=True)
    time.sleep(0.3)
    run.command(meeting.meeting_id, item_id, TimerCommand.NEXT)
    print(f"next {clock.now():.3f}", flush=True)
    text = ""
    for n in range(10_000):
        text += f"Punkt {n}. "
        notes.save_note(item_id, text)
        print(f"note {n}", flush=True)
        time.sleep(0.05)
    sys.exit(0)


if __name__ == "__main__":
    main()
