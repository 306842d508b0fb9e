"""The dashboard's tables, each one SQL query over the cases heard in a period (no Python loops over cases).

A case counts in the period when its meeting day falls in it and its indstilling is finalised.
Waiting times are in days: signed preparatory part → meeting (001 L699–708: 81 days), meeting →
decision, and meeting → first measure started (92 days).
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    Float,
    Integer,
    Numeric,
    String,
    and_,
    case,
    cast,
    column,
    func,
    literal,
    select,
    table,
    text,
    union_all,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.selectable import CTE

from rehabmeet.domain.vocabulary import Discipline
from rehabmeet.models import (
    AgendaItem,
    Attendance,
    Case,
    CaseVersion,
    Event,
    FollowThrough,
    Indstilling,
    IndstillingCheck,
    InterventionFollow,
    Meeting,
    Team,
)
from rehabmeet.settings.rules import EducationMemberRule, QuorumRule
from rehabmeet.stats.filters import EVERYTHING, CaseFilter, FilterChoices
from rehabmeet.stats.kpis import AUDIT_SHARE_OVER
from rehabmeet.stats.sql import days_between, month_of, percentiles, share, years_before

BUCKETS = ((0, 30), (31, 60), (61, 90), (91, 120), (121, 180), (181, 100_000))


@dataclass(frozen=True, slots=True)
class Table:
    """One table of the dashboard (also one CSV file, one XLSX sheet)."""

    name: str
    headings: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]


HEARD_COLUMNS: dict[str, Any] = {
    "item_id": Integer(),
    "case_id": Integer(),
    "case_type": String(),
    "caseworker_name": String(),
    "signed_on": Date(),
    "meeting_date": Date(),
    "planned_minutes": Integer(),
    "outcome": String(),
    "decision_date": Date(),
    "at_table": Boolean(),
    "informed_on": Date(),
    "first_start": Date(),
    "birth_date": Date(),
    "has_qualification": Boolean(),
}


@contextmanager
def materialised(session: Session, heard: CTE) -> Iterator[Any]:
    """Compute the heard cases once into a temporary table for the duration (every KPI reads it)."""
    name = f"heard_{secrets.token_hex(4)}"
    select_sql = select(heard).compile(dialect=session.get_bind().dialect, compile_kwargs={"literal_binds": True})
    session.execute(text(f"CREATE TEMPORARY TABLE {name} AS {select_sql}"))
    # The KPIs join the heard cases to checks, attendance, measures and events by these two columns: without
    # an index each of those joins scans the temporary table per row (9.5 s for 100,000 cases' checks).
    session.execute(text(f"CREATE UNIQUE INDEX {name}_item ON {name} (item_id)"))
    session.execute(text(f"CREATE INDEX {name}_case ON {name} (case_id)"))
    yield table(name, *(column(n, kind) for n, kind in HEARD_COLUMNS.items()))
    # Not in ``finally``: after an error the transaction is rolled back (PostgreSQL drops the table with
    # it); on SQLite the uniquely named table goes with the connection.
    session.execute(text(f"DROP TABLE {name}"))


def heard_cases(start: date, end: date, team_id: int | None = None, where: CaseFilter = EVERYTHING) -> CTE:
    """The cases heard in [start, end] (of ``team_id``, and as ``where`` says), one row per agenda item,
    with what the KPIs need."""
    newest = (
        select(CaseVersion.case_id, func.max(CaseVersion.version_no).label("v"))
        .group_by(CaseVersion.case_id)
        .subquery()
    )
    first_start = (
        select(InterventionFollow.agenda_item_id, func.min(InterventionFollow.started_on).label("first_start"))
        .group_by(InterventionFollow.agenda_item_id)
        .subquery()
    )
    query = (
        select(
            AgendaItem.id.label("item_id"),
            Case.id.label("case_id"),
            CaseVersion.case_type,
            CaseVersion.caseworker_name,
            CaseVersion.preparatory_part_signed_on.label("signed_on"),
            Meeting.meeting_date,
            AgendaItem.planned_minutes,
            Indstilling.content["outcome"].as_string().label("outcome"),
            FollowThrough.decision_date,
            func.coalesce(FollowThrough.decided_at_table, False).label("at_table"),
            FollowThrough.informed_on,
            first_start.c.first_start,
            CaseVersion.citizen_birth_date.label("birth_date"),
            CaseVersion.citizen_has_vocational_qualification.label("has_qualification"),
        )
        .select_from(AgendaItem)
        .join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .join(Case, Case.id == AgendaItem.case_id)
        .join(newest, newest.c.case_id == Case.id)
        .join(CaseVersion, and_(CaseVersion.case_id == Case.id, CaseVersion.version_no == newest.c.v))
        .join(Indstilling, and_(Indstilling.agenda_item_id == AgendaItem.id, Indstilling.status == "final"))
        .outerjoin(FollowThrough, FollowThrough.agenda_item_id == AgendaItem.id)
        .outerjoin(first_start, first_start.c.agenda_item_id == AgendaItem.id)
        .where(Meeting.meeting_date.between(start, end))
    )
    team_id = team_id if team_id is not None else where.team_id
    if team_id is not None:
        query = query.where(Meeting.team_id == team_id)
    if where.caseworker is not None:
        query = query.where(CaseVersion.caseworker_name == where.caseworker)
    if where.case_type is not None:
        query = query.where(CaseVersion.case_type == where.case_type)
    return query.cte("heard")


def filter_choices(session: Session, start: date, end: date) -> FilterChoices:
    """The teams, caseworkers and case types among the cases heard in [start, end] (one query each)."""
    heard = heard_cases(start, end)
    caseworkers = session.scalars(select(heard.c.caseworker_name).distinct().order_by(heard.c.caseworker_name))
    case_types = session.scalars(select(heard.c.case_type).distinct().order_by(heard.c.case_type))
    teams = session.execute(
        select(Team.id, Team.name)
        .where(Team.id.in_(select(Meeting.team_id).where(Meeting.meeting_date.between(start, end))))
        .order_by(Team.name)
    )
    return FilterChoices(tuple((i, n) for i, n in teams), tuple(caseworkers), tuple(case_types))


def outcomes(session: Session, heard: CTE) -> Table:
    rows = session.execute(
        select(heard.c.case_type, heard.c.outcome, func.count())
        .group_by(heard.c.case_type, heard.c.outcome)
        .order_by(heard.c.case_type, func.count().desc())
    ).all()
    return Table("outcomes", ("case_type", "outcome", "cases"), tuple(tuple(r) for r in rows))


def per_month(session: Session, heard: CTE) -> Table:
    month = month_of(heard.c.meeting_date)
    rows = session.execute(
        select(month, heard.c.case_type, func.count()).group_by(month, heard.c.case_type).order_by(month)
    ).all()
    return Table("cases_per_month", ("month", "case_type", "cases"), tuple(tuple(r) for r in rows))


def _waits(heard: CTE) -> Any:
    measures = (
        ("signed_to_meeting", days_between(heard.c.meeting_date, heard.c.signed_on)),
        ("meeting_to_decision", days_between(heard.c.decision_date, heard.c.meeting_date)),
        ("meeting_to_first_measure", days_between(heard.c.first_start, heard.c.meeting_date)),
    )
    return union_all(
        *(select(literal(name).label("measure"), value.label("days")) for name, value in measures)
    ).subquery()


def waiting_times(session: Session, heard: CTE) -> Table:
    rows = session.execute(percentiles(_waits(heard), "days", group="measure").order_by("grp")).all()
    return Table("waiting_days", ("measure", "cases", "median", "p90"), tuple(tuple(r) for r in rows))


def waiting_buckets(session: Session, heard: CTE) -> Table:
    waits = _waits(heard)
    bucket = case(*((waits.c.days <= high, f"{low}–{high}" if high < 100_000 else f"{low}+") for low, high in BUCKETS))
    rows = session.execute(
        select(waits.c.measure, bucket, func.count())
        .where(waits.c.days.is_not(None))
        .group_by(waits.c.measure, bucket)
        .order_by(waits.c.measure, func.min(waits.c.days))
    ).all()
    return Table("waiting_buckets", ("measure", "days", "cases"), tuple(tuple(r) for r in rows))


def decided_at_table(session: Session, heard: CTE) -> Table:
    decided = func.count(heard.c.decision_date)
    at_table = func.sum(case((heard.c.at_table, 1), else_=0))
    row = session.execute(select(func.count(), decided, at_table, share(at_table, func.count()))).one()
    return Table("decisions", ("cases", "decided", "decided_at_table", "share_at_table"), (tuple(row),))


def meeting_time(session: Session, heard: CTE) -> Table:
    item = Event.details["item_id"].as_integer()
    at = Event.details["at"].as_float()
    spans = (
        select(
            item.label("item_id"),
            func.min(case((Event.action == "timer.start", at))).label("started"),
            func.max(case((Event.action == "timer.finish", at))).label("finished"),
        )
        .where(Event.action.in_(("timer.start", "timer.finish")), Event.case_id.in_(select(heard.c.case_id)))
        .group_by(item)
        .subquery()
    )
    actual = (spans.c.finished - spans.c.started) / 60.0
    rows = session.execute(
        select(
            heard.c.case_type,
            func.count(),
            _rounded(func.avg(cast(heard.c.planned_minutes, Float))),
            _rounded(func.avg(actual)),
        )
        .select_from(heard)
        .outerjoin(spans, spans.c.item_id == heard.c.item_id)
        .group_by(heard.c.case_type)
        .order_by(heard.c.case_type)
    ).all()
    return Table("meeting_minutes", ("case_type", "cases", "planned_avg", "actual_avg"), tuple(tuple(r) for r in rows))


def completeness(session: Session, heard: Any, titles: Mapping[str, str] | None = None) -> Table:
    """Per control point (with its English title from the checklist rules), in natural order C1, C2 … C10."""
    applies = func.sum(case((IndstillingCheck.applies, 1), else_=0))
    met = func.sum(case((and_(IndstillingCheck.applies, IndstillingCheck.met), 1), else_=0))
    # Grouped by an expression, not the bare column: SQLite would otherwise walk the rule_id index to save
    # a sort and fetch 2.2 million table rows at 100,000 cases (5.8 s) instead of reading the covering
    # (agenda_item_id, rule_id, applies, met) index per heard case (1.8 s).
    rule = func.coalesce(IndstillingCheck.rule_id, "")
    rows = session.execute(
        select(rule, applies, met, share(met, applies))
        .join(heard, heard.c.item_id == IndstillingCheck.agenda_item_id)
        .group_by(rule)
    ).all()
    titles = titles or {}
    ordered = sorted(rows, key=lambda r: control_point_key(r[0]))
    return Table(
        "completeness",
        ("control_point", "title", "applies", "met", "share_met"),
        tuple((r[0], titles.get(r[0], ""), *r[1:]) for r in ordered),
    )


def control_point_key(rule_id: str) -> tuple[int, str, int, str]:
    """Sort control points as people read them: §9, §11-1, B1, C1, C2 … C5, C5-deadline … C10 … C16, FP."""
    match = re.match(r"(\D*)(\d*)(.*)", rule_id)
    prefix, number, rest = match.groups() if match else (rule_id, "", "")
    rank = {"§": 0, "B": 1, "C": 2}.get(prefix, 3)
    return rank, prefix, int(number) if number else -1, rest


def education_required(heard: Any, rule: EducationMemberRule) -> Any:
    """Whether the education member (UU) had to attend, by the rule itself (002 L8452–8458): the citizen
    under ``rule.age_below`` on the meeting day, and (if the rule says so) without a vocational qualification.

    ``age_on(birth, day) < N`` is ``birth > day - N years``, so no age arithmetic per row in Python.
    """
    young = heard.c.birth_date > years_before(heard.c.meeting_date, literal(rule.age_below))
    if not rule.only_without_vocational_qualification:
        return young
    return and_(young, ~func.coalesce(heard.c.has_qualification, False))


def attendance(session: Session, heard: Any, quorum: QuorumRule, education: EducationMemberRule) -> Table:
    """Per discipline: the heard cases where it was required, present among those, a written assessment
    instead, and present where it was not required (KPI ``attendance``)."""
    present_any = func.max(case((Attendance.present, 1), else_=0))
    written_any = func.max(case((Attendance.written_assessment, 1), else_=0))
    per_case = (
        select(
            Attendance.agenda_item_id.label("item_id"),
            Attendance.discipline.label("discipline"),
            present_any.label("present"),
            written_any.label("written"),
        )
        .where(Attendance.role == "member", Attendance.agenda_item_id.in_(select(heard.c.item_id)))
        .group_by(Attendance.agenda_item_id, Attendance.discipline)
        .subquery()
    )
    quorum_disciplines = [d.value for d in quorum.required]
    required = case(
        (per_case.c.discipline.in_(quorum_disciplines), True),
        (per_case.c.discipline == Discipline.EDUCATION.value, education_required(heard, education)),
        else_=False,
    )
    flagged = (
        select(per_case.c.discipline, per_case.c.present, per_case.c.written, required.label("required"))
        .join(heard, heard.c.item_id == per_case.c.item_id)
        .subquery()
    )
    needed = func.sum(case((flagged.c.required, 1), else_=0))
    present = func.sum(case((and_(flagged.c.required, flagged.c.present == 1), 1), else_=0))
    written = func.sum(case((and_(flagged.c.required, flagged.c.present == 0, flagged.c.written == 1), 1), else_=0))
    extra = func.sum(case((and_(~flagged.c.required, flagged.c.present == 1), 1), else_=0))
    rows = session.execute(
        select(flagged.c.discipline, needed, present, written, share(present, needed), extra)
        .group_by(flagged.c.discipline)
        .order_by(flagged.c.discipline)
    ).all()
    headings = ("discipline", "required", "present", "written_assessment", "share_present", "present_not_required")
    return Table("attendance", headings, tuple(tuple(r) for r in rows))


def waits_over(session: Session, heard: Any, warn_days: int, alert_days: int) -> Table:
    """Heard cases whose preparatory part was signed more than ``warn_days`` / ``alert_days`` before the
    meeting (A17: 4 and 6 months, 004 L147–157), with the focus audit's share beside ours."""
    days = days_between(heard.c.meeting_date, heard.c.signed_on)
    known = func.count(heard.c.signed_on)
    over = {limit: func.sum(case((days > limit, 1), else_=0)) for limit in (warn_days, alert_days)}
    row = session.execute(select(known, over[warn_days], over[alert_days])).one()
    cases, *counts = (int(v or 0) for v in row)
    rows = tuple(
        (name, limit, cases, count, count / cases if cases else None, AUDIT_SHARE_OVER[name])
        for name, limit, count in (("over_4_months", warn_days, counts[0]), ("over_6_months", alert_days, counts[1]))
    )
    return Table("waits_over", ("limit", "days", "cases", "over", "share_over", "audit_share"), rows)


def interventions(session: Session, heard: CTE) -> Table:
    started = func.count(InterventionFollow.started_on)
    dropped = func.count(InterventionFollow.dropped_reason)
    rows = session.execute(
        select(InterventionFollow.type, func.count(), started, dropped, share(started, func.count()))
        .join(heard, heard.c.item_id == InterventionFollow.agenda_item_id)
        .group_by(InterventionFollow.type)
        .order_by(func.count().desc())
    ).all()
    headings = ("intervention", "recommended", "started", "dropped", "share_started")
    return Table("measures", headings, tuple(tuple(r) for r in rows))


def informed(session: Session, heard: CTE, warn_days: int, alert_days: int) -> Table:
    days = days_between(heard.c.informed_on, heard.c.meeting_date)
    band = case(
        (heard.c.informed_on.is_(None), "not_recorded"),
        (days <= warn_days, f"within_{warn_days}_days"),
        (days <= alert_days, f"within_{alert_days}_days"),
        else_=f"over_{alert_days}_days",
    )
    rows = session.execute(select(band, func.count()).group_by(band).order_by(band)).all()
    return Table("citizen_informed", ("when", "cases"), tuple(tuple(r) for r in rows))


def _rounded(value: Any) -> Any:
    """``value`` to one decimal as a float, the same on SQLite and PostgreSQL (round needs a numeric there)."""
    return cast(func.round(cast(value, Numeric), 1), Float)
