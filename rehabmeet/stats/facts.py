"""The heard cases as summary rows (``case_fact``): what a heard case is, defined once, and kept fresh.

A case counts as heard on an agenda item with a final indstilling; its row carries the newest case
version's case type, caseworker, signed preparatory part and citizen's birth date and qualification,
the meeting day (and month) and team, the waits in days (signed preparatory part → meeting, meeting →
decision, → first measure started, → citizen told), the planned and the timed minutes (the
``timer.start``/``timer.finish`` events), the decision and when the citizen was told, the first
measure started, and the attendance and checklist results as bit sets. Triggers (migration 0014)
mark the agenda items whose rows changed; :func:`refresh_facts` recomputes just those, so every KPI
is one scan of ``case_fact``.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    BigInteger,
    Integer,
    and_,
    case,
    cast,
    delete,
    func,
    insert,
    literal,
    select,
    text,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from rehabmeet.domain.vocabulary import Discipline
from rehabmeet.models import (
    AgendaItem,
    Attendance,
    CaseFact,
    CaseFactDirty,
    CaseFactRule,
    CaseVersion,
    Event,
    FollowThrough,
    Indstilling,
    IndstillingCheck,
    InterventionFollow,
    Meeting,
)
from rehabmeet.stats.sql import days_between, month_of

# A discipline's bit in the attendance bit sets: its place in the vocabulary (new ones go at the end).
DISCIPLINE_FLAGS = {d.value: 1 << n for n, d in enumerate(Discipline)}
MAX_RULE_BIT = 62  # bit sets are signed 64-bit integers
TIMER_ACTIONS = ("timer.start", "timer.finish")


def discipline_flag(discipline: Any) -> Any:
    """The bit of ``discipline`` (a column) as a SQL expression, 0 for an unknown one."""
    return case(*((discipline == name, flag) for name, flag in DISCIPLINE_FLAGS.items()), else_=0)


def has_flag(mask: Any, flag: Any) -> Any:
    """Whether the bit ``flag`` is set in ``mask`` (both SQL expressions or ints)."""
    return mask.op("&")(cast(flag, BigInteger)) != 0


def facts_select(items: Any | None = None) -> Select[Any]:
    """The ``case_fact`` rows of the agenda items ``items`` selects (a subquery of ids), or of all."""

    def only(column: Any) -> Any:
        return column.in_(items) if items is not None else literal(True)

    cases = select(AgendaItem.case_id).where(only(AgendaItem.id))
    newest = (
        select(CaseVersion.case_id, func.max(CaseVersion.version_no).label("v"))
        .where(CaseVersion.case_id.in_(cases) if items is not None else literal(True))
        .group_by(CaseVersion.case_id)
        .subquery()
    )
    first_start = (
        select(InterventionFollow.agenda_item_id.label("item_id"), func.min(InterventionFollow.started_on).label("d"))
        .where(only(InterventionFollow.agenda_item_id))
        .group_by(InterventionFollow.agenda_item_id)
        .subquery()
    )
    attendance = _attendance_masks(only)
    checks = _check_masks(only)
    spans = _timer_spans(cases if items is not None else None)
    return (
        select(
            AgendaItem.id,
            AgendaItem.case_id,
            Meeting.team_id,
            Meeting.meeting_date,
            CaseVersion.case_type,
            CaseVersion.caseworker_name,
            CaseVersion.preparatory_part_signed_on,
            AgendaItem.planned_minutes,
            Indstilling.content["outcome"].as_string(),
            FollowThrough.decision_date,
            func.coalesce(FollowThrough.decided_at_table, False),
            FollowThrough.informed_on,
            first_start.c.d,
            CaseVersion.citizen_birth_date,
            CaseVersion.citizen_has_vocational_qualification,
            (spans.c.finished - spans.c.started) / 60.0,
            month_of(Meeting.meeting_date),
            days_between(Meeting.meeting_date, CaseVersion.preparatory_part_signed_on),
            days_between(FollowThrough.decision_date, Meeting.meeting_date),
            days_between(first_start.c.d, Meeting.meeting_date),
            days_between(FollowThrough.informed_on, Meeting.meeting_date),
            *(func.coalesce(attendance.c[name], 0) for name in ("members", "present", "written")),
            *(func.coalesce(checks.c[name], 0) for name in ("seen", "applies", "met")),
        )
        .select_from(AgendaItem)
        .join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .join(newest, newest.c.case_id == AgendaItem.case_id)
        .join(CaseVersion, and_(CaseVersion.case_id == AgendaItem.case_id, CaseVersion.version_no == newest.c.v))
        .join(Indstilling, and_(Indstilling.agenda_item_id == AgendaItem.id, Indstilling.status == "final"))
        .outerjoin(FollowThrough, FollowThrough.agenda_item_id == AgendaItem.id)
        .outerjoin(first_start, first_start.c.item_id == AgendaItem.id)
        .outerjoin(attendance, attendance.c.item_id == AgendaItem.id)
        .outerjoin(checks, checks.c.item_id == AgendaItem.id)
        .outerjoin(spans, spans.c.item_id == AgendaItem.id)
        .where(only(AgendaItem.id))
    )


FACT_COLUMNS = (
    "item_id",
    "case_id",
    "team_id",
    "meeting_date",
    "case_type",
    "caseworker_name",
    "signed_on",
    "planned_minutes",
    "outcome",
    "decision_date",
    "at_table",
    "informed_on",
    "first_start",
    "birth_date",
    "has_qualification",
    "actual_minutes",
    "meeting_month",
    "signed_days",
    "decision_days",
    "measure_days",
    "informed_days",
    "member_mask",
    "present_mask",
    "written_mask",
    "check_seen_mask",
    "check_applies_mask",
    "check_met_mask",
)


def _attendance_masks(only: Any) -> Any:
    """Per agenda item, the disciplines with a member row, present, and with a written assessment."""
    flag = discipline_flag(Attendance.discipline)
    return (
        select(
            Attendance.agenda_item_id.label("item_id"),
            func.sum(flag.distinct()).label("members"),
            func.sum(case((Attendance.present, flag), else_=0).distinct()).label("present"),
            func.sum(case((Attendance.written_assessment, flag), else_=0).distinct()).label("written"),
        )
        .where(Attendance.role == "member", only(Attendance.agenda_item_id))
        .group_by(Attendance.agenda_item_id)
        .subquery()
    )


def _check_masks(only: Any) -> Any:
    """Per agenda item, the control points recorded, applying, and applying and met."""
    flag = CaseFactRule.flag
    return (
        select(
            IndstillingCheck.agenda_item_id.label("item_id"),
            func.sum(flag.distinct()).label("seen"),
            func.sum(case((IndstillingCheck.applies, flag), else_=0).distinct()).label("applies"),
            func.sum(case((and_(IndstillingCheck.applies, IndstillingCheck.met), flag), else_=0).distinct()).label(
                "met"
            ),
        )
        .join(CaseFactRule, CaseFactRule.rule_id == IndstillingCheck.rule_id)
        .where(only(IndstillingCheck.agenda_item_id))
        .group_by(IndstillingCheck.agenda_item_id)
        .subquery()
    )


def _timer_spans(cases: Any | None) -> Any:
    """Per agenda item, the first ``timer.start`` and last ``timer.finish`` (seconds) of its case's events."""
    item = Event.details["item_id"].as_integer()
    at = Event.details["at"].as_float()
    where = [Event.action.in_(TIMER_ACTIONS)]
    if cases is not None:
        where.append(Event.case_id.in_(cases))
    return (
        select(
            item.label("item_id"),
            func.min(case((Event.action == "timer.start", at))).label("started"),
            func.max(case((Event.action == "timer.finish", at))).label("finished"),
        )
        .where(*where)
        .group_by(item)
        .subquery()
    )


REFRESH_LOCK_ID = 0x22A_FAC7  # PostgreSQL advisory lock: one refresher at a time, writers never wait


def refresh_facts(session: Session) -> int:
    """Recompute the rows of the agenda items the triggers marked; return how many marks were taken."""
    if session.scalar(select(CaseFactDirty.item_id).limit(1)) is None:
        return 0
    if session.get_bind().dialect.name == "postgresql":
        marked, count = _take_marks_postgres(session)
    else:  # SQLite: one writer at a time (BEGIN IMMEDIATE), so the marks read are the marks deleted
        marked = select(CaseFactDirty.item_id).distinct().scalar_subquery()
        count = int(session.scalar(select(func.count()).select_from(CaseFactDirty)) or 0)
    _give_rule_bits(session, marked)
    session.execute(delete(CaseFact).where(CaseFact.item_id.in_(marked)))
    columns = [CaseFact.__table__.c[name] for name in FACT_COLUMNS]
    session.execute(insert(CaseFact).from_select(columns, facts_select(marked)))
    if session.get_bind().dialect.name != "postgresql":
        session.execute(delete(CaseFactDirty))
    return count


def _take_marks_postgres(session: Session) -> tuple[Any, int]:
    """Delete the marks committed so far into a temporary table and recompute those: a change committed
    later keeps its mark for the next refresh (read committed), and no writer waits for the refresh."""
    session.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": REFRESH_LOCK_ID})
    session.execute(text("CREATE TEMPORARY TABLE case_fact_todo (item_id integer PRIMARY KEY) ON COMMIT DROP"))
    session.execute(
        text(
            "WITH taken AS (DELETE FROM case_fact_dirty RETURNING item_id) "
            "INSERT INTO case_fact_todo SELECT DISTINCT item_id FROM taken"
        )
    )
    count = session.scalar(text("SELECT count(*) FROM case_fact_todo"))
    return text("SELECT item_id FROM case_fact_todo").columns(item_id=Integer()).scalar_subquery(), int(count or 0)


def _give_rule_bits(session: Session, marked: Any) -> None:
    """Give each control point not seen before the next bit (flag 0 once the 63 bits are used)."""
    known = select(CaseFactRule.rule_id)
    new = session.scalars(
        select(IndstillingCheck.rule_id)
        .where(IndstillingCheck.agenda_item_id.in_(marked), IndstillingCheck.rule_id.not_in(known))
        .distinct()
        .order_by(IndstillingCheck.rule_id)
    ).all()
    if not new:
        return
    top = session.scalar(select(func.max(CaseFactRule.bit)))
    first = -1 if top is None else int(top)
    rows = []
    for n, rule_id in enumerate(new, start=first + 1):
        rows.append({"rule_id": rule_id, "bit": n, "flag": 1 << n if n <= MAX_RULE_BIT else 0})
    session.execute(insert(CaseFactRule), rows)


def rule_flags(session: Session) -> dict[str, int] | None:
    """Each control point's bit, or None when some control point has none (more than 63 are in use)."""
    flags = {rule_id: flag for rule_id, flag in session.execute(select(CaseFactRule.rule_id, CaseFactRule.flag))}
    return None if any(flag == 0 for flag in flags.values()) else flags
