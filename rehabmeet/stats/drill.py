"""Drill-down: the heard cases behind one figure of the dashboard, pseudonymised like the review sample.

``completeness`` / a control point: the cases where it applied and was not met (``*``: any control
point); ``waits_over`` / ``over_4_months`` or ``over_6_months``: the cases that waited longer (A17);
``attendance`` / a discipline: the cases where it was required and nobody of it was present;
``heard`` / ``all``: every heard case; ``month`` / ``YYYY-MM`` or ``YYYY-MM:case type``: a bar of the
cases per month; ``waiting`` / a measure (``signed_to_meeting`` …) or ``measure:band`` (``31–60``,
``181+``): the cases with that waiting time (in that band); ``decisions`` / ``at_table``: decided at the
table; ``measures`` / ``not_started`` or a measure type: cases with a recommended measure not (yet)
started, or with a measure of that type.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from sqlalchemy import and_, exists, func, literal, select
from sqlalchemy.orm import Session

from rehabmeet.errors import UserFacingError
from rehabmeet.i18n import error_text
from rehabmeet.models import Attendance, Case, CaseVersion, IndstillingCheck, InterventionFollow
from rehabmeet.settings.rules import Rules
from rehabmeet.stats.filters import EVERYTHING, CaseFilter
from rehabmeet.stats.queries import BUCKETS, WAITS, Table, band_name, education_required, heard_cases
from rehabmeet.stats.sample import pseudonym

KINDS = ("completeness", "waits_over", "attendance", "heard", "month", "waiting", "decisions", "measures")
WAIT_COLUMNS = {name: column for name, column in WAITS}


def cases_behind(
    session: Session,
    start: date,
    end: date,
    kind: str,
    key: str,
    *,
    rules: Rules,
    limits: tuple[int, int],
    salt: str,
    where: CaseFilter = EVERYTHING,
    include_citizens: bool = False,
) -> Table:
    """Return the heard cases behind ``kind``/``key`` as a table (names and CPR only with ``include_citizens``)."""
    heard = heard_cases(start, end, where=where)
    condition = _condition(heard, kind, key, rules, limits)
    rows = session.execute(
        select(heard.c.case_id, heard.c.case_type, heard.c.caseworker_name, heard.c.meeting_date, heard.c.outcome)
        .where(condition)
        .order_by(heard.c.meeting_date, heard.c.item_id)
    ).all()
    people = _people(session, [r[0] for r in rows]) if include_citizens else {}
    headings: tuple[str, ...] = ("pseudonym", "case_type", "caseworker", "meeting_date", "outcome")
    if include_citizens:
        headings = (*headings, "case_ref", "citizen", "cpr")
    body = tuple(
        (pseudonym(case_id, salt), case_type, worker, day, outcome or "", *people.get(case_id, ()))
        for case_id, case_type, worker, day, outcome in rows
    )
    return Table("cases_behind", headings, body)


def _condition(heard: Any, kind: str, key: str, rules: Rules, limits: tuple[int, int]) -> Any:
    condition = _figure(heard, kind, key) if kind in FIGURES else None
    if condition is not None:
        return condition
    if kind == "completeness":
        return exists().where(
            IndstillingCheck.agenda_item_id == heard.c.item_id,
            IndstillingCheck.rule_id == key if key != "*" else literal(True),
            IndstillingCheck.applies,
            ~IndstillingCheck.met,
        )
    if kind == "waits_over" and key in ("over_4_months", "over_6_months"):
        limit = limits[0] if key == "over_4_months" else limits[1]
        return heard.c.signed_days > limit
    if kind == "attendance":
        present = exists().where(
            Attendance.agenda_item_id == heard.c.item_id,
            Attendance.role == "member",
            Attendance.discipline == key,
            Attendance.present,
        )
        if key == "education":
            return and_(education_required(heard, rules.education_member), ~present)
        if key in {d.value for d in rules.quorum.required}:
            return ~present
        return func.false()
    raise UserFacingError(
        error_text(
            "there is no drill-down {kind!r}/{key!r}; choose {value}", kind=kind, key=key, value=", ".join(KINDS)
        )
    )


FIGURES = ("heard", "month", "waiting", "decisions", "measures")


def _figure(heard: Any, kind: str, key: str) -> Any | None:
    """The condition of a chart bar or a headline tile (see the module), None for an unknown key."""
    head, _, rest = key.partition(":")
    if kind == "heard" and key == "all":
        return literal(True)
    if kind == "month" and re.fullmatch(r"\d{4}-\d{2}", head):
        month = heard.c.meeting_month == head
        return and_(month, heard.c.case_type == rest) if rest else month
    if kind == "waiting" and head in WAIT_COLUMNS:
        days = heard.c[WAIT_COLUMNS[head]]
        band = _band_range(rest) if rest else (None, None)
        if band is None:
            return None
        low, high = band
        return and_(
            days.is_not(None),
            days >= low if low is not None else literal(True),
            days <= high if high is not None else literal(True),
        )
    if kind == "decisions" and key == "at_table":
        return heard.c.at_table
    if kind == "measures":
        measure = InterventionFollow.started_on.is_(None) if key == "not_started" else InterventionFollow.type == key
        return exists().where(InterventionFollow.agenda_item_id == heard.c.item_id, measure)
    return None


def _band_range(band: str) -> tuple[int | None, int | None] | None:
    """``31–60`` → (31, 60), ``181+`` → (181, None); the first band starts at no limit (as the chart counts)."""
    for low, high in BUCKETS:
        if band == band_name(low, high):
            return (low if low > 0 else None), (high if high < 100_000 else None)
    return None


def _people(session: Session, case_ids: list[int]) -> dict[int, tuple[str, str, str]]:
    rows = session.execute(
        select(CaseVersion.case_id, Case.case_ref, CaseVersion.citizen_name, CaseVersion.citizen_cpr)
        .join(Case, Case.id == CaseVersion.case_id)
        .where(CaseVersion.case_id.in_(case_ids))
        .order_by(CaseVersion.version_no)
    )
    return {case_id: (ref, name, cpr) for case_id, ref, name, cpr in rows}
