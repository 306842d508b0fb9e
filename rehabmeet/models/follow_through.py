"""What happens after the meeting: the decision and when the citizen heard, the measures' real start,
and the checklist result of each finalised indstilling (for management information)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from rehabmeet.models.base import Base, UTCDateTime, utc_now


class FollowThrough(Base):
    """The municipality's decision and the citizen being informed, per agenda item.

    Attributes:
        decision_date: when the municipality decided (the meeting day for a decision at the table).
        informed_on: when the citizen was told the indstilling (control point D1, 004 L1783–1801).
        returned_item_id: the later agenda item the case came back on (leaves the return queue).
        return_requested_at: when a decision departing from the indstilling was refused at the table and
            the case marked to go back to the team (§ 11 stk. 2, 001 L654–658); ``return_reason`` says why.
        reheard_at: when the team was heard again (a new finalised version of the indstilling).
    """

    __tablename__ = "follow_through"

    agenda_item_id: Mapped[int] = mapped_column(ForeignKey("agenda_item.id", ondelete="CASCADE"), primary_key=True)
    decision_date: Mapped[date | None] = mapped_column(Date, index=True)
    decision_outcome: Mapped[str | None] = mapped_column(String(32))
    follows_indstilling: Mapped[bool | None] = mapped_column(Boolean)
    decided_at_table: Mapped[bool] = mapped_column(Boolean, default=False)
    informed_on: Mapped[date | None] = mapped_column(Date)
    informed_channel: Mapped[str | None] = mapped_column(String(32))
    returned_item_id: Mapped[int | None] = mapped_column(ForeignKey("agenda_item.id", ondelete="SET NULL"))
    return_requested_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    return_reason: Mapped[str | None] = mapped_column(Text)
    reheard_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    updated_by: Mapped[str] = mapped_column(String(200))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)


class InterventionFollow(Base):
    """One recommended measure of a finalised indstilling and what became of it.

    Attributes:
        position: its place in the indstilling's list of measures.
        started_on: the date it actually started; ``dropped_reason`` when it will not.
    """

    __tablename__ = "intervention_follow"

    id: Mapped[int] = mapped_column(primary_key=True)
    agenda_item_id: Mapped[int] = mapped_column(ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    type: Mapped[str] = mapped_column(String(32), index=True)
    description: Mapped[str] = mapped_column(Text, default="")
    started_on: Mapped[date | None] = mapped_column(Date)
    dropped_reason: Mapped[str | None] = mapped_column(Text)
    updated_by: Mapped[str] = mapped_column(String(200))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)


class IndstillingCheck(Base):
    """Whether a finalised indstilling met one checklist rule (C1–C16 …), recorded at finalisation."""

    __tablename__ = "indstilling_check"
    # Covering: the completeness KPI reads the index alone (migration 0008).
    __table_args__ = (Index("ix_indstilling_check_item_rule", "agenda_item_id", "rule_id", "applies", "met"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    agenda_item_id: Mapped[int] = mapped_column(ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    rule_id: Mapped[str] = mapped_column(String(16), index=True)
    applies: Mapped[bool] = mapped_column(Boolean)
    met: Mapped[bool] = mapped_column(Boolean)
