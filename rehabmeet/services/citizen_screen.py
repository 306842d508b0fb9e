"""What the second screen (projector/TV facing the citizen) may show, and nothing more.

Only the current case: its citizen's name and case type, never a CPR number, never internal
notes, never another citizen's name; the phase, the time left, and who is present by role.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from rehabmeet.domain.vocabulary import label
from rehabmeet.i18n import QT_TRANSLATE_NOOP, translate
from rehabmeet.meeting.timer import TimerStatus
from rehabmeet.services.meeting_run import RunDay

ROLE_LABELS = {
    "citizen": QT_TRANSLATE_NOOP("CitizenScreen", "Citizen"),
    "companion": QT_TRANSLATE_NOOP("CitizenScreen", "Companion"),
    "caseworker": QT_TRANSLATE_NOOP("CitizenScreen", "Caseworker"),
    "interpreter": QT_TRANSLATE_NOOP("CitizenScreen", "Interpreter"),
    "employer_liaison": QT_TRANSLATE_NOOP("CitizenScreen", "Employer liaison"),
    "other": QT_TRANSLATE_NOOP("CitizenScreen", "Other"),
}


@dataclass(frozen=True, slots=True)
class CitizenScreen:
    """The citizen-facing screen's content.

    Attributes:
        title: the citizen's name and case type, or a neutral text between cases.
        remaining: seconds left in the phase (negative when over), ``None`` between cases.
        present: "Role: Name" lines of those present (team members by discipline).
    """

    title: str
    phase: str
    remaining: float | None
    present: tuple[str, ...]
    next_start: datetime | None
    running: bool = False


def citizen_screen(day: RunDay) -> CitizenScreen:
    """Return what the citizen's screen shows for the running day."""
    item = next((i for i in day.items if i.timer.status in (TimerStatus.RUNNING, TimerStatus.PAUSED)), None)
    if item is None:
        upcoming = next((t for t in day.prediction.items if t.status is TimerStatus.NOT_STARTED), None)
        waiting = translate("CitizenScreen", QT_TRANSLATE_NOOP("CitizenScreen", "The team is preparing the next case"))
        return CitizenScreen(
            title=translate("CitizenScreen", QT_TRANSLATE_NOOP("CitizenScreen", "Rehabilitation team")),
            phase=waiting,
            remaining=None,
            present=(),
            next_start=upcoming.predicted_start if upcoming else None,
        )
    phase = label(item.timer.phase.value) if item.timer.phase else ""
    if item.timer.status is TimerStatus.PAUSED:
        phase += " – " + translate("CitizenScreen", QT_TRANSLATE_NOOP("CitizenScreen", "paused"))
    present = tuple(f"{_role(role, discipline)}: {name}" for role, name, discipline in item.present)
    return CitizenScreen(
        title=f"{item.citizen_name} · {label(item.case_type)}",
        phase=phase,
        remaining=item.timer.remaining,
        running=item.timer.status is TimerStatus.RUNNING,
        present=present,
        next_start=None,
    )


def _role(role: str, discipline: str | None) -> str:
    """A team member is shown by discipline ("Sundhedsområdet"), anyone else by role ("Bisidder")."""
    if role == "member" and discipline:
        return label(discipline)
    return translate("CitizenScreen", ROLE_LABELS.get(role, role))
