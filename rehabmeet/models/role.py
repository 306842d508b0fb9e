"""Which person a PostgreSQL login role belongs to (``rehabmeet db grant``), so a person who logs in
with their own database role is named in the event log whatever the laptop says."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from rehabmeet.models.base import Base, UTCDateTime, utc_now


class DatabaseRole(Base):
    """One person's own login role on the shared database.

    Attributes:
        role_name: the PostgreSQL role (as ``current_user`` returns it).
        person: the team member's name the event log, the documents and the other laptops show.
    """

    __tablename__ = "database_role"

    role_name: Mapped[str] = mapped_column(String(63), primary_key=True)
    person: Mapped[str] = mapped_column(String(200))
    granted_by: Mapped[str] = mapped_column(String(200))
    granted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
