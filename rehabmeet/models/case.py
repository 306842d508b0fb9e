"""The case aggregate: a case (by case_ref) and its imported versions with their summary."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from rehabmeet.models.base import Base, UTCDateTime, utc_now

if TYPE_CHECKING:
    from rehabmeet.models.document import Document


class Case(Base):
    """A citizen's case, identified by its ``case_ref``; its content lives in versions.

    Re-importing a changed bundle as a new version keeps the earlier ones; the case shows
    the newest (bundle format README, "Import semantics").
    """

    __tablename__ = "case_file"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_ref: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)

    versions: Mapped[list[CaseVersion]] = relationship(
        back_populates="case", order_by="CaseVersion.version_no", cascade="all, delete-orphan"
    )

    @property
    def current(self) -> CaseVersion:
        """The newest version."""
        return self.versions[-1]

    def __repr__(self) -> str:
        return f"Case(id={self.id!r}, case_ref={self.case_ref!r})"


class CaseVersion(Base):
    """One imported bundle of a case: the manifest's facts, summary and documents."""

    __tablename__ = "case_version"
    __table_args__ = (UniqueConstraint("case_id", "version_no"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_file.id", ondelete="CASCADE"), index=True)
    version_no: Mapped[int] = mapped_column(Integer)
    content_sha256: Mapped[str] = mapped_column(String(64), index=True)
    case_type: Mapped[str] = mapped_column(String(32))
    question_to_team: Mapped[str] = mapped_column(Text)
    municipality: Mapped[str | None] = mapped_column(String(200))
    citizen_name: Mapped[str] = mapped_column(String(200))
    citizen_cpr: Mapped[str] = mapped_column(String(11))
    citizen_birth_date: Mapped[date] = mapped_column(Date)
    citizen_has_vocational_qualification: Mapped[bool] = mapped_column(Boolean)
    citizen_own_job_goal: Mapped[str | None] = mapped_column(Text)
    citizen_needs_interpreter: Mapped[bool] = mapped_column(Boolean, default=False)
    caseworker_name: Mapped[str] = mapped_column(String(200))
    caseworker_unit: Mapped[str | None] = mapped_column(String(200))
    caseworker_email: Mapped[str | None] = mapped_column(String(200))
    companion_name: Mapped[str | None] = mapped_column(String(200))
    companion_relation: Mapped[str | None] = mapped_column(String(200))
    preparatory_part_signed_on: Mapped[date] = mapped_column(Date)
    citizen_consented_on: Mapped[date | None] = mapped_column(Date)
    exported_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    source_system: Mapped[str | None] = mapped_column(String(200))
    manifest: Mapped[dict[str, Any]] = mapped_column(JSON)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    imported_by: Mapped[str] = mapped_column(String(200))

    case: Mapped[Case] = relationship(back_populates="versions")
    summary_sections: Mapped[list[SummarySection]] = relationship(
        back_populates="case_version", order_by="SummarySection.position", cascade="all, delete-orphan"
    )
    documents: Mapped[list[Document]] = relationship(
        back_populates="case_version", order_by="Document.position", cascade="all, delete-orphan"
    )

    def __repr__(self) -> str:
        return f"CaseVersion(id={self.id!r}, case_id={self.case_id!r}, version_no={self.version_no!r})"


class SummarySection(Base):
    """One section of the caseworker's structured summary, with its source page references."""

    __tablename__ = "summary_section"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_version_id: Mapped[int] = mapped_column(ForeignKey("case_version.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    section: Mapped[str] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Text)
    sources: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)

    case_version: Mapped[CaseVersion] = relationship(back_populates="summary_sections")

    def __repr__(self) -> str:
        return f"SummarySection(id={self.id!r}, section={self.section!r})"
