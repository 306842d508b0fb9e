"""A whole simulated meeting day with a fake clock: phases, overruns, skips, extensions, re-planning,
quorum failures and inhabilitet, remedies, and a restart that resumes from the event log."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from rehabmeet.domain.vocabulary import Phase
from rehabmeet.meeting.clock import FakeClock
from rehabmeet.meeting.replan import RemedyKind, day_datetime
from rehabmeet.meeting.timer import TimerCommand as C
from rehabmeet.meeting.timer import TimerStatus
from rehabmeet.services.attendance import AttendanceService
from rehabmeet.services.citizen_screen import citizen_screen
from rehabmeet.services.meeting_run import MeetingRunService, QuorumNotMet
from rehabmeet.services.meetings import MeetingService
from rehabmeet.storage.database import Database
from tests.helpers.db import open_home_database

MIN = 60


@pytest.fixture
def database(demo_home: Path) -> Iterator[Database]:
    db = open_home_database(demo_home)
    yield db
    db.close()


@pytest.fixture
def day(database: Database) -> tuple[MeetingRunService, AttendanceService, FakeClock, int]:
    (meeting,) = MeetingService(database.sessions, actor="t").list_meetings()
    start = day_datetime(meeting.meeting_date, meeting.starts_at)
    clock = FakeClock(start.timestamp() - 10 * MIN)
    return (
        MeetingRunService(database.sessions, actor="leader", clock=clock),
        AttendanceService(database.sessions, actor="leader"),
        clock,
        meeting.meeting_id,
    )


def test_before_the_day_starts_everything_is_on_plan(day) -> None:  # type: ignore[no-untyped-def]
    run, _attendance, _clock, meeting_id = day
    state = run.day(meeting_id)
    assert len(state.items) == 7 and state.current_item_id == state.items[0].item_id
    assert state.prediction.drift == timedelta(0) and state.remedies == ()
    assert all(i.quorum.ok for i in state.items)


def test_a_day_with_an_overrun_is_replanned_and_remedied(day, database: Database) -> None:  # type: ignore[no-untyped-def]
    run, _attendance, clock, meeting_id = day
    first = run.day(meeting_id).items[0]
    clock.advance(10 * MIN)  # 09:00
    run.command(meeting_id, first.item_id, C.START)
    clock.advance(5 * MIN)
    run.command(meeting_id, first.item_id, C.NEXT)  # formøde done on time
    clock.advance(23 * MIN)  # citizen session: 15 planned
    state = run.day(meeting_id)
    item = state.item(first.item_id)
    assert item.timer.phase is Phase.CITIZEN_SESSION and item.timer.overrun == 8 * MIN
    assert state.prediction.drift == timedelta(minutes=8)
    later = state.prediction.items[3]
    assert later.predicted_start - later.planned_start == timedelta(minutes=8)
    remedies = {r.kind: r for r in state.remedies}
    assert remedies[RemedyKind.SHORTEN_TIMEOUTS].minutes_saved >= 8
    assert RemedyKind.POSTPONE_CASE in remedies
    assert state.prediction.drift == run.day(meeting_id).prediction.drift  # suggesting changes nothing
    after = run.apply_remedy(meeting_id, remedies[RemedyKind.SHORTEN_TIMEOUTS])
    assert after.prediction.drift <= timedelta(0)
    shortened = after.items[1].budgets[Phase.TIMEOUT]
    assert shortened == state.items[1].budgets[Phase.TIMEOUT] - remedies[RemedyKind.SHORTEN_TIMEOUTS].minutes
    with database.engine.connect() as connection:
        actions = (
            connection.execute(
                text(
                    "SELECT action FROM event_log WHERE action LIKE 'timer.%' OR action LIKE 'agenda.budget%' ORDER BY id"
                )
            )
            .scalars()
            .all()
        )
    assert actions[:2] == ["timer.start", "timer.next"] and "agenda.budget_changed" in actions


def test_skip_extend_back_pause_and_finish(day) -> None:  # type: ignore[no-untyped-def]
    run, _attendance, clock, meeting_id = day
    item_id = run.day(meeting_id).items[0].item_id
    clock.advance(10 * MIN)
    run.command(meeting_id, item_id, C.START)
    run.command(meeting_id, item_id, C.SKIP)
    clock.advance(10 * MIN)
    run.command(meeting_id, item_id, C.EXTEND, minutes=5)
    run.command(meeting_id, item_id, C.PAUSE)
    clock.advance(30 * MIN)
    timer = run.day(meeting_id).item(item_id).timer
    assert timer.status is TimerStatus.PAUSED and timer.remaining == 10 * MIN and timer.phases[0].skipped
    run.command(meeting_id, item_id, C.RESUME)
    run.command(meeting_id, item_id, C.BACK)
    assert run.day(meeting_id).item(item_id).timer.phase is Phase.FORMOEDE
    run.command(meeting_id, item_id, C.FINISH)
    state = run.day(meeting_id)
    assert state.item(item_id).timer.status is TimerStatus.DONE and state.current_item_id == state.items[1].item_id
    with pytest.raises(Exception, match="does not apply"):
        run.command(meeting_id, item_id, C.PAUSE)


def test_only_one_case_runs_at_a_time(day) -> None:  # type: ignore[no-untyped-def]
    run, _attendance, _clock, meeting_id = day
    items = run.day(meeting_id).items
    run.command(meeting_id, items[0].item_id, C.START)
    with pytest.raises(Exception, match=f"finish {items[0].case_ref} before starting"):
        run.command(meeting_id, items[1].item_id, C.START)


def test_quorum_failures_need_an_override_with_a_reason(day, database: Database) -> None:  # type: ignore[no-untyped-def]
    run, attendance, _clock, meeting_id = day
    item_id = run.day(meeting_id).items[0].item_id
    social = next(r for r in attendance.attendance(item_id).rows if r.discipline == "social")
    result = attendance.update(item_id, social.row_id, present=False)
    assert result.quorum.missing == ("social",)
    with pytest.raises(QuorumNotMet, match="nobody present for social"):
        run.command(meeting_id, item_id, C.START)
    assert run.day(meeting_id).item(item_id).timer.status is TimerStatus.NOT_STARTED
    run.command(meeting_id, item_id, C.START, override_reason="Socialrådgiver syg; vurdering følger")
    with database.engine.connect() as connection:
        details = json.loads(
            connection.execute(text("SELECT details FROM event_log WHERE action = 'quorum.override'")).scalar_one()
        )
    assert details == {"item_id": item_id, "missing": ["social"], "reason": "Socialrådgiver syg; vurdering følger"}


def test_written_assessment_and_inhabilitet(day) -> None:  # type: ignore[no-untyped-def]
    run, attendance, _clock, meeting_id = day
    item_id = run.day(meeting_id).items[0].item_id
    rows = {r.discipline: r for r in attendance.attendance(item_id).rows if r.role == "member"}
    attendance.update(item_id, rows["health_coordinator"].row_id, present=False, written_assessment=True)
    result = attendance.update(item_id, rows["health"].row_id, present=False, written_assessment=True)
    assert result.quorum.by_assessment == ("health_coordinator",)
    assert result.quorum.missing == ("health",)  # the health area may not be covered by a written assessment
    attendance.update(item_id, rows["health"].row_id, present=True)
    recused = attendance.update(item_id, rows["social"].row_id, recused=True)
    assert recused.quorum.missing == ("social",)


def test_education_member_is_required_for_the_young_citizen(day) -> None:  # type: ignore[no-untyped-def]
    run, attendance, _clock, meeting_id = day
    young = next(i for i in run.day(meeting_id).items if i.case_ref == "DEMO-2026-002")
    uu = next(r for r in attendance.attendance(young.item_id).rows if r.discipline == "education")
    result = attendance.update(young.item_id, uu.row_id, present=False)
    assert "education" in result.quorum.required and result.quorum.missing == ("education",)
    other = run.day(meeting_id).items[0]
    assert "education" not in other.quorum.required


def test_a_restart_resumes_the_timer_from_the_event_log(day, database: Database) -> None:  # type: ignore[no-untyped-def]
    run, _attendance, clock, meeting_id = day
    item_id = run.day(meeting_id).items[0].item_id
    run.command(meeting_id, item_id, C.START)
    clock.advance(7 * MIN)
    run.command(meeting_id, item_id, C.NEXT)
    clock.advance(3 * MIN + 17)
    restarted = MeetingRunService(database.sessions, actor="leader", clock=clock)
    timer = restarted.day(meeting_id).item(item_id).timer
    assert timer.phase is Phase.CITIZEN_SESSION and timer.remaining == 15 * MIN - (3 * MIN + 17)


def test_postponing_takes_a_case_out_of_the_day(day) -> None:  # type: ignore[no-untyped-def]
    run, _attendance, clock, meeting_id = day
    state = run.day(meeting_id)
    run.command(meeting_id, state.items[0].item_id, C.START)
    clock.advance(3 * 60 * MIN)  # three hours into the first case
    remedies = {r.kind: r for r in run.day(meeting_id).remedies}
    after = run.apply_remedy(meeting_id, remedies[RemedyKind.POSTPONE_CASE], reason="Borgeren kan komme næste uge")
    assert len(after.items) == 6 and state.items[-1].item_id not in [i.item_id for i in after.items]


def test_the_citizen_screen_shows_only_the_current_case(day, database: Database) -> None:  # type: ignore[no-untyped-def]
    run, _attendance, clock, meeting_id = day
    state = run.day(meeting_id)
    idle = citizen_screen(state)
    assert idle.remaining is None and all(i.citizen_name not in idle.title for i in state.items)
    run.command(meeting_id, state.items[0].item_id, C.START)
    clock.advance(2 * MIN)
    screen = citizen_screen(run.day(meeting_id))
    shown = " ".join([screen.title, screen.phase, *screen.present])
    assert state.items[0].citizen_name in screen.title and screen.remaining == 3 * MIN
    assert all(other.citizen_name not in shown for other in state.items[1:])
    with database.engine.connect() as connection:
        cprs = connection.execute(text("SELECT citizen_cpr FROM case_version")).scalars().all()
    assert not any(cpr[:6] in shown for cpr in cprs)
    assert any(line.startswith("Health coordinator: ") for line in screen.present)
    _ = datetime.now(UTC)
