"""The phase timer, driven by a fake clock: phases, pauses, overruns, skips, extensions, going back."""

from __future__ import annotations

from rehabmeet.domain.vocabulary import Phase
from rehabmeet.meeting.clock import FakeClock, MeetingClock
from rehabmeet.meeting.timer import TimerCommand as C
from rehabmeet.meeting.timer import TimerEvent, TimerStatus, allowed, initial_state, replay

BUDGETS = {Phase.FORMOEDE: 10, Phase.CITIZEN_SESSION: 20, Phase.TIMEOUT: 10, Phase.ANNOUNCEMENT: 5, Phase.DECISION: 0}
MIN = 60.0


class Session:
    """Records commands at fake-clock times, like the service does."""

    def __init__(self) -> None:
        self.clock = FakeClock()
        self.events: list[TimerEvent] = []

    def do(self, command: C, minutes: int = 0) -> None:
        self.events.append(TimerEvent(command, self.clock.now(), minutes))

    def state(self):  # type: ignore[no-untyped-def]
        return replay(self.events, BUDGETS, self.clock.now())


def test_a_case_runs_through_its_phases_and_counts_down() -> None:
    s = Session()
    assert s.state().status is TimerStatus.NOT_STARTED
    s.do(C.START)
    s.clock.advance(4 * MIN)
    state = s.state()
    assert (state.phase, state.remaining) == (Phase.FORMOEDE, 6 * MIN)
    s.do(C.NEXT)
    s.clock.advance(21 * MIN)
    state = s.state()
    assert state.phase is Phase.CITIZEN_SESSION and state.remaining == -1 * MIN and state.overrun == 1 * MIN
    for _ in range(3):
        s.do(C.NEXT)
    state = s.state()
    assert state.status is TimerStatus.DONE  # the decision phase has no budget and is passed over
    assert [round(p.elapsed / MIN) for p in state.phases] == [4, 21, 0, 0, 0]
    assert state.phases[1].overrun == 1 * MIN


def test_pause_stops_the_clock() -> None:
    s = Session()
    s.do(C.START)
    s.clock.advance(2 * MIN)
    s.do(C.PAUSE)
    s.clock.advance(30 * MIN)
    assert s.state().remaining == 8 * MIN and s.state().status is TimerStatus.PAUSED
    s.do(C.RESUME)
    s.clock.advance(1 * MIN)
    assert s.state().remaining == 7 * MIN


def test_skipping_the_pre_discussion_and_extending_the_session() -> None:
    s = Session()
    s.do(C.START)
    s.do(C.SKIP)
    s.clock.advance(18 * MIN)
    s.do(C.EXTEND, 5)
    s.clock.advance(6 * MIN)
    state = s.state()
    assert state.phases[0].skipped and state.phase is Phase.CITIZEN_SESSION
    assert state.phases[1].budget == 25 * MIN and state.remaining == 1 * MIN


def test_going_back_reopens_the_previous_phase_with_its_time() -> None:
    s = Session()
    s.do(C.START)
    s.clock.advance(5 * MIN)
    s.do(C.NEXT)
    s.clock.advance(1 * MIN)
    s.do(C.BACK)
    s.clock.advance(1 * MIN)
    state = s.state()
    assert state.phase is Phase.FORMOEDE and state.phases[0].elapsed == 6 * MIN and state.remaining == 4 * MIN


def test_decision_at_the_table_adds_its_phase() -> None:
    s = Session()
    s.do(C.START)
    for _ in range(3):
        s.do(C.NEXT)
    s.do(C.DECIDE_AT_TABLE, 12)
    s.do(C.NEXT)
    state = s.state()
    assert state.phase is Phase.DECISION and state.remaining == 12 * MIN


def test_commands_that_do_not_apply_are_refused_and_ignored() -> None:
    state = initial_state(BUDGETS)
    assert not allowed(state, C.PAUSE) and not allowed(state, C.NEXT) and allowed(state, C.START)
    s = Session()
    s.do(C.PAUSE)
    s.do(C.START)
    s.do(C.START)
    s.clock.advance(MIN)
    assert s.state().remaining == 9 * MIN
    assert not allowed(s.state(), C.BACK)


def test_remaining_planned_counts_later_phases() -> None:
    s = Session()
    s.do(C.START)
    s.clock.advance(3 * MIN)
    assert s.state().remaining_planned() == (7 + 20 + 10 + 5) * MIN
    s.clock.advance(10 * MIN)
    assert s.state().remaining_planned() == (20 + 10 + 5) * MIN  # an overrun phase has nothing left


def test_meeting_clock_is_monotonic_and_anchored_to_wall_time() -> None:
    mono = [100.0]
    clock = MeetingClock(wall=lambda: 1_000_000.0, monotonic=lambda: mono[0])
    mono[0] += 42.5
    assert clock.now() == 1_000_042.5
