"""The meeting set aggregate: the pages of a case version the meeting reads, as chosen by the leader."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from rehabmeet.models.base import Base, UTCDateTime, utc_now


class MeetingSet(Base):
    """A leader's (or screener's) choice of pages; without a row the default selection applies.

    Attributes:
        selection: ``{doc_key: [[first, last], …]}`` of included pages.
        page_cap: this case's own cap, overriding the team's (``None``: the team's rule).
        over_cap_reason: why the set may exceed the cap (required to go over it; also logged).
    """

    __tablename__ = "meeting_set"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_version_id: Mapped[int] = mapped_column(ForeignKey("case_version.id", ondelete="CASCADE"), unique=True)
    selection: Mapped[dict[str, Any]] = mapped_column(JSON)
    page_cap: Mapped[int | None] = mapped_column(Integer)
    over_cap_reason: Mapped[str | None] = mapped_column(Text)
    updated_by: Mapped[str] = mapped_column(String(200))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now, onupdate=utc_now)

    def __repr__(self) -> str:
        return f"MeetingSet(case_version_id={self.case_version_id!r})"
