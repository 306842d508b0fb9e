"""The meeting aggregate: a meeting day and its ordered agenda."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Index, Integer, String, Text, Time, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from rehabmeet.models.base import Base, UTCDateTime, utc_now

if TYPE_CHECKING:
    from rehabmeet.models.case import Case
    from rehabmeet.models.team import Team, TeamMember


class Meeting(Base):
    """One meeting day of a team: date, room, leader and secretary."""

    __tablename__ = "meeting"

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    meeting_date: Mapped[date] = mapped_column(Date, index=True)
    starts_at: Mapped[time] = mapped_column(Time)
    location: Mapped[str | None] = mapped_column(String(200))
    leader_id: Mapped[int | None] = mapped_column(ForeignKey("team_member.id", ondelete="SET NULL"))
    secretary_id: Mapped[int | None] = mapped_column(ForeignKey("team_member.id", ondelete="SET NULL"))
    external_key: Mapped[str | None] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # "deleted": kept for the event chain

    team: Mapped[Team] = relationship()
    leader: Mapped[TeamMember | None] = relationship(foreign_keys=[leader_id])
    secretary: Mapped[TeamMember | None] = relationship(foreign_keys=[secretary_id])
    agenda_items: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting", order_by="AgendaItem.position", cascade="all, delete-orphan"
    )
    invited: Mapped[list[MeetingMember]] = relationship(back_populates="meeting", cascade="all, delete-orphan")

    def __repr__(self) -> str:
        return f"Meeting(id={self.id!r}, date={self.meeting_date!r}, title={self.title!r})"


class MeetingMember(Base):
    """A team member invited to a meeting day."""

    __tablename__ = "meeting_member"

    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("team_member.id", ondelete="CASCADE"), primary_key=True)

    meeting: Mapped[Meeting] = relationship(back_populates="invited")
    member: Mapped[TeamMember] = relationship()

    def __repr__(self) -> str:
        return f"MeetingMember(meeting_id={self.meeting_id!r}, member_id={self.member_id!r})"


class AgendaItem(Base):
    """A case on a meeting's agenda, in order, with its planned slot.

    Attributes:
        phase_minutes: this case's own phase budgets (an accepted re-planning remedy), else the rules'.
        status: ``planned``, or ``postponed`` (moved to another day, with ``postponed_reason``).
    """

    __tablename__ = "agenda_item"
    __table_args__ = (UniqueConstraint("meeting_id", "case_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="RESTRICT"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    planned_start: Mapped[time] = mapped_column(Time)
    planned_minutes: Mapped[int] = mapped_column(Integer)
    phase_minutes: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(16), default="planned", server_default="planned")
    postponed_reason: Mapped[str | None] = mapped_column(Text)

    meeting: Mapped[Meeting] = relationship(back_populates="agenda_items")
    case: Mapped[Case] = relationship()
    attendance: Mapped[list[Attendance]] = relationship(
        back_populates="agenda_item", order_by="Attendance.id", cascade="all, delete-orphan"
    )

    def __repr__(self) -> str:
        return f"AgendaItem(id={self.id!r}, meeting_id={self.meeting_id!r}, position={self.position!r})"


class Attendance(Base):
    """Who was present for one case: members by discipline, the citizen and the others by role.

    Attributes:
        role: ``member``, ``citizen``, ``companion``, ``caseworker``, ``interpreter``,
            ``employer_liaison`` or ``other``.
        recused: the member is inhabil in this case and does not count for the quorum.
        written_assessment: an absent member handed the leader a written assessment (003 L579–584).
    """

    __tablename__ = "attendance"
    # Covering: the attendance KPI reads the index alone (migration 0008).
    __table_args__ = (
        Index("ix_attendance_item_member", "agenda_item_id", "role", "discipline", "present", "written_assessment"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    agenda_item_id: Mapped[int] = mapped_column(ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(32))
    member_id: Mapped[int | None] = mapped_column(ForeignKey("team_member.id", ondelete="SET NULL"))
    name: Mapped[str] = mapped_column(String(200))
    discipline: Mapped[str | None] = mapped_column(String(32))
    present: Mapped[bool] = mapped_column(Boolean, default=True)
    arrived_late: Mapped[time | None] = mapped_column(Time)
    left_early: Mapped[time | None] = mapped_column(Time)
    recused: Mapped[bool] = mapped_column(Boolean, default=False)
    written_assessment: Mapped[bool] = mapped_column(Boolean, default=False)

    agenda_item: Mapped[AgendaItem] = relationship(back_populates="attendance")

    def __repr__(self) -> str:
        return f"Attendance(item={self.agenda_item_id!r}, role={self.role!r}, name={self.name!r})"


class AgendaNote(Base):
    """The leader's or secretary's running notes for one case, autosaved while typing."""

    __tablename__ = "agenda_note"

    agenda_item_id: Mapped[int] = mapped_column(ForeignKey("agenda_item.id", ondelete="CASCADE"), primary_key=True)
    text: Mapped[str] = mapped_column(Text, default="")
    updated_by: Mapped[str] = mapped_column(String(200))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)

    def __repr__(self) -> str:
        return f"AgendaNote(agenda_item_id={self.agenda_item_id!r})"
