"""The append-only event log: who did what, when. Later issues chain it by hash."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from rehabmeet.models.base import Base, UTCDateTime, utc_now


class Event(Base):
    """One entry of the event log. Rows are never updated or deleted (database triggers refuse it).

    Attributes:
        action: a dotted code such as ``case.imported`` or ``meeting.created``.
        details: JSON with what an auditor needs to understand the entry.
    """

    __tablename__ = "event_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, index=True)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(64), index=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("case_file.id", ondelete="RESTRICT"), index=True)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="RESTRICT"), index=True)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    def __repr__(self) -> str:
        return f"Event(id={self.id!r}, action={self.action!r}, actor={self.actor!r})"
