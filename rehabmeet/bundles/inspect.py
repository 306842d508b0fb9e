"""Check one document's bytes against its manifest entry and read its pages."""

from __future__ import annotations

import hashlib
import io
import zipfile
from dataclasses import dataclass

from rehabmeet.bundles.errors import BundleError
from rehabmeet.bundles.manifest import ManifestDocument
from rehabmeet.documents.docx_to_pdf import DocxProblem, docx_to_pdf, looks_like_docx
from rehabmeet.documents.pdf import PdfProblem, looks_like_pdf, read_pdf
from rehabmeet.documents.pdf_bounds import TooMuchOnAPage, check_page_bounds
from rehabmeet.documents.pdf_content import REPAIRED, UnusablePdf, decrypted_copy, qpdf_copy, usable_copy
from rehabmeet.i18n import error_text
from rehabmeet.settings.limits import ImportLimits


@dataclass(frozen=True, slots=True)
class InspectedDocument:
    """A document that passed every check.

    Attributes:
        view_pdf: the PDF made for viewing a DOCX (``None`` for a PDF, which is its own view).
        pages_from: ``pdf``, ``libreoffice`` or ``reportlab`` — how the pages were counted.
        view_pdf: for a PDF, the repaired and/or stripped copy (see
            :mod:`rehabmeet.documents.pdf_content`) when the original is not fit to pass on.
        content_flags: what import found in it: ``repaired``, ``javascript``, ``launch``, ``embedded_files``.
    """

    entry: ManifestDocument
    data: bytes
    page_texts: tuple[str, ...]
    view_pdf: bytes | None
    pages_from: str
    content_flags: tuple[str, ...] = ()

    @property
    def page_count(self) -> int:
        return len(self.page_texts)


def inspect_document(
    bundle: str, entry: ManifestDocument, data: bytes, limits: ImportLimits, docx_renderer: str = "auto"
) -> InspectedDocument:
    """Verify the hash and the file type, then read the pages, in this process.

    Import reads untrusted content in a worker process with limits instead (see
    :mod:`rehabmeet.bundles.worker`): :func:`check_document` here, :func:`read_content` there.

    Raises:
        BundleError: wrong hash, wrong type for the extension, unreadable or hostile content.
    """
    check_document(bundle, entry, data)
    return read_content(bundle, entry, data, limits, docx_renderer)


def check_document(bundle: str, entry: ManifestDocument, data: bytes) -> None:
    """The cheap checks that parse nothing: the sha256 and the file type.

    Raises:
        BundleError: wrong hash, or not the type its extension says.
    """
    if hashlib.sha256(data).hexdigest() != entry.sha256:
        raise BundleError(bundle, entry.file, error_text("its sha256 does not match the manifest (changed or damaged)"))
    if entry.media_type == "pdf" and not looks_like_pdf(data):
        raise BundleError(bundle, entry.file, error_text("is named .pdf but is {data}", data=_what_it_is(data)))
    if entry.media_type == "docx" and not looks_like_docx(data):
        raise BundleError(bundle, entry.file, error_text("is named .docx but is {data}", data=_what_it_is(data)))


def read_content(
    bundle: str, entry: ManifestDocument, data: bytes, limits: ImportLimits, docx_renderer: str = "auto"
) -> InspectedDocument:
    """Read the pages of a document that passed :func:`check_document` (the part that parses it).

    Raises:
        BundleError: unreadable or hostile content, or a limit passed.
    """
    if entry.media_type == "pdf":
        return _inspect_pdf(bundle, entry, data, limits)
    return _inspect_docx(bundle, entry, data, limits, docx_renderer)


def _inspect_pdf(bundle: str, entry: ManifestDocument, data: bytes, limits: ImportLimits) -> InspectedDocument:
    source = data
    flags: tuple[str, ...] = ()
    try:
        check_page_bounds(
            data, max_operators=limits.max_operators_per_page, max_annotations=limits.max_annotations_per_page
        )
        try:
            facts = read_pdf(
                data, max_pages=limits.max_pages_per_document, max_page_chars=limits.max_text_chars_per_page
            )
        except PdfProblem:
            # PDFium refuses some RC4/AES files with an empty user password, and some damaged files qpdf rebuilds
            repaired = decrypted_copy(data) or qpdf_copy(data)
            if repaired is None:
                raise
            source, flags = repaired, (REPAIRED,)
            facts = read_pdf(
                source, max_pages=limits.max_pages_per_document, max_page_chars=limits.max_text_chars_per_page
            )
        copy = usable_copy(source, facts.page_count)
    except (PdfProblem, UnusablePdf, TooMuchOnAPage) as exc:
        raise BundleError(bundle, entry.file, str(exc)) from exc
    view = copy.view_pdf if copy.view_pdf is not None else (source if source is not data else None)
    return InspectedDocument(
        entry=entry,
        data=data,
        page_texts=facts.page_texts,
        view_pdf=view,
        pages_from="pdf",
        content_flags=tuple(dict.fromkeys((*flags, *copy.flags))),
    )


def _inspect_docx(
    bundle: str, entry: ManifestDocument, data: bytes, limits: ImportLimits, renderer: str
) -> InspectedDocument:
    _check_inner_zip(bundle, entry.file, data, limits)
    try:
        view_pdf, used = docx_to_pdf(data, entry.title, renderer, max_pages=limits.max_pages_per_document)
        facts = read_pdf(
            view_pdf, max_pages=limits.max_pages_per_document, max_page_chars=limits.max_text_chars_per_page
        )
    except (DocxProblem, PdfProblem) as exc:
        raise BundleError(bundle, entry.file, str(exc)) from exc
    return InspectedDocument(entry=entry, data=data, page_texts=facts.page_texts, view_pdf=view_pdf, pages_from=used)


def _check_inner_zip(bundle: str, member: str, data: bytes, limits: ImportLimits) -> None:
    """A DOCX is a zip too: apply the same size and ratio limits before any XML is parsed."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        infos = archive.infolist()
        if len(infos) > limits.max_members:
            raise BundleError(bundle, member, error_text("the Word document holds too many parts"))
        total = sum(info.file_size for info in infos)
        if total > limits.max_member_bytes:
            raise BundleError(bundle, member, error_text("the Word document unpacks to more than the size limit"))
        if total > limits.ratio_floor_bytes and total > limits.max_compression_ratio * max(len(data), 1):
            raise BundleError(
                bundle, member, error_text("the Word document compresses suspiciously well (a zip bomb?)")
            )


def _what_it_is(data: bytes) -> str:
    if looks_like_pdf(data):
        return error_text("a PDF")
    if data.startswith(b"PK"):
        return error_text("a zip archive, not a Word document")
    if data[:4] in (b"\x89PNG", b"\xff\xd8\xff\xe0", b"\xff\xd8\xff\xe1", b"GIF8"):
        return error_text("an image")
    if not data:
        return error_text("empty")
    return error_text("something else")
