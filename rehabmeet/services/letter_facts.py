"""Gathering what the letters say about one case, in one read: case, meeting, attendance, indstilling, decision."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from rehabmeet.errors import UserFacingError
from rehabmeet.i18n import error_text
from rehabmeet.letters.model import Attendee, CaseLetterFacts, DecisionFacts
from rehabmeet.models import AgendaItem, Decision, Indstilling
from rehabmeet.recommendation.content import content_from_json
from rehabmeet.services.attendance import ensure_attendance, load_item
from rehabmeet.settings.store import load_rules

# Roles other than team members that the indstilling lists as present (the citizen heads the letter).
_OTHER_ROLES = {
    "caseworker": "sagsbehandler",
    "companion": "bisidder",
    "interpreter": "tolk",
    "employer_liaison": "virksomhedskonsulent",
    "other": "",
}


class NotFinalisedError(UserFacingError):
    """A letter needs a finalised indstilling (or a final decision) first."""


def gather_letter_facts(session: Session, item_id: int) -> CaseLetterFacts:
    """Return the facts of agenda item ``item_id``; the indstilling must be finalised.

    Raises:
        NotFinalisedError: the indstilling is still a draft.
    """
    item = load_item(session, item_id)
    ensure_attendance(session, item)
    indstilling = session.scalar(select(Indstilling).where(Indstilling.agenda_item_id == item_id))
    version = item.case.current
    if indstilling is None or indstilling.status != "final":
        raise NotFinalisedError(
            error_text(
                "the indstilling of case {case_ref} is not finalised; finalise it before writing letters",
                case_ref=item.case.case_ref,
            )
        )
    decision = session.scalar(select(Decision).where(Decision.agenda_item_id == item_id))
    meeting = item.meeting
    leader = meeting.leader.name if meeting.leader else ""
    return CaseLetterFacts(
        case_ref=item.case.case_ref,
        case_type=version.case_type,
        question=version.question_to_team,
        citizen_name=version.citizen_name,
        citizen_cpr=version.citizen_cpr,
        municipality=version.municipality or meeting.team.municipality,
        team_address=meeting.team.address or "",
        meeting_date=meeting.meeting_date,
        meeting_location=meeting.location or "",
        leader=leader,
        caseworker_name=version.caseworker_name,
        caseworker_unit=version.caseworker_unit or "",
        caseworker_email=version.caseworker_email or "",
        companion_name=version.companion_name or "",
        attendees=_attendees(item.attendance, leader),
        indstilling=content_from_json(indstilling.content),
        indstilling_version=indstilling.version,
        finalised_at=indstilling.finalised_at,
        decision=_decision(decision) if decision is not None and decision.status == "final" else None,
        not_given=_not_given(session, item, dict(indstilling.overrides or {})),
    )


def _not_given(session: Session, item: AgendaItem, overrides: dict[str, str]) -> tuple[tuple[str, str], ...]:
    """The overridden law points as (first content field or ``#id``, reason), in the checklist's order."""
    rules = load_rules(session, item.meeting.team_id).checklist
    known = {rule.id: rule for rule in rules}
    ordered = [r.id for r in rules if r.id in overrides] + [i for i in overrides if i not in known]
    return tuple(
        (known[i].fields[0] if i in known and known[i].fields else f"#{i}", str(overrides[i])) for i in ordered
    )


def _attendees(rows: list, leader: str) -> tuple[Attendee, ...]:  # type: ignore[type-arg]
    people = []
    for row in rows:
        if row.role == "member" and (row.present or row.written_assessment) and not row.recused:
            role = "mødeleder" if row.name == leader else ""
            if not row.present:
                role = "skriftlig vurdering"
            people.append(Attendee(row.name, row.discipline or "", role))
        elif row.role in _OTHER_ROLES and row.present:
            people.append(Attendee(row.name, "", _OTHER_ROLES[row.role]))
    return tuple(people)


def _decision(row: Decision) -> DecisionFacts:
    from rehabmeet.services.decisions import DecisionService

    draft = DecisionService.draft_of(row)
    return DecisionFacts(
        outcome=row.outcome,
        follows_indstilling=row.follows_indstilling,
        returns_to_team=row.returns_to_team,
        reasons=row.reasons,
        legal_basis=row.legal_basis,
        facts=row.facts,
        heard_at=row.heard_at,
        hearing_note=row.hearing_note,
        effective_date=row.effective_date,
        decided_by=row.decided_by,
        version=row.version,
        months=draft.months,
        last_day=draft.last_day,
    )
