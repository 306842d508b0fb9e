"""The dashboard's tables, each one SQL query over the cases heard in a period (no Python loops over cases):
a scan of their summary rows (``case_fact``, :mod:`rehabmeet.stats.facts`), one per heard case.

A case counts in the period when its meeting day falls in it and its indstilling is finalised.
Waiting times are in days: signed preparatory part → meeting (001 L699–708: 81 days), meeting →
decision, and meeting → first measure started (92 days).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import (
    Float,
    Numeric,
    and_,
    case,
    cast,
    func,
    literal,
    select,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.selectable import CTE

from rehabmeet.domain.vocabulary import Discipline
from rehabmeet.models import CaseFact, IndstillingCheck, InterventionFollow, Meeting, Team
from rehabmeet.settings.rules import EducationMemberRule, QuorumRule
from rehabmeet.stats.facts import DISCIPLINE_FLAGS, has_flag, rule_flags
from rehabmeet.stats.filters import EVERYTHING, CaseFilter, FilterChoices
from rehabmeet.stats.kpis import AUDIT_SHARE_OVER
from rehabmeet.stats.sql import histograms, nearest_ranks, share, years_before

facts = CaseFact.__table__
BUCKETS = ((0, 30), (31, 60), (61, 90), (91, 120), (121, 180), (181, 100_000))


@dataclass(frozen=True, slots=True)
class Table:
    """One table of the dashboard (also one CSV file, one XLSX sheet)."""

    name: str
    headings: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]


def heard_cases(start: date, end: date, team_id: int | None = None, where: CaseFilter = EVERYTHING) -> CTE:
    """The cases heard in [start, end] (of ``team_id``, and as ``where`` says): their summary rows
    (``case_fact``, :mod:`rehabmeet.stats.facts` says what a heard case is), one per agenda item."""
    query = select(facts).where(facts.c.meeting_date.between(start, end))
    team_id = team_id if team_id is not None else where.team_id
    if team_id is not None:
        query = query.where(facts.c.team_id == team_id)
    if where.caseworker is not None:
        query = query.where(facts.c.caseworker_name == where.caseworker)
    if where.case_type is not None:
        query = query.where(facts.c.case_type == where.case_type)
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
    month = heard.c.meeting_month
    rows = session.execute(
        select(month, heard.c.case_type, func.count()).group_by(month, heard.c.case_type).order_by(month)
    ).all()
    return Table("cases_per_month", ("month", "case_type", "cases"), tuple(tuple(r) for r in rows))


WAITS = (
    ("signed_to_meeting", "signed_days"),
    ("meeting_to_decision", "decision_days"),
    ("meeting_to_first_measure", "measure_days"),
)


def wait_histograms(session: Session, heard: CTE) -> dict[str, dict[int, int]]:
    """Per waiting time (days, see :mod:`rehabmeet.stats.facts`), how many heard cases waited each number of days."""
    found = {name: histograms(session, heard.c[column]).get("", {}) for name, column in WAITS}
    return {name: found[name] for name in sorted(found) if found[name]}


def waiting_times(session: Session, heard: CTE, waits: Mapping[str, dict[int, int]] | None = None) -> Table:
    """Median and 90th percentile per waiting time (``waits``: :func:`wait_histograms`, read when not given)."""
    waits = waits if waits is not None else wait_histograms(session, heard)
    rows = tuple((name, *nearest_ranks(counts)) for name, counts in waits.items())
    return Table("waiting_days", ("measure", "cases", "median", "p90"), rows)


def waiting_buckets(session: Session, heard: CTE, waits: Mapping[str, dict[int, int]] | None = None) -> Table:
    """The waiting times in bands of days (``waits`` as for :func:`waiting_times`)."""
    waits = waits if waits is not None else wait_histograms(session, heard)
    rows = []
    for name, counts in waits.items():
        banded: dict[str, int] = {}
        for days in sorted(counts):
            band = next((band_name(low, high) for low, high in BUCKETS if days <= high), None)
            if band is not None:
                banded[band] = banded.get(band, 0) + counts[days]
        rows += [(name, band, cases) for band, cases in banded.items()]
    return Table("waiting_buckets", ("measure", "days", "cases"), tuple(rows))


def band_name(low: int, high: int) -> str:
    return f"{low}–{high}" if high < 100_000 else f"{low}+"


def decided_at_table(session: Session, heard: CTE) -> Table:
    decided = func.count(heard.c.decision_date)
    at_table = func.sum(case((heard.c.at_table, 1), else_=0))
    row = session.execute(select(func.count(), decided, at_table, share(at_table, func.count()))).one()
    return Table("decisions", ("cases", "decided", "decided_at_table", "share_at_table"), (tuple(row),))


def meeting_time(session: Session, heard: CTE) -> Table:
    rows = session.execute(
        select(
            heard.c.case_type,
            func.count(),
            _rounded(func.avg(cast(heard.c.planned_minutes, Float))),
            _rounded(func.avg(heard.c.actual_minutes)),
        )
        .group_by(heard.c.case_type)
        .order_by(heard.c.case_type)
    ).all()
    return Table("meeting_minutes", ("case_type", "cases", "planned_avg", "actual_avg"), tuple(tuple(r) for r in rows))


def completeness(session: Session, heard: Any, titles: Mapping[str, str] | None = None) -> Table:
    """Per control point (with its English title from the checklist rules), in natural order C1, C2 … C10:
    one scan of the heard cases' checklist bit sets (the recorded results when more than 63 are in use)."""
    flags = rule_flags(session)
    rows = _completeness_by_checks(session, heard) if flags is None else _completeness_by_flags(session, heard, flags)
    titles = titles or {}
    ordered = sorted(rows, key=lambda r: control_point_key(r[0]))
    return Table(
        "completeness",
        ("control_point", "title", "applies", "met", "share_met"),
        tuple((r[0], titles.get(r[0], ""), *r[1:]) for r in ordered),
    )


def _chunks(row: Any, size: int) -> list[tuple[Any, ...]]:
    values = tuple(int(v or 0) for v in row)
    return [values[n : n + size] for n in range(0, len(values), size)]


def _count(condition: Any) -> Any:
    return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)


def _completeness_by_flags(session: Session, heard: Any, flags: Mapping[str, int]) -> list[tuple[Any, ...]]:
    """Applying and met per control point in one scan; the control points recorded but never applying
    (rare) are looked for in a second one, so the table lists every control point recorded."""
    names = sorted(flags)
    if not names:
        return []
    masks = ("check_applies_mask", "check_met_mask")
    row = session.execute(select(*(_count(has_flag(heard.c[m], flags[n])) for n in names for m in masks))).one()
    counts = dict(zip(names, _chunks(row, 2), strict=True))
    idle = [n for n in names if counts[n][0] == 0]
    seen = dict.fromkeys(names, 1)
    if idle:
        found = session.execute(select(*(_count(has_flag(heard.c.check_seen_mask, flags[n])) for n in idle))).one()
        seen.update(zip(idle, (int(v or 0) for v in found), strict=True))
    return [
        (name, applies, met, met / applies if applies else None)
        for name, (applies, met) in counts.items()
        if seen[name]
    ]


def _completeness_by_checks(session: Session, heard: Any) -> list[tuple[Any, ...]]:
    applies = func.sum(case((IndstillingCheck.applies, 1), else_=0))
    met = func.sum(case((and_(IndstillingCheck.applies, IndstillingCheck.met), 1), else_=0))
    rule = func.coalesce(IndstillingCheck.rule_id, "")
    rows = session.execute(
        select(rule, applies, met, share(met, applies))
        .join(heard, heard.c.item_id == IndstillingCheck.agenda_item_id)
        .group_by(rule)
    ).all()
    return [tuple(r) for r in rows]


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
    """Per discipline with a member on the heard cases: the cases where it was required, present among
    those, a written assessment instead, and present where it was not required (KPI ``attendance``).

    One GROUP BY over the cases' attendance bit sets and whether the education member was required
    (a few dozen combinations), counted per discipline from those.
    """
    quorum_disciplines = {d.value for d in quorum.required}
    uu_required = education_required(heard, education)
    masks = (heard.c.member_mask, heard.c.present_mask, heard.c.written_mask)
    groups = session.execute(select(*masks, uu_required, func.count()).group_by(*masks, uu_required)).all()
    names = sorted(DISCIPLINE_FLAGS)
    totals = {name: [0, 0, 0, 0, 0] for name in names}  # members, required, present, written, extra
    for member_mask, present_mask, written_mask, uu, cases in groups:
        for name in names:
            flag = DISCIPLINE_FLAGS[name]
            if not int(member_mask) & flag:
                continue
            required = True if name in quorum_disciplines else uu if name == Discipline.EDUCATION.value else False
            present, written = bool(int(present_mask) & flag), bool(int(written_mask) & flag)
            counts = totals[name]
            counts[0] += cases
            if required:
                counts[1] += cases
                counts[2] += cases if present else 0
                counts[3] += cases if not present and written else 0
            elif required is not None and present:  # NULL (no birth date): neither required nor not
                counts[4] += cases
    rows = tuple(
        (name, needed, there, written, there / needed if needed else None, extra)
        for name, (members, needed, there, written, extra) in totals.items()
        if members
    )
    headings = ("discipline", "required", "present", "written_assessment", "share_present", "present_not_required")
    return Table("attendance", headings, rows)


def waits_over(session: Session, heard: Any, warn_days: int, alert_days: int) -> Table:
    """Heard cases whose preparatory part was signed more than ``warn_days`` / ``alert_days`` before the
    meeting (A17: 4 and 6 months, 004 L147–157), with the focus audit's share beside ours."""
    days = heard.c.signed_days
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
    days = heard.c.informed_days
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
