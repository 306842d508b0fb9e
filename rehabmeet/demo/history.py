"""A year of invented history for the dashboard: past meeting days, heard cases, decisions, measures.

Written straight into the tables (bulk inserts, events chained like any other), reproducibly from a
seed. The demo adds about 300 cases once; the stats benchmark generates 10,000. The shapes follow
the sources: about one in five decided the same day (002 L9100–9126), 81 days from the signed
preparatory part to the meeting (001 L699–708), measures shrinking on the way to the plan
(001 L589–595), 18 % told the indstilling after two weeks (004 D1).
"""

from __future__ import annotations

import random
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


@dataclass(frozen=True, slots=True)
class HistorySize:
    cases: int = 300
    days: int = 365
    filler_events: int = 0


class HistoryGenerator:
    """Writes past meeting days with heard cases for the team, once (idempotent by meeting key)."""

    def __init__(self, sessions: SessionFactory, *, seed: int = 2026) -> None:
        self._sessions = sessions
        self._random = random.Random(seed)

    def create(self, until: date, size: HistorySize = HistorySize()) -> int:
        """Add ``size.cases`` heard cases on weekly meetings before ``until``; 0 if already there."""
        with self._sessions.begin() as session:
            if session.scalar(select(Meeting.id).where(Meeting.external_key.like(f"{HISTORY_KEY}-%")).limit(1)):
                return 0
            team = session.scalars(select(Team).order_by(Team.id)).first()
            if team is None:
                return 0
            members = list(session.scalars(select(TeamMember).where(TeamMember.team_id == team.id)))
            per_meeting = 6
            meetings = max(1, size.cases // per_meeting)
            events: list[dict[str, Any]] = []
            made = 0
            for n in range(meetings):
                day = until - timedelta(days=size.days - (n * size.days) // meetings)
                count = min(per_meeting, size.cases - made)
                if count <= 0:
                    break
                made += self._meeting(session, team.id, members, day, n, count, events)
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
            return made

    def _meeting(
        self,
        session: Session,
        team_id: int,
        members: list[TeamMember],
        day: date,
        n: int,
        count: int,
        events: list[dict[str, Any]],
    ) -> int:
        meeting_id = session.execute(
            insert(Meeting).returning(Meeting.id),
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
            ],
        ).scalar_one()
        for position in range(count):
            self._case(session, meeting_id, members, day, n * 10 + position, position, events)
        return count

    def _case(
        self,
        session: Session,
        meeting_id: int,
        members: list[TeamMember],
        day: date,
        serial: int,
        position: int,
        events: list[dict[str, Any]],
    ) -> None:
        r = self._random
        case_type = _weighted(r, TYPES)
        outcome = _weighted(r, OUTCOMES[case_type])
        ref = f"HIST-{day.year}-{serial:05d}"
        imported = datetime.combine(day - timedelta(days=14), time(10), UTC)
        case_id = session.execute(
            insert(Case).returning(Case.id), [{"case_ref": ref, "created_at": imported}]
        ).scalar_one()
        session.execute(insert(CaseVersion), [self._version(case_id, case_type, day, imported)])
        start = datetime.combine(day, time(9), UTC) + timedelta(minutes=50 * position)
        planned = 45 if case_type != "jobafklaring" else 30
        item_id = session.execute(
            insert(AgendaItem).returning(AgendaItem.id),
            [
                {
                    "meeting_id": meeting_id,
                    "case_id": case_id,
                    "position": position,
                    "planned_start": start.time(),
                    "planned_minutes": planned,
                    "status": "done",
                }
            ],
        ).scalar_one()
        session.execute(insert(Attendance), [self._attendance(item_id, m) for m in members if m.discipline != "ad_hoc"])
        measures = [m for m in MEASURES if r.random() < m[1]]
        content: dict[str, Any] = {
            "outcome": outcome,
            "prospects": "Invented history.",
            "interventions": [{"type": m[0], "description": ""} for m in measures],
        }
        session.execute(
            insert(Indstilling),
            [
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
            ],
        )
        session.execute(
            insert(IndstillingCheck),
            [
                {"agenda_item_id": item_id, "version": 1, "rule_id": rule, "applies": True, "met": r.random() < p}
                for rule, p in CHECKS.items()
            ],
        )
        if measures:
            session.execute(
                insert(InterventionFollow), [self._measure(item_id, k, m, day) for k, m in enumerate(measures)]
            )
        session.execute(insert(FollowThrough), [self._follow(item_id, outcome, day)])
        actual = planned + r.randint(-5, 15)
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
