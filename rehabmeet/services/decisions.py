"""The municipality's decision at the table: drafted during the decision phase, made final, reopened with a reason.

The decision refers to the finalised indstilling it is based on (control point D2). One that
departs from it is refused at the table and the case goes on the return-to-team queue: "Hvis
kommunen ikke følger rehabiliteringsteamets indstilling, skal sagen forelægges for
rehabiliteringsteamet på ny, inden der træffes afgørelse" (§ 11 stk. 2, 001 L654–658). It can be
made once the team has been heard again (a new finalised version of the indstilling, or the case
on a later meeting). Which outcomes may be decided on the spot, and the legal basis offered for
each, are rules (``Rules.legal``).
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields, replace
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from rehabmeet.audit.events import record_item_event
from rehabmeet.errors import UserFacingError
from rehabmeet.i18n import QT_TRANSLATE_NOOP, error_text, translate
from rehabmeet.models import Decision, Indstilling
from rehabmeet.models.base import utc_now
from rehabmeet.services.attendance import load_item
from rehabmeet.services.follow_through import record_decision_at_table, request_return_to_team, team_heard_again
from rehabmeet.settings.law import law_for
from rehabmeet.settings.law_defaults import OUTCOME_REF, RESSOURCEFORLOEB_MONTHS
from rehabmeet.settings.store import load_rules
from rehabmeet.storage.changes import publish
from rehabmeet.storage.database import SessionFactory
from rehabmeet.storage.locks import lock_agenda_item

REQUIRED = ("outcome", "reasons", "facts", "heard_at", "effective_date")
PERIOD_MONTHS = {"ressourceforloeb": RESSOURCEFORLOEB_MONTHS}
"""Outcomes whose length the decision sets, with the months allowed (ressourceforløb: 1–5 years)."""
LABELS = {  # the decision form's labels, so messages name fields the way the person sees them
    "outcome": QT_TRANSLATE_NOOP("DecisionForm", "Decision"),
    "reasons": QT_TRANSLATE_NOOP("DecisionForm", "Reasons"),
    "facts": QT_TRANSLATE_NOOP("DecisionForm", "Facts relied on"),
    "legal_basis": QT_TRANSLATE_NOOP("DecisionForm", "Legal basis"),
    "heard_at": QT_TRANSLATE_NOOP("DecisionForm", "Citizen heard at"),
    "hearing_note": QT_TRANSLATE_NOOP("DecisionForm", "Hearing note"),
    "effective_date": QT_TRANSLATE_NOOP("DecisionForm", "Takes effect"),
    "months": QT_TRANSLATE_NOOP("DecisionForm", "Length"),
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
    months: int | None = None

    @property
    def last_day(self) -> date | None:
        """The measure's last day: ``months`` after the start (``effective_date``), less one day."""
        if self.effective_date is None or not self.months:
            return None
        return add_months(self.effective_date, self.months) - timedelta(days=1)


def add_months(day: date, months: int) -> date:
    """``day`` plus ``months`` calendar months (the 31st becomes the month's last day)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def unexplained_facts(facts: str) -> tuple[str, ...]:
    """Lines of ``facts`` that name a document or statement without what it shows ("source: what it shows")."""
    lines = [line.strip(" -•\t") for line in facts.split("\n") if line.strip(" -•\t")]
    return tuple(line for line in lines if ":" not in line or not line.split(":", 1)[1].strip())


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


class DecisionDeparts(UserFacingError):
    """The decision departs from the indstilling and the team has not been heard again (§ 11 stk. 2)."""


@dataclass(frozen=True, slots=True)
class DecisionClash:
    """One field of the draft decision both people changed: its key, its form label, my value and theirs."""

    field: str
    label: str
    mine: object
    theirs: object


class StaleDecisionError(UserFacingError):
    """Someone changed the same field(s) of the draft decision meanwhile; nothing was overwritten.

    Attributes:
        clashes: each field both changed differently, with both values (shown side by side).
        merged: the stored draft with my changes to the other fields (their text in the clashing ones).
        theirs: the stored draft (the base for saving ``merged`` or :meth:`resolved`).
        updated_by: who saved it.
    """

    def __init__(
        self,
        message: str,
        clashes: tuple[DecisionClash, ...],
        merged: DecisionDraft,
        theirs: DecisionDraft,
        updated_by: str = "",
    ) -> None:
        super().__init__(message)
        self.clashes = clashes
        self.merged = merged
        self.theirs = theirs
        self.updated_by = updated_by

    def resolved(self, mine: DecisionDraft, keep_mine: Iterable[str]) -> tuple[DecisionDraft, DecisionDraft]:
        """Return ``(draft, base)`` to save once the person chose per field: ``merged`` with my value in
        each clashing field of ``keep_mine`` — their other changes and my other changes both stay."""
        keep = set(keep_mine) & {c.field for c in self.clashes}
        return replace(self.merged, **{name: getattr(mine, name) for name in keep}), self.theirs


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
        """Make the decision; every required field must be filled and the outcome allowed at the table.

        Raises:
            DecisionDeparts: the outcome departs from the finalised indstilling and the team has not been
                heard again; the case is put on the return-to-team queue (committed) before raising.
        """
        refused: DecisionDeparts | None = None
        with self._sessions.begin() as session:
            self._check_ready(session, item_id)
            refused = self._refuse_if_departing(session, item_id)
        if refused is not None:
            raise refused
        with self._sessions.begin() as session:
            lock_agenda_item(session, item_id)
            row = self._check_ready(session, item_id)
            row.status, row.decided_by, row.decided_at = "final", self._actor, utc_now()
            details = {"outcome": row.outcome, "version": row.version, "indstilling_version": row.indstilling_version}
            record_item_event(
                session, self._actor, "decision.made", item_id, follows_indstilling=row.follows_indstilling, **details
            )
            meeting_date = load_item(session, item_id).meeting.meeting_date
            record_decision_at_table(session, item_id, row.outcome, row.follows_indstilling, meeting_date, self._actor)
            publish(session, self._actor, "decision.made", item_id=item_id)
            session.flush()
            return self._view(session, item_id)

    def _check_ready(self, session: Session, item_id: int) -> Decision:
        """The stored draft can be made final (all but the § 11 stk. 2 check); nothing is written."""
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
        _check_content(view.draft)
        if row.outcome not in view.allowed_outcomes:
            raise UserFacingError(
                error_text(
                    "the team's rules do not let the municipality decide '{outcome}' at the table",
                    outcome=row.outcome,
                )
            )
        return row

    def _refuse_if_departing(self, session: Session, item_id: int) -> DecisionDeparts | None:
        row = session.scalar(select(Decision).where(Decision.agenda_item_id == item_id))
        indstilling = session.scalar(select(Indstilling).where(Indstilling.agenda_item_id == item_id))
        if row is None or row.status == "final" or indstilling is None or indstilling.status != "final":
            return None
        recommended = str((indstilling.content or {}).get("outcome", ""))
        if row.outcome == recommended or team_heard_again(session, item_id):
            return None
        reason = error_text(
            "the decision '{outcome}' departs from the team's indstilling '{recommended}'; § 11 stk. 2 requires "
            "the case to go back to the team before such a decision, and it is now on the return-to-team queue",
            outcome=row.outcome,
            recommended=recommended,
        )
        request_return_to_team(session, item_id, row.outcome, recommended, self._actor)
        return DecisionDeparts(reason)

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

    @staticmethod
    def draft_of(row: Decision) -> DecisionDraft:
        """The draft a stored decision holds (with its details: the measure's length)."""
        return _draft(row)

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
            default_basis=_default_basis(legal.legal_basis, item.meeting.meeting_date),
            decided_by=row.decided_by if row is not None else "",
            missing=tuple(name for name in REQUIRED if not getattr(draft, name)),
        )


def _check_content(draft: DecisionDraft) -> None:
    """The facts say what each source shows; a measure whose length the law sets has it (forvaltningsloven
    § 24 asks the main facts relied on; a ressourceforløb lasts 1–5 years)."""
    vague = unexplained_facts(draft.facts)
    if vague:
        raise UserFacingError(
            error_text(
                "say what each fact shows, as 'document: what it shows' (e.g. 'Praktikrapport: stabilt fremmøde "
                "12 timer om ugen'); not explained: {value}",
                value="; ".join(vague),
            )
        )
    _check_dates(draft)
    period = PERIOD_MONTHS.get(draft.outcome)
    if period is not None and not (draft.months and period[0] <= draft.months <= period[1]):
        raise UserFacingError(
            error_text(
                "say how long the {outcome} lasts: {low}–{high} months",
                outcome=draft.outcome,
                low=period[0],
                high=period[1],
            )
        )


def _check_dates(draft: DecisionDraft) -> None:
    """The hearing has happened (the letter says the citizen was heard before the decision, forvaltningsloven
    § 19), and the measure does not start before it."""
    if draft.heard_at is None:
        return
    heard = draft.heard_at if draft.heard_at.tzinfo is not None else draft.heard_at.replace(tzinfo=UTC)
    if heard > utc_now() + timedelta(minutes=5):
        raise UserFacingError(
            error_text("the citizen cannot have been heard in the future ({value})", value=f"{heard:%d.%m.%Y %H:%M}")
        )
    if draft.effective_date is not None and draft.effective_date < heard.date():
        raise UserFacingError(
            error_text(
                "the decision cannot take effect on {date}, before the citizen was heard on {value}",
                date=f"{draft.effective_date:%d.%m.%Y}",
                value=f"{heard:%d.%m.%Y}",
            )
        )


def _default_basis(own: Mapping[str, str], meeting_date: date) -> dict[str, str]:
    """The legal basis offered per outcome: the municipality's own text, else the law of the meeting day."""
    law = law_for(meeting_date)
    return {outcome: own.get(outcome) or law.cite(ref) for outcome, ref in OUTCOME_REF.items()}


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
    row.details = {"months": draft.months} if draft.months else {}
    row.indstilling_version = indstilling.version
    row.follows_indstilling = draft.outcome == recommended
    row.returns_to_team = False  # a departing decision is made only after the team was heard again (§ 11 stk. 2)


def _normal(draft: DecisionDraft) -> DecisionDraft:
    """The draft as it is stored (text trimmed), so that only real changes count."""
    return replace(draft, **{f.name: getattr(draft, f.name).strip() for f in fields(draft) if f.type == "str"})


def _merge(theirs: DecisionDraft, mine: DecisionDraft, base: DecisionDraft, who: str) -> DecisionDraft:
    names = [f.name for f in fields(DecisionDraft)]
    mine_changed = [n for n in names if getattr(mine, n) != getattr(base, n)]
    clashing = [n for n in mine_changed if getattr(base, n) != getattr(theirs, n) != getattr(mine, n)]
    clashes = tuple(
        DecisionClash(n, translate("DecisionForm", LABELS[n]), getattr(mine, n), getattr(theirs, n)) for n in clashing
    )
    merged = replace(theirs, **{n: getattr(mine, n) for n in mine_changed if n not in clashing})
    if clashes:
        raise StaleDecisionError(
            error_text(
                "{updated_by} changed the same field(s) of the decision meanwhile: {value}",
                updated_by=who,
                value=", ".join(c.label for c in clashes),
            ),
            clashes,
            merged,
            theirs,
            who,
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
        months=_months(row.details),
    )


def _months(details: dict[str, object] | None) -> int | None:
    value = (details or {}).get("months")
    return int(value) if isinstance(value, int) and not isinstance(value, bool) and value > 0 else None
