"""Bringing members' shared notes into the meeting: merge into their lanes, conflicts to a person.

For each incoming note (``rehabmeet.sync.payloads.PackNote``), against what both laptops last
agreed (``ExchangedNote``):

- new: a point in the member's lane;
- not changed by the member since: nothing (so the same pack twice changes nothing);
- changed by the member only: the point follows (or goes, when the member deleted the note);
- changed on both laptops to different texts: a ``NoteConflict``; the leader's text stays until a
  person keeps one, keeps both or writes a new text.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from rehabmeet.audit.events import record_event
from rehabmeet.errors import NotFoundError, UserFacingError
from rehabmeet.i18n import error_text, os_reason
from rehabmeet.models import AgendaItem, ExchangedNote, InputLane, LanePoint, NoteConflict, PackIssue, ReceivedPack
from rehabmeet.secrets import set_secret
from rehabmeet.services.lanes import LaneService, next_point_position
from rehabmeet.services.pack_secret import keep_passphrase, open_passphrase
from rehabmeet.services.packs import issued_pack, issued_passphrase, pack_secret_name
from rehabmeet.storage.database import SessionFactory
from rehabmeet.storage.locks import lock_agenda_item, lock_lane
from rehabmeet.sync.container import canonical_passphrase, read_header, unseal
from rehabmeet.sync.payloads import PackNote, lane_text, parse_annotation_payload

RESOLUTIONS = ("leader", "member", "both", "edited")


@dataclass(frozen=True, slots=True)
class MergeResult:
    member_name: str
    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    conflicts: int = 0
    already_imported: bool = False
    set_aside: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ConflictView:
    """Both texts of a note edited on both laptops, for the side-by-side dialog."""

    id: int
    note_id: str
    case_ref: str
    member_name: str
    leader_text: str
    member_text: str


class NoteMergeService:
    """Imports annotation packs on the leader's laptop and resolves their conflicts."""

    def __init__(self, sessions: SessionFactory, lanes: LaneService, *, actor: str) -> None:
        self._sessions = sessions
        self._lanes = lanes
        self._actor = actor

    def import_pack(self, path: Path, passphrase: str | None = None) -> MergeResult:
        """Merge the shared notes in the annotation pack at ``path`` (all or nothing).

        ``passphrase`` is the member's pack passphrase typed on a laptop that did not write the
        pack (any case, spaces and dashes); once it opens the pack it is kept in this keyring.

        Raises:
            PassphraseNeeded: no passphrase given and none in this computer's keyring.
        """
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise UserFacingError(error_text("cannot read {path} ({value})", path=path, value=os_reason(exc))) from exc
        header = read_header(data)
        if header.kind != "annotations":
            raise UserFacingError(error_text("{name} is an agenda pack, not a member's notes", name=path.name))
        with self._sessions.begin() as session:
            issue = issued_pack(session, header.pack_id)
            member, meeting_id = issue.member_name, issue.meeting_id
            kept = open_passphrase(session, issue) if passphrase is None else None
        if passphrase is None:
            _header, payload = unseal(data, issued_passphrase(header.pack_id, kept))
        else:
            _header, payload = unseal(data, canonical_passphrase(passphrase))
            set_secret(pack_secret_name(header.pack_id), canonical_passphrase(passphrase))
            with self._sessions.begin() as session:  # and for the other leaders' laptops
                keep_passphrase(session, issued_pack(session, header.pack_id), canonical_passphrase(passphrase))
        pack = parse_annotation_payload(payload, header.pack_id)
        digest = hashlib.sha256(data).hexdigest()
        items = {n.item_key for n in pack.notes}
        with self._sessions.begin() as session:
            known = set(session.scalars(select(AgendaItem.id).where(AgendaItem.meeting_id == meeting_id)))
        foreign = {key for key in items if not key.isdigit() or int(key) not in known}
        # Notes for a case taken off the agenda since the pack was written are kept aside (in the
        # event log, with the case named) and the rest of the file is imported.
        aside = [n for n in pack.notes if n.item_key in foreign]
        notes = [n for n in pack.notes if n.item_key not in foreign]
        set_aside = tuple(sorted({n.case_ref or n.item_key for n in aside}))
        item_ids = sorted(int(key) for key in items - foreign)
        with self._sessions.begin() as session:
            laned = set(session.scalars(select(InputLane.agenda_item_id).where(InputLane.agenda_item_id.in_(item_ids))))
        for item_id in item_ids:
            if item_id not in laned:
                self._lanes.lanes(item_id)  # the lanes exist before notes land in them
        with self._sessions.begin() as session:
            if session.scalar(select(ReceivedPack.id).where(ReceivedPack.sha256 == digest)) is not None:
                return MergeResult(member, unchanged=len(notes), already_imported=True, set_aside=set_aside)
            counts = {"added": 0, "updated": 0, "removed": 0, "unchanged": 0, "conflicts": 0}
            state = _MergeState(session, issued_pack(session, header.pack_id), [n.id for n in notes], item_ids)
            for note in notes:
                counts[self._merge(state, note)] += 1
            if aside:
                record_event(
                    session,
                    self._actor,
                    "pack.notes_set_aside",
                    meeting_id=meeting_id,
                    pack_id=header.pack_id,
                    member=member,
                    cases=list(set_aside),
                    notes=[
                        {"case_ref": n.case_ref, "kind": n.kind, "page": n.page, "text": n.text}
                        for n in aside
                        if not n.deleted
                    ],
                )
            session.add(
                ReceivedPack(pack_id=header.pack_id, sha256=digest, notes=len(pack.notes), imported_by=self._actor)
            )
            record_event(
                session,
                self._actor,
                "pack.notes_imported",
                meeting_id=meeting_id,
                pack_id=header.pack_id,
                member=member,
                sha256=digest,
                **counts,
            )
        return MergeResult(
            member,
            counts["added"],
            counts["updated"],
            counts["removed"],
            counts["unchanged"],
            counts["conflicts"],
            set_aside=set_aside,
        )

    def conflicts(self) -> tuple[ConflictView, ...]:
        """Return the open conflicts, oldest first."""
        with self._sessions.begin() as session:
            rows = session.execute(
                select(NoteConflict, ExchangedNote)
                .join(ExchangedNote, ExchangedNote.note_id == NoteConflict.note_id)
                .where(NoteConflict.status == "open")
                .order_by(NoteConflict.id)
            ).all()
            return tuple(
                ConflictView(
                    c.id, c.note_id, _case_ref(session, e.agenda_item_id), c.member_name, c.leader_text, c.member_text
                )
                for c, e in rows
            )

    def resolve(self, conflict_id: int, choice: str, edited_text: str = "") -> None:
        """Resolve a conflict: keep the ``leader``'s, the ``member``'s, ``both``, or an ``edited`` text."""
        if choice not in RESOLUTIONS:
            raise UserFacingError(error_text("unknown choice {choice!r}", choice=choice))
        if choice == "edited" and not edited_text.strip():
            raise UserFacingError(error_text("write the text to keep"))
        with self._sessions.begin() as session:
            conflict = session.get(NoteConflict, conflict_id)
            if conflict is None or conflict.status != "open":
                raise NotFoundError(error_text("there is no open conflict {conflict_id}", conflict_id=conflict_id))
            exchanged = session.get(ExchangedNote, conflict.note_id)
            point = exchanged.lane_point if exchanged is not None else None
            kept = {
                "leader": conflict.leader_text,
                "member": conflict.member_text,
                "both": conflict.leader_text,
                "edited": edited_text.strip(),
            }[choice]
            if point is not None and choice == "member" and not kept:
                session.delete(point)  # the member had deleted the note
                if exchanged is not None:
                    exchanged.lane_point = None
            elif point is not None:
                point.text = kept
                if choice == "both":
                    lane = session.get(InputLane, point.lane_id)
                    if lane is not None:
                        _add_point(session, lane, conflict.member_text, conflict.member_name, None)
            if exchanged is not None:
                exchanged.agreed_text = kept
            conflict.status, conflict.resolution, conflict.resolved_by = "resolved", choice, self._actor
            record_event(session, self._actor, "pack.conflict_resolved", note_id=conflict.note_id, choice=choice)

    def _merge(self, state: _MergeState, note: PackNote) -> str:
        session, issue = state.session, state.issue
        item_id = int(note.item_key)
        text = lane_text(note)
        exchanged = state.exchanged.get(note.id)
        if exchanged is None:
            if note.deleted:
                return "unchanged"
            exchanged = ExchangedNote(
                note_id=note.id,
                pack_id=issue.pack_id,
                agenda_item_id=item_id,
                lane_point=state.add_point(item_id, text, note.id),
                member_revision=note.revision,
                agreed_text=text,
            )
            session.add(exchanged)
            state.exchanged[note.id] = exchanged
            return "added"
        if note.revision <= exchanged.member_revision:
            return "unchanged"
        point = exchanged.lane_point
        leader_text = point.text if point is not None else ""
        exchanged.member_revision = note.revision
        if leader_text != exchanged.agreed_text and leader_text != (text if not note.deleted else ""):
            session.add(
                NoteConflict(
                    note_id=note.id,
                    leader_text=leader_text,
                    member_text="" if note.deleted else text,
                    member_revision=note.revision,
                    member_name=issue.member_name,
                )
            )
            return "conflicts"
        if note.deleted:
            if point is not None:
                session.delete(point)
            exchanged.lane_point, exchanged.agreed_text = None, ""
            return "removed"
        if point is None:
            exchanged.lane_point = point = state.add_point(item_id, text, note.id)
        elif point.text != text:
            point.revision, point.edited_by = point.revision + 1, issue.member_name
        point.text = text
        exchanged.agreed_text = text
        return "updated"


class _MergeState:
    """One pack's merge: the notes already exchanged and the member's lanes, each read once."""

    def __init__(self, session: Session, issue: PackIssue, note_ids: list[str], item_ids: list[int]) -> None:
        self.session = session
        self.issue = issue
        self.exchanged: dict[str, ExchangedNote] = {}
        for start in range(0, len(note_ids), 500):
            chunk = note_ids[start : start + 500]
            rows = session.scalars(
                select(ExchangedNote)
                .where(ExchangedNote.note_id.in_(chunk))
                .options(selectinload(ExchangedNote.lane_point))
            )
            self.exchanged.update((row.note_id, row) for row in rows)
        # Lanes and their point counts are read before any point is added (no autoflush mid-merge).
        self._lanes = {item_id: _member_lane(session, item_id, issue) for item_id in item_ids}
        self._positions = {item_id: _point_count(session, lane) for item_id, lane in self._lanes.items()}

    def add_point(self, item_id: int, text: str, note_id: str) -> LanePoint:
        lane = self._lanes[item_id]
        point = LanePoint(
            lane_id=lane.id,
            position=self._positions[item_id],
            text=text,
            author=self.issue.member_name,
            origin="pack",
            external_id=note_id,
        )
        self._positions[item_id] += 1
        self.session.add(point)
        return point


def _member_lane(session: Session, item_id: int, issue: PackIssue) -> InputLane:
    lock_agenda_item(session, item_id)  # a lane created here is not created twice by another client
    lanes = list(
        session.scalars(select(InputLane).where(InputLane.agenda_item_id == item_id).order_by(InputLane.position))
    )
    by_member = [lane for lane in lanes if lane.member_id is not None and lane.member_id == issue.member_id]
    by_name = [lane for lane in lanes if lane.name == issue.member_name]
    by_discipline = [lane for lane in lanes if lane.discipline == issue.discipline]
    for found in (by_member, by_name, by_discipline):
        if found:
            return found[0]
    lane = InputLane(
        agenda_item_id=item_id,
        position=len(lanes),
        discipline=issue.discipline,
        member_id=issue.member_id,
        name=issue.member_name,
        points=[],
    )
    session.add(lane)
    session.flush()
    return lane


def _point_count(session: Session, lane: InputLane) -> int:
    """The next free position in the lane, with the lane locked (points keep one total order)."""
    lock_lane(session, lane.id)
    return next_point_position(session, lane.id)


def _add_point(session: Session, lane: InputLane, text: str, author: str, note_id: str | None) -> LanePoint:
    position = _point_count(session, lane)
    point = LanePoint(lane_id=lane.id, position=position, text=text, author=author, origin="pack", external_id=note_id)
    session.add(point)
    session.flush()
    return point


def _case_ref(session: Session, item_id: int) -> str:
    item = session.get(AgendaItem, item_id)
    return item.case.case_ref if item is not None else "?"
