"""Issuing, signing, verifying, exporting and printing the meeting's documents.

Rendering and signing happen outside database sessions (they take a few hundred
milliseconds); each store is one short transaction that re-checks what the letter was
built from. Every step is in the hash-chained event log with the document's SHA-256.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from rehabmeet.atomic import write_atomically
from rehabmeet.audit.anchor import head_value, log_head, log_id
from rehabmeet.audit.events import record_item_event
from rehabmeet.errors import NotFoundError, UserFacingError
from rehabmeet.i18n import error_text
from rehabmeet.letters.afgoerelse import compose_afgoerelse
from rehabmeet.letters.docx import render_letter_docx
from rehabmeet.letters.haandud import compose_haandud
from rehabmeet.letters.indstilling import compose_indstilling
from rehabmeet.letters.model import CaseLetterFacts, Letter
from rehabmeet.letters.pdf import render_letter_pdf
from rehabmeet.letters.templates import load_templates
from rehabmeet.models import IssuedDocument
from rehabmeet.services.letter_facts import gather_letter_facts
from rehabmeet.settings.legal import LegalTexts
from rehabmeet.settings.store import load_rules
from rehabmeet.signing.certificates import CertificateStore
from rehabmeet.signing.sign import SignatureRequest, add_signature_fields, sign_pdf_at_level
from rehabmeet.signing.verify import VerifyReport, verify_with_store
from rehabmeet.storage.database import SessionFactory

KINDS = ("indstilling", "afgoerelse", "haandud")
FORMATS = ("pdf", "docx")
FILE_KINDS = {"indstilling": "indstilling", "afgoerelse": "afgoerelse", "haandud": "udlevering"}


@dataclass(frozen=True, slots=True)
class IssuedView:
    """One issued document as lists and dialogs show it (without its bytes)."""

    id: int
    item_id: int
    case_ref: str
    kind: str
    format: str
    version: int
    status: str
    sha256: str
    size: int
    pages: int
    large_type: bool
    signatures: tuple[dict[str, Any], ...]
    free_slots: tuple[str, ...]
    reason: str
    created_by: str
    created_at: Any

    @property
    def file_name(self) -> str:
        return f"{self.case_ref}-{FILE_KINDS[self.kind]}-v{self.version}.{self.format}"

    @property
    def signable(self) -> bool:
        return self.format == "pdf" and self.status != "superseded"


@dataclass(frozen=True, slots=True)
class StoredVerification:
    """A stored document's signatures, and whether its bytes are the ones the log recorded."""

    report: VerifyReport
    stored_hash_ok: bool

    @property
    def ok(self) -> bool:
        return self.report.ok and self.stored_hash_ok


class IssuedDocumentService:
    """The documents of agenda items."""

    def __init__(
        self,
        sessions: SessionFactory,
        *,
        actor: str,
        certificates: CertificateStore,
        templates_dir: Path | None = None,
        today: Callable[[], date] = date.today,
        timestamp_url: str = "",
        trust_bundle: str = "",
    ) -> None:
        self._timestamp_url = timestamp_url
        self._trust_bundle = trust_bundle
        self._sessions = sessions
        self._actor = actor
        self._certificates = certificates
        self._templates_dir = templates_dir
        self._today = today

    def item_for_case(self, case_ref: str) -> int:
        """Return the agenda item of ``case_ref`` that letters are written for: the newest with a finalised
        indstilling, else the newest."""
        from rehabmeet.models import AgendaItem, Case, Indstilling, Meeting

        with self._sessions.begin() as session:
            items = session.execute(
                select(AgendaItem.id, Indstilling.status)
                .join(Case, Case.id == AgendaItem.case_id)
                .join(Meeting, Meeting.id == AgendaItem.meeting_id)
                .outerjoin(Indstilling, Indstilling.agenda_item_id == AgendaItem.id)
                .where(Case.case_ref == case_ref)
                .order_by(Meeting.meeting_date.desc(), AgendaItem.id.desc())
            ).all()
        if not items:
            raise NotFoundError(error_text("case {case_ref} is on no meeting's agenda", case_ref=case_ref))
        finalised = [item_id for item_id, status in items if status == "final"]
        return finalised[0] if finalised else items[0][0]

    def documents(self, item_id: int) -> tuple[IssuedView, ...]:
        """Return the item's documents, newest first."""
        with self._sessions.begin() as session:
            rows = session.scalars(
                select(IssuedDocument)
                .where(IssuedDocument.agenda_item_id == item_id)
                .order_by(IssuedDocument.id.desc())
            ).all()
            return tuple(_view(session, row) for row in rows)

    def issue(self, item_id: int, kind: str, fmt: str, *, large_type: bool = False, reason: str = "") -> IssuedView:
        """Write the ``kind`` document as ``fmt`` from the finalised indstilling (and decision).

        A signed earlier version of the same document is never changed: the new version needs a
        ``reason`` (a correction) and the old one is marked superseded.
        """
        if kind not in KINDS or fmt not in FORMATS:
            raise UserFacingError(
                error_text(
                    "unknown document {kind!r} as {fmt!r}; choose {value} as pdf or docx",
                    kind=kind,
                    fmt=fmt,
                    value=", ".join(KINDS),
                )
            )
        with self._sessions.begin() as session:
            facts = gather_letter_facts(session, item_id)
            legal = load_rules(session, _team_id(session, item_id)).legal
            previous = _current(session, item_id, kind, fmt)
            head = head_value(log_head(session), log_id(session))
        if previous is not None and previous.status == "signed" and not reason.strip():
            raise UserFacingError(
                error_text(
                    "{kind} is signed and cannot be changed; give a reason to issue a corrected version",
                    kind=_kind_name(kind),
                )
            )
        letter = self._compose(kind, facts, legal, large_type)
        content, pages, slots = _render(letter, fmt, head)
        with self._sessions.begin() as session:
            again = gather_letter_facts(session, item_id)
            if again.indstilling_version != facts.indstilling_version or again.decision != facts.decision:
                raise UserFacingError(
                    error_text("the indstilling or decision changed while the document was written; try again")
                )
            return self._store(session, item_id, kind, fmt, content, pages, slots, large_type, reason.strip())

    def sign(self, document_id: int, certificate_id: str, role: str = "") -> IssuedView:
        """Add a signature (PAdES, incremental) into the role's own pre-made field.

        Each role signs once, only in its own field; one certificate signs a document once; the
        first signature certifies the document (issue 16, finding 5).
        """
        certificate = self._certificates.get(certificate_id)
        signer = self._certificates.load_signer(certificate.id)
        role = role.strip() or certificate.role
        with self._sessions.begin() as session:
            row = _row(session, document_id)
            if row.format != "pdf" or row.status == "superseded":
                raise UserFacingError(error_text("only the current PDF version of a document can be signed"))
            content, slots, signatures = row.content, list(row.signature_slots), list(row.signatures)
        slot = _slot_for(role, slots, signatures, certificate.id)
        if slot is not None and certificate.role.casefold() != role.casefold():
            raise UserFacingError(
                error_text(
                    "{name}'s certificate is registered for the role {registered!r}, not {role!r}",
                    name=certificate.name,
                    registered=certificate.role or "-",
                    role=role,
                )
            )
        request = SignatureRequest(
            certificate.name, role, slot, certify=not signatures, timestamp_url=self._timestamp_url
        )
        result = sign_pdf_at_level(content, signer, request)
        signed = result.content
        digest = hashlib.sha256(signed).hexdigest()
        with self._sessions.begin() as session:
            row = _row(session, document_id)
            if row.sha256 != hashlib.sha256(content).hexdigest():
                raise UserFacingError(
                    error_text("the document was signed by someone else meanwhile; open it again and sign")
                )
            field = slot["field"] if slot else None
            entry = {
                "signer": certificate.name,
                "role": role,
                "certificate": certificate.id,
                "field": field,
                "level": result.level,
                "note": result.note,
            }
            row.content, row.sha256, row.size = signed, digest, len(signed)
            row.signatures = [*signatures, entry]
            if row.status == "draft":
                for other in _live(session, row.agenda_item_id, row.kind, row.format):
                    if other.id != row.id:
                        other.status = "superseded"
            row.status = "signed"
            record_item_event(
                session,
                self._actor,
                "document.signed",
                row.agenda_item_id,
                document_id=row.id,
                kind=row.kind,
                version=row.version,
                sha256=digest,
                signer=certificate.name,
                role=role,
                certificate=certificate.id,
                level=result.level,
            )
            session.flush()
            return _view(session, row)

    def content(self, document_id: int) -> tuple[IssuedView, bytes]:
        with self._sessions.begin() as session:
            row = _row(session, document_id)
            return _view(session, row), row.content

    def viewing_copy(self, document_id: int) -> bytes:
        """Return the PDF with its signature boxes painted in, for the screen and the printer (not the record)."""
        from rehabmeet.signing.preview import flattened_for_viewing

        return flattened_for_viewing(self.content(document_id)[1])

    def verify(self, document_id: int) -> StoredVerification:
        """Check a stored PDF's signatures and that its bytes match the hash recorded when it was stored."""
        view, content = self.content(document_id)
        if view.format != "pdf":
            raise UserFacingError(error_text("only PDF documents carry signatures; the DOCX is the editable copy"))
        report = verify_with_store(content, self._certificates, self._trust_bundle)
        return StoredVerification(report, hashlib.sha256(content).hexdigest() == view.sha256)

    def export(self, document_id: int, target: Path) -> Path:
        """Write the document to ``target`` (atomically) and log it."""
        write_atomically(target, self.content(document_id)[1])
        self.record(document_id, "document.exported", path=str(target))
        return target

    def record(self, document_id: int, action: str, **details: Any) -> None:
        """Log something done with a document (``document.printed``, ``document.exported``)."""
        with self._sessions.begin() as session:
            row = _row(session, document_id)
            record_item_event(
                session,
                self._actor,
                action,
                row.agenda_item_id,
                document_id=row.id,
                kind=row.kind,
                version=row.version,
                sha256=row.sha256,
                **details,
            )

    def _compose(self, kind: str, facts: CaseLetterFacts, legal: LegalTexts, large_type: bool) -> Letter:
        templates = load_templates(self._templates_dir)
        today = self._today()
        if kind == "indstilling":
            return compose_indstilling(facts, templates, legal, today)
        if kind == "afgoerelse":
            return compose_afgoerelse(facts, templates, legal, today)
        return compose_haandud(facts, templates, legal, today, large_type=large_type)

    def _store(
        self,
        session: Session,
        item_id: int,
        kind: str,
        fmt: str,
        content: bytes,
        pages: int,
        slots: list[dict[str, Any]],
        large_type: bool,
        reason: str,
    ) -> IssuedView:
        previous = _current(session, item_id, kind, fmt)
        # a correction of a signed PDF stays a draft until it is signed; only then does it replace
        # the signed version (issue 16, item 6: a crash in between never leaves an unsigned current)
        pending = previous is not None and previous.status == "signed" and fmt == "pdf"
        for draft in _drafts(session, item_id, kind, fmt):
            draft.status = "superseded"
        if previous is not None and not pending:
            previous.status = "superseded"
        number = session.scalar(
            select(func.max(IssuedDocument.version)).where(
                IssuedDocument.agenda_item_id == item_id, IssuedDocument.kind == kind, IssuedDocument.format == fmt
            )
        )
        row = IssuedDocument(
            agenda_item_id=item_id,
            kind=kind,
            format=fmt,
            version=(number or 0) + 1,
            status="draft" if pending else "issued",
            content=content,
            sha256=hashlib.sha256(content).hexdigest(),
            size=len(content),
            pages=pages,
            large_type=large_type,
            signatures=[],
            signature_slots=slots,
            reason=reason or None,
            created_by=self._actor,
        )
        session.add(row)
        session.flush()
        record_item_event(
            session,
            self._actor,
            "document.issued",
            item_id,
            document_id=row.id,
            kind=kind,
            format=fmt,
            version=row.version,
            sha256=row.sha256,
            reason=reason or None,
            supersedes=previous.id if previous is not None else None,
        )
        return _view(session, row)


def _render(letter: Letter, fmt: str, log_head: str) -> tuple[bytes, int, list[dict[str, Any]]]:
    if fmt == "pdf":
        rendered = render_letter_pdf(letter)
        content, slots = add_signature_fields(rendered.content, rendered.slots, log_head)
        return content, rendered.pages, slots
    return render_letter_docx(letter), 0, []


def _slot_for(
    role: str, slots: list[dict[str, Any]], signatures: list[dict[str, Any]], certificate_id: str
) -> dict[str, Any] | None:
    """The role's own free field; refused when the role or the certificate has signed, or the role has no field."""
    if any(s.get("certificate") == certificate_id for s in signatures):
        raise UserFacingError(error_text("this certificate has already signed the document; each signer signs once"))
    if any(str(s.get("role", "")).casefold() == role.casefold() for s in signatures if role):
        raise UserFacingError(error_text("{role} has already signed the document; each role signs once", role=role))
    if not slots:
        return None
    for slot in slots:
        if slot["role"].casefold() == role.casefold():
            return slot
    raise UserFacingError(
        error_text(
            "the document has no signature field for {role!r}; it is signed as {value}",
            role=role or "?",
            value=", ".join(str(s["role"]) for s in slots),
        )
    )


def _kind_name(kind: str) -> str:
    """The document kind as a message names it ("the decision"; Danish "afgørelsen")."""
    names = {
        "indstilling": error_text("the indstilling"),
        "afgoerelse": error_text("the decision"),
        "haandud": error_text("the hand-out"),
    }
    return names.get(kind, kind)


def _team_id(session: Session, item_id: int) -> int:
    from rehabmeet.services.attendance import load_item

    return load_item(session, item_id).meeting.team_id


def _current(session: Session, item_id: int, kind: str, fmt: str) -> IssuedDocument | None:
    """The current version: the newest issued or signed one (a draft correction is not current yet)."""
    return session.scalar(
        select(IssuedDocument)
        .where(
            IssuedDocument.agenda_item_id == item_id,
            IssuedDocument.kind == kind,
            IssuedDocument.format == fmt,
            IssuedDocument.status.in_(("issued", "signed")),
        )
        .order_by(IssuedDocument.version.desc())
        .limit(1)
    )


def _live(session: Session, item_id: int, kind: str, fmt: str) -> list[IssuedDocument]:
    return list(
        session.scalars(
            select(IssuedDocument).where(
                IssuedDocument.agenda_item_id == item_id,
                IssuedDocument.kind == kind,
                IssuedDocument.format == fmt,
                IssuedDocument.status != "superseded",
            )
        )
    )


def _drafts(session: Session, item_id: int, kind: str, fmt: str) -> list[IssuedDocument]:
    return [row for row in _live(session, item_id, kind, fmt) if row.status == "draft"]


def _row(session: Session, document_id: int) -> IssuedDocument:
    row = session.get(IssuedDocument, document_id)
    if row is None:
        raise NotFoundError(error_text("there is no issued document {document_id}", document_id=document_id))
    return row


def _view(session: Session, row: IssuedDocument) -> IssuedView:
    from rehabmeet.models import AgendaItem

    item = session.get(AgendaItem, row.agenda_item_id)
    used = {s.get("field") for s in row.signatures or []}
    return IssuedView(
        id=row.id,
        item_id=row.agenda_item_id,
        case_ref=item.case.case_ref if item else "?",
        kind=row.kind,
        format=row.format,
        version=row.version,
        status=row.status,
        sha256=row.sha256,
        size=row.size,
        pages=row.pages,
        large_type=row.large_type,
        signatures=tuple(row.signatures or ()),
        free_slots=tuple(s["role"] for s in row.signature_slots or [] if s["field"] not in used),
        reason=row.reason or "",
        created_by=row.created_by,
        created_at=row.created_at,
    )
