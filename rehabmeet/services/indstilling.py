"""The indstilling draft: autosave with no lost update, history, the checklist, finalise and reopen.

Finalising locks the draft; law points that are not met block it unless each has an override
reason, which is stored with the indstilling and written to the event log (control-points.md,
"L … a hard block on finalising … unless the user records a reason").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields, replace
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from rehabmeet.audit.events import record_item_event
from rehabmeet.errors import NotFoundError, UserFacingError
from rehabmeet.i18n import error_text
from rehabmeet.models import AgendaItem, Indstilling, IndstillingVersion
from rehabmeet.models.base import utc_now
from rehabmeet.recommendation.caseworker import CaseworkerView, caseworker_view
from rehabmeet.recommendation.checklist import CaseContext, ChecklistItem, evaluate_checklist, implausible_hours
from rehabmeet.recommendation.content import IndstillingContent, content_from_json, content_to_json, field_label
from rehabmeet.services.attendance import load_item
from rehabmeet.services.follow_through import record_finalised
from rehabmeet.settings.checklist_defaults import ChecklistRule
from rehabmeet.settings.law import law_for
from rehabmeet.settings.law_defaults import CHECKLIST_REF
from rehabmeet.settings.store import load_rules
from rehabmeet.storage.changes import publish
from rehabmeet.storage.database import SessionFactory
from rehabmeet.storage.locks import insert_if_absent

SNAPSHOT_EVERY = timedelta(seconds=60)


@dataclass(frozen=True, slots=True)
class FieldClash:
    """One field both people changed differently: its form label, my text and theirs."""

    field: str
    label: str
    mine: Any
    theirs: Any


class StaleDraftError(UserFacingError):
    """Someone saved the draft since this copy was read; nothing was overwritten.

    Attributes:
        clashes: the fields both changed differently (empty when no ``base`` was given).
        theirs: the stored content now (what the other person saved).
        revision: the stored revision now; a save resolving the clash gives it as ``expected_revision``.
        updated_by: who saved it.
    """

    def __init__(
        self,
        message: str,
        *,
        clashes: tuple[FieldClash, ...] = (),
        theirs: IndstillingContent | None = None,
        revision: int = 0,
        updated_by: str = "",
    ) -> None:
        super().__init__(message)
        self.clashes = clashes
        self.theirs = theirs if theirs is not None else IndstillingContent()
        self.revision = revision
        self.updated_by = updated_by

    def resolved(
        self, mine: IndstillingContent, base: IndstillingContent, keep_mine: Iterable[str]
    ) -> tuple[IndstillingContent, IndstillingContent, int]:
        """Return ``(content, base, expected_revision)`` to save once the person chose per field.

        Their text is the starting point; every field I changed that does not clash is mine, and of
        the clashing fields those in ``keep_mine`` are mine. Fields only they changed keep their
        text — "keep mine" never writes my stale copy of a field I did not touch.
        """
        keep = set(keep_mine)
        clashing = {c.field for c in self.clashes}
        names = [f.name for f in fields(IndstillingContent)]
        mine_changed = [n for n in names if getattr(mine, n) != getattr(base, n)]
        chosen = {n: getattr(mine, n) for n in mine_changed if n not in clashing or n in keep}
        return self.theirs.with_changes(**chosen), self.theirs, self.revision


class FinaliseBlocked(UserFacingError):
    """Law points are not met and have no override reason."""

    def __init__(self, missing: tuple[ChecklistItem, ...]) -> None:
        self.missing = missing
        ids = ", ".join(item.rule_id for item in missing)
        super().__init__(
            error_text(
                "the indstilling cannot be finalised: {ids} not met; complete them or give a reason for each", ids=ids
            )
        )


@dataclass(frozen=True, slots=True)
class HistoryRow:
    kind: str
    version: int
    revision: int
    saved_by: str
    saved_at: datetime
    reason: str | None
    content: IndstillingContent


@dataclass(frozen=True, slots=True)
class DraftView:
    """The indstilling as the editor shows it."""

    item_id: int
    case_type: str
    content: IndstillingContent
    status: str
    version: int
    revision: int
    checklist: tuple[ChecklistItem, ...]
    outcomes: tuple[str, ...]
    overrides: dict[str, str]
    caseworker: CaseworkerView
    updated_by: str | None
    rules: tuple[ChecklistRule, ...] = ()
    context: CaseContext | None = None
    templates: dict[str, dict[str, str]] | None = None
    merged_fields: tuple[str, ...] = ()
    meeting_date: date | None = None

    @property
    def final(self) -> bool:
        return self.status == "final"


class IndstillingService:
    """Drafts, autosave, checklist, finalising and reopening."""

    def __init__(self, sessions: SessionFactory, *, actor: str) -> None:
        self._sessions = sessions
        self._actor = actor

    def draft(self, item_id: int) -> DraftView:
        with self._sessions.begin() as session:
            return self._view(session, item_id, self._row(session, item_id))

    def evaluate(self, item_id: int, content: IndstillingContent) -> tuple[ChecklistItem, ...]:
        """Return the checklist for unsaved ``content`` (the editor re-evaluates on every change)."""
        with self._sessions.begin() as session:
            item = load_item(session, item_id)
            return evaluate_checklist(load_rules(session, item.meeting.team_id).checklist, content, _context(item))

    def save(
        self,
        item_id: int,
        content: IndstillingContent,
        *,
        expected_revision: int,
        base: IndstillingContent | None = None,
    ) -> DraftView:
        """Store the draft (autosave). Refused when finalised.

        When someone saved in between (optimistic locking on ``revision``) and ``base`` — the
        content this editor started from — is given, the two are merged field by field: their
        changes and mine both survive when they touched different fields (``merged_fields`` names
        theirs). Only the same field changed differently on both sides is refused.

        The stored row is locked for the whole step (``SELECT … FOR UPDATE``) and the UPDATE carries
        the revision it read in its WHERE (the mapper's version column), so no two saves are handed
        the same revision and no acknowledged save is overwritten by one that did not see it.

        Raises:
            StaleDraftError: naming the fields both changed (or, without ``base``, that someone saved).
        """
        try:
            with self._sessions.begin() as session:
                row = self._row(session, item_id, lock=True)
                if row.status == "final":
                    raise UserFacingError(
                        error_text("the indstilling is finalised; reopen it with a reason to change it")
                    )
                merged: tuple[str, ...] = ()
                if row.revision != expected_revision:
                    content, merged = self._merge(row, content, base, expected_revision)
                before = content_from_json(row.content)
                changed = tuple(
                    f.name for f in fields(IndstillingContent) if getattr(before, f.name) != getattr(content, f.name)
                )
                if changed:
                    publish(session, self._actor, "indstilling", item_id=item_id, fields=changed)
                row.content = content_to_json(content)
                row.revision += 1
                row.updated_by = self._actor
                self._snapshot_if_due(row)
                session.flush()
                return replace(self._view(session, item_id, row), merged_fields=merged)
        except StaleDataError as exc:  # the conditional UPDATE matched no row: someone saved in between
            now = self.draft(item_id)
            raise StaleDraftError(
                error_text("someone saved the indstilling at the same moment; nothing was overwritten, save again"),
                theirs=now.content,
                revision=now.revision,
                updated_by=now.updated_by or "",
            ) from exc

    @staticmethod
    def _merge(
        row: Indstilling, mine: IndstillingContent, base: IndstillingContent | None, expected_revision: int
    ) -> tuple[IndstillingContent, tuple[str, ...]]:
        if base is None:
            raise StaleDraftError(
                error_text(
                    "{updated_by} saved the indstilling meanwhile (revision {revision}, yours "
                    "{expected_revision}); reload to see their text before you save",
                    updated_by=row.updated_by,
                    revision=row.revision,
                    expected_revision=expected_revision,
                ),
                theirs=content_from_json(row.content),
                revision=row.revision,
                updated_by=row.updated_by,
            )
        theirs = content_from_json(row.content)
        names = [f.name for f in fields(IndstillingContent)]
        my_changes = {n for n in names if getattr(mine, n) != getattr(base, n)}
        their_changes = {n for n in names if getattr(theirs, n) != getattr(base, n)}
        clashes = [n for n in names if n in my_changes & their_changes and getattr(mine, n) != getattr(theirs, n)]
        if clashes:
            found = tuple(FieldClash(n, field_label(n), getattr(mine, n), getattr(theirs, n)) for n in clashes)
            raise StaleDraftError(
                error_text(
                    "{updated_by} changed the same field(s) meanwhile: {value}; choose whose text to keep",
                    updated_by=row.updated_by,
                    value=", ".join(c.label for c in found),
                ),
                clashes=found,
                theirs=theirs,
                revision=row.revision,
                updated_by=row.updated_by,
            )
        merged = theirs.with_changes(**{n: getattr(mine, n) for n in my_changes})
        return merged, tuple(sorted(their_changes - my_changes))

    def finalise(self, item_id: int, overrides: dict[str, str] | None = None) -> DraftView:
        """Lock the draft as the next version. Unmet law points need a reason each.

        Raises:
            FinaliseBlocked: naming the law points that are neither met nor overridden.
        """
        reasons = {k: v.strip() for k, v in (overrides or {}).items() if v and v.strip()}
        with self._sessions.begin() as session:
            row = self._row(session, item_id, lock=True)
            if row.status == "final":
                raise UserFacingError(error_text("the indstilling is already finalised"))
            view = self._view(session, item_id, row)
            outcome = str((row.content or {}).get("outcome", "")).strip()
            if outcome and outcome not in view.outcomes:  # no override makes an unknown outcome lawful
                raise UserFacingError(
                    error_text(
                        "'{outcome}' is not an outcome the team can recommend for this case; choose one of: {value}",
                        outcome=outcome,
                        value=", ".join(view.outcomes),
                    )
                )
            rules = load_rules(session, load_item(session, item_id).meeting.team_id).checklist
            wrong_hours = implausible_hours(rules, content_from_json(row.content))
            if wrong_hours:  # a number no week has is not a judgement a reason can defend
                raise UserFacingError(wrong_hours)
            missing = tuple(i for i in view.checklist if i.blocks and i.rule_id not in reasons)
            if missing:
                raise FinaliseBlocked(missing)
            used = {i.rule_id: reasons[i.rule_id] for i in view.checklist if i.blocks}
            row.status, row.version, row.overrides = "final", row.version + 1, used
            row.finalised_by, row.finalised_at = self._actor, utc_now()
            row.versions.append(
                IndstillingVersion(
                    kind="finalised",
                    version=row.version,
                    revision=row.revision,
                    content=row.content,
                    saved_by=self._actor,
                )
            )
            record_finalised(session, item_id, row.version, content_from_json(row.content), view.checklist, self._actor)
            record_item_event(
                session,
                self._actor,
                "indstilling.finalised",
                item_id,
                version=row.version,
                outcome=row.content.get("outcome"),
                overrides=used,
            )
            publish(session, self._actor, "indstilling.finalised", item_id=item_id)
            session.flush()
            return self._view(session, item_id, row)

    def reopen(self, item_id: int, reason: str) -> DraftView:
        """Unlock a finalised indstilling for a new version; the reason is kept and logged."""
        if not reason.strip():
            raise UserFacingError(error_text("say why the finalised indstilling is changed; the reason is recorded"))
        with self._sessions.begin() as session:
            row = self._row(session, item_id, lock=True)
            if row.status != "final":
                raise UserFacingError(error_text("the indstilling is not finalised"))
            row.status = "draft"
            row.versions.append(
                IndstillingVersion(
                    kind="reopened",
                    version=row.version,
                    revision=row.revision,
                    content=row.content,
                    reason=reason.strip(),
                    saved_by=self._actor,
                )
            )
            record_item_event(
                session,
                self._actor,
                "indstilling.reopened",
                item_id,
                version=row.version,
                reason=reason.strip(),
            )
            publish(session, self._actor, "indstilling.reopened", item_id=item_id)
            session.flush()
            return self._view(session, item_id, row)

    def history(self, item_id: int) -> tuple[HistoryRow, ...]:
        """Return the saved states, oldest first: snapshots while typing, finalisations, reopenings."""
        with self._sessions.begin() as session:
            row = self._row(session, item_id)
            return tuple(
                HistoryRow(
                    v.kind, v.version, v.revision, v.saved_by, v.saved_at, v.reason, content_from_json(v.content)
                )
                for v in row.versions
            )

    def _row(self, session: Session, item_id: int, *, lock: bool = False) -> Indstilling:
        """Return the item's indstilling, creating it the first time (insert-or-get: two clients
        opening a never-opened indstilling at once both get the one row). ``lock`` holds its row
        lock until the transaction ends."""
        query = select(Indstilling).where(Indstilling.agenda_item_id == item_id)
        if lock:
            query = query.with_for_update()
        query = query.execution_options(populate_existing=True)
        row = session.scalar(query)
        if row is not None:
            return row
        if session.get(AgendaItem, item_id) is None:
            raise NotFoundError(error_text("there is no agenda item {item_id}", item_id=item_id))
        values = {
            "agenda_item_id": item_id,
            "content": content_to_json(IndstillingContent()),
            "status": "draft",
            "version": 0,
            "revision": 0,
            "overrides": {},
            "updated_by": self._actor,
            "updated_at": utc_now(),
        }
        insert_if_absent(session, Indstilling.__table__, values, ["agenda_item_id"])  # type: ignore[arg-type]
        return session.scalars(query).one()

    def _snapshot_if_due(self, row: Indstilling) -> None:
        last = row.versions[-1] if row.versions else None
        if last is None or last.saved_by != self._actor or utc_now() - last.saved_at >= SNAPSHOT_EVERY:
            row.versions.append(
                IndstillingVersion(
                    kind="snapshot",
                    version=row.version,
                    revision=row.revision,
                    content=row.content,
                    saved_by=self._actor,
                )
            )

    @staticmethod
    def _view(session: Session, item_id: int, row: Indstilling) -> DraftView:
        item = load_item(session, item_id)
        rules = load_rules(session, item.meeting.team_id)
        content = content_from_json(row.content)
        version = item.case.current
        return DraftView(
            item_id=item_id,
            case_type=version.case_type,
            content=content,
            status=row.status,
            version=row.version,
            revision=row.revision,
            checklist=evaluate_checklist(rules.checklist, content, _context(item)),
            outcomes=rules.outcomes_for(version.case_type),
            overrides=dict(row.overrides or {}),
            caseworker=caseworker_view(version),
            updated_by=row.updated_by,
            rules=rules.checklist,
            context=_context(item),
            templates={k: dict(v) for k, v in rules.templates.items()},
            meeting_date=item.meeting.meeting_date,
        )


def _context(item: AgendaItem) -> CaseContext:
    rows = item.attendance
    return CaseContext(
        citizen_present=any(a.role == "citizen" and a.present for a in rows),
        attendance_recorded=any(a.role == "member" for a in rows),
        liaison_recorded=any(a.role == "employer_liaison" for a in rows),
        liaison_present=any(a.role == "employer_liaison" and a.present for a in rows),
        question=item.case.current.question_to_team or "",
        citations=_citations(item.meeting.meeting_date),
    )


def _citations(meeting_date: date) -> dict[str, str]:
    """The law each checklist point rests on, from the law version of the meeting day."""
    law = law_for(meeting_date)
    return {rule_id: law.cite(ref) for rule_id, ref in CHECKLIST_REF.items() if law.has(ref)}
