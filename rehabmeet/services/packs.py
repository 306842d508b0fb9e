"""The leader's side of offline preparation: agenda packs out to members, their shared notes back in.

Each pack is encrypted to its member with a random passphrase (``rehabmeet.sync.container``)
that RehabMeet shows once, to be handed over in person or read out on the phone, and keeps in
the keyring so the member's notes can be opened when they come back. Notes are merged into the
member's lane; a note changed on both laptops since the last exchange becomes a conflict for a
person to resolve, never a silent overwrite.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from rehabmeet.atomic import write_atomically
from rehabmeet.audit.events import record_event
from rehabmeet.errors import UserFacingError
from rehabmeet.i18n import error_text
from rehabmeet.models import Meeting, PackIssue
from rehabmeet.secrets import get_secret, set_secret
from rehabmeet.services.meeting_sets import MeetingSetService
from rehabmeet.services.meetings import load_meeting
from rehabmeet.settings.store import load_rules
from rehabmeet.storage.database import SessionFactory
from rehabmeet.sync.container import new_passphrase, seal
from rehabmeet.sync.payloads import AgendaPack, PackCase, agenda_payload

Progress = Callable[[float, str], None]


def pack_secret_name(pack_id: str) -> str:
    return f"pack-passphrase:{pack_id}"


@dataclass(frozen=True, slots=True)
class WrittenPack:
    """An agenda pack written for one member; ``passphrase`` is to be handed over out of band."""

    pack_id: str
    member_name: str
    discipline: str
    path: Path
    passphrase: str
    cases: int
    pages: int


@dataclass(frozen=True, slots=True)
class _Member:
    member_id: int
    name: str
    discipline: str


class AgendaPackService:
    """Writes one encrypted agenda pack per invited member."""

    def __init__(self, sessions: SessionFactory, meeting_sets: MeetingSetService, *, actor: str) -> None:
        self._sessions = sessions
        self._meeting_sets = meeting_sets
        self._actor = actor

    def export(
        self,
        meeting_id: int,
        folder: Path,
        member_ids: set[int] | None = None,
        progress: Progress | None = None,
    ) -> tuple[WrittenPack, ...]:
        """Write ``folder/<date>-<member>.rmpack`` for each invited (or chosen) member."""
        with self._sessions.begin() as session:
            meeting = load_meeting(session, meeting_id)
            rules = load_rules(session, meeting.team_id)
            members = _members(meeting, member_ids)
            items = [i for i in meeting.agenda_items if i.status != "postponed"]
            cases = [(i.id, i.case_id, i.case.case_ref, i.case.current, i.planned_start) for i in items]
            header = (meeting.team.name, meeting.title, meeting.meeting_date, meeting.location or "")
        if not members:
            raise UserFacingError(error_text("the meeting has no invited members to write packs for"))
        folder.mkdir(parents=True, exist_ok=True)
        written = []
        pdfs: dict[tuple[int, frozenset[str]], bytes] = {}
        for n, member in enumerate(members):
            hidden = frozenset(rules.pack_hidden_kinds.get(member.discipline, ()))
            pack_cases = []
            for item_id, case_id, case_ref, version, start in cases:
                if (case_id, hidden) not in pdfs:
                    pdfs[(case_id, hidden)] = self._meeting_sets.summary_pdf(case_id, hidden_kinds=hidden)
                pdf = pdfs[(case_id, hidden)]
                pack_cases.append(
                    PackCase(
                        str(item_id),
                        case_ref,
                        version.case_type,
                        version.citizen_name,
                        version.question_to_team,
                        start.strftime("%H:%M"),
                        _page_count(pdf),
                        pdf,
                    )
                )
            written.append(self._write(meeting_id, header, member, pack_cases, folder))
            if progress is not None:
                progress((n + 1) / len(members), member.name)
        return tuple(written)

    def _write(
        self,
        meeting_id: int,
        header: tuple[str, str, object, str],
        member: _Member,
        cases: list[PackCase],
        folder: Path,
    ) -> WrittenPack:
        team, title, meeting_date, location = header
        pack_id = secrets.token_hex(16)
        passphrase = new_passphrase()
        pack = AgendaPack(
            pack_id, team, title, str(meeting_date), location, member.name, member.discipline, tuple(cases)
        )
        created = datetime.now(UTC).isoformat(timespec="seconds")
        sealed = seal(agenda_payload(pack), passphrase, kind="agenda", pack_id=pack_id, created=created, sender=team)
        path = folder / f"{meeting_date}-{_slug(member.name)}.rmpack"
        set_secret(pack_secret_name(pack_id), passphrase)
        write_atomically(path, sealed)
        digest = hashlib.sha256(sealed).hexdigest()
        with self._sessions.begin() as session:
            session.add(
                PackIssue(
                    pack_id=pack_id,
                    meeting_id=meeting_id,
                    member_id=member.member_id,
                    member_name=member.name,
                    discipline=member.discipline,
                    sha256=digest,
                    created_by=self._actor,
                )
            )
            record_event(
                session,
                self._actor,
                "pack.issued",
                meeting_id=meeting_id,
                pack_id=pack_id,
                member=member.name,
                cases=len(cases),
                sha256=digest,
            )
        pages = sum(c.pages for c in cases)
        return WrittenPack(pack_id, member.name, member.discipline, path, passphrase, len(cases), pages)


def issued_pack(session: Session, pack_id: str) -> PackIssue:
    """Return the pack issued as ``pack_id`` from this database, or refuse a foreign one."""
    issue = session.scalar(select(PackIssue).where(PackIssue.pack_id == pack_id))
    if issue is None:
        raise UserFacingError(
            error_text("the pack was not issued from this database (a foreign pack); nothing was imported")
        )
    return issue


class PassphraseNeeded(UserFacingError):
    """The pack's passphrase is not in this computer's keyring (another leader's laptop wrote the
    pack): it has to be typed in."""


def issued_passphrase(pack_id: str) -> str:
    passphrase = get_secret(pack_secret_name(pack_id))
    if passphrase is None:
        raise PassphraseNeeded(
            error_text("the passphrase of this pack is not in this computer's keyring; import it here")
        )
    return passphrase


def _members(meeting: Meeting, chosen: set[int] | None) -> list[_Member]:
    return [
        _Member(m.member_id, m.member.name, m.member.discipline)
        for m in meeting.invited
        if m.member.active and (chosen is None or m.member_id in chosen)
    ]


def _page_count(pdf: bytes) -> int:
    import io

    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def _slug(name: str) -> str:
    cleaned = "".join(c if c.isalnum() else "-" for c in name.lower())
    return "-".join(part for part in cleaned.split("-") if part) or "member"
