"""Assemble the distributable summary PDF: the sheet, then the meeting-set pages of each document.

Bookmarks per document, the sheet's source references as internal links to the right appended
page, "side 3 af 41" and the case ref on every page, fonts embedded. pypdf does the assembly.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from rehabmeet.documents.fonts import register_fonts
from rehabmeet.documents.summary_sheet_pdf import APPENDIX_SCHEME
from rehabmeet.i18n import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True, slots=True)
class AppendixDocument:
    """A document whose meeting-set pages are appended.

    Attributes:
        pdf: the document's PDF (the view PDF for a Word document).
        pages: the 1-based pages to append, in order.
    """

    doc_key: str
    bookmark: str
    pdf: bytes
    pages: tuple[int, ...]


def assemble(sheet_pdf: bytes, appendix: Sequence[AppendixDocument], *, case_ref: str, title: str) -> bytes:
    """Return the finished summary PDF."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    writer.append(PdfReader(io.BytesIO(sheet_pdf)))
    sheet_pages = len(writer.pages)
    writer.add_outline_item(title=translate("Summary", QT_TRANSLATE_NOOP("Summary", "Summary sheet")), page_number=0)
    for document in appendix:
        if not document.pages:
            continue
        reader = PdfReader(io.BytesIO(document.pdf))
        first = len(writer.pages)
        for page in document.pages:
            writer.add_page(reader.pages[page - 1])
        writer.add_outline_item(title=document.bookmark, page_number=first)
    _resolve_links(writer, sheet_pages)
    _stamp_pages(writer, case_ref)
    writer.add_metadata({"/Title": title, "/Author": "RehabMeet", "/Subject": case_ref, "/Creator": "RehabMeet"})
    writer.page_mode = "/UseOutlines"
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


def _resolve_links(writer: object, sheet_pages: int) -> None:
    """Turn the sheet's ``rehabmeet-appendix:k`` URI links into links to page ``sheet_pages + k``."""
    from pypdf.generic import ArrayObject, DictionaryObject, NameObject, NullObject

    pages = writer.pages  # type: ignore[attr-defined]
    for page in list(pages)[:sheet_pages]:
        for annotation_ref in page.get("/Annots", []) or []:
            annotation = annotation_ref.get_object()
            action = annotation.get("/A")
            uri = str(action.get_object().get("/URI", "")) if action is not None else ""
            if not uri.startswith(APPENDIX_SCHEME):
                continue
            target = pages[sheet_pages + int(uri.removeprefix(APPENDIX_SCHEME))]
            destination = ArrayObject(
                [target.indirect_reference, NameObject("/XYZ"), NullObject(), NullObject(), NullObject()]
            )
            del annotation["/A"]
            annotation[NameObject("/Dest")] = destination
            annotation[NameObject("/Border")] = ArrayObject([])
            if "/BS" in annotation:
                annotation[NameObject("/BS")] = DictionaryObject({NameObject("/W"): NameObject("/0")})


def _stamp_pages(writer: object, case_ref: str) -> None:
    """Put "<case ref> · side n af N" at the foot of every page, on a white band."""
    from pypdf import PdfReader

    pages = list(writer.pages)  # type: ignore[attr-defined]
    sizes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in pages]
    overlay = PdfReader(io.BytesIO(_footer_pdf(case_ref, sizes)))
    for page, stamp in zip(pages, overlay.pages, strict=True):
        page.merge_page(stamp, over=True)


def _footer_pdf(case_ref: str, sizes: Sequence[tuple[float, float]]) -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    regular, _bold, _italic = register_fonts()
    template = translate("Summary", QT_TRANSLATE_NOOP("Summary", "page {page} of {pages}"))
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=True)
    for number, (width, height) in enumerate(sizes, start=1):
        canvas.setPageSize((width, height))
        text = f"{case_ref} · {template.format(page=number, pages=len(sizes))}"
        text_width = canvas.stringWidth(text, regular, 7.5)
        canvas.setFillColorRGB(1, 1, 1)
        canvas.rect(width - text_width - 30, 4, text_width + 16, 13, stroke=0, fill=1)
        canvas.setFillColorRGB(0.2, 0.24, 0.3)
        canvas.setFont(regular, 7.5)
        canvas.drawRightString(width - 22, 8, text)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def page_texts(pdf: bytes) -> Mapping[int, str]:
    """Return {0-based page index: text} of a PDF (for tests and the CLI's checks)."""
    from rehabmeet.documents.pdf import read_pdf

    facts = read_pdf(pdf, max_pages=100_000)
    return dict(enumerate(facts.page_texts))
