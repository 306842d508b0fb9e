"""The meeting aggregate: a meeting day and its ordered agenda."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import TYPE_CHECKING

from sqlalchemy import Date, ForeignKey, Integer, String, Time, UniqueConstraint
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

    team: Mapped[Team] = relationship()
    leader: Mapped[TeamMember | None] = relationship(foreign_keys=[leader_id])
    secretary: Mapped[TeamMember | None] = relationship(foreign_keys=[secretary_id])
    agenda_items: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting", order_by="AgendaItem.position", cascade="all, delete-orphan"
    )

    def __repr__(self) -> str:
        return f"Meeting(id={self.id!r}, date={self.meeting_date!r}, title={self.title!r})"


class AgendaItem(Base):
    """A case on a meeting's agenda, in order, with its planned slot."""

    __tablename__ = "agenda_item"
    __table_args__ = (UniqueConstraint("meeting_id", "case_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"), index=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="RESTRICT"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    planned_start: Mapped[time] = mapped_column(Time)
    planned_minutes: Mapped[int] = mapped_column(Integer)

    meeting: Mapped[Meeting] = relationship(back_populates="agenda_items")
    case: Mapped[Case] = relationship()

    def __repr__(self) -> str:
        return f"AgendaItem(id={self.id!r}, meeting_id={self.meeting_id!r}, position={self.position!r})"
