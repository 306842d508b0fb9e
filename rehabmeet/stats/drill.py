"""Drill-down: the heard cases behind one figure of the dashboard, pseudonymised like the review sample.

``completeness`` / a control point: the cases where it applied and was not met; ``waits_over`` /
``over_4_months`` or ``over_6_months``: the cases that waited longer (A17); ``attendance`` / a
discipline: the cases where it was required and nobody of it was present.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import and_, exists, func, select
from sqlalchemy.orm import Session

from rehabmeet.errors import UserFacingError
from rehabmeet.i18n import error_text
from rehabmeet.models import Attendance, Case, CaseVersion, IndstillingCheck
from rehabmeet.settings.rules import Rules
from rehabmeet.stats.filters import EVERYTHING, CaseFilter
from rehabmeet.stats.queries import Table, education_required, heard_cases
from rehabmeet.stats.sample import pseudonym

KINDS = ("completeness", "waits_over", "attendance")


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
    if kind == "completeness":
        return exists().where(
            IndstillingCheck.agenda_item_id == heard.c.item_id,
            IndstillingCheck.rule_id == key,
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


def _people(session: Session, case_ids: list[int]) -> dict[int, tuple[str, str, str]]:
    rows = session.execute(
        select(CaseVersion.case_id, Case.case_ref, CaseVersion.citizen_name, CaseVersion.citizen_cpr)
        .join(Case, Case.id == CaseVersion.case_id)
        .where(CaseVersion.case_id.in_(case_ids))
        .order_by(CaseVersion.version_no)
    )
    return {case_id: (ref, name, cpr) for case_id, ref, name, cpr in rows}
