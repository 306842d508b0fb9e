"""Offline preparation: agenda packs the leader issues and the notes that come back (leader side);
the packs a member opened and the member's own annotations (member side)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, Float, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from rehabmeet.models.base import Base, UTCDateTime, utc_now
from rehabmeet.models.recommendation import LanePoint


class PackIssue(Base):
    """An agenda pack written for one member (leader side). Its passphrase is in the keyring."""

    __tablename__ = "pack_issue"

    id: Mapped[int] = mapped_column(primary_key=True)
    pack_id: Mapped[str] = mapped_column(String(32), unique=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("team_member.id", ondelete="SET NULL"))
    member_name: Mapped[str] = mapped_column(String(200))
    discipline: Mapped[str] = mapped_column(String(32))
    sha256: Mapped[str] = mapped_column(String(64))
    created_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    # The passphrase sealed for the shared database (``rehabmeet.services.pack_secret``), migration 0014.
    sealed_passphrase: Mapped[str | None] = mapped_column(Text)


class PackKey(Base):
    """The team's key for the pack passphrases kept in the shared database (one row, made on first use;
    ``rehabmeet.services.pack_secret``). On PostgreSQL only the leaders' group role may read it."""

    __tablename__ = "pack_key"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class ReceivedPack(Base):
    """An annotation pack imported on the leader's laptop; the same file twice is a no-op."""

    __tablename__ = "received_pack"

    id: Mapped[int] = mapped_column(primary_key=True)
    pack_id: Mapped[str] = mapped_column(String(32), index=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    notes: Mapped[int] = mapped_column(Integer)
    imported_by: Mapped[str] = mapped_column(String(200))
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class ExchangedNote(Base):
    """A member's shared note as last agreed between both laptops (leader side).

    Attributes:
        member_revision: the member's revision of the note at the last exchange.
        agreed_text: the text both sides had then; a later difference on the leader's side
            (the lane point edited) and on the member's side is a conflict.
    """

    __tablename__ = "exchanged_note"

    note_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    pack_id: Mapped[str] = mapped_column(String(32), index=True)
    agenda_item_id: Mapped[int] = mapped_column(ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True)
    lane_point_id: Mapped[int | None] = mapped_column(ForeignKey("lane_point.id", ondelete="SET NULL"))
    member_revision: Mapped[int] = mapped_column(Integer)
    agreed_text: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)

    lane_point: Mapped[LanePoint | None] = relationship()


class NoteConflict(Base):
    """A note edited on both laptops since the last exchange, waiting for a person to resolve it."""

    __tablename__ = "note_conflict"

    id: Mapped[int] = mapped_column(primary_key=True)
    note_id: Mapped[str] = mapped_column(ForeignKey("exchanged_note.note_id", ondelete="CASCADE"), index=True)
    leader_text: Mapped[str] = mapped_column(Text)
    member_text: Mapped[str] = mapped_column(Text)
    member_revision: Mapped[int] = mapped_column(Integer)
    member_name: Mapped[str] = mapped_column(String(200))
    status: Mapped[str] = mapped_column(String(16), default="open")
    resolution: Mapped[str | None] = mapped_column(String(16))
    resolved_by: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)


class PrepPack(Base):
    """An agenda pack opened on a member's laptop: a read-only copy of the meeting day."""

    __tablename__ = "prep_pack"

    id: Mapped[int] = mapped_column(primary_key=True)
    pack_id: Mapped[str] = mapped_column(String(32), unique=True)
    team_name: Mapped[str] = mapped_column(String(200))
    meeting_title: Mapped[str] = mapped_column(String(200))
    meeting_date: Mapped[date] = mapped_column(Date)
    location: Mapped[str] = mapped_column(String(200), default="")
    member_name: Mapped[str] = mapped_column(String(200))
    discipline: Mapped[str] = mapped_column(String(32))
    sender: Mapped[str] = mapped_column(String(200))
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    # after this day the pack is wiped from the member's laptop (issue 18)
    expires_on: Mapped[date] = mapped_column(Date)

    cases: Mapped[list[PrepCase]] = relationship(
        back_populates="pack", order_by="PrepCase.position", cascade="all, delete-orphan"
    )


class PrepCase(Base):
    """One case in an opened agenda pack: its summary sheet and meeting-set pages as one PDF."""

    __tablename__ = "prep_case"

    id: Mapped[int] = mapped_column(primary_key=True)
    prep_pack_id: Mapped[int] = mapped_column(ForeignKey("prep_pack.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    item_key: Mapped[str] = mapped_column(String(32))
    case_ref: Mapped[str] = mapped_column(String(64))
    case_type: Mapped[str] = mapped_column(String(32))
    citizen_name: Mapped[str] = mapped_column(String(200))
    question: Mapped[str] = mapped_column(Text)
    planned_start: Mapped[str] = mapped_column(String(8))
    pages: Mapped[int] = mapped_column(Integer)
    pdf: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)

    pack: Mapped[PrepPack] = relationship(back_populates="cases")


class Annotation(Base):
    """A member's note, highlight or point for the meeting on a case (member side). Private unless shared.

    Attributes:
        id: a random hex id, the same on both laptops.
        kind: ``note`` (on the case), ``page_note`` (anchored to a page and position), ``highlight``
            (a rectangle on a page) or ``point`` (one of "my points for the meeting").
        x, y, width, height: the anchor as fractions of the page (0–1, from the top left).
        revision: bumped on every edit; ``exchanged_revision`` is the one last sent to the leader.
    """

    __tablename__ = "annotation"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    prep_case_id: Mapped[int] = mapped_column(ForeignKey("prep_case.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    page: Mapped[int | None] = mapped_column(Integer)
    x: Mapped[float | None] = mapped_column(Float)
    y: Mapped[float | None] = mapped_column(Float)
    width: Mapped[float | None] = mapped_column(Float)
    height: Mapped[float | None] = mapped_column(Float)
    text: Mapped[str] = mapped_column(Text, default="")
    shared: Mapped[bool] = mapped_column(Boolean, default=False)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    revision: Mapped[int] = mapped_column(Integer, default=1)
    exchanged_revision: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)
