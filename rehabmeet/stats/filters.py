"""Which heard cases the dashboard counts besides the period: a team, a caseworker, a case type."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class CaseFilter:
    """``None`` means every team, caseworker or case type."""

    team_id: int | None = None
    caseworker: str | None = None
    case_type: str | None = None

    @property
    def any(self) -> bool:
        return self.team_id is not None or self.caseworker is not None or self.case_type is not None


@dataclass(frozen=True, slots=True)
class FilterChoices:
    """What the period's heard cases offer to filter by: teams (id, name), caseworkers, case types."""

    teams: tuple[tuple[int, str], ...]
    caseworkers: tuple[str, ...]
    case_types: tuple[str, ...]


EVERYTHING = CaseFilter()
