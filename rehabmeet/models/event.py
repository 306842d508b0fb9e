"""The append-only event log: who did what, when, chained by hash so an edited row is detected."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, String, event, inspect, select, text
from sqlalchemy.orm import Mapped, Session, mapped_column

from rehabmeet.domain.chain import GENESIS, entry_hash
from rehabmeet.models.base import Base, UTCDateTime, utc_now

# Serialises appends on PostgreSQL (SQLite serialises writers itself); any constant will do.
CHAIN_LOCK_ID = 0x52454842


class Event(Base):
    """One entry of the event log. Rows are never updated or deleted (database triggers refuse it).

    Attributes:
        action: a dotted code such as ``case.imported`` or ``meeting.created``.
        details: JSON with what an auditor needs to understand the entry.
        prev_hash: the previous entry's ``entry_hash`` (unique: the chain cannot fork).
        entry_hash: SHA-256 over this entry and ``prev_hash`` (``rehabmeet.domain.chain``).
    """

    __tablename__ = "event_log"
    # The timer events of the heard cases, for the meeting-time KPI (migration 0008).
    __table_args__ = (Index("ix_event_log_action_case", "action", "case_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, index=True)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(64), index=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("case_file.id", ondelete="RESTRICT"), index=True)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="RESTRICT"), index=True)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64), unique=True)
    entry_hash: Mapped[str] = mapped_column(String(64))

    def __repr__(self) -> str:
        return f"Event(id={self.id!r}, action={self.action!r}, actor={self.actor!r})"


@event.listens_for(Session, "before_flush")
def _chain_new_events(session: Session, _context: object, _instances: object) -> None:
    """Give every new event its place in the chain, in the order the events were added."""
    new_events = sorted((o for o in session.new if isinstance(o, Event)), key=lambda o: inspect(o).insert_order or 0)
    if not new_events:
        return
    with session.no_autoflush:
        if session.get_bind().dialect.name == "postgresql":
            session.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": CHAIN_LOCK_ID})
        head = session.scalar(select(Event.entry_hash).order_by(Event.id.desc()).limit(1)) or GENESIS
    for entry in new_events:
        entry.occurred_at = entry.occurred_at or utc_now()
        entry.details = entry.details or {}
        entry.prev_hash = head
        entry.entry_hash = head = entry_hash(
            head, entry.occurred_at, entry.actor, entry.action, entry.case_id, entry.meeting_id, entry.details
        )
