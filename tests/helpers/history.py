"""A small history with known numbers, written straight into the tables, for KPI tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select

from rehabmeet.audit.events import record_event
from rehabmeet.models import (
    AgendaItem,
    Attendance,
    Case,
    CaseVersion,
    FollowThrough,
    Indstilling,
    IndstillingCheck,
    InterventionFollow,
    Meeting,
    Team,
)
from rehabmeet.storage.database import Database


@dataclass
class KnownCase:
    case_type: str
    outcome: str
    signed_days_before: int
    decided_after: int | None
    at_table: bool = False
    informed_after: int | None = None
    measures: tuple[tuple[str, int | None, str | None], ...] = ()  # type, started after, dropped reason
    checks: dict[str, bool] = field(default_factory=dict)
    coordinator_present: bool = True
    minutes: tuple[int, int] = (45, 50)  # planned, actual
    caseworker: str = "Anne Holm"
    birth_date: date = date(1980, 1, 1)
    has_qualification: bool = True
    education_present: bool | None = None  # None: no education member (UU) on the case


def write_known_history(database: Database, day: date, cases: list[KnownCase], prefix: str = "KNOWN") -> None:
    with database.sessions.begin() as session:
        team_id = session.scalar(select(Team.id).order_by(Team.id))
        meeting = Meeting(team_id=team_id, title="Kendt historik", meeting_date=day, starts_at=time(9))
        session.add(meeting)
        session.flush()
        for n, known in enumerate(cases):
            case = Case(case_ref=f"{prefix}-{n}")
            session.add(case)
            session.flush()
            session.add(
                CaseVersion(
                    case_id=case.id,
                    version_no=1,
                    content_sha256=f"{n:064x}",
                    case_type=known.case_type,
                    question_to_team="?",
                    citizen_name=f"Borger {n}",
                    citizen_cpr="010101-1234",
                    citizen_birth_date=known.birth_date,
                    citizen_has_vocational_qualification=known.has_qualification,
                    caseworker_name=known.caseworker,
                    preparatory_part_signed_on=day - timedelta(days=known.signed_days_before),
                    manifest={},
                    imported_by="test",
                )
            )
            item = AgendaItem(
                meeting_id=meeting.id,
                case_id=case.id,
                position=n,
                planned_start=time(9 + n),
                planned_minutes=known.minutes[0],
                status="done",
            )
            session.add(item)
            session.flush()
            session.add(
                Indstilling(
                    agenda_item_id=item.id,
                    content={"outcome": known.outcome},
                    status="final",
                    version=1,
                    revision=1,
                    overrides={},
                    updated_by="t",
                )
            )
            for rule, met in known.checks.items():
                session.add(IndstillingCheck(agenda_item_id=item.id, version=1, rule_id=rule, applies=True, met=met))
            for k, (kind, started, dropped) in enumerate(known.measures):
                session.add(
                    InterventionFollow(
                        agenda_item_id=item.id,
                        position=k,
                        type=kind,
                        updated_by="t",
                        dropped_reason=dropped,
                        started_on=day + timedelta(days=started) if started is not None else None,
                    )
                )
            session.add(
                FollowThrough(
                    agenda_item_id=item.id,
                    updated_by="t",
                    decided_at_table=known.at_table,
                    decision_date=day + timedelta(days=known.decided_after)
                    if known.decided_after is not None
                    else None,
                    informed_on=day + timedelta(days=known.informed_after)
                    if known.informed_after is not None
                    else None,
                )
            )
            session.add(
                Attendance(
                    agenda_item_id=item.id,
                    role="member",
                    name="Dr. A",
                    discipline="health_coordinator",
                    present=known.coordinator_present,
                    written_assessment=not known.coordinator_present,
                )
            )
            if known.education_present is not None:
                session.add(
                    Attendance(
                        agenda_item_id=item.id,
                        role="member",
                        name="UU-vejleder",
                        discipline="education",
                        present=known.education_present,
                        written_assessment=False,
                    )
                )
            start = datetime.combine(day, time(9 + n), UTC).timestamp()
            for action, at in (("timer.start", start), ("timer.finish", start + known.minutes[1] * 60)):
                record_event(session, "t", action, case_id=case.id, meeting_id=meeting.id, item_id=item.id, at=at)
