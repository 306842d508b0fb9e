"""The change feed: one short row per change to a shared record, for the other windows to show live."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Text
from sqlalchemy.orm import Mapped, mapped_column

from rehabmeet.models.base import Base, UTCDateTime, utc_now


class ChangeFeed(Base):
    """A change someone made (what, who, when, which case), as JSON in ``payload``.

    PostgreSQL also announces each row with NOTIFY; on SQLite the other windows and ``rehabmeet
    watch`` poll for rows after the last id they saw. Rows older than a day are pruned.
    """

    __tablename__ = "change_feed"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, index=True)
    payload: Mapped[str] = mapped_column(Text)

    def __repr__(self) -> str:
        return f"ChangeFeed(id={self.id!r})"
