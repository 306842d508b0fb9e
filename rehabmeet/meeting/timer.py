"""The phase timer of one case, as a replay of its commands (event-sourced, clock-free).

Flow (000 L618–630): formøde → citizen session → timeout → announcement → (decision at the
table) → done. A phase with a budget of 0 minutes is passed over. The state is always computed
from the recorded commands and a ``now``, so a restart after a crash resumes exactly where the
meeting was: the commands are in the event log, each with the time it was given.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

from rehabmeet.domain.vocabulary import Phase

PHASES = tuple(Phase)
DEFAULT_DECISION_MINUTES = 10


class TimerCommand(StrEnum):
    START = "start"
    PAUSE = "pause"
    RESUME = "resume"
    NEXT = "next"
    SKIP = "skip"
    EXTEND = "extend"
    BACK = "back"
    DECIDE_AT_TABLE = "decide_at_table"
    FINISH = "finish"


class TimerStatus(StrEnum):
    NOT_STARTED = "not_started"
    RUNNING = "running"
    PAUSED = "paused"
    DONE = "done"


@dataclass(frozen=True, slots=True)
class TimerEvent:
    """A command given at ``at`` (seconds since the epoch); ``minutes`` for EXTEND and DECIDE_AT_TABLE."""

    command: TimerCommand
    at: float
    minutes: int = 0


@dataclass(frozen=True, slots=True)
class PhaseRecord:
    """One phase's budget and how it went (seconds)."""

    phase: Phase
    budget: float
    elapsed: float = 0.0
    skipped: bool = False
    entered: bool = False

    @property
    def overrun(self) -> float:
        return max(0.0, self.elapsed - self.budget)


@dataclass(frozen=True, slots=True)
class CaseTimerState:
    """Where a case's timer stands at ``now``.

    Attributes:
        remaining: seconds left in the current phase; negative when it has run over.
    """

    status: TimerStatus
    current: int | None
    phases: tuple[PhaseRecord, ...]
    remaining: float
    started_at: float | None = None
    finished_at: float | None = None
    segment_start: float | None = field(default=None, repr=False)

    @property
    def phase(self) -> Phase | None:
        return self.phases[self.current].phase if self.current is not None else None

    @property
    def overrun(self) -> float:
        """Seconds the current phase has run over its budget."""
        return max(0.0, -self.remaining) if self.current is not None else 0.0

    @property
    def elapsed(self) -> float:
        return sum(p.elapsed for p in self.phases)

    def remaining_planned(self) -> float:
        """Seconds still planned for this case: what is left of this phase plus the later phases."""
        if self.status is TimerStatus.DONE:
            return 0.0
        start = 0 if self.current is None else self.current + 1
        later = sum(p.budget for p in self.phases[start:] if p.budget > 0 and not p.skipped)
        return later + (max(0.0, self.remaining) if self.current is not None else 0.0)


def initial_state(budgets: Mapping[Phase, int]) -> CaseTimerState:
    """Return the state before the case starts, with budgets in minutes per phase."""
    phases = tuple(PhaseRecord(phase=p, budget=budgets.get(p, 0) * 60.0) for p in PHASES)
    return CaseTimerState(status=TimerStatus.NOT_STARTED, current=None, phases=phases, remaining=0.0)


def allowed(state: CaseTimerState, command: TimerCommand) -> bool:
    """Return whether ``command`` makes sense now (the UI disables the others)."""
    running_or_paused = state.status in (TimerStatus.RUNNING, TimerStatus.PAUSED)
    checks = {
        TimerCommand.START: state.status is TimerStatus.NOT_STARTED,
        TimerCommand.PAUSE: state.status is TimerStatus.RUNNING,
        TimerCommand.RESUME: state.status is TimerStatus.PAUSED,
        TimerCommand.NEXT: running_or_paused,
        TimerCommand.SKIP: running_or_paused,
        TimerCommand.EXTEND: running_or_paused,
        TimerCommand.BACK: running_or_paused and _previous(state) is not None,
        TimerCommand.DECIDE_AT_TABLE: running_or_paused and state.phase is not Phase.DECISION,
        TimerCommand.FINISH: running_or_paused,
    }
    return checks[command]


def replay(events: Sequence[TimerEvent], budgets: Mapping[Phase, int], now: float) -> CaseTimerState:
    """Return the state after ``events`` (in order) at time ``now``. Commands that do not apply are ignored."""
    state = initial_state(budgets)
    for event in events:
        if allowed(state, event.command):
            state = _apply(state, event)
    return _at(state, now)


def _apply(state: CaseTimerState, event: TimerEvent) -> CaseTimerState:
    command, at = event.command, event.at
    if command is TimerCommand.START:
        return _enter(replace(state, started_at=at), _next_index(state, -1), at)
    if command is TimerCommand.PAUSE:
        return replace(_close(state, at), status=TimerStatus.PAUSED)
    if command is TimerCommand.RESUME:
        return replace(state, status=TimerStatus.RUNNING, segment_start=at)
    if command in (TimerCommand.NEXT, TimerCommand.SKIP):
        closed = _close(state, at, skipped=command is TimerCommand.SKIP)
        return _enter(closed, _next_index(closed, state.current if state.current is not None else -1), at)
    if command is TimerCommand.EXTEND:
        return _change_budget(state, state.current, state.phases[state.current].budget + event.minutes * 60.0)  # type: ignore[index]
    if command is TimerCommand.BACK:
        return _enter(_close(state, at), _previous(state), at)
    if command is TimerCommand.DECIDE_AT_TABLE:
        index = PHASES.index(Phase.DECISION)
        return _change_budget(
            state, index, max(state.phases[index].budget, (event.minutes or DEFAULT_DECISION_MINUTES) * 60.0)
        )
    return replace(_close(state, at), status=TimerStatus.DONE, current=None, finished_at=at)


def _close(state: CaseTimerState, at: float, *, skipped: bool = False) -> CaseTimerState:
    """Add the running segment to the current phase's elapsed time."""
    if state.current is None:
        return state
    record = state.phases[state.current]
    extra = at - state.segment_start if state.status is TimerStatus.RUNNING and state.segment_start is not None else 0.0
    updated = replace(record, elapsed=record.elapsed + max(0.0, extra), skipped=skipped or record.skipped)
    return replace(state, phases=_with_phase(state, state.current, updated), segment_start=None)


def _enter(state: CaseTimerState, index: int | None, at: float) -> CaseTimerState:
    if index is None:
        return replace(state, status=TimerStatus.DONE, current=None, finished_at=at, segment_start=None)
    record = replace(state.phases[index], entered=True, skipped=False)
    phases = _with_phase(state, index, record)
    return replace(state, status=TimerStatus.RUNNING, current=index, phases=phases, segment_start=at)


def _next_index(state: CaseTimerState, after: int) -> int | None:
    return next((i for i in range(after + 1, len(state.phases)) if state.phases[i].budget > 0), None)


def _previous(state: CaseTimerState) -> int | None:
    if state.current is None:
        return None
    return next((i for i in range(state.current - 1, -1, -1) if state.phases[i].entered), None)


def _change_budget(state: CaseTimerState, index: int | None, budget: float) -> CaseTimerState:
    if index is None:
        return state
    return replace(state, phases=_with_phase(state, index, replace(state.phases[index], budget=budget)))


def _at(state: CaseTimerState, now: float) -> CaseTimerState:
    """Bring the running segment up to ``now`` (without closing it) and compute what is left."""
    if state.current is None:
        return state
    record = state.phases[state.current]
    running = (
        now - state.segment_start if state.status is TimerStatus.RUNNING and state.segment_start is not None else 0.0
    )
    elapsed = record.elapsed + max(0.0, running)
    phases = _with_phase(state, state.current, replace(record, elapsed=elapsed))
    return replace(state, phases=phases, remaining=record.budget - elapsed)


def _with_phase(state: CaseTimerState, index: int, record: PhaseRecord) -> tuple[PhaseRecord, ...]:
    """Return the phases with the one at ``index`` replaced."""
    return (*state.phases[:index], record, *state.phases[index + 1 :])
