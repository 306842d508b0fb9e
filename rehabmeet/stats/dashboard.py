"""The dashboard: every table for a period, plus the few headline figures a manager reads first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from rehabmeet.settings.rules import Rules
from rehabmeet.stats import queries
from rehabmeet.stats.filters import EVERYTHING, CaseFilter
from rehabmeet.stats.queries import Table
from rehabmeet.stats.trends import trends


@dataclass(frozen=True, slots=True)
class Headline:
    cases: int
    median_signed_to_meeting: int | None
    median_meeting_to_decision: int | None
    median_meeting_to_first_measure: int | None
    share_decided_at_table: float | None
    share_measures_started: float | None
    share_checks_met: float | None
    share_over_4_months: float | None = None
    share_over_6_months: float | None = None


@dataclass(frozen=True, slots=True)
class Dashboard:
    start: date
    end: date
    headline: Headline
    tables: tuple[Table, ...]
    where: CaseFilter = EVERYTHING

    def table(self, name: str) -> Table:
        return next(t for t in self.tables if t.name == name)


def build_dashboard(
    session: Session, start: date, end: date, *, rules: Rules, where: CaseFilter = EVERYTHING
) -> Dashboard:
    """Compute every table for [start, end] and the cases ``where`` selects (one query each), with the
    limits from the team's ``rules``."""
    tables = _tables(session, queries.heard_cases(start, end, where=where), rules)
    return Dashboard(start, end, _headline(tables), tables, where)


def waiting_limits(rules: Rules) -> tuple[int, int]:
    """The A17 limits in days (4 and 6 months by default) from the readiness check ``waiting_time``."""
    for check in rules.readiness:
        if check.check == "waiting_time":
            return int(str(check.params["warn_days"])), int(str(check.params["alert_days"]))
    return 122, 183


def _tables(session: Session, heard: Any, rules: Rules) -> tuple[Table, ...]:
    follow = rules.follow_up
    waits = queries.wait_histograms(session, heard)
    return (
        queries.outcomes(session, heard),
        queries.per_month(session, heard),
        queries.waiting_times(session, heard, waits),
        queries.waiting_buckets(session, heard, waits),
        queries.waits_over(session, heard, *waiting_limits(rules)),
        queries.decided_at_table(session, heard),
        queries.meeting_time(session, heard),
        queries.completeness(session, heard, {rule.id: rule.title for rule in rules.checklist}),
        queries.attendance(session, heard, rules.quorum, rules.education_member),
        queries.interventions(session, heard),
        queries.informed(session, heard, follow.informed_warn_days, follow.informed_alert_days),
        trends(
            session,
            heard,
            alert_a17=waiting_limits(rules)[1],
            warn_days=follow.informed_warn_days,
            alert_days=follow.informed_alert_days,
        ),
    )


def _headline(tables: tuple[Table, ...]) -> Headline:
    by_name = {t.name: t for t in tables}
    waits = {row[0]: row[2] for row in by_name["waiting_days"].rows}
    cases, _decided, _at_table, at_table_share = by_name["decisions"].rows[0]
    measures = by_name["measures"].rows
    recommended = sum(r[1] for r in measures)
    checks = by_name["completeness"].rows
    applies = sum(r[2] or 0 for r in checks)
    over = {row[0]: row[4] for row in by_name["waits_over"].rows}
    return Headline(
        cases=int(cases or 0),
        median_signed_to_meeting=waits.get("signed_to_meeting"),
        median_meeting_to_decision=waits.get("meeting_to_decision"),
        median_meeting_to_first_measure=waits.get("meeting_to_first_measure"),
        share_decided_at_table=at_table_share,
        share_measures_started=(sum(r[2] for r in measures) / recommended) if recommended else None,
        share_checks_met=(sum(r[3] or 0 for r in checks) / applies) if applies else None,
        share_over_4_months=over.get("over_4_months"),
        share_over_6_months=over.get("over_6_months"),
    )
