"""Quorum per case: every required discipline represented (003 L563–587), as data in the rules.

A case may only be treated with every required discipline present. The proposed exception: an
acutely absent member of an allowed discipline who gave the leader a written assessment
(003 L579–584). The education member is required when the citizen is under 30 without a
vocational qualification (002 L8452–8458).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from rehabmeet.domain.vocabulary import Discipline
from rehabmeet.settings.rules import QuorumRule


@dataclass(frozen=True, slots=True)
class MemberAttendance:
    """A team member's attendance for one case."""

    name: str
    discipline: str
    present: bool
    recused: bool = False
    written_assessment: bool = False


@dataclass(frozen=True, slots=True)
class QuorumResult:
    """Whether the case may be treated, and why not.

    Attributes:
        missing: required disciplines with nobody present (recused members do not count).
        by_assessment: required disciplines covered only by a written assessment.
    """

    required: tuple[str, ...]
    missing: tuple[str, ...]
    by_assessment: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.missing


def required_disciplines(rule: QuorumRule, education_required: bool) -> tuple[str, ...]:
    """Return the disciplines that must be represented in this case."""
    required = [d.value for d in rule.required]
    if education_required and Discipline.EDUCATION.value not in required:
        required.append(Discipline.EDUCATION.value)
    return tuple(required)


def evaluate_quorum(rule: QuorumRule, attendance: Iterable[MemberAttendance], education_required: bool) -> QuorumResult:
    """Return the quorum result for one case's member attendance."""
    members = list(attendance)
    required = required_disciplines(rule, education_required)
    allowed = {d.value for d in rule.written_assessment_allowed}
    missing: list[str] = []
    by_assessment: list[str] = []
    for discipline in required:
        present = any(m.discipline == discipline and m.present and not m.recused for m in members)
        if present:
            continue
        covered = discipline in allowed and any(
            m.discipline == discipline and not m.present and m.written_assessment and not m.recused for m in members
        )
        (by_assessment if covered else missing).append(discipline)
    return QuorumResult(required=required, missing=tuple(missing), by_assessment=tuple(by_assessment))
