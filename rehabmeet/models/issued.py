"""What the meeting issues: the decision made at the table and the documents handed out."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from rehabmeet.models.base import Base, UTCDateTime, utc_now


class Decision(Base):
    """The municipality's decision (afgørelse) made at the table (000 L845–851, L906–914).

    Attributes:
        indstilling_version: the finalised indstilling version the decision refers to (control point D2).
        follows_indstilling: whether the decided outcome is the one the team recommended.
        returns_to_team: set when the decision departs from the indstilling (001 L654).
        heard_at: when the citizen was heard orally at the table (partshøring).
        status: ``draft`` or ``final``; a final decision changes only through a new version with a reason.
        details: the decision's further content as JSON (``start``, ``last_day``, ``months`` of the measure;
            ``facts`` as a list of ``{source, shows}``), see :mod:`rehabmeet.services.decisions`.
    """

    __tablename__ = "decision"

    id: Mapped[int] = mapped_column(primary_key=True)
    agenda_item_id: Mapped[int] = mapped_column(ForeignKey("agenda_item.id", ondelete="CASCADE"), unique=True)
    outcome: Mapped[str] = mapped_column(String(32))
    indstilling_version: Mapped[int] = mapped_column(Integer)
    follows_indstilling: Mapped[bool] = mapped_column(Boolean, default=True)
    returns_to_team: Mapped[bool] = mapped_column(Boolean, default=False)
    reasons: Mapped[str] = mapped_column(Text, default="")
    legal_basis: Mapped[str] = mapped_column(Text, default="")
    facts: Mapped[str] = mapped_column(Text, default="")
    heard_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    hearing_note: Mapped[str] = mapped_column(Text, default="")
    effective_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="draft")
    version: Mapped[int] = mapped_column(Integer, default=1)
    decided_by: Mapped[str] = mapped_column(String(200))
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)
    details: Mapped[dict[str, Any] | None] = mapped_column(JSON)

    def __repr__(self) -> str:
        return f"Decision(id={self.id!r}, outcome={self.outcome!r}, status={self.status!r})"


class IssuedDocument(Base):
    """One rendered document (indstilling, afgørelse or hand-out) in one format and version.

    A signed PDF is never changed except by adding signatures; a correction is a new version
    with a reason, and the old one is marked ``superseded``.

    Attributes:
        kind: ``indstilling``, ``afgoerelse`` or ``haandud``.
        format: ``pdf`` or ``docx``.
        status: ``issued`` (unsigned), ``draft`` (a correction of a signed PDF, current only once signed),
            ``signed`` or ``superseded``.
        signatures: one entry per signature: signer, role, time, certificate fingerprint.
        signature_slots: where the visible signature boxes sit: ``[{field, role, page, box}]``.
    """

    __tablename__ = "issued_document"

    id: Mapped[int] = mapped_column(primary_key=True)
    agenda_item_id: Mapped[int] = mapped_column(ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    format: Mapped[str] = mapped_column(String(8))
    version: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16), default="issued")
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    pages: Mapped[int] = mapped_column(Integer, default=0)
    large_type: Mapped[bool] = mapped_column(Boolean, default=False)
    signatures: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    signature_slots: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    reason: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utc_now)

    def __repr__(self) -> str:
        return f"IssuedDocument(id={self.id!r}, kind={self.kind!r}, version={self.version!r})"
