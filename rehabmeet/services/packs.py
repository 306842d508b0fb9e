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
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from rehabmeet.atomic import write_atomically
from rehabmeet.audit.events import record_event
from rehabmeet.errors import UserFacingError
from rehabmeet.i18n import error_text
from rehabmeet.models import CaseVersion, Meeting, PackIssue
from rehabmeet.secrets import get_secret, set_secret
from rehabmeet.services.meeting_sets import MeetingSetService
from rehabmeet.services.meetings import load_meeting
from rehabmeet.services.pack_secret import seal_passphrase
from rehabmeet.settings.rules import Rules
from rehabmeet.settings.store import load_rules
from rehabmeet.storage.database import SessionFactory
from rehabmeet.summary.sheet import reference_text
from rehabmeet.sync.container import new_passphrase, seal
from rehabmeet.sync.payloads import AgendaPack, PackCase, agenda_payload

Progress = Callable[[float, str], None]
_Hidden = tuple[frozenset[str], frozenset[str]]
MAX_EXPIRY_DAYS = 366


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
    expires_on: date


@dataclass(frozen=True, slots=True)
class PreviewCase:
    """One case as a member's pack would hold it: ``pages`` is the text of each page of its PDF.

    ``withheld_pages``: pages of documents that travel, left out for their topic ("<title>, p. 5").
    """

    case_ref: str
    citizen_name: str
    planned_start: str
    withheld_documents: tuple[str, ...]
    pages: tuple[str, ...]
    withheld_pages: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class PackPreview:
    """What one member's agenda pack would hold (``rehabmeet pack preview``)."""

    member_name: str
    discipline: str
    withheld_kinds: tuple[str, ...]
    cases: tuple[PreviewCase, ...]


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
        expires_after_days: int | None = None,
    ) -> tuple[WrittenPack, ...]:
        """Write ``folder/<date>-<member>.rmpack`` for each invited (or chosen) member.

        Args:
            expires_after_days: the packs expire this many days after the meeting day (default: the
                team's rule ``pack_expiry_days``); after that the member's RehabMeet refuses to open
                them and wipes an opened copy.
        """
        if expires_after_days is not None and not 0 <= expires_after_days <= MAX_EXPIRY_DAYS:
            raise UserFacingError(
                error_text(
                    "a pack must expire 0 to {most} days after the meeting day, not {days}",
                    most=MAX_EXPIRY_DAYS,
                    days=expires_after_days,
                )
            )
        with self._sessions.begin() as session:
            meeting = load_meeting(session, meeting_id)
            rules = load_rules(session, meeting.team_id)
            members = _members(meeting, member_ids)
            items = [i for i in meeting.agenda_items if i.status != "postponed"]
            cases = [(i.id, i.case_id, i.case.case_ref, i.case.current, i.planned_start) for i in items]
            header = (meeting.team.name, meeting.title, meeting.meeting_date, meeting.location or "")
            days = rules.pack_expiry_days if expires_after_days is None else expires_after_days
            expires_on = meeting.meeting_date + timedelta(days=days)
        if not members:
            raise UserFacingError(error_text("the meeting has no invited members to write packs for"))
        folder.mkdir(parents=True, exist_ok=True)
        written = []
        pdfs: dict[tuple[int, _Hidden], bytes] = {}
        for n, member in enumerate(members):
            pack_cases = self._pack_cases(cases, _hidden(rules, member.discipline), pdfs)
            written.append(self._write(meeting_id, header, member, pack_cases, folder, expires_on))
            if progress is not None:
                progress((n + 1) / len(members), member.name)
        return tuple(written)

    def members(self, meeting_id: int) -> tuple[tuple[str, str], ...]:
        """Return (name, discipline) of every member a pack would be written for."""
        with self._sessions.begin() as session:
            return tuple((m.name, m.discipline) for m in _members(load_meeting(session, meeting_id), None))

    def preview(self, meeting_id: int, member_name: str) -> PackPreview:
        """Return exactly the texts the member's pack would hold (every page's text), writing nothing.

        For a leader to check data minimisation before export: documents withheld from the member's
        discipline, and summary sections drawing on them, are absent (sections say "left out").
        """
        with self._sessions.begin() as session:
            meeting = load_meeting(session, meeting_id)
            rules = load_rules(session, meeting.team_id)
            members = [m for m in _members(meeting, None) if m.name.casefold() == member_name.strip().casefold()]
            items = [i for i in meeting.agenda_items if i.status != "postponed"]
            cases = [(i.id, i.case_id, i.case.case_ref, i.case.current, i.planned_start) for i in items]
            kinds = {i.case_id: {d.doc_key: (d.kind, d.title) for d in i.case.current.documents} for i in items}
        if not members:
            raise UserFacingError(error_text("{name!r} is not an invited member of this meeting", name=member_name))
        member = members[0]
        hidden = _hidden(rules, member.discipline)
        previews = []
        for pack_case, (_item, case_id, _ref, _version, _start) in zip(
            self._pack_cases(cases, hidden, {}), cases, strict=True
        ):
            withheld = tuple(sorted(title for kind, title in kinds[case_id].values() if kind in hidden[0]))
            withholding = self._meeting_sets.withholding(case_id, *hidden)
            pages = tuple(
                reference_text(kinds[case_id][key][1], page) for key, page in sorted((withholding.pages or {}).keys())
            )
            previews.append(
                PreviewCase(
                    pack_case.case_ref,
                    pack_case.citizen_name,
                    pack_case.planned_start,
                    withheld,
                    _page_texts(pack_case.pdf),
                    pages,
                )
            )
        return PackPreview(member.name, member.discipline, tuple(sorted(hidden[0])), tuple(previews))

    def _pack_cases(
        self,
        cases: list[tuple[int, int, str, CaseVersion, time]],
        hidden: _Hidden,
        pdfs: dict[tuple[int, _Hidden], bytes],
    ) -> list[PackCase]:
        pack_cases = []
        for item_id, case_id, case_ref, version, start in cases:
            if (case_id, hidden) not in pdfs:
                pdfs[(case_id, hidden)] = self._meeting_sets.summary_pdf(
                    case_id, hidden_kinds=hidden[0], hidden_topics=hidden[1]
                )
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
        return pack_cases

    def _write(
        self,
        meeting_id: int,
        header: tuple[str, str, object, str],
        member: _Member,
        cases: list[PackCase],
        folder: Path,
        expires_on: date,
    ) -> WrittenPack:
        team, title, meeting_date, location = header
        pack_id = secrets.token_hex(16)
        passphrase = new_passphrase()
        pack = AgendaPack(
            pack_id,
            team,
            title,
            str(meeting_date),
            location,
            member.name,
            member.discipline,
            tuple(cases),
            expires_on.isoformat(),
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
                    sealed_passphrase=seal_passphrase(session, pack_id, passphrase),  # for the other leaders
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
        return WrittenPack(pack_id, member.name, member.discipline, path, passphrase, len(cases), pages, expires_on)


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


def issued_passphrase(pack_id: str, kept: str | None = None) -> str:
    """The pack's passphrase: from this computer's keyring, else ``kept`` (the copy the shared database
    keeps, :func:`rehabmeet.services.pack_secret.open_passphrase`), else it has to be typed."""
    passphrase = get_secret(pack_secret_name(pack_id)) or kept
    if passphrase is None:
        raise PassphraseNeeded(
            error_text(
                "the passphrase of this pack is not in this computer's keyring, and the database keeps none "
                "this laptop may open; type it in"
            )
        )
    return passphrase


def _hidden(rules: Rules, discipline: str) -> _Hidden:
    """The document kinds and the topics a discipline's pack leaves out (rules ``pack_hidden_kinds``,
    ``pack_hidden_topics``)."""
    return (
        frozenset(rules.pack_hidden_kinds.get(discipline, ())),
        frozenset(rules.pack_hidden_topics.get(discipline, ())),
    )


def _members(meeting: Meeting, chosen: set[int] | None) -> list[_Member]:
    return [
        _Member(m.member_id, m.member.name, m.member.discipline)
        for m in meeting.invited
        if m.member.active and (chosen is None or m.member_id in chosen)
    ]


def _page_texts(pdf: bytes) -> tuple[str, ...]:
    import io

    from pypdf import PdfReader

    return tuple(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def _page_count(pdf: bytes) -> int:
    import io

    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(pdf)).pages)


def _slug(name: str) -> str:
    cleaned = "".join(c if c.isalnum() else "-" for c in name.lower())
    return "-".join(part for part in cleaned.split("-") if part) or "member"
