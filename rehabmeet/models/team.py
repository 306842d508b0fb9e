"""The team aggregate: a municipality's rehabiliteringsteam, its rules and its members."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from rehabmeet.models.base import Base, UTCDateTime, utc_now


class Team(Base):
    """A rehabiliteringsteam of one municipality, with its rules as versioned data.

    Attributes:
        rules: the domain rules (time budgets, page cap, quorum …) as a JSON document whose
            ``schema_version`` is migrated by ``rehabmeet.settings.migrations``.
    """

    __tablename__ = "team"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    municipality: Mapped[str] = mapped_column(String(200))
    address: Mapped[str | None] = mapped_column(Text)
    rules: Mapped[dict[str, Any]] = mapped_column(JSON)
    external_key: Mapped[str | None] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)

    members: Mapped[list[TeamMember]] = relationship(
        back_populates="team", order_by="TeamMember.id", cascade="all, delete-orphan"
    )

    def __repr__(self) -> str:
        return f"Team(id={self.id!r}, name={self.name!r})"


class TeamMember(Base):
    """A person on the team, with the discipline they represent."""

    __tablename__ = "team_member"

    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("team.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    discipline: Mapped[str] = mapped_column(String(32))
    title: Mapped[str | None] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    team: Mapped[Team] = relationship(back_populates="members")

    def __repr__(self) -> str:
        return f"TeamMember(id={self.id!r}, name={self.name!r}, discipline={self.discipline!r})"
