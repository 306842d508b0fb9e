"""Signing a PDF (PAdES, pyHanko) with a visible box that shows name, role and time.

Each signature is an incremental update: earlier signatures stay intact and cover their own
revision. The box goes into the first empty slot the letter left for it; a signer beyond the
slots signs without a visible box.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from rehabmeet.errors import UserFacingError
from rehabmeet.i18n import error_text


class SigningError(UserFacingError):
    """A document cannot be signed."""


@dataclass(frozen=True, slots=True)
class SignatureRequest:
    """Who signs, as what, and where the box goes.

    Attributes:
        slot: ``{"field", "page", "box"}`` from the rendered letter, or ``None`` for an invisible signature.
    """

    signer_name: str
    role: str
    slot: dict[str, Any] | None
    location: str = ""


def sign_pdf(content: bytes, signer: Any, request: SignatureRequest) -> bytes:
    """Return ``content`` with one more signature appended as an incremental update."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.sign import fields, signers

    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(content), strict=False)
        field_name = _free_field_name(writer, request)
        if request.slot is not None:
            spec = fields.SigFieldSpec(
                sig_field_name=field_name, on_page=int(request.slot["page"]), box=tuple(request.slot["box"])
            )
            fields.append_signature_field(writer, spec)
        metadata = signers.PdfSignatureMetadata(
            field_name=field_name,
            reason=f"Underskrevet som {request.role}" if request.role else "Underskrevet",
            name=request.signer_name,
            location=request.location or None,
        )
        box = request.slot["box"] if request.slot is not None else None
        pdf_signer = signers.PdfSigner(metadata, signer=signer, stamp_style=_stamp_style(request, box))
        output = io.BytesIO()
        pdf_signer.sign_pdf(writer, output=output, existing_fields_only=request.slot is not None)
    except (PdfReadError, ValueError, KeyError) as exc:
        raise SigningError(error_text("the document cannot be signed ({exc})", exc=exc)) from exc
    return output.getvalue()


def signing_time_text(moment: datetime) -> str:
    """Return a signing time as the box shows it."""
    return moment.astimezone().strftime("%d.%m.%Y kl. %H.%M")


def _free_field_name(writer: Any, request: SignatureRequest) -> str:
    from pyhanko.sign.fields import enumerate_sig_fields

    taken = {name for name, *_ in enumerate_sig_fields(writer)}
    if request.slot is not None and request.slot["field"] not in taken:
        return str(request.slot["field"])
    n = len(taken) + 1
    while f"Underskrift{n}" in taken:
        n += 1
    return f"Underskrift{n}"


def _stamp_style(request: SignatureRequest, box: Sequence[float] | None) -> Any:
    """Return a stamp drawn by reportlab in the embedded font: who, as what, when."""
    from pyhanko.stamp import StaticStampStyle

    if box is None:
        return None
    width, height = float(box[2]) - float(box[0]), float(box[3]) - float(box[1])
    page = stamp_pdf(request.signer_name, request.role, datetime.now(), width, height)
    return StaticStampStyle(background=_PdfBytesPage(page), border_width=0)


def stamp_pdf(name: str, role: str, moment: datetime, width: float, height: float) -> bytes:
    """Return a one-page PDF of ``width`` × ``height`` points: the visible signature's content."""
    from reportlab.pdfgen.canvas import Canvas

    from rehabmeet.documents.fonts import register_fonts

    regular, bold, _ = register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(width, height), initialFontName=regular)
    canvas.setFillColor("#2f6f4f")
    canvas.rect(0, 0, 3, height, stroke=0, fill=1)
    lines = [
        (regular, 7.5, "#505a66", "Underskrevet digitalt af"),
        (bold, 10.5, "#000000", name),
        (regular, 9, "#000000", role),
        (regular, 8.5, "#000000", signing_time_text(moment)),
    ]
    y = height - 14
    for font, size, colour, text in lines:
        if text:
            canvas.setFont(font, size)
            canvas.setFillColor(colour)
            canvas.drawString(10, y, text)
            y -= size + 4
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _pdf_bytes_page_class() -> type:
    from pyhanko.pdf_utils.content import PdfContent
    from pyhanko.pdf_utils.layout import BoxConstraints
    from pyhanko.pdf_utils.reader import PdfFileReader

    class PdfBytesPage(PdfContent):
        """pyHanko's ImportedPdfPage, reading the page from bytes instead of a file."""

        def __init__(self, data: bytes) -> None:
            self.data = data
            super().__init__()

        def render(self) -> bytes:
            xobject = self._ensure_writer.import_page_as_xobject(PdfFileReader(io.BytesIO(self.data)), page_ix=0)
            self.resources.xobject["/Stamp"] = xobject
            x1, y1, x2, y2 = xobject.get_object()["/BBox"]
            self.box = BoxConstraints(width=abs(x1 - x2), height=abs(y1 - y2))
            return b"/Stamp Do"

    return PdfBytesPage


def _PdfBytesPage(data: bytes) -> Any:
    return _pdf_bytes_page_class()(data)


def next_free_slot(slots: Sequence[dict[str, Any]], signatures: Sequence[dict[str, Any]]) -> dict[str, Any] | None:
    """Return the first slot no signature has used, preferring one whose role matches nobody yet."""
    used = {str(s.get("field")) for s in signatures}
    for slot in slots:
        if str(slot["field"]) not in used:
            return slot
    return None
