"""The recommendation aggregate: input lanes per discipline, their points, the indstilling and its versions."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from rehabmeet.models.base import Base, UTCDateTime, utc_now


class InputLane(Base):
    """One discipline's (or ad-hoc member's) contribution to a case: points, heard or not, speaking time."""

    __tablename__ = "input_lane"

    id: Mapped[int] = mapped_column(primary_key=True)
    agenda_item_id: Mapped[int] = mapped_column(ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    discipline: Mapped[str] = mapped_column(String(32))
    member_id: Mapped[int | None] = mapped_column(ForeignKey("team_member.id", ondelete="SET NULL"))
    name: Mapped[str] = mapped_column(String(200))
    heard: Mapped[bool] = mapped_column(Boolean, default=False)
    heard_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    speaking_seconds: Mapped[int] = mapped_column(Integer, default=0)

    points: Mapped[list[LanePoint]] = relationship(
        back_populates="lane", order_by="LanePoint.position", cascade="all, delete-orphan"
    )

    def __repr__(self) -> str:
        return f"InputLane(id={self.id!r}, discipline={self.discipline!r})"


class LanePoint(Base):
    """A point a member wants to make (typed at home and brought along, or by the secretary).

    Attributes:
        origin: ``secretary`` (typed in the meeting) or ``pack`` (from a member's annotation pack).
        external_id: the note's id in a member's pack, so re-imports merge instead of duplicating.
        position: unique in its lane (one total order, also when two laptops add points at once).
        revision: counts the point's text edits; an edit names the revision it started from, so the
            second laptop editing the same point is refused instead of overwriting (migration 0014).
        edited_by: who last changed the text (``None``: as written by ``author``).
    """

    __tablename__ = "lane_point"
    __table_args__ = (UniqueConstraint("lane_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    lane_id: Mapped[int] = mapped_column(ForeignKey("input_lane.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(200))
    origin: Mapped[str] = mapped_column(String(16), default="secretary")
    external_id: Mapped[str | None] = mapped_column(String(64), index=True)
    revision: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    edited_by: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)

    lane: Mapped[InputLane] = relationship(back_populates="points")

    def __repr__(self) -> str:
        return f"LanePoint(id={self.id!r}, lane_id={self.lane_id!r})"


class Indstilling(Base):
    """The team's recommendation for one agenda item: the live draft, or the finalised text.

    Attributes:
        revision: bumped on every save; a save based on an older revision is refused (no lost update).
        version: the finalised version number (1 for the first finalisation, 2 after a reopen …).
        overrides: ``{rule id: reason}`` for law points finalised without being met.
    """

    __tablename__ = "indstilling"

    id: Mapped[int] = mapped_column(primary_key=True)
    agenda_item_id: Mapped[int] = mapped_column(ForeignKey("agenda_item.id", ondelete="CASCADE"), unique=True)
    content: Mapped[dict[str, Any]] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(16), default="draft")
    version: Mapped[int] = mapped_column(Integer, default=0)
    revision: Mapped[int] = mapped_column(Integer, default=0)
    overrides: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    updated_by: Mapped[str] = mapped_column(String(200))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)
    finalised_by: Mapped[str | None] = mapped_column(String(200))
    finalised_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    versions: Mapped[list[IndstillingVersion]] = relationship(
        back_populates="indstilling", order_by="IndstillingVersion.id", cascade="all, delete-orphan"
    )

    # Every UPDATE says ``WHERE id = … AND revision = <the revision read>`` (a conditional write);
    # the services set the revision themselves (one step per save, none for finalising).
    __mapper_args__ = {"version_id_col": revision, "version_id_generator": False}  # noqa: RUF012

    def __repr__(self) -> str:
        return f"Indstilling(id={self.id!r}, status={self.status!r}, version={self.version!r})"


class IndstillingVersion(Base):
    """A saved state of the indstilling: periodic snapshots while typing, each finalisation and reopening."""

    __tablename__ = "indstilling_version"

    id: Mapped[int] = mapped_column(primary_key=True)
    indstilling_id: Mapped[int] = mapped_column(ForeignKey("indstilling.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    version: Mapped[int] = mapped_column(Integer)
    revision: Mapped[int] = mapped_column(Integer)
    content: Mapped[dict[str, Any]] = mapped_column(JSON)
    reason: Mapped[str | None] = mapped_column(Text)
    saved_by: Mapped[str] = mapped_column(String(200))
    saved_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)

    indstilling: Mapped[Indstilling] = relationship(back_populates="versions")

    def __repr__(self) -> str:
        return f"IndstillingVersion(id={self.id!r}, kind={self.kind!r})"
