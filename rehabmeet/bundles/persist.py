"""Turn a checked bundle into rows: case, version, summary, documents, blobs, pages, event."""

from __future__ import annotations

import hashlib
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from rehabmeet.audit.events import record_event
from rehabmeet.bundles.inspect import InspectedDocument
from rehabmeet.bundles.reader import ReadBundle
from rehabmeet.models import Case, CaseVersion, Document, DocumentBlob, DocumentPage, SummarySection


def add_case_version(session: Session, case: Case | None, bundle: ReadBundle, *, actor: str) -> int:
    """Add ``bundle`` as the next version of ``case`` (creating the case if new); return the version."""
    if case is None:
        case = Case(case_ref=bundle.manifest.case_ref)
        session.add(case)
    version_no = (max((v.version_no for v in case.versions), default=0)) + 1
    version = _version_row(bundle, version_no, actor)
    case.versions.append(version)
    for position, item in enumerate(bundle.manifest.raw.get("summary", [])):
        version.summary_sections.append(
            SummarySection(
                position=position, section=item["section"], text=item["text"], sources=item.get("sources", [])
            )
        )
    for position, document in enumerate(bundle.documents):
        version.documents.append(_document_row(session, position, document))
    session.flush()
    record_event(
        session,
        actor,
        "case.imported",
        case_id=case.id,
        case_ref=case.case_ref,
        version=version_no,
        bundle=bundle.name,
        content_sha256=bundle.manifest.fingerprint,
        documents=[{"id": d.entry.doc_id, "sha256": d.entry.sha256, "pages": d.page_count} for d in bundle.documents],
    )
    return version_no


def _version_row(bundle: ReadBundle, version_no: int, actor: str) -> CaseVersion:
    manifest = bundle.manifest
    case = manifest.raw["case"]
    citizen = case["citizen"]
    caseworker = case["caseworker"]
    companion = case.get("companion") or {}
    return CaseVersion(
        version_no=version_no,
        content_sha256=manifest.fingerprint,
        case_type=manifest.case_type,
        question_to_team=case["question_to_team"],
        municipality=case.get("municipality"),
        citizen_name=citizen["name"],
        citizen_cpr=_normalised_cpr(citizen["cpr"]),
        citizen_birth_date=manifest.citizen_birth_date,
        citizen_has_vocational_qualification=citizen["has_vocational_qualification"],
        citizen_own_job_goal=citizen.get("own_job_goal"),
        citizen_needs_interpreter=bool(citizen.get("needs_interpreter", False)),
        caseworker_name=caseworker["name"],
        caseworker_unit=caseworker.get("unit"),
        caseworker_email=caseworker.get("email"),
        companion_name=companion.get("name"),
        companion_relation=companion.get("relation"),
        preparatory_part_signed_on=manifest.preparatory_part_signed_on,
        citizen_consented_on=manifest.citizen_consented_on,
        exported_at=manifest.exported_at,
        source_system=manifest.raw.get("source_system"),
        manifest=manifest.raw,
        imported_by=actor,
    )


def _document_row(session: Session, position: int, document: InspectedDocument) -> Document:
    entry = document.entry
    return Document(
        position=position,
        doc_key=entry.doc_id,
        kind=entry.kind,
        title=entry.title,
        document_date=entry.date if isinstance(entry.date, date) else date.fromisoformat(str(entry.date)),
        author=entry.author,
        file_name=entry.file,
        media_type=entry.media_type,
        sha256=entry.sha256,
        page_count=document.page_count,
        pages_from=document.pages_from,
        blob=_blob(session, document.data, entry.sha256),
        view_blob=_blob(session, document.view_pdf, None) if document.view_pdf is not None else None,
        content_flags=",".join(document.content_flags) or None,
        pages=[DocumentPage(page_no=i, text=text) for i, text in enumerate(document.page_texts, start=1)],
    )


def _blob(session: Session, data: bytes, sha256: str | None) -> DocumentBlob:
    """Return the stored blob for ``data``, adding it unless the same bytes are already stored."""
    digest = sha256 or hashlib.sha256(data).hexdigest()
    existing = session.scalar(select(DocumentBlob).where(DocumentBlob.sha256 == digest))
    if existing is not None:
        return existing
    pending = next((obj for obj in session.new if isinstance(obj, DocumentBlob) and obj.sha256 == digest), None)
    if pending is not None:
        return pending
    blob = DocumentBlob(sha256=digest, byte_size=len(data), data=data)
    session.add(blob)
    return blob


def _normalised_cpr(cpr: str) -> str:
    digits = cpr.replace("-", "")
    return f"{digits[:6]}-{digits[6:]}"
