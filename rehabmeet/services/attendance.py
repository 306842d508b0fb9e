"""Attendance per case and the quorum it gives; the case's running notes (autosaved)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from rehabmeet.audit.events import record_event
from rehabmeet.errors import NotFoundError, UserFacingError
from rehabmeet.i18n import QT_TRANSLATE_NOOP, error_text, translate
from rehabmeet.meeting.quorum import MemberAttendance, QuorumResult, evaluate_quorum
from rehabmeet.models import AgendaItem, AgendaNote, Attendance, Case, Meeting, MeetingMember
from rehabmeet.models.base import utc_now
from rehabmeet.settings.rules import Rules
from rehabmeet.settings.store import load_rules
from rehabmeet.storage.changes import publish
from rehabmeet.storage.database import SessionFactory
from rehabmeet.storage.locks import insert_if_absent, lock_agenda_item

ROLES = ("member", "citizen", "companion", "caseworker", "interpreter", "employer_liaison", "other")


@dataclass(frozen=True, slots=True)
class AttendanceRow:
    """One person's attendance for one case."""

    row_id: int
    role: str
    name: str
    discipline: str | None
    present: bool
    arrived_late: time | None
    left_early: time | None
    recused: bool
    written_assessment: bool


@dataclass(frozen=True, slots=True)
class CaseAttendance:
    """Everyone's attendance for one case and the quorum it gives."""

    item_id: int
    rows: tuple[AttendanceRow, ...]
    quorum: QuorumResult
    education_required: bool


def load_item(session: Session, item_id: int) -> AgendaItem:
    item = session.scalars(
        select(AgendaItem)
        .where(AgendaItem.id == item_id)
        .options(
            selectinload(AgendaItem.attendance),
            selectinload(AgendaItem.case).selectinload(Case.versions),
            selectinload(AgendaItem.meeting).selectinload(Meeting.invited).selectinload(MeetingMember.member),
        )
    ).one_or_none()
    if item is None:
        raise NotFoundError(error_text("there is no agenda item {item_id}", item_id=item_id))
    return item


def ensure_attendance(session: Session, item: AgendaItem) -> None:
    """Fill a case's attendance the first time it is asked for: the invited members, the citizen,
    the caseworker, a companion or interpreter when the bundle names one. Everyone starts present.

    The first time, the agenda item is locked and looked at again, so two clients asking at once
    do not both fill it in."""
    if item.attendance:
        return
    lock_agenda_item(session, item.id)
    session.refresh(item, ["attendance"])
    if item.attendance:
        return
    version = item.case.current
    rows = [
        Attendance(role="member", member_id=m.member_id, name=m.member.name, discipline=m.member.discipline)
        for m in item.meeting.invited
        if m.member.active
    ]
    rows.append(Attendance(role="citizen", name=version.citizen_name))
    rows.append(Attendance(role="caseworker", name=version.caseworker_name))
    if version.companion_name:
        rows.append(Attendance(role="companion", name=version.companion_name))
    if version.citizen_needs_interpreter:
        rows.append(
            Attendance(
                role="interpreter",
                name=translate("Attendance", QT_TRANSLATE_NOOP("Attendance", "Interpreter")),
                present=False,
            )
        )
    item.attendance.extend(rows)
    session.flush()


def case_attendance(session: Session, item: AgendaItem, rules: Rules, on: date) -> CaseAttendance:
    """Return the attendance and quorum of ``item`` (attendance filled in first if new)."""
    ensure_attendance(session, item)
    version = item.case.current
    education = rules.education_member.requires_member(
        version.citizen_birth_date, version.citizen_has_vocational_qualification, on
    )
    members = [
        MemberAttendance(a.name, a.discipline or "", a.present, a.recused, a.written_assessment)
        for a in item.attendance
        if a.role == "member"
    ]
    rows = tuple(
        AttendanceRow(
            a.id, a.role, a.name, a.discipline, a.present, a.arrived_late, a.left_early, a.recused, a.written_assessment
        )
        for a in item.attendance
    )
    return CaseAttendance(item.id, rows, evaluate_quorum(rules.quorum, members, education), education)


class AttendanceService:
    """Attendance, quorum and notes of agenda items."""

    def __init__(self, sessions: SessionFactory, *, actor: str) -> None:
        self._sessions = sessions
        self._actor = actor

    def attendance(self, item_id: int) -> CaseAttendance:
        with self._sessions.begin() as session:
            item = load_item(session, item_id)
            return case_attendance(session, item, load_rules(session, item.meeting.team_id), item.meeting.meeting_date)

    def update(self, item_id: int, row_id: int, **changes: object) -> CaseAttendance:
        """Change one person's attendance (present, recused, written_assessment, arrived_late, left_early)."""
        allowed = {"present", "recused", "written_assessment", "arrived_late", "left_early"}
        if not changes or set(changes) - allowed:
            raise UserFacingError(error_text("attendance can change only {value}", value=", ".join(sorted(allowed))))
        with self._sessions.begin() as session:
            lock_agenda_item(session, item_id)  # one change at a time per case: the quorum shown is the stored one
            item = load_item(session, item_id)
            row = next((a for a in item.attendance if a.id == row_id), None)
            if row is None:
                raise NotFoundError(error_text("the case has no attendance row {row_id}", row_id=row_id))
            for key, value in changes.items():
                setattr(row, key, value)
            record_event(
                session,
                self._actor,
                "attendance.changed",
                case_id=item.case_id,
                meeting_id=item.meeting_id,
                item_id=item_id,
                person=row.name,
                role=row.role,
                **{k: (v.isoformat() if isinstance(v, time) else v) for k, v in changes.items()},
            )
            publish(session, self._actor, "attendance", item_id=item_id)
            return case_attendance(session, item, load_rules(session, item.meeting.team_id), item.meeting.meeting_date)

    def add(self, item_id: int, role: str, name: str) -> CaseAttendance:
        """Add a person who is not on the list (employer liaison, ad-hoc member, other)."""
        if role not in ROLES or not name.strip():
            raise UserFacingError(error_text("give a name and one of the roles {value}", value=", ".join(ROLES)))
        with self._sessions.begin() as session:
            lock_agenda_item(session, item_id)
            item = load_item(session, item_id)
            ensure_attendance(session, item)
            item.attendance.append(
                Attendance(role=role, name=name.strip(), discipline="ad_hoc" if role == "member" else None)
            )
            record_event(
                session,
                self._actor,
                "attendance.added",
                case_id=item.case_id,
                meeting_id=item.meeting_id,
                item_id=item_id,
                person=name.strip(),
                role=role,
            )
            publish(session, self._actor, "attendance", item_id=item_id)
            session.flush()
            return case_attendance(session, item, load_rules(session, item.meeting.team_id), item.meeting.meeting_date)

    def note(self, item_id: int) -> str:
        with self._sessions.begin() as session:
            note = session.get(AgendaNote, item_id)
            return note.text if note is not None else ""

    def save_note(self, item_id: int, text: str, *, base: str | None = None) -> str:
        """Store the running notes of a case (called by autosave; cheap and idempotent); return the stored text.

        ``base`` is the text this window last loaded or saved: when another laptop changed the notes
        meanwhile, both are kept (:func:`merge_notes`) instead of mine replacing theirs.
        """
        with self._sessions.begin() as session:
            note = session.get(AgendaNote, item_id, with_for_update=True)
            if note is None:
                if session.get(AgendaItem, item_id) is None:
                    raise NotFoundError(error_text("there is no agenda item {item_id}", item_id=item_id))
                values = {"agenda_item_id": item_id, "text": text, "updated_by": self._actor, "updated_at": utc_now()}
                if insert_if_absent(session, AgendaNote.__table__, values, ["agenda_item_id"]):  # type: ignore[arg-type]
                    publish(session, self._actor, "note", item_id=item_id)
                    return text
                note = session.get(AgendaNote, item_id, with_for_update=True, populate_existing=True)
            if note is None:
                return text
            stored = text
            if base is not None and note.text not in (base, text):
                stored = merge_notes(base, note.text, text)
            if note.text != stored:
                note.text, note.updated_by = stored, self._actor
                publish(session, self._actor, "note", item_id=item_id)
            return stored


def merge_notes(base: str, theirs: str, mine: str) -> str:
    """Both windows' running notes, nothing dropped: when both only added at the end, their addition
    then mine; otherwise their text with my new lines (those not in the base or theirs) after it."""
    if theirs.startswith(base) and mine.startswith(base):
        added = mine[len(base) :]
        joint = theirs if not added or theirs.endswith(("\n", " ")) or not theirs else theirs + "\n"
        return joint + added.lstrip("\n") if theirs != base else mine
    known = set(base.splitlines()) | set(theirs.splitlines())
    new_lines = [line for line in mine.splitlines() if line not in known]
    return theirs.rstrip("\n") + ("\n" + "\n".join(new_lines) if new_lines else "")
