"""The team's input per discipline for one case: lanes with points, heard or not, speaking time."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from rehabmeet.audit.events import record_item_event
from rehabmeet.domain import vocabulary
from rehabmeet.errors import NotFoundError, UserFacingError
from rehabmeet.i18n import error_text
from rehabmeet.meeting.quorum import required_disciplines
from rehabmeet.models import InputLane, LanePoint, TeamMember
from rehabmeet.models.base import utc_now
from rehabmeet.services.attendance import load_item
from rehabmeet.settings.store import load_rules
from rehabmeet.storage.changes import publish
from rehabmeet.storage.database import SessionFactory
from rehabmeet.storage.locks import lock_agenda_item, lock_lane


@dataclass(frozen=True, slots=True)
class PointRow:
    """One point; ``revision`` is what an edit of it names (:meth:`LaneService.edit_point`)."""

    point_id: int
    text: str
    author: str
    origin: str
    revision: int = 1
    edited_by: str = ""


POINT_TEXT = "text"  # the one field of a point (the conflict dialog's key)


@dataclass(frozen=True, slots=True)
class PointClash:
    """The point both people changed: its label (the lane), my text and theirs."""

    field: str
    label: str
    mine: str
    theirs: str


class StalePointError(UserFacingError):
    """Someone else edited the same point since this copy was read; nothing was overwritten.

    Attributes:
        clashes: the one point, with both texts (the conflict dialog shows them side by side).
        revision: the point's revision now; an edit keeping my text names it as ``expected_revision``.
        updated_by: who edited it.
    """

    def __init__(self, message: str, *, clash: PointClash, point_id: int, revision: int, updated_by: str) -> None:
        super().__init__(message)
        self.clashes = (clash,)
        self.point_id = point_id
        self.revision = revision
        self.updated_by = updated_by


@dataclass(frozen=True, slots=True)
class LaneRow:
    """One lane: who speaks for which discipline, their points, whether they have been heard."""

    lane_id: int
    discipline: str
    name: str
    heard: bool
    speaking_seconds: int
    points: tuple[PointRow, ...]


@dataclass(frozen=True, slots=True)
class Lanes:
    item_id: int
    lanes: tuple[LaneRow, ...]

    @property
    def not_heard(self) -> tuple[LaneRow, ...]:
        return tuple(lane for lane in self.lanes if not lane.heard)


class LaneService:
    """Lanes are created on first use: one per required discipline (with the present member's name),
    the education member when required, and every ad-hoc member present."""

    def __init__(self, sessions: SessionFactory, *, actor: str, as_secretary: bool = False) -> None:
        self._sessions = sessions
        self._actor = actor
        self._as_secretary = as_secretary  # the demo generator writes every lane whoever runs it

    def lanes(self, item_id: int) -> Lanes:
        with self._sessions.begin() as session:
            return _lanes(self._ensure(session, item_id), item_id)

    def add_point(self, lane_id: int, text: str, *, position: int | None = None, point_id: int | None = None) -> Lanes:
        """Add a point at the end of the lane; undoing a removal puts it back at ``position`` (0-based)
        under its old ``point_id``, so later undo steps still find it."""
        if not text.strip():
            raise UserFacingError(error_text("a point needs some text"))
        with self._sessions.begin() as session:
            lane = self._lane(session, lane_id, lock=True)
            self._may_change(session, lane)
            points = list(lane.points)
            at = len(points) if position is None else max(0, min(position, len(points)))
            point = LanePoint(position=at, text=text.strip(), author=self._actor, origin="secretary")
            if point_id is not None:
                if session.get(LanePoint, point_id) is not None:
                    raise UserFacingError(error_text("the point is already there"))
                point.id = point_id
            points.insert(at, point)
            lane.points.append(point)
            return self._reordered(session, lane, points)

    def move_point(self, point_id: int, position: int) -> Lanes:
        """Put a point at ``position`` (0-based) in its lane; the others keep their order."""
        with self._sessions.begin() as session:
            point = _point(session, point_id)
            lane = self._lane(session, point.lane_id, lock=True)
            self._may_change(session, lane)
            points = [p for p in lane.points if p is not point]
            points.insert(max(0, min(position, len(points))), point)
            return self._reordered(session, lane, points)

    def remove_point(self, point_id: int) -> Lanes:
        """Delete a point (a mistyped one); the others keep their order."""
        with self._sessions.begin() as session:
            point = _point(session, point_id)
            lane = self._lane(session, point.lane_id, lock=True)
            self._may_change(session, lane)
            lane.points.remove(point)
            return self._reordered(session, lane, list(lane.points))

    def edit_point(self, point_id: int, text: str, *, expected_revision: int | None = None) -> Lanes:
        """Change a point's text (an empty text removes it).

        A conditional write: with ``expected_revision`` (the revision the editor started from) the
        point's row is locked and, when someone else edited it meanwhile to another text, the edit is
        refused with both texts (:class:`StalePointError`); edits of different points never clash.
        """
        with self._sessions.begin() as session:
            self._may_change(session, _point(session, point_id).lane)  # before the lock: the database
            point = _point(session, point_id, lock=True)  # hides another lane's rows from a member's lock
            if expected_revision is not None and point.revision != expected_revision and point.text != text.strip():
                raise _stale(point, text.strip(), self._label(point))
            if not text.strip():
                point.lane.points.remove(point)
            elif point.text != text.strip():
                point.text, point.revision, point.edited_by = text.strip(), point.revision + 1, self._actor
            publish(session, self._actor, "lanes", item_id=point.lane.agenda_item_id)
            session.flush()
            return self._after(session, point.lane)

    @staticmethod
    def _label(point: LanePoint) -> str:
        return error_text("Point ({discipline})", discipline=vocabulary.label(point.lane.discipline))

    def set_heard(self, lane_id: int, heard: bool, speaking_seconds: int = 0) -> Lanes:
        """Mark a lane heard (or not); ``speaking_seconds`` adds to its measured speaking time."""
        with self._sessions.begin() as session:
            lane = self._lane(session, lane_id)
            self._may_change(session, lane)
            lane.heard = heard
            lane.heard_at = utc_now() if heard else None
            lane.speaking_seconds += max(0, speaking_seconds)
            record_item_event(
                session,
                self._actor,
                "lane.heard" if heard else "lane.not_heard",
                lane.agenda_item_id,
                lane=lane.discipline,
                name=lane.name,
                speaking_seconds=lane.speaking_seconds,
            )
            publish(session, self._actor, "lanes", item_id=lane.agenda_item_id)
            return self._after(session, lane)

    def _ensure(self, session: Session, item_id: int) -> list[InputLane]:
        existing = _existing(session, item_id)
        if existing:
            return existing
        # First use: lock the agenda item and look again, so two clients do not both create the lanes.
        if not lock_agenda_item(session, item_id):
            load_item(session, item_id)  # names the missing item
        existing = _existing(session, item_id)
        if existing:
            return existing
        item = load_item(session, item_id)
        rules = load_rules(session, item.meeting.team_id)
        version = item.case.current
        education = rules.education_member.requires_member(
            version.citizen_birth_date, version.citizen_has_vocational_qualification, item.meeting.meeting_date
        )
        present = [_Invited(a.name, a.discipline or "", a.member_id) for a in item.attendance if a.role == "member"]
        invited = [_Invited(m.member.name, m.member.discipline, m.member_id) for m in item.meeting.invited]
        members = present or invited
        lanes: list[InputLane] = []

        for discipline in required_disciplines(rules.quorum, education):
            person = next((m for m in members if m.discipline == discipline), None)
            name = person.name if person else ""
            lanes.append(
                InputLane(
                    agenda_item_id=item_id,
                    position=len(lanes),
                    discipline=discipline,
                    member_id=person.member_id if person else None,
                    name=name,
                    points=[],
                )
            )
        for person in members:
            if person.discipline == "ad_hoc":
                lanes.append(
                    InputLane(
                        agenda_item_id=item_id,
                        position=len(lanes),
                        discipline="ad_hoc",
                        member_id=person.member_id,
                        name=person.name,
                        points=[],
                    )
                )
        session.add_all(lanes)
        session.flush()
        return lanes

    def _may_change(self, session: Session, lane: InputLane) -> None:
        """A team member working as themselves changes only their own discipline's lane; the meeting's
        leader and secretary (and anyone who is not a member by name) change every lane."""
        if self._as_secretary:
            return
        item = load_item(session, lane.agenda_item_id)
        meeting = item.meeting
        member = session.scalar(
            select(TeamMember).where(
                TeamMember.team_id == meeting.team_id, TeamMember.name == self._actor, TeamMember.active.is_(True)
            )
        )
        if member is None or member.id in (meeting.leader_id, meeting.secretary_id):
            return
        if lane.member_id == member.id or lane.discipline == member.discipline:
            return
        raise UserFacingError(
            error_text(
                "{person} may change only the {discipline} lane; the leader or the secretary changes the others",
                person=member.name,
                discipline=member.discipline,
            )
        )

    def _lane(self, session: Session, lane_id: int, *, lock: bool = False) -> InputLane:
        if lock:
            lock_lane(session, lane_id)
        lane = session.get(InputLane, lane_id, populate_existing=lock)
        if lane is None:
            raise NotFoundError(error_text("there is no input lane {lane_id}", lane_id=lane_id))
        return lane

    def _reordered(self, session: Session, lane: InputLane, ordered: list[LanePoint]) -> Lanes:
        """Store ``ordered`` as the (locked) lane's one total order, tell the other windows, return the lanes."""
        _renumber(session, ordered)
        publish(session, self._actor, "lanes", item_id=lane.agenda_item_id)
        session.expire(lane, ["points"])
        return self._after(session, lane)

    def _after(self, session: Session, lane: InputLane) -> Lanes:
        return _lanes(self._ensure(session, lane.agenda_item_id), lane.agenda_item_id)


def _point(session: Session, point_id: int, *, lock: bool = False) -> LanePoint:
    point = session.get(LanePoint, point_id, with_for_update=lock or None, populate_existing=lock)
    if point is None:
        raise NotFoundError(error_text("there is no point {point_id}", point_id=point_id))
    return point


def _stale(point: LanePoint, mine: str, label: str) -> StalePointError:
    who = point.edited_by or point.author
    return StalePointError(
        error_text(
            "{updated_by} changed the same point meanwhile; choose whose text to keep",
            updated_by=who,
        ),
        clash=PointClash(POINT_TEXT, label, mine, point.text),
        point_id=point.id,
        revision=point.revision,
        updated_by=who,
    )


def _renumber(session: Session, ordered: list[LanePoint]) -> None:
    """Number ``ordered`` 0, 1, 2 … without two points of the lane ever sharing a position (the database
    keeps positions unique per lane and checks each row as it is written): first to distinct negative
    positions, then to the final ones."""
    for index, point in enumerate(ordered):
        point.position = -1 - index
    session.flush()
    for index, point in enumerate(ordered):
        point.position = index
    session.flush()


def next_point_position(session: Session, lane_id: int) -> int:
    """The position after the lane's last point (call with the lane locked: one total order)."""
    last = session.scalar(select(func.max(LanePoint.position)).where(LanePoint.lane_id == lane_id))
    return 0 if last is None else last + 1


def _existing(session: Session, item_id: int) -> list[InputLane]:
    return list(
        session.scalars(
            select(InputLane)
            .where(InputLane.agenda_item_id == item_id)
            .options(selectinload(InputLane.points))
            .order_by(InputLane.position)
            .execution_options(populate_existing=True)
        )
    )


@dataclass(frozen=True, slots=True)
class _Invited:
    name: str
    discipline: str
    member_id: int | None


def _lanes(lanes: list[InputLane], item_id: int) -> Lanes:
    return Lanes(
        item_id,
        tuple(
            LaneRow(
                lane.id,
                lane.discipline,
                lane.name,
                lane.heard,
                lane.speaking_seconds,
                tuple(PointRow(p.id, p.text, p.author, p.origin, p.revision, p.edited_by or "") for p in lane.points),
            )
            for lane in lanes
        ),
    )
