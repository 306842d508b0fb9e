"""DOCX → PDF for viewing: LibreOffice headless when installed, else a reportlab rendering.

The PDF defines the document's pages for the meeting (page count, page text, source links),
and the UI says which renderer made it.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from collections.abc import Iterator

from rehabmeet.documents.fonts import register_fonts
from rehabmeet.i18n import error_text
from rehabmeet.scratch import private_folder, run_converter

LIBREOFFICE = "libreoffice"
REPORTLAB = "reportlab"
DOCX_PARTS = ("[Content_Types].xml", "word/document.xml")
_LIBREOFFICE_TIMEOUT_S = 120
# A "word" longer than this (no space to break at) stalls both renderers' line breaking
MAX_WORD_CHARS = 1000


class DocxProblem(ValueError):
    """The bytes are not a readable DOCX; the message says why."""


def looks_like_docx(data: bytes) -> bool:
    """Return whether ``data`` is a zip holding a Word document's main parts."""
    if not data.startswith(b"PK"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, ValueError, OSError):
        return False
    return all(part in names for part in DOCX_PARTS)


def docx_paragraphs(data: bytes) -> list[tuple[str, str]]:
    """Return (style, text) for each paragraph and table cell, with page breaks as ("pagebreak", "")."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise DocxProblem(error_text("is not a readable Word document ({exc})", exc=exc)) from exc
    except Exception as exc:  # lxml and python-docx raise many types on hostile XML
        raise DocxProblem(error_text("is not a readable Word document ({exc})", exc=type(exc).__name__)) from exc
    return list(_blocks(document))


def _blocks(document: object) -> Iterator[tuple[str, str]]:
    from docx.oxml.ns import qn

    body = document.element.body  # type: ignore[attr-defined]
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            style = child.pPr.pStyle.val if child.pPr is not None and child.pPr.pStyle is not None else ""
            text = "".join(t.text or "" for t in child.iter(qn("w:t")))
            if any(br.get(qn("w:type")) == "page" for br in child.iter(qn("w:br"))):
                if text.strip():
                    yield style, text
                yield "pagebreak", ""
            else:
                yield style, text
        elif child.tag == qn("w:tbl"):
            for row in child.iter(qn("w:tr")):
                cells = ["".join(t.text or "" for t in cell.iter(qn("w:t"))) for cell in row.iter(qn("w:tc"))]
                yield "table", " | ".join(cells)


def check_docx_bounds(blocks: list[tuple[str, str]], *, max_pages: int, max_word_chars: int = MAX_WORD_CHARS) -> None:
    """Refuse a document whose page breaks alone exceed the page limit, or that holds a word
    too long to lay out, before any renderer spends minutes on it.

    Raises:
        DocxProblem: naming the limit.
    """
    breaks = sum(1 for style, _ in blocks if style == "pagebreak")
    if breaks >= max_pages:
        raise DocxProblem(
            error_text(
                "has {count} page breaks, more than the limit of {max_pages} pages", count=breaks, max_pages=max_pages
            )
        )
    longest = max((len(word) for _, text in blocks for word in text.split()), default=0)
    if longest > max_word_chars:
        raise DocxProblem(
            error_text(
                "holds a word of {length} characters without a space, more than the limit of {limit}",
                length=longest,
                limit=max_word_chars,
            )
        )


def render_with_reportlab(data: bytes, title: str) -> bytes:
    """Render the DOCX's paragraphs (headings, body, tables as rows, page breaks) to PDF."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

    regular, bold, _ = register_fonts()
    body = ParagraphStyle("body", fontName=regular, fontSize=10, leading=13.5, spaceAfter=6)
    heading = ParagraphStyle("heading", fontName=bold, fontSize=12, leading=15, spaceAfter=6, spaceBefore=4)
    story: list[object] = []
    for style, text in docx_paragraphs(data):
        if style == "pagebreak":
            story.append(PageBreak())
        elif text.strip():
            escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            story.append(Paragraph(escaped, heading if style.lower().startswith(("heading", "title")) else body))
    if not story:
        story.append(Paragraph("(tomt dokument)", body))
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        title=title,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        invariant=True,
    )
    from reportlab.platypus.doctemplate import LayoutError

    try:
        document.build(story)
    except LayoutError as exc:
        raise DocxProblem(
            error_text("cannot be laid out on pages (a paragraph or table too large for a page)")
        ) from exc
    return buffer.getvalue()


def libreoffice_binary() -> str | None:
    """Return the LibreOffice executable if one is installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def render_with_libreoffice(data: bytes, binary: str) -> bytes:
    """Convert with ``soffice --headless --convert-to pdf`` in a private, temporary profile.

    The DOCX and the PDF exist only in a private scratch folder (0700) removed on every way out;
    soffice runs in its own process group, killed with it on timeout or exit (:mod:`rehabmeet.scratch`).
    """
    with private_folder("docx") as folder:
        source = folder / "document.docx"
        source.write_bytes(data)
        command = [
            binary,
            f"-env:UserInstallation={(folder / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(source),
        ]
        try:
            run_converter(command, folder, timeout=_LIBREOFFICE_TIMEOUT_S)
        except (subprocess.SubprocessError, OSError) as exc:
            raise DocxProblem(
                error_text("could not be converted by LibreOffice ({exc})", exc=type(exc).__name__)
            ) from exc
        result = folder / "document.pdf"
        if not result.is_file():
            raise DocxProblem(error_text("could not be converted by LibreOffice (no PDF was produced)"))
        return result.read_bytes()


def docx_to_pdf(data: bytes, title: str, renderer: str = "auto", *, max_pages: int = 5000) -> tuple[bytes, str]:
    """Return (PDF bytes, renderer used). ``renderer`` is ``auto``, ``libreoffice`` or ``reportlab``.

    An unreadable document, or one past the bounds of :func:`check_docx_bounds`, is refused
    before any conversion.
    """
    check_docx_bounds(docx_paragraphs(data), max_pages=max_pages)
    binary = libreoffice_binary() if renderer in ("auto", LIBREOFFICE) else None
    if binary is not None:
        return render_with_libreoffice(data, binary), LIBREOFFICE
    return render_with_reportlab(data, title), REPORTLAB
