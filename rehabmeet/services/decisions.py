"""The municipality's decision at the table: drafted during the decision phase, made final, reopened with a reason.

The decision refers to the finalised indstilling it is based on (control point D2); one that
departs from it marks the case to return to the team (001 L654). Which outcomes may be
decided on the spot, and the legal basis offered for each, are rules (``Rules.legal``).
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from rehabmeet.audit.events import record_item_event
from rehabmeet.errors import UserFacingError
from rehabmeet.i18n import QT_TRANSLATE_NOOP, error_text, translate
from rehabmeet.models import Decision, Indstilling
from rehabmeet.models.base import utc_now
from rehabmeet.services.attendance import load_item
from rehabmeet.services.follow_through import record_decision_at_table
from rehabmeet.settings.store import load_rules
from rehabmeet.storage.changes import publish
from rehabmeet.storage.database import SessionFactory
from rehabmeet.storage.locks import lock_agenda_item

REQUIRED = ("outcome", "reasons", "facts", "heard_at", "effective_date")
LABELS = {  # the decision form's labels, so messages name fields the way the person sees them
    "outcome": QT_TRANSLATE_NOOP("DecisionForm", "Decision"),
    "reasons": QT_TRANSLATE_NOOP("DecisionForm", "Reasons"),
    "facts": QT_TRANSLATE_NOOP("DecisionForm", "Facts relied on"),
    "legal_basis": QT_TRANSLATE_NOOP("DecisionForm", "Legal basis"),
    "heard_at": QT_TRANSLATE_NOOP("DecisionForm", "Citizen heard at"),
    "hearing_note": QT_TRANSLATE_NOOP("DecisionForm", "Hearing note"),
    "effective_date": QT_TRANSLATE_NOOP("DecisionForm", "Takes effect"),
}


@dataclass(frozen=True, slots=True)
class DecisionDraft:
    """What the secretary types for the decision."""

    outcome: str
    reasons: str = ""
    legal_basis: str = ""
    facts: str = ""
    heard_at: datetime | None = None
    hearing_note: str = ""
    effective_date: date | None = None


@dataclass(frozen=True, slots=True)
class DecisionView:
    """The decision (or an empty draft) with what the form needs around it.

    Attributes:
        allowed_outcomes: outcomes the rules let the municipality decide at the table.
        default_basis: the legal basis the rules give for each outcome.
        missing: required fields still empty (names from ``REQUIRED``).
    """

    item_id: int
    exists: bool
    status: str
    version: int
    draft: DecisionDraft
    indstilling_outcome: str
    indstilling_version: int
    indstilling_final: bool
    allowed_outcomes: tuple[str, ...]
    default_basis: dict[str, str]
    decided_by: str
    missing: tuple[str, ...]

    @property
    def final(self) -> bool:
        return self.status == "final"

    @property
    def follows_indstilling(self) -> bool:
        return self.draft.outcome == self.indstilling_outcome


class StaleDecisionError(UserFacingError):
    """Someone changed the same field(s) of the draft decision meanwhile; nothing was overwritten.

    Attributes:
        clashes: ``(field label, my text, their text)`` for each field both changed differently.
        merged: the stored draft with my changes to the other fields (what to save and show now).
        theirs: the stored draft (the base for saving ``merged``).
    """

    def __init__(
        self,
        message: str,
        clashes: tuple[tuple[str, str, str], ...],
        merged: DecisionDraft,
        theirs: DecisionDraft,
    ) -> None:
        super().__init__(message)
        self.clashes = clashes
        self.merged = merged
        self.theirs = theirs


class DecisionService:
    """Decisions made at the table."""

    def __init__(self, sessions: SessionFactory, *, actor: str) -> None:
        self._sessions = sessions
        self._actor = actor

    def decision(self, item_id: int) -> DecisionView:
        with self._sessions.begin() as session:
            return self._view(session, item_id)

    def save(self, item_id: int, draft: DecisionDraft, *, base: DecisionDraft | None = None) -> DecisionView:
        """Store the draft decision. Refused before the indstilling is final, or once the decision is.

        ``base`` is the draft this form started from: when someone saved in between, their changes
        to other fields are kept and mine applied on top; the same field changed on both sides is
        refused (:class:`StaleDecisionError`). The agenda item is locked for the step.
        """
        with self._sessions.begin() as session:
            lock_agenda_item(session, item_id)  # one writer per case: the decision is created once
            indstilling = _final_indstilling(session, item_id)
            row = session.scalar(select(Decision).where(Decision.agenda_item_id == item_id))
            if row is not None and row.status == "final":
                raise UserFacingError(error_text("the decision is final; reopen it with a reason to change it"))
            if row is not None and base is not None:
                draft = _merge(_draft(row), _normal(draft), _normal(base), row.decided_by)
            if row is None:
                row = Decision(agenda_item_id=item_id, decided_by=self._actor, version=1)
                session.add(row)
            _apply(row, draft, indstilling)
            row.decided_by = self._actor
            publish(session, self._actor, "decision", item_id=item_id)
            session.flush()
            return self._view(session, item_id)

    def finalise(self, item_id: int) -> DecisionView:
        """Make the decision; every required field must be filled and the outcome allowed at the table."""
        with self._sessions.begin() as session:
            lock_agenda_item(session, item_id)
            view = self._view(session, item_id)
            row = session.scalar(select(Decision).where(Decision.agenda_item_id == item_id))
            if row is None or not view.exists:
                raise UserFacingError(error_text("there is no decision to make final; fill in the decision first"))
            if view.final:
                raise UserFacingError(error_text("the decision is already final"))
            if view.missing:
                raise UserFacingError(
                    error_text("the decision cannot be made yet; missing: {value}", value=", ".join(view.missing))
                )
            if row.outcome not in view.allowed_outcomes:
                raise UserFacingError(
                    error_text(
                        "the team's rules do not let the municipality decide '{outcome}' at the table",
                        outcome=row.outcome,
                    )
                )
            row.status, row.decided_by, row.decided_at = "final", self._actor, utc_now()
            details = {"outcome": row.outcome, "version": row.version, "indstilling_version": row.indstilling_version}
            record_item_event(
                session, self._actor, "decision.made", item_id, follows_indstilling=row.follows_indstilling, **details
            )
            if row.returns_to_team:
                record_item_event(session, self._actor, "case.returns_to_team", item_id, **details)
            meeting_date = load_item(session, item_id).meeting.meeting_date
            record_decision_at_table(session, item_id, row.outcome, row.follows_indstilling, meeting_date, self._actor)
            publish(session, self._actor, "decision.made", item_id=item_id)
            session.flush()
            return self._view(session, item_id)

    def reopen(self, item_id: int, reason: str) -> DecisionView:
        """Reopen a final decision as the next version; the reason is logged."""
        if not reason.strip():
            raise UserFacingError(error_text("say why the decision is reopened"))
        with self._sessions.begin() as session:
            lock_agenda_item(session, item_id)
            row = session.scalar(select(Decision).where(Decision.agenda_item_id == item_id))
            if row is None or row.status != "final":
                raise UserFacingError(error_text("only a final decision can be reopened"))
            row.status, row.version = "draft", row.version + 1
            record_item_event(
                session, self._actor, "decision.reopened", item_id, version=row.version, reason=reason.strip()
            )
            publish(session, self._actor, "decision.reopened", item_id=item_id)
            session.flush()
            return self._view(session, item_id)

    def _view(self, session: Session, item_id: int) -> DecisionView:
        item = load_item(session, item_id)
        legal = load_rules(session, item.meeting.team_id).legal
        indstilling = session.scalar(select(Indstilling).where(Indstilling.agenda_item_id == item_id))
        recommended = str((indstilling.content or {}).get("outcome", "")) if indstilling else ""
        row = session.scalar(select(Decision).where(Decision.agenda_item_id == item_id))
        draft = _draft(row) if row is not None else DecisionDraft(outcome=recommended)
        return DecisionView(
            item_id=item_id,
            exists=row is not None,
            status=row.status if row is not None else "draft",
            version=row.version if row is not None else 1,
            draft=draft,
            indstilling_outcome=recommended,
            indstilling_version=indstilling.version if indstilling else 0,
            indstilling_final=bool(indstilling and indstilling.status == "final"),
            allowed_outcomes=legal.decide_at_table,
            default_basis=dict(legal.legal_basis),
            decided_by=row.decided_by if row is not None else "",
            missing=tuple(name for name in REQUIRED if not getattr(draft, name)),
        )


def _final_indstilling(session: Session, item_id: int) -> Indstilling:
    load_item(session, item_id)  # names a missing agenda item first
    row = session.scalar(select(Indstilling).where(Indstilling.agenda_item_id == item_id))
    if row is None or row.status != "final":
        raise UserFacingError(
            error_text("the municipality decides on the finalised indstilling; finalise the indstilling first")
        )
    return row


def _apply(row: Decision, draft: DecisionDraft, indstilling: Indstilling) -> None:
    recommended = str((indstilling.content or {}).get("outcome", ""))
    row.outcome = draft.outcome
    row.reasons = draft.reasons.strip()
    row.legal_basis = draft.legal_basis.strip()
    row.facts = draft.facts.strip()
    row.heard_at = draft.heard_at
    row.hearing_note = draft.hearing_note.strip()
    row.effective_date = draft.effective_date
    row.indstilling_version = indstilling.version
    row.follows_indstilling = draft.outcome == recommended
    row.returns_to_team = not row.follows_indstilling


def _normal(draft: DecisionDraft) -> DecisionDraft:
    """The draft as it is stored (text trimmed), so that only real changes count."""
    return replace(draft, **{f.name: getattr(draft, f.name).strip() for f in fields(draft) if f.type == "str"})


def _merge(theirs: DecisionDraft, mine: DecisionDraft, base: DecisionDraft, who: str) -> DecisionDraft:
    names = [f.name for f in fields(DecisionDraft)]
    mine_changed = [n for n in names if getattr(mine, n) != getattr(base, n)]
    clashing = [n for n in mine_changed if getattr(base, n) != getattr(theirs, n) != getattr(mine, n)]
    clashes = tuple(
        (translate("DecisionForm", LABELS[n]), str(getattr(mine, n) or ""), str(getattr(theirs, n) or ""))
        for n in clashing
    )
    merged = replace(theirs, **{n: getattr(mine, n) for n in mine_changed if n not in clashing})
    if clashes:
        raise StaleDecisionError(
            error_text(
                "{updated_by} changed the same field(s) of the decision meanwhile: {value}; "
                "their text is kept, yours is shown here to copy",
                updated_by=who,
                value=", ".join(c[0] for c in clashes),
            ),
            clashes,
            merged,
            theirs,
        )
    return merged


def _draft(row: Decision) -> DecisionDraft:
    return DecisionDraft(
        outcome=row.outcome,
        reasons=row.reasons,
        legal_basis=row.legal_basis,
        facts=row.facts,
        heard_at=row.heard_at,
        hearing_note=row.hearing_note,
        effective_date=row.effective_date,
    )
