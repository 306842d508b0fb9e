"""A year of invented history for the dashboard: past meeting days, heard cases, decisions, measures.

Written straight into the tables (bulk inserts, events chained like any other), reproducibly from a
seed. The demo adds about 300 cases once; the stats benchmark generates 10,000. The shapes follow
the sources: about one in five decided the same day (002 L9100–9126), 81 days from the signed
preparatory part to the meeting (001 L699–708), measures shrinking on the way to the plan
(001 L589–595), 18 % told the indstilling after two weeks (004 D1).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from rehabmeet.audit.bulk import append_events
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
    TeamMember,
)
from rehabmeet.stats.facts import refresh_facts
from rehabmeet.storage.database import SessionFactory

HISTORY_KEY = "demo-history"
TYPES = (
    ("jobafklaring", 30),
    ("ressourceforloeb", 25),
    ("fleksjob", 25),
    ("foertidspension", 10),
    ("revurdering", 5),
    ("andet", 5),
)
OUTCOMES = {
    "jobafklaring": (("jobafklaringsforloeb", 70), ("ressourceforloeb", 20), ("anden_indsats", 10)),
    "ressourceforloeb": (("ressourceforloeb", 70), ("fleksjob", 15), ("foertidspension", 10), ("anden_indsats", 5)),
    "fleksjob": (("fleksjob", 75), ("ressourceforloeb", 20), ("tilskud_selvstaendig", 5)),
    "foertidspension": (("foertidspension", 60), ("ressourceforloeb", 30), ("fleksjob", 10)),
    "revurdering": (("fleksjob", 50), ("ressourceforloeb", 30), ("foertidspension", 20)),
    "andet": (("anden_indsats", 60), ("ressourceforloeb", 40)),
}
# (type, share recommended, share started once recommended) — 001 L589–595.
MEASURES = (
    ("virksomhedspraktik", 0.8, 0.41),
    ("mentor", 0.73, 0.42),
    ("social_stotte", 0.5, 0.42),
    ("behandling", 0.35, 0.7),
    ("vejledning_opkvalificering", 0.25, 0.6),
)
CHECKS = {
    "C1": 0.9,
    "C2": 0.85,
    "C3": 0.8,
    "C4": 0.75,
    "C5": 0.7,
    "C6": 0.8,
    "C7": 0.65,
    "C8": 0.7,
    "C9": 0.6,
    "C10": 0.55,
    "C11": 0.75,
    "C12": 0.25,
    "C13": 0.52,
    "C14": 0.7,
    "C15": 0.8,
    "C16": 0.6,
    "B1": 0.95,
    "B2": 0.9,
    "B3": 0.85,
    "§9": 0.95,
    "§11-1": 0.99,
    "§11-3": 0.9,
}
CASEWORKERS = ("Anne Holm", "Bo Nielsen", "Camilla Dahl", "Dennis Krog", "Eva Lund", "Frederik Berg", "Gitte Møller")
FIRST = ("Anna", "Bent", "Carla", "Dorthe", "Erik", "Fatima", "Gustav", "Hanne", "Ib", "Jette", "Karim", "Lise")
LAST = ("Hansen", "Jensen", "Nielsen", "Pedersen", "Andersen", "Larsen", "Sørensen", "Rasmussen", "Jørgensen")


PER_MEETING = 6
BATCH_MEETINGS = 100


@dataclass(frozen=True, slots=True)
class HistorySize:
    cases: int = 300
    days: int = 365
    filler_events: int = 0


class HistoryGenerator:
    """Writes past meeting days with heard cases for the team, once (idempotent by meeting key).

    Rows go in batches of :data:`BATCH_MEETINGS` meeting days (one multi-row INSERT per table, ids
    back through ``RETURNING``), so 10,000 cases take seconds, not minutes.
    """

    def __init__(self, sessions: SessionFactory, *, seed: int = 2026) -> None:
        self._sessions = sessions
        self._random = random.Random(seed)

    def create(
        self, until: date, size: HistorySize = HistorySize(), progress: Callable[[int, int], None] | None = None
    ) -> int:
        """Add ``size.cases`` heard cases on meetings of six before ``until``; 0 if already there.

        ``progress(done, total)`` is called after each batch.
        """
        with self._sessions.begin() as session:
            if session.scalar(select(Meeting.id).where(Meeting.external_key.like(f"{HISTORY_KEY}-%")).limit(1)):
                return 0
            team = session.scalars(select(Team).order_by(Team.id)).first()
            if team is None:
                return 0
            members = [
                m
                for m in session.scalars(select(TeamMember).where(TeamMember.team_id == team.id))
                if m.discipline != "ad_hoc"
            ]
            meetings = max(1, -(-size.cases // PER_MEETING))
            events: list[dict[str, Any]] = []
            made = 0
            for first in range(0, meetings, BATCH_MEETINGS):
                plan = []
                for n in range(first, min(meetings, first + BATCH_MEETINGS)):
                    count = min(PER_MEETING, size.cases - n * PER_MEETING)
                    if count > 0:
                        plan.append((n, until - timedelta(days=size.days - (n * size.days) // meetings), count))
                made += self._batch(session, team.id, members, plan, events)
                if progress is not None:
                    progress(made, size.cases)
            for k in range(size.filler_events):
                events.append(
                    _event(
                        datetime.combine(until, time(8), UTC) - timedelta(seconds=k),
                        "history.note",
                        None,
                        None,
                        {"n": k},
                    )
                )
            events.sort(key=lambda e: e["occurred_at"])
            append_events(session, events)
            refresh_facts(session)  # the dashboard's summary rows now, not at its first opening
            return made

    def _batch(
        self,
        session: Session,
        team_id: int,
        members: list[TeamMember],
        plan: list[tuple[int, date, int]],
        events: list[dict[str, Any]],
    ) -> int:
        """Write the meetings of ``plan`` (number, day, cases) with their cases: a few INSERTs per table."""
        r = self._random
        meeting_ids = _insert_returning(
            session,
            Meeting,
            [
                {
                    "team_id": team_id,
                    "title": f"Rehabiliteringsmøde {day:%d.%m.%Y}",
                    "meeting_date": day,
                    "starts_at": time(9),
                    "location": "Mødelokale 2.14",
                    "external_key": f"{HISTORY_KEY}-{n}",
                    "created_at": datetime.combine(day, time(8), UTC),
                }
                for n, day, _count in plan
            ],
        )
        cases = []  # (meeting_id, day, serial, position, case_type, outcome, imported)
        for meeting_id, (n, day, count) in zip(meeting_ids, plan, strict=True):
            for position in range(count):
                case_type = _weighted(r, TYPES)
                imported = datetime.combine(day - timedelta(days=14), time(10), UTC)
                cases.append(
                    (
                        meeting_id,
                        day,
                        n * 10 + position,
                        position,
                        case_type,
                        _weighted(r, OUTCOMES[case_type]),
                        imported,
                    )
                )
        case_ids = _insert_returning(
            session,
            Case,
            [
                {"case_ref": f"HIST-{day.year}-{serial:05d}", "created_at": imported}
                for _m, day, serial, _p, _t, _o, imported in cases
            ],
        )
        session.execute(
            insert(CaseVersion),
            [self._version(case_id, c[4], c[1], c[6]) for case_id, c in zip(case_ids, cases, strict=True)],
        )
        starts, planned = [], []
        for _m, day, _serial, position, case_type, _o, _i in cases:
            starts.append(datetime.combine(day, time(9), UTC) + timedelta(minutes=50 * position))
            planned.append(45 if case_type != "jobafklaring" else 30)
        item_ids = _insert_returning(
            session,
            AgendaItem,
            [
                {
                    "meeting_id": c[0],
                    "case_id": case_id,
                    "position": c[3],
                    "planned_start": start.time(),
                    "planned_minutes": minutes,
                    "status": "done",
                }
                for case_id, c, start, minutes in zip(case_ids, cases, starts, planned, strict=True)
            ],
        )
        rows: dict[str, list[dict[str, Any]]] = {
            "attendance": [],
            "indstilling": [],
            "check": [],
            "measure": [],
            "follow": [],
        }
        for item_id, case_id, c, start, minutes in zip(item_ids, case_ids, cases, starts, planned, strict=True):
            meeting_id, day, outcome = c[0], c[1], c[5]
            rows["attendance"] += [self._attendance(item_id, m) for m in members]
            measures = [m for m in MEASURES if r.random() < m[1]]
            content: dict[str, Any] = {
                "outcome": outcome,
                "prospects": "Invented history.",
                "interventions": [{"type": m[0], "description": ""} for m in measures],
            }
            rows["indstilling"].append(
                {
                    "agenda_item_id": item_id,
                    "content": content,
                    "status": "final",
                    "version": 1,
                    "revision": 1,
                    "overrides": {},
                    "updated_by": "history",
                    "updated_at": start,
                    "finalised_by": "history",
                    "finalised_at": start,
                }
            )
            rows["check"] += [
                {"agenda_item_id": item_id, "version": 1, "rule_id": rule, "applies": True, "met": r.random() < p}
                for rule, p in CHECKS.items()
            ]
            rows["measure"] += [self._measure(item_id, k, m, day) for k, m in enumerate(measures)]
            rows["follow"].append(self._follow(item_id, outcome, day))
            actual = minutes + r.randint(-5, 15)
            for action, at in (("timer.start", start), ("timer.finish", start + timedelta(minutes=actual))):
                events.append(
                    _event(
                        at,
                        action,
                        case_id,
                        meeting_id,
                        {"item_id": item_id, "at": at.timestamp(), "command": action.split(".")[1]},
                    )
                )
            events.append(
                _event(
                    start + timedelta(minutes=actual),
                    "indstilling.finalised",
                    case_id,
                    meeting_id,
                    {"item_id": item_id, "outcome": outcome, "version": 1},
                )
            )
        for model, key in (
            (Attendance, "attendance"),
            (Indstilling, "indstilling"),
            (IndstillingCheck, "check"),
            (InterventionFollow, "measure"),
            (FollowThrough, "follow"),
        ):
            if rows[key]:
                session.execute(insert(model), rows[key])
        return len(cases)

    def _version(self, case_id: int, case_type: str, day: date, imported: datetime) -> dict[str, Any]:
        r = self._random
        born = date(day.year - r.randint(22, 62), r.randint(1, 12), r.randint(1, 28))
        return {
            "case_id": case_id,
            "version_no": 1,
            "content_sha256": f"{case_id:064x}",
            "case_type": case_type,
            "question_to_team": "Invented history.",
            "municipality": None,
            "citizen_name": f"{r.choice(FIRST)} {r.choice(LAST)}",
            "citizen_cpr": f"{born:%d%m%y}-{r.randint(1000, 9999)}",
            "citizen_birth_date": born,
            "citizen_has_vocational_qualification": r.random() < 0.6,
            "citizen_own_job_goal": None,
            "citizen_needs_interpreter": False,
            "caseworker_name": r.choice(CASEWORKERS),
            "caseworker_unit": None,
            "caseworker_email": None,
            "companion_name": None,
            "companion_relation": None,
            "preparatory_part_signed_on": day - timedelta(days=max(14, int(r.gauss(81, 25)))),
            "citizen_consented_on": None,
            "exported_at": None,
            "source_system": "history",
            "manifest": {},
            "imported_at": imported,
            "imported_by": "history",
        }

    def _attendance(self, item_id: int, member: TeamMember) -> dict[str, Any]:
        present = self._random.random() < (0.8 if member.discipline == "health_coordinator" else 0.93)
        return {
            "agenda_item_id": item_id,
            "role": "member",
            "member_id": member.id,
            "name": member.name,
            "discipline": member.discipline,
            "present": present,
            "recused": False,
            "written_assessment": not present and member.discipline == "health_coordinator",
        }

    def _measure(self, item_id: int, position: int, measure: tuple[str, float, float], day: date) -> dict[str, Any]:
        r = self._random
        started = day + timedelta(days=max(7, int(r.gauss(92, 30)))) if r.random() < measure[2] else None
        dropped = None if started or r.random() < 0.5 else "Borgeren blev syg"
        return {
            "agenda_item_id": item_id,
            "position": position,
            "type": measure[0],
            "description": "",
            "started_on": started,
            "dropped_reason": dropped,
            "updated_by": "history",
            "updated_at": datetime.combine(day, time(12), UTC),
        }

    def _follow(self, item_id: int, outcome: str, day: date) -> dict[str, Any]:
        r = self._random
        at_table = r.random() < 0.2
        decided = day if at_table else day + timedelta(days=max(1, int(r.expovariate(1 / 12))))
        roll = r.random()
        informed = (
            day
            if at_table
            else day
            + timedelta(days=r.randint(0, 4) if roll < 0.5 else r.randint(5, 14) if roll < 0.82 else r.randint(15, 40))
        )
        follows = r.random() < 0.95
        return {
            "agenda_item_id": item_id,
            "decision_date": decided,
            "decision_outcome": outcome if follows else "anden_indsats",
            "follows_indstilling": follows,
            "decided_at_table": at_table,
            "informed_on": informed,
            "informed_channel": "meeting" if at_table else "letter",
            "updated_by": "history",
            "updated_at": datetime.combine(decided, time(12), UTC),
        }


def _insert_returning(session: Session, model: Any, rows: list[dict[str, Any]]) -> list[int]:
    """Insert ``rows`` in one multi-row statement and return their new ids in the rows' order."""
    if not rows:
        return []
    statement = insert(model).returning(model.id, sort_by_parameter_order=True)
    return list(session.scalars(statement, rows))


def _weighted(r: random.Random, options: tuple[tuple[str, int], ...]) -> str:
    return r.choices([o for o, _ in options], weights=[w for _, w in options])[0]


def _event(
    at: datetime, action: str, case_id: int | None, meeting_id: int | None, details: dict[str, Any]
) -> dict[str, Any]:
    return {
        "occurred_at": at,
        "actor": "history",
        "action": action,
        "case_id": case_id,
        "meeting_id": meeting_id,
        "details": details,
    }
