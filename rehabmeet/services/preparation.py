"""The member's side of offline preparation: open an agenda pack, annotate, send shared notes back.

An opened pack is a read-only copy of the meeting day (``PrepPack``/``PrepCase``). Every note
is private until the member shares it; only shared notes travel back, encrypted with the same
passphrase as the agenda pack.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from rehabmeet.atomic import write_atomically
from rehabmeet.audit.events import record_event
from rehabmeet.errors import NotFoundError, UserFacingError
from rehabmeet.i18n import error_text, os_reason
from rehabmeet.models import Annotation, PrepCase, PrepPack
from rehabmeet.secrets import delete_secret, get_secret, set_secret
from rehabmeet.services.packs import pack_secret_name
from rehabmeet.storage.database import SessionFactory
from rehabmeet.sync.container import canonical_passphrase, read_header, seal, unseal
from rehabmeet.sync.payloads import (
    NOTE_KINDS,
    AnnotationPack,
    PackNote,
    annotation_payload,
    parse_agenda_payload,
)

PAGE_KINDS = ("page_note", "highlight")


@dataclass(frozen=True, slots=True)
class PrepCaseView:
    id: int
    case_ref: str
    case_type: str
    citizen_name: str
    question: str
    planned_start: str
    pages: int


@dataclass(frozen=True, slots=True)
class PrepPackView:
    pack_id: str
    team_name: str
    meeting_title: str
    meeting_date: date
    member_name: str
    cases: tuple[PrepCaseView, ...]
    expires_on: date


@dataclass(frozen=True, slots=True)
class AnnotationView:
    id: str
    prep_case_id: int
    kind: str
    page: int | None
    x: float | None
    y: float | None
    width: float | None
    height: float | None
    text: str
    shared: bool
    revision: int
    sent: bool


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where a page note or highlight sits: page (1-based) and a rectangle as fractions of the page."""

    page: int
    x: float
    y: float
    width: float = 0.0
    height: float = 0.0


class PreparationService:
    """Agenda packs on a member's laptop and the member's annotations."""

    def __init__(self, sessions: SessionFactory, *, actor: str, today: Callable[[], date] = date.today) -> None:
        self._sessions = sessions
        self._actor = actor
        self._today = today

    def open_pack(self, path: Path, passphrase: str) -> PrepPackView:
        """Open (decrypt and store) an agenda pack; opening the same pack again changes nothing."""
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise UserFacingError(error_text("cannot read {path} ({value})", path=path, value=os_reason(exc))) from exc
        header = read_header(data)
        if header.kind != "agenda":
            raise UserFacingError(error_text("{name} holds a member's notes, not an agenda pack", name=path.name))
        passphrase = canonical_passphrase(passphrase)
        _header, payload = unseal(data, passphrase)
        pack = parse_agenda_payload(payload, header.pack_id)
        meeting_date = date.fromisoformat(pack.meeting_date)
        expires_on = date.fromisoformat(pack.expires_on) if pack.expires_on else meeting_date + timedelta(days=7)
        if expires_on < self._today():
            self.wipe_expired()
            self._wipe(pack.pack_id, reason="expired")
            raise UserFacingError(
                error_text(
                    "the pack expired on {date} and is not opened (an opened copy was wiped); "
                    "ask the meeting leader for a new one",
                    date=expires_on.strftime("%d.%m.%Y"),
                )
            )
        set_secret(pack_secret_name(pack.pack_id), passphrase)
        with self._sessions.begin() as session:
            existing = session.scalar(select(PrepPack).where(PrepPack.pack_id == pack.pack_id))
            if existing is None:
                session.add(
                    PrepPack(
                        pack_id=pack.pack_id,
                        team_name=pack.team_name,
                        meeting_title=pack.meeting_title,
                        meeting_date=meeting_date,
                        expires_on=expires_on,
                        location=pack.location,
                        member_name=pack.member_name,
                        discipline=pack.discipline,
                        sender=header.sender,
                        cases=[
                            PrepCase(
                                position=n,
                                item_key=c.item_key,
                                case_ref=c.case_ref,
                                case_type=c.case_type,
                                citizen_name=c.citizen_name,
                                question=c.question,
                                planned_start=c.planned_start,
                                pages=c.pages,
                                pdf=c.pdf,
                            )
                            for n, c in enumerate(pack.cases)
                        ],
                    )
                )
                record_event(session, self._actor, "pack.opened", pack_id=pack.pack_id, cases=len(pack.cases))
        return next(p for p in self.packs() if p.pack_id == pack.pack_id)

    def packs(self) -> tuple[PrepPackView, ...]:
        """Return the opened packs, newest meeting first (expired ones are wiped first)."""
        self.wipe_expired()
        with self._sessions.begin() as session:
            packs = session.scalars(select(PrepPack).order_by(PrepPack.meeting_date.desc(), PrepPack.id.desc()))
            return tuple(_pack_view(p) for p in packs)

    def remove(self, pack_id: str) -> str:
        """Remove an opened pack from this laptop: its cases, PDFs, notes and passphrase. Returns its title."""
        with self._sessions.begin() as session:
            pack = session.scalar(select(PrepPack).where(PrepPack.pack_id == pack_id))
            if pack is None:
                raise NotFoundError(error_text("no opened pack has the id {pack_id}", pack_id=pack_id))
            title = f"{pack.meeting_title} ({pack.meeting_date:%d.%m.%Y})"
        self._wipe(pack_id, reason="removed")
        return title

    def wipe_expired(self) -> int:
        """Wipe every opened pack whose expiry day has passed; return how many."""
        with self._sessions.begin() as session:
            expired = list(session.scalars(select(PrepPack.pack_id).where(PrepPack.expires_on < self._today())))
        for pack_id in expired:
            self._wipe(pack_id, reason="expired")
        return len(expired)

    def _wipe(self, pack_id: str, *, reason: str) -> None:
        with self._sessions.begin() as session:
            pack = session.scalar(select(PrepPack).where(PrepPack.pack_id == pack_id))
            if pack is None:
                return
            session.delete(pack)  # cases and annotations go with it (cascade)
            record_event(session, self._actor, f"pack.{reason}", pack_id=pack_id)
        delete_secret(pack_secret_name(pack_id))

    def case_pdf(self, prep_case_id: int) -> bytes:
        with self._sessions.begin() as session:
            return _case(session, prep_case_id).pdf

    def annotations(self, prep_case_id: int) -> tuple[AnnotationView, ...]:
        """Return the case's notes (deleted ones left out), in the order they were made."""
        with self._sessions.begin() as session:
            rows = session.scalars(
                select(Annotation)
                .where(Annotation.prep_case_id == prep_case_id, Annotation.deleted.is_(False))
                .order_by(Annotation.created_at, Annotation.id)
            )
            return tuple(_view(a) for a in rows)

    def add(
        self, prep_case_id: int, kind: str, text: str, anchor: Anchor | None = None, *, shared: bool = False
    ) -> AnnotationView:
        """Add a note (private unless ``shared``); page notes and highlights need an ``anchor``."""
        if kind not in NOTE_KINDS:
            raise UserFacingError(error_text("unknown kind of note {kind!r}", kind=kind))
        if (kind in PAGE_KINDS) != (anchor is not None):
            raise UserFacingError(error_text("page notes and highlights sit on a page; other notes do not"))
        if kind != "highlight" and not text.strip():
            raise UserFacingError(error_text("the note is empty"))
        with self._sessions.begin() as session:
            case = _case(session, prep_case_id)
            if anchor is not None and not 1 <= anchor.page <= case.pages:
                raise UserFacingError(
                    error_text("page {page} is not in this case's {pages} pages", page=anchor.page, pages=case.pages)
                )
            note = Annotation(
                id=secrets.token_hex(16),
                prep_case_id=prep_case_id,
                kind=kind,
                text=text.strip(),
                shared=shared,
                revision=1,
                exchanged_revision=0,
                deleted=False,
                created_at=datetime.now(UTC),
            )
            if anchor is not None:
                note.page, note.x, note.y = anchor.page, _fraction(anchor.x), _fraction(anchor.y)
                note.width, note.height = _fraction(anchor.width), _fraction(anchor.height)
            session.add(note)
            session.flush()
            return _view(note)

    def edit(self, annotation_id: str, text: str) -> AnnotationView:
        with self._sessions.begin() as session:
            note = _annotation(session, annotation_id)
            if text.strip() != note.text:
                note.text, note.revision = text.strip(), note.revision + 1
            return _view(note)

    def set_shared(self, annotation_id: str, shared: bool) -> AnnotationView:
        with self._sessions.begin() as session:
            note = _annotation(session, annotation_id)
            if note.shared != shared:
                note.shared = shared
                note.revision += 1  # un-sharing a sent note sends its removal next time
            return _view(note)

    def delete(self, annotation_id: str) -> None:
        """Delete a note; one the leader already has is removed from the lane at the next exchange."""
        with self._sessions.begin() as session:
            note = _annotation(session, annotation_id)
            note.deleted, note.revision = True, note.revision + 1

    def export_notes(self, pack_id: str, target: Path) -> int:
        """Write the shared notes of pack ``pack_id`` to ``target``, encrypted; return how many went."""
        passphrase = get_secret(pack_secret_name(pack_id))
        if passphrase is None:
            raise UserFacingError(
                error_text("the pack's passphrase is not in this computer's keyring; open the pack again")
            )
        with self._sessions.begin() as session:
            pack = session.scalar(select(PrepPack).where(PrepPack.pack_id == pack_id))
            if pack is None:
                raise NotFoundError(error_text("no agenda pack {pack_id} is open on this computer", pack_id=pack_id))
            notes = []
            for case in pack.cases:
                for note in session.scalars(select(Annotation).where(Annotation.prep_case_id == case.id)):
                    travels = note.shared and not note.deleted
                    withdrawn = note.exchanged_revision > 0 and not travels  # the leader has it; remove it there
                    if travels or withdrawn:
                        notes.append(_pack_note(case, note, deleted=withdrawn))
                        note.exchanged_revision = note.revision
            payload = annotation_payload(AnnotationPack(pack_id, pack.member_name, pack.discipline, tuple(notes)))
            created = datetime.now(UTC).isoformat(timespec="seconds")
            sealed = seal(
                payload, passphrase, kind="annotations", pack_id=pack_id, created=created, sender=pack.member_name
            )
            write_atomically(target, sealed)
            record_event(session, self._actor, "pack.notes_exported", pack_id=pack_id, notes=len(notes))
        return len(notes)


def _fraction(value: float) -> float:
    return min(1.0, max(0.0, float(value)))


def _pack_note(case: PrepCase, note: Annotation, *, deleted: bool) -> PackNote:
    return PackNote(
        id=note.id,
        item_key=case.item_key,
        case_ref=case.case_ref,
        kind=note.kind,
        page=note.page,
        x=note.x,
        y=note.y,
        width=note.width,
        height=note.height,
        text=note.text,
        revision=note.revision,
        deleted=deleted,
    )


def _case(session: Session, prep_case_id: int) -> PrepCase:
    case = session.get(PrepCase, prep_case_id)
    if case is None:
        raise NotFoundError(
            error_text("there is no case {prep_case_id} in the opened packs", prep_case_id=prep_case_id)
        )
    return case


def _annotation(session: Session, annotation_id: str) -> Annotation:
    note = session.get(Annotation, annotation_id)
    if note is None or note.deleted:
        raise NotFoundError(error_text("the note no longer exists"))
    return note


def _view(note: Annotation) -> AnnotationView:
    return AnnotationView(
        id=note.id,
        prep_case_id=note.prep_case_id,
        kind=note.kind,
        page=note.page,
        x=note.x,
        y=note.y,
        width=note.width,
        height=note.height,
        text=note.text,
        shared=note.shared,
        revision=note.revision,
        sent=note.shared and note.exchanged_revision == note.revision,
    )


def _pack_view(pack: PrepPack) -> PrepPackView:
    return PrepPackView(
        pack_id=pack.pack_id,
        team_name=pack.team_name,
        meeting_title=pack.meeting_title,
        meeting_date=pack.meeting_date,
        member_name=pack.member_name,
        cases=tuple(
            PrepCaseView(c.id, c.case_ref, c.case_type, c.citizen_name, c.question, c.planned_start, c.pages)
            for c in pack.cases
        ),
        expires_on=pack.expires_on,
    )
