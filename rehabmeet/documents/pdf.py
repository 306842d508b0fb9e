"""PDF facts through pdfium (pypdfium2): page count and text per page.

pdfium is not thread-safe, so every call goes through one lock.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

import pypdfium2 as pdfium

from rehabmeet.i18n import error_text

PDF_MAGIC = b"%PDF-"
_LOCK = threading.Lock()


class PdfProblem(ValueError):
    """The bytes are not a readable PDF; the message says why in one clause."""


@dataclass(frozen=True, slots=True)
class PdfFacts:
    """What RehabMeet needs of a PDF."""

    page_count: int
    page_texts: tuple[str, ...]


def looks_like_pdf(data: bytes) -> bool:
    """Return whether ``data`` starts like a PDF (the header may follow up to 1 KiB of junk)."""
    return PDF_MAGIC in data[:1024]


def read_pdf(data: bytes, *, max_pages: int, max_page_chars: int = 1_000_000) -> PdfFacts:
    """Return the page count and per-page text of the PDF in ``data``.

    Raises:
        PdfProblem: not a PDF, password-protected, damaged, empty, too many pages, or a page
            with more than ``max_page_chars`` characters of text.
    """
    if not looks_like_pdf(data):
        raise PdfProblem(error_text("is not a PDF file (no %PDF header)"))
    with _LOCK:
        try:
            document = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            raise PdfProblem(_describe(exc)) from exc
        try:
            count = len(document)
            if count == 0:
                raise PdfProblem(error_text("has no pages"))
            if count > max_pages:
                raise PdfProblem(
                    error_text(
                        "has {count} pages, more than the limit of {max_pages}", count=count, max_pages=max_pages
                    )
                )
            return PdfFacts(
                page_count=count, page_texts=tuple(_page_text(document, i, max_page_chars) for i in range(count))
            )
        finally:
            document.close()


def _page_text(document: pdfium.PdfDocument, index: int, max_chars: int) -> str:
    try:
        text = _read_page_text(document, index)
    except pdfium.PdfiumError as exc:
        raise PdfProblem(
            error_text("page {page} cannot be read by the PDF engine ({exc})", page=index + 1, exc=exc)
        ) from exc
    if len(text) > max_chars:
        raise PdfProblem(
            error_text(
                "page {page} holds {count} characters of text, more than the limit of {limit}",
                page=index + 1,
                count=len(text),
                limit=max_chars,
            )
        )
    return text


def _read_page_text(document: pdfium.PdfDocument, index: int) -> str:
    page = document[index]
    try:
        textpage = page.get_textpage()
        try:
            return str(textpage.get_text_range()).replace("\r\n", "\n").replace("\x00", "")
        finally:
            textpage.close()
    finally:
        page.close()


def _describe(exc: Exception) -> str:
    text = str(exc).lower()
    if "password" in text:
        return error_text("is encrypted with a password and cannot be read")
    if "format" in text or "file" in text:
        return error_text("is damaged and cannot be read as a PDF")
    return error_text("cannot be read as a PDF ({exc})", exc=exc)
