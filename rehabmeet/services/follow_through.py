"""After the meeting: the decision, telling the citizen, the measures' real start, and the cases that
must come back to the team (a decision departing from the indstilling, 001 L654; a ressourceforløb
not started within the rules' deadline)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from rehabmeet.audit.events import record_item_event
from rehabmeet.errors import NotFoundError, UserFacingError
from rehabmeet.i18n import error_text
from rehabmeet.models import (
    AgendaItem,
    Case,
    FollowThrough,
    Indstilling,
    IndstillingCheck,
    InterventionFollow,
    Meeting,
)
from rehabmeet.models.base import utc_now
from rehabmeet.recommendation.checklist import ChecklistItem, ItemState
from rehabmeet.recommendation.content import IndstillingContent, content_from_json
from rehabmeet.services.attendance import load_item
from rehabmeet.settings.store import load_rules
from rehabmeet.storage.database import SessionFactory

CHANNELS = ("meeting", "letter", "digital_post", "phone")


@dataclass(frozen=True, slots=True)
class MeasureRow:
    id: int
    position: int
    type: str
    description: str
    started_on: date | None
    dropped_reason: str | None


@dataclass(frozen=True, slots=True)
class FollowView:
    """One case after its meeting.

    Attributes:
        informed_state: ``ok``, ``warning`` (over the warn days) or ``alert`` (over the alert days),
            counted from the meeting to the day the citizen was told (or today, if not yet).
    """

    item_id: int
    meeting_date: date
    outcome: str
    decision_date: date | None
    decision_outcome: str | None
    follows_indstilling: bool | None
    decided_at_table: bool
    informed_on: date | None
    informed_channel: str | None
    informed_days: int
    informed_state: str
    measures: tuple[MeasureRow, ...]


@dataclass(frozen=True, slots=True)
class QueueRow:
    """A case that must come back to the team, and why."""

    case_id: int
    case_ref: str
    citizen_name: str
    item_id: int
    reason: str
    since: date


def record_finalised(
    session: Session,
    item_id: int,
    version: int,
    content: IndstillingContent,
    checklist: Sequence[ChecklistItem],
    actor: str,
) -> None:
    """At finalisation: keep the checklist result and the recommended measures for follow-through; a case
    waiting to go back to the team has now been heard again."""
    record_reheard(session, item_id, actor)
    for old in session.scalars(select(IndstillingCheck).where(IndstillingCheck.agenda_item_id == item_id)):
        session.delete(old)
    for item in checklist:
        session.add(
            IndstillingCheck(
                agenda_item_id=item_id,
                version=version,
                rule_id=item.rule_id,
                applies=item.state is not ItemState.NOT_APPLICABLE,
                met=item.state is ItemState.MET,
            )
        )
    existing = {
        m.position: m
        for m in session.scalars(select(InterventionFollow).where(InterventionFollow.agenda_item_id == item_id))
    }
    for position, measure in enumerate(content.interventions):
        row = existing.pop(position, None)
        if row is None or row.type != (measure.type or "andet"):
            if row is not None:
                session.delete(row)
            row = InterventionFollow(agenda_item_id=item_id, position=position, updated_by=actor)
            session.add(row)
        row.type, row.description, row.updated_by = measure.type or "andet", measure.description, actor
    for leftover in existing.values():
        session.delete(leftover)


def record_decision_at_table(session: Session, item_id: int, outcome: str, follows: bool, on: date, actor: str) -> None:
    """A decision made at the table: decided and told on the meeting day."""
    row = session.get(FollowThrough, item_id) or FollowThrough(agenda_item_id=item_id, updated_by=actor)
    row.decision_date, row.decision_outcome, row.follows_indstilling = on, outcome, follows
    row.decided_at_table, row.informed_on, row.informed_channel, row.updated_by = True, on, "meeting", actor
    session.add(row)


def request_return_to_team(session: Session, item_id: int, outcome: str, recommended: str, actor: str) -> None:
    """A decision departing from the indstilling was refused: the case must go back to the team first
    (§ 11 stk. 2, 001 L654–658). Puts it on the return queue and logs ``case.returns_to_team``."""
    row = session.get(FollowThrough, item_id) or FollowThrough(agenda_item_id=item_id, updated_by=actor)
    row.follows_indstilling, row.decision_outcome, row.updated_by = False, None, actor
    row.return_requested_at, row.reheard_at = utc_now(), None
    row.return_reason = f"{outcome} ≠ {recommended}"
    session.add(row)
    record_item_event(
        session, actor, "case.returns_to_team", item_id, proposed=outcome, recommended=recommended, reason="departs"
    )


def record_reheard(session: Session, item_id: int, actor: str) -> None:
    """The indstilling was finalised again: if the case was waiting to go back to the team, it has been."""
    row = session.get(FollowThrough, item_id)
    if row is not None and row.return_requested_at is not None and row.reheard_at is None:
        row.reheard_at, row.updated_by = utc_now(), actor
        record_item_event(session, actor, "case.reheard", item_id)


def team_heard_again(session: Session, item_id: int) -> bool:
    """Whether the team has been heard again after a departing decision was refused: on this agenda item
    (a new finalised version) or because the case came back on a later meeting after such a refusal."""
    row = session.get(FollowThrough, item_id)
    if row is not None and row.reheard_at is not None:
        return True
    item = load_item(session, item_id)
    earlier = (
        select(FollowThrough.agenda_item_id)
        .join(AgendaItem, AgendaItem.id == FollowThrough.agenda_item_id)
        .join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .where(
            AgendaItem.case_id == item.case_id,
            Meeting.meeting_date < item.meeting.meeting_date,
            FollowThrough.return_requested_at.is_not(None),
        )
    )
    return session.scalar(earlier.limit(1)) is not None


class FollowThroughService:
    """Follow-through per case and the return-to-team queue."""

    def __init__(self, sessions: SessionFactory, *, actor: str, today: Callable[[], date] = date.today) -> None:
        self._sessions = sessions
        self._actor = actor
        self._today = today

    def view(self, item_id: int) -> FollowView:
        with self._sessions.begin() as session:
            return self._view(session, item_id)

    def record_decision(self, item_id: int, decided_on: date, outcome: str) -> FollowView:
        """Record the municipality's later decision (not made at the table)."""
        with self._sessions.begin() as session:
            recommended = self._final_outcome(session, item_id)
            row = self._row(session, item_id)
            meeting_date = load_item(session, item_id).meeting.meeting_date
            if decided_on < meeting_date:
                raise UserFacingError(error_text("the decision cannot be dated before the meeting"))
            row.decision_date, row.decision_outcome = decided_on, outcome
            row.follows_indstilling, row.updated_by = outcome == recommended, self._actor
            record_item_event(
                session,
                self._actor,
                "follow.decision",
                item_id,
                decided_on=decided_on.isoformat(),
                outcome=outcome,
                follows=row.follows_indstilling,
            )
            session.flush()
            return self._view(session, item_id)

    def record_informed(self, item_id: int, informed_on: date, channel: str) -> FollowView:
        """Record the day the citizen was told the indstilling, and how (control point D1)."""
        if channel not in CHANNELS:
            raise UserFacingError(
                error_text("unknown channel {channel!r}; choose {value}", channel=channel, value=", ".join(CHANNELS))
            )
        with self._sessions.begin() as session:
            self._final_outcome(session, item_id)
            row = self._row(session, item_id)
            row.informed_on, row.informed_channel, row.updated_by = informed_on, channel, self._actor
            record_item_event(
                session, self._actor, "follow.informed", item_id, on=informed_on.isoformat(), channel=channel
            )
            session.flush()
            return self._view(session, item_id)

    def set_measure(self, measure_id: int, *, started_on: date | None = None, dropped_reason: str = "") -> FollowView:
        """Record that a measure started (its date) or was dropped (with why); both empty resets it."""
        if started_on is not None and dropped_reason.strip():
            raise UserFacingError(error_text("a measure either started or was dropped, not both"))
        with self._sessions.begin() as session:
            measure = session.get(InterventionFollow, measure_id)
            if measure is None:
                raise NotFoundError(error_text("there is no recommended measure {measure_id}", measure_id=measure_id))
            measure.started_on, measure.dropped_reason = started_on, dropped_reason.strip() or None
            measure.updated_by = self._actor
            record_item_event(
                session,
                self._actor,
                "follow.measure",
                measure.agenda_item_id,
                measure=measure.type,
                started_on=started_on.isoformat() if started_on else None,
                dropped=measure.dropped_reason,
            )
            session.flush()
            return self._view(session, measure.agenda_item_id)

    def return_queue(self) -> tuple[QueueRow, ...]:
        """Cases that must come back to the team and are not yet on a later meeting day."""
        with self._sessions.begin() as session:
            rules = load_rules(session).follow_up
            return tuple(_queue(session, self._today(), rules.start_deadline_days, rules.start_deadline_outcomes))

    def _final_outcome(self, session: Session, item_id: int) -> str:
        row = session.scalar(select(Indstilling).where(Indstilling.agenda_item_id == item_id))
        if row is None or row.status != "final":
            load_item(session, item_id)
            raise UserFacingError(error_text("follow-through starts when the indstilling is finalised"))
        return str((row.content or {}).get("outcome", ""))

    def _row(self, session: Session, item_id: int) -> FollowThrough:
        row = session.get(FollowThrough, item_id)
        if row is None:
            row = FollowThrough(agenda_item_id=item_id, updated_by=self._actor)
            session.add(row)
        return row

    def _view(self, session: Session, item_id: int) -> FollowView:
        item = load_item(session, item_id)
        rules = load_rules(session, item.meeting.team_id).follow_up
        indstilling = session.scalar(select(Indstilling).where(Indstilling.agenda_item_id == item_id))
        row = session.get(FollowThrough, item_id)
        measures = session.scalars(
            select(InterventionFollow)
            .where(InterventionFollow.agenda_item_id == item_id)
            .order_by(InterventionFollow.position)
        )
        informed_on = row.informed_on if row else None
        days = ((informed_on or self._today()) - item.meeting.meeting_date).days
        state = "alert" if days > rules.informed_alert_days else "warning" if days > rules.informed_warn_days else "ok"
        return FollowView(
            item_id=item_id,
            meeting_date=item.meeting.meeting_date,
            outcome=content_from_json(indstilling.content).outcome if indstilling else "",
            decision_date=row.decision_date if row else None,
            decision_outcome=row.decision_outcome if row else None,
            follows_indstilling=row.follows_indstilling if row else None,
            decided_at_table=bool(row and row.decided_at_table),
            informed_on=informed_on,
            informed_channel=row.informed_channel if row else None,
            informed_days=max(0, days),
            informed_state=state,
            measures=tuple(
                MeasureRow(m.id, m.position, m.type, m.description, m.started_on, m.dropped_reason) for m in measures
            ),
        )


def _queue(session: Session, today: date, deadline_days: int, outcomes: tuple[str, ...]) -> list[QueueRow]:
    later_item, later_meeting = aliased(AgendaItem), aliased(Meeting)
    back_already = exists().where(
        later_item.case_id == AgendaItem.case_id,
        later_item.meeting_id == later_meeting.id,
        later_meeting.meeting_date > Meeting.meeting_date,
    )
    any_started = exists().where(
        InterventionFollow.agenda_item_id == AgendaItem.id,
        or_(InterventionFollow.started_on.is_not(None)),
    )
    decided = func.coalesce(FollowThrough.decision_date, Meeting.meeting_date)
    outcome = Indstilling.content["outcome"].as_string()
    departs = and_(
        FollowThrough.follows_indstilling.is_(False),
        or_(FollowThrough.return_requested_at.is_(None), FollowThrough.reheard_at.is_(None)),
    )
    overdue = and_(
        outcome.in_(outcomes),
        FollowThrough.decision_date.is_not(None),
        ~any_started,
        FollowThrough.decision_date < today - timedelta(days=deadline_days),
    )
    rows = session.execute(
        select(Case.id, Case.case_ref, AgendaItem.id, departs, decided)
        .select_from(AgendaItem)
        .join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .join(Case, Case.id == AgendaItem.case_id)
        .join(Indstilling, and_(Indstilling.agenda_item_id == AgendaItem.id, Indstilling.status == "final"))
        .join(FollowThrough, FollowThrough.agenda_item_id == AgendaItem.id)
        .where(or_(departs, overdue), ~back_already)
        .order_by(decided)
    ).all()
    names = _citizen_names(session, [r[0] for r in rows])
    return [
        QueueRow(case_id, ref, names.get(case_id, ""), item_id, "departs" if departs_flag else "not_started", since)
        for case_id, ref, item_id, departs_flag, since in rows
    ]


def _citizen_names(session: Session, case_ids: list[int]) -> dict[int, str]:
    if not case_ids:
        return {}
    from rehabmeet.models import CaseVersion

    newest = (
        select(CaseVersion.case_id, func.max(CaseVersion.version_no).label("v"))
        .where(CaseVersion.case_id.in_(case_ids))
        .group_by(CaseVersion.case_id)
        .subquery()
    )
    rows = session.execute(
        select(CaseVersion.case_id, CaseVersion.citizen_name).join(
            newest, and_(newest.c.case_id == CaseVersion.case_id, newest.c.v == CaseVersion.version_no)
        )
    )
    return {case_id: name for case_id, name in rows}
