"""The document aggregate: a case document, its stored bytes and the text of each page."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import Date, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

from rehabmeet.models.base import Base

if TYPE_CHECKING:
    from rehabmeet.models.case import CaseVersion


class DocumentBlob(Base):
    """Bytes of a file, stored once per sha256 inside the (encrypted) database."""

    __tablename__ = "document_blob"

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    byte_size: Mapped[int] = mapped_column(Integer)
    data: Mapped[bytes] = deferred(mapped_column(LargeBinary))

    def __repr__(self) -> str:
        return f"DocumentBlob(id={self.id!r}, sha256={self.sha256[:12]!r}…, byte_size={self.byte_size!r})"


class Document(Base):
    """A document of a case version, as named in the bundle manifest.

    Attributes:
        blob: the original file (PDF or DOCX).
        view_blob: a PDF rendering for viewing when the original is not a PDF, or the repaired
            and/or stripped copy of a PDF (see :mod:`rehabmeet.documents.pdf_content`).
        pages_from: how the page count was obtained: ``pdf``, ``libreoffice`` or ``reportlab``.
        content_flags: what import found, comma-separated (``repaired``, ``javascript``, ``launch``,
            ``embedded_files``), or ``None``.
    """

    __tablename__ = "document"
    __table_args__ = (UniqueConstraint("case_version_id", "doc_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_version_id: Mapped[int] = mapped_column(ForeignKey("case_version.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    doc_key: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(32))
    title: Mapped[str] = mapped_column(String(300))
    document_date: Mapped[date] = mapped_column(Date)
    author: Mapped[str | None] = mapped_column(String(200))
    file_name: Mapped[str] = mapped_column(String(300))
    media_type: Mapped[str] = mapped_column(String(16))
    sha256: Mapped[str] = mapped_column(String(64))
    page_count: Mapped[int] = mapped_column(Integer)
    pages_from: Mapped[str] = mapped_column(String(16))
    blob_id: Mapped[int] = mapped_column(ForeignKey("document_blob.id", ondelete="RESTRICT"), index=True)
    view_blob_id: Mapped[int | None] = mapped_column(ForeignKey("document_blob.id", ondelete="RESTRICT"))
    content_flags: Mapped[str | None] = mapped_column(String(100))

    case_version: Mapped[CaseVersion] = relationship(back_populates="documents")
    blob: Mapped[DocumentBlob] = relationship(foreign_keys=[blob_id])
    view_blob: Mapped[DocumentBlob | None] = relationship(foreign_keys=[view_blob_id])
    pages: Mapped[list[DocumentPage]] = relationship(
        back_populates="document", order_by="DocumentPage.page_no", cascade="all, delete-orphan"
    )

    def __repr__(self) -> str:
        return f"Document(id={self.id!r}, doc_key={self.doc_key!r}, kind={self.kind!r})"


class DocumentPage(Base):
    """The extracted text of one page, for search and for the summary."""

    __tablename__ = "document_page"
    __table_args__ = (UniqueConstraint("document_id", "page_no"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"), index=True)
    page_no: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)

    document: Mapped[Document] = relationship(back_populates="pages")

    def __repr__(self) -> str:
        return f"DocumentPage(document_id={self.document_id!r}, page_no={self.page_no!r})"
