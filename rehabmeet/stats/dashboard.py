"""The dashboard: every table for a period, plus the few headline figures a manager reads first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from rehabmeet.stats import queries
from rehabmeet.stats.queries import Table


@dataclass(frozen=True, slots=True)
class Headline:
    cases: int
    median_signed_to_meeting: int | None
    median_meeting_to_decision: int | None
    median_meeting_to_first_measure: int | None
    share_decided_at_table: float | None
    share_measures_started: float | None
    share_checks_met: float | None


@dataclass(frozen=True, slots=True)
class Dashboard:
    start: date
    end: date
    headline: Headline
    tables: tuple[Table, ...]

    def table(self, name: str) -> Table:
        return next(t for t in self.tables if t.name == name)


def build_dashboard(
    session: Session, start: date, end: date, *, team_id: int | None, warn_days: int, alert_days: int
) -> Dashboard:
    """Compute every table for [start, end] (one query each)."""
    with queries.materialised(session, queries.heard_cases(start, end, team_id)) as heard:
        tables = _tables(session, heard, warn_days, alert_days)
    return Dashboard(start, end, _headline(tables), tables)


def _tables(session: Session, heard: Any, warn_days: int, alert_days: int) -> tuple[Table, ...]:
    return (
        queries.outcomes(session, heard),
        queries.per_month(session, heard),
        queries.waiting_times(session, heard),
        queries.waiting_buckets(session, heard),
        queries.decided_at_table(session, heard),
        queries.meeting_time(session, heard),
        queries.completeness(session, heard),
        queries.attendance(session, heard),
        queries.interventions(session, heard),
        queries.informed(session, heard, warn_days, alert_days),
    )


def _headline(tables: tuple[Table, ...]) -> Headline:
    by_name = {t.name: t for t in tables}
    waits = {row[0]: row[2] for row in by_name["waiting_days"].rows}
    cases, _decided, _at_table, at_table_share = by_name["decisions"].rows[0]
    measures = by_name["measures"].rows
    recommended = sum(r[1] for r in measures)
    checks = by_name["completeness"].rows
    applies = sum(r[1] or 0 for r in checks)
    return Headline(
        cases=int(cases or 0),
        median_signed_to_meeting=waits.get("signed_to_meeting"),
        median_meeting_to_decision=waits.get("meeting_to_decision"),
        median_meeting_to_first_measure=waits.get("meeting_to_first_measure"),
        share_decided_at_table=at_table_share,
        share_measures_started=(sum(r[2] for r in measures) / recommended) if recommended else None,
        share_checks_met=(sum(r[2] or 0 for r in checks) / applies) if applies else None,
    )
