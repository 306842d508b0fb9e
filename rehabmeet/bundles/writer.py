"""Write a case bundle (manifest + PDF/DOCX documents) from a :class:`BundleSpec`.

Used by the demo, the tests and the benchmarks; real bundles come from the caseworker's system.
PDFs are written with reportlab in invariant mode, so the same spec gives the same bytes.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from pathlib import Path
from typing import Any

from rehabmeet.bundles.spec import BundleSpec, DocumentSpec, PageSpec
from rehabmeet.documents.fonts import register_fonts

FORMAT = "rehabmeet.case-bundle"
FORMAT_VERSION = 1
FIXED_ZIP_TIME = (2026, 1, 1, 0, 0, 0)


def render_document(spec: BundleSpec, document: DocumentSpec) -> bytes:
    """Return the bytes of ``document`` as PDF or DOCX, one spec page per output page."""
    if document.media_type == "docx":
        return _docx_bytes(spec, document)
    return _pdf_bytes(spec, document)


def document_file_name(index: int, document: DocumentSpec) -> str:
    """Return the member path of a document inside the bundle."""
    slug = document.kind.replace("_", "-")
    return f"documents/{index:02d}-{slug}.{document.media_type}"


def build_manifest(spec: BundleSpec, files: dict[str, bytes]) -> dict[str, Any]:
    """Return the manifest for ``spec`` given each document's member path → bytes."""
    citizen = spec.citizen
    documents = []
    for (path, data), doc in zip(files.items(), spec.documents, strict=True):
        entry: dict[str, Any] = {
            "id": doc.doc_id,
            "file": path,
            "kind": doc.kind,
            "title": doc.title,
            "date": doc.date.isoformat(),
            "sha256": hashlib.sha256(data).hexdigest(),
        }
        if doc.author:
            entry["author"] = doc.author
        documents.append(entry)
    case: dict[str, Any] = {
        "case_ref": spec.case_ref,
        "case_type": spec.case_type,
        "question_to_team": spec.question_to_team,
        "municipality": spec.municipality,
        "citizen": _without_none(
            {
                "name": citizen.name,
                "cpr": citizen.cpr,
                "birth_date": citizen.birth_date.isoformat(),
                "has_vocational_qualification": citizen.has_vocational_qualification,
                "own_job_goal": citizen.own_job_goal,
                "needs_interpreter": citizen.needs_interpreter,
            }
        ),
        "caseworker": _without_none(
            {"name": spec.caseworker.name, "unit": spec.caseworker.unit, "email": spec.caseworker.email}
        ),
        "companion": (
            _without_none({"name": spec.companion.name, "relation": spec.companion.relation})
            if spec.companion
            else None
        ),
        "preparatory_part_signed_on": spec.preparatory_part_signed_on.isoformat(),
    }
    if spec.citizen_consented_on is not None:
        case["citizen_consented_on"] = spec.citizen_consented_on.isoformat()
    manifest: dict[str, Any] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "exported_at": spec.exported_at,
        "source_system": spec.source_system,
        "case": case,
        "summary": [
            {
                "section": s.section,
                "text": s.text,
                "sources": [{"document": src.document, "page": src.page} for src in s.sources],
            }
            for s in spec.summary
        ],
        "documents": documents,
    }
    manifest.update(spec.extra_manifest)
    return manifest


def bundle_members(spec: BundleSpec) -> dict[str, bytes]:
    """Return every member of the bundle (``manifest.json`` first) as path → bytes."""
    files = {document_file_name(i, d): render_document(spec, d) for i, d in enumerate(spec.documents, start=1)}
    manifest = build_manifest(spec, files)
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=2).encode("utf-8")
    return {"manifest.json": manifest_bytes, **files}


def write_bundle_zip(spec: BundleSpec, target: Path) -> Path:
    """Write ``spec`` as a zipped bundle at ``target`` (a file path or a folder) and return the file."""
    path = target / f"{spec.case_ref}.rmb.zip" if target.is_dir() else target
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in bundle_members(spec).items():
            info = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return path


def write_bundle_folder(spec: BundleSpec, folder: Path) -> Path:
    """Write ``spec`` as an unpacked bundle in ``folder`` and return it."""
    for name, data in bundle_members(spec).items():
        member = folder / name
        member.parent.mkdir(parents=True, exist_ok=True)
        member.write_bytes(data)
    return folder


def _without_none(values: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if v is not None}


def _pdf_bytes(spec: BundleSpec, document: DocumentSpec) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Frame, KeepInFrame, Paragraph

    regular, bold, _ = register_fonts()
    styles = _paragraph_styles(regular, bold)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=True, pageCompression=1)
    canvas.setTitle(document.title)
    canvas.setAuthor(document.author or spec.caseworker.name)
    canvas.setSubject(spec.case_ref)
    width, height = A4
    total = len(document.pages)
    for number, page in enumerate(document.pages, start=1):
        _draw_page_frame(canvas, spec, document, number, total, regular)
        story = _page_story(page, styles, Paragraph)
        frame = Frame(20 * mm, 22 * mm, width - 40 * mm, height - 52 * mm, showBoundary=0)
        frame.addFromList([KeepInFrame(width - 40 * mm, height - 52 * mm, story, mode="shrink")], canvas)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _paragraph_styles(regular: str, bold: str) -> dict[str, Any]:
    from reportlab.lib.styles import ParagraphStyle

    return {
        "heading": ParagraphStyle("heading", fontName=bold, fontSize=12, leading=15, spaceAfter=6),
        "body": ParagraphStyle("body", fontName=regular, fontSize=10, leading=13.5, spaceAfter=6),
    }


def _page_story(page: PageSpec, styles: dict[str, Any], paragraph: Any) -> list[Any]:
    story = [paragraph(_escape(page.heading), styles["heading"])] if page.heading else []
    story.extend(paragraph(_escape(text), styles["body"]) for text in page.paragraphs)
    return story


def _draw_page_frame(canvas: Any, spec: BundleSpec, document: DocumentSpec, number: int, total: int, font: str) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm

    width, height = A4
    canvas.setFont(font, 8)
    canvas.setFillGray(0.35)
    unit = spec.caseworker.unit or spec.municipality
    canvas.drawString(20 * mm, height - 14 * mm, f"{spec.municipality} · {unit}")
    canvas.drawRightString(width - 20 * mm, height - 14 * mm, f"Side {number} af {total}")
    canvas.setFont(font, 11)
    canvas.setFillGray(0)
    canvas.drawString(20 * mm, height - 22 * mm, document.title)
    canvas.setFont(font, 8)
    canvas.setFillGray(0.35)
    canvas.drawString(
        20 * mm,
        height - 27 * mm,
        f"Vedr.: {spec.citizen.name}, cpr-nr. {spec.citizen.cpr} · Dato: {document.date.strftime('%d.%m.%Y')}",
    )
    canvas.line(20 * mm, height - 29 * mm, width - 20 * mm, height - 29 * mm)
    canvas.drawString(20 * mm, 12 * mm, f"{spec.case_ref} · Fortroligt: indeholder personfølsomme oplysninger")
    canvas.drawRightString(width - 20 * mm, 12 * mm, f"Side {number} af {total}")
    canvas.setFillGray(0)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _docx_bytes(spec: BundleSpec, document: DocumentSpec) -> bytes:
    import docx
    from docx.enum.text import WD_BREAK

    output = docx.Document()
    output.core_properties.title = document.title
    output.core_properties.author = document.author or spec.caseworker.name
    output.add_heading(document.title, level=1)
    output.add_paragraph(f"Vedr.: {spec.citizen.name}, cpr-nr. {spec.citizen.cpr} · {spec.case_ref}")
    for number, page in enumerate(document.pages, start=1):
        if page.heading:
            output.add_heading(page.heading, level=2)
        for text in page.paragraphs:
            output.add_paragraph(text)
        if number < len(document.pages):
            output.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    buffer = io.BytesIO()
    output.save(buffer)
    return _normalise_zip_times(buffer.getvalue())


def _normalise_zip_times(data: bytes) -> bytes:
    """Rewrite a zip (a DOCX) with fixed member times, so equal content gives equal bytes."""
    source = zipfile.ZipFile(io.BytesIO(data))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, source.read(item.filename))
    return buffer.getvalue()
