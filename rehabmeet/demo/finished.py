"""The demo day's three finished cases: heard this morning, indstilling finalised, two decided at the table
(a ressourceforløb and a fleksjob for a self-employed citizen, DEMO-2026-006),
and their documents written and signed with trial certificates (``resources/demo/finished.toml``).
Only cases that are ready are finished (a blocked case could not be heard), each heard at its planned
slot or right after the case before it, so the day shows plausible times whenever the demo is made.

Idempotent: a case whose indstilling is already final is left alone.
"""

from __future__ import annotations

import tomllib
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import select

from rehabmeet.meeting.clock import FakeClock
from rehabmeet.meeting.timer import TimerCommand
from rehabmeet.models import AgendaItem, Case, Indstilling
from rehabmeet.recommendation.content import content_from_json
from rehabmeet.resources import resource_path
from rehabmeet.services.attendance import AttendanceService
from rehabmeet.services.decisions import DecisionDraft, DecisionService
from rehabmeet.services.indstilling import FinaliseBlocked, IndstillingService
from rehabmeet.services.issued_documents import IssuedDocumentService
from rehabmeet.services.lanes import LaneService
from rehabmeet.services.meeting_run import MeetingRunService
from rehabmeet.services.meetings import MeetingService
from rehabmeet.services.planning import MeetingPlanService
from rehabmeet.signing.certificates import CertificateInfo, CertificateStore
from rehabmeet.storage.database import SessionFactory

LEADER = ("Helle Kragh", "Mødeleder")
COORDINATOR = ("Dr. Anne Vestergaard", "Sundhedskoordinator")
DECIDER = ("Karen Holm, afdelingsleder", "For kommunen")  # the afgørelse is the municipality's, not the team's
CASE_MINUTES = (("start", 9), ("next", 21), ("next", 8), ("next", 5))
DECIDING_MINUTES, FINISHING_MINUTES = 6, 5


def _minutes(case: dict[str, Any]) -> int:
    """How long the demo takes to hear ``case``, as :meth:`DemoFinisher._hear` plays it."""
    deciding = DECIDING_MINUTES if case["decide_at_table"] else 0
    return sum(minutes for _command, minutes in CASE_MINUTES) + deciding + FINISHING_MINUTES


class DemoFinisher:
    """Plays the demo cases of ``finished.toml`` through the meeting and issues their documents."""

    def __init__(
        self, sessions: SessionFactory, documents: IssuedDocumentService, certificates: CertificateStore, actor: str
    ) -> None:
        self._sessions = sessions
        self._documents = documents
        self._certificates = certificates
        self._actor = actor

    def finish(self, meeting_id: int, meeting_date: date) -> int:
        """Finish the cases in ``finished.toml`` that are not finished yet; return how many were."""
        with resource_path("demo", "finished.toml").open("rb") as handle:
            cases = tomllib.load(handle)["case"]
        pending = [(case, item) for case in cases if (item := self._pending_item(meeting_id, case["ref"])) is not None]
        if not pending:
            return 0
        plan = MeetingPlanService(self._sessions, actor=self._actor)
        for position, (_case, item_id) in enumerate(pending):  # heard first, as a leader would move them up
            plan.move(meeting_id, item_id, position)
        self._start_in_time(plan, meeting_id, meeting_date, sum(_minutes(case) for case, _item in pending))
        rows = MeetingService(self._sessions, actor=self._actor).agenda(meeting_id).rows
        slots = {row.item_id: row.planned_start for row in rows}
        clock = FakeClock(0.0)
        leader, coordinator, decider = self._trial_certificates()
        for case, item_id in pending:
            planned = datetime.combine(meeting_date, slots[item_id]).astimezone(UTC).timestamp()
            clock.advance(max(planned - clock.value, 0.0))  # at its slot, or when the case before it ended
            self._hear(meeting_id, item_id, case, clock)
            self._issue(item_id, case, (leader, coordinator, decider))
        return len(pending)

    def _pending_item(self, meeting_id: int, case_ref: str) -> int | None:
        with self._sessions.begin() as session:
            item_id = session.scalar(
                select(AgendaItem.id)
                .join(Case, Case.id == AgendaItem.case_id)
                .where(AgendaItem.meeting_id == meeting_id, Case.case_ref == case_ref)
            )
            status = session.scalar(select(Indstilling.status).where(Indstilling.agenda_item_id == item_id))
        return item_id if item_id is not None and status != "final" else None

    @staticmethod
    def _start_in_time(plan: MeetingPlanService, meeting_id: int, meeting_date: date, minutes: int) -> None:
        """Made early in the day, the demo's meeting began early enough for its heard cases to be over
        (a decision is never dated in the future), rather than hearing them before the meeting began."""
        draft = plan.draft_of(meeting_id)
        latest = datetime.now(UTC).astimezone() - timedelta(minutes=minutes + 10)
        latest = latest.replace(minute=latest.minute - latest.minute % 5, second=0, microsecond=0)
        if datetime.combine(meeting_date, draft.starts_at).astimezone() > latest and latest.date() == meeting_date:
            plan.update_meeting(meeting_id, replace(draft, starts_at=latest.time().replace(tzinfo=None)))

    def _trial_certificates(self) -> tuple[CertificateInfo, CertificateInfo, CertificateInfo]:
        known = {info.name: info for info in self._certificates.all() if info.self_made}
        made = []
        for name, role in (LEADER, COORDINATOR, DECIDER):
            made.append(known.get(name) or self._certificates.create_self_made(name, "Aalborg Kommune (demo)", role))
        return made[0], made[1], made[2]

    def _hear(self, meeting_id: int, item_id: int, case: dict[str, Any], clock: FakeClock) -> None:
        AttendanceService(self._sessions, actor=self._actor).attendance(item_id)
        run = MeetingRunService(self._sessions, actor=self._actor, clock=clock)
        for command, minutes in CASE_MINUTES:
            run.command(meeting_id, item_id, TimerCommand(command))
            clock.advance(minutes * 60)
        if case["decide_at_table"]:
            run.command(meeting_id, item_id, TimerCommand.DECIDE_AT_TABLE, minutes=5)
            run.command(meeting_id, item_id, TimerCommand.NEXT)
            clock.advance(DECIDING_MINUTES * 60)
        run.command(meeting_id, item_id, TimerCommand.FINISH)
        clock.advance(FINISHING_MINUTES * 60)
        self._write_points(item_id, case)
        self._finalise(item_id, case)
        if case["decide_at_table"]:
            self._decide(item_id, case, datetime.fromtimestamp(clock.value - 9 * 60, UTC))

    def _write_points(self, item_id: int, case: dict[str, Any]) -> None:
        lanes = LaneService(self._sessions, actor=self._actor, as_secretary=True)  # the demo writes every lane
        by_discipline = {lane.discipline: lane.lane_id for lane in lanes.lanes(item_id).lanes}
        for point in case.get("points", []):
            lane_id = by_discipline.get(point["discipline"])
            if lane_id is not None:
                lanes.add_point(lane_id, point["text"])
                lanes.set_heard(lane_id, True, 120)

    def _finalise(self, item_id: int, case: dict[str, Any]) -> None:
        service = IndstillingService(self._sessions, actor=self._actor)
        content = content_from_json(case["indstilling"])
        service.save(item_id, content, expected_revision=service.draft(item_id).revision)
        try:
            service.finalise(item_id)
        except FinaliseBlocked as blocked:  # the demo text covers the law points; say so if a rule grows
            reason = "Demo: punktet er ikke udfyldt i demoteksten"
            service.finalise(item_id, {item.rule_id: reason for item in blocked.missing})

    def _decide(self, item_id: int, case: dict[str, Any], heard_at: datetime) -> None:
        data = case["decision"]
        decisions = DecisionService(self._sessions, actor=self._actor)
        draft = DecisionDraft(
            outcome=case["indstilling"]["outcome"],
            reasons=data["reasons"],
            facts=data["facts"],
            heard_at=heard_at,
            hearing_note=data["hearing_note"],
            effective_date=heard_at.date() + timedelta(days=int(data["effective_in_days"])),
            months=int(data["months"]) if "months" in data else None,
        )
        decisions.save(item_id, draft)
        decisions.finalise(item_id)

    def _issue(self, item_id: int, case: dict[str, Any], signers: tuple[CertificateInfo, ...]) -> None:
        leader, coordinator, decider = signers
        indstilling = self._documents.issue(item_id, "indstilling", "pdf")
        self._documents.sign(indstilling.id, leader.id, LEADER[1])
        self._documents.sign(indstilling.id, coordinator.id, COORDINATOR[1])
        self._documents.issue(item_id, "indstilling", "docx")
        if case["decide_at_table"]:
            decision = self._documents.issue(item_id, "afgoerelse", "pdf")
            self._documents.sign(decision.id, decider.id, DECIDER[1])
        self._documents.issue(item_id, "haandud", "pdf")
