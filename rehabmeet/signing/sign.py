"""Signing a PDF (PAdES baseline, pyHanko) with a visible box that shows name, role and time.

When a letter is issued, :func:`add_signature_fields` gives it one empty signature field per
signing role, named by the role. Each signature is an incremental update that only fills its
role's pre-made field; the first one is a certification signature (DocMDP: filling the
signature fields only). Signatures are PAdES (ETSI EN 319 142-1): SubFilter
``ETSI.CAdES.detached``, signing-certificate-v2, no CMS signingTime; B-T when a timestamp
authority is configured and reachable, else B-B (and the result says so).
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
    certify: bool = False
    timestamp_url: str = ""


@dataclass(frozen=True, slots=True)
class SignedPdf:
    """A signed PDF and what it reached.

    Attributes:
        level: ``B-T`` (with a timestamp from the configured authority) or ``B-B``.
        note: why it is B-B when a timestamp authority was configured (unreachable …), else ``""``.
    """

    content: bytes
    level: str
    note: str = ""


def field_name_for(role: str) -> str:
    """The signature field of a role: ``Underskrift Mødeleder`` (no dots: they separate field names)."""
    return f"Underskrift {role}".replace(".", " ").strip()


def add_signature_fields(
    content: bytes, slots: Sequence[dict[str, Any]], log_head: str = ""
) -> tuple[bytes, list[dict[str, Any]]]:
    """Return ``content`` with one empty signature field per slot, named by its role, and the renamed slots.

    ``log_head`` (``"<entry id>:<hash>"``) goes into the document information as ``/RehabMeetLogHead``:
    the first signature covers it, so the signed letter anchors the event log
    (:mod:`rehabmeet.audit.anchor`).
    """
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.metadata.model import VENDOR
    from pyhanko.sign import fields

    from rehabmeet.signing.tagged_fields import tag_signature_fields

    writer = IncrementalPdfFileWriter(io.BytesIO(content), strict=False)
    info = writer.trailer["/Info"]
    if log_head:
        info[generic.NameObject("/RehabMeetLogHead")] = generic.TextStringObject(log_head)
    # pyHanko writes its own name as the XMP producer and appends it to the Info producer; naming it
    # alone in both keeps them equal through every later signature (PDF/A-2 § 6.6.2.3).
    info[generic.NameObject("/Producer")] = generic.TextStringObject(VENDOR)
    writer.update_container(info)
    renamed = []
    for slot in slots:
        name = field_name_for(str(slot["role"]))
        # FieldMDP: signing a field locks it (/Lock /Include [itself]); later signers fill only their own
        lock = fields.FieldMDPSpec(action=fields.FieldMDPAction.INCLUDE, fields=[name])
        spec = fields.SigFieldSpec(
            sig_field_name=name, on_page=int(slot["page"]), box=tuple(slot["box"]), field_mdp_spec=lock
        )
        fields.append_signature_field(writer, spec)
        renamed.append({**slot, "field": name})
    form = writer.root["/AcroForm"] if slots else None
    if form is None:
        output = io.BytesIO()
        writer.write(output)  # type: ignore[no-untyped-call]
        return output.getvalue(), []
    tag_signature_fields(
        writer, [(slot["field"], str(slot["role"])) for slot in renamed]
    )  # a tagged letter's Form elements
    form[generic.NameObject("/SigFlags")] = generic.NumberObject(3)  # type: ignore[no-untyped-call]
    writer.update_container(form)  # SigFlags 3: signatures exist, append only
    output = io.BytesIO()
    writer.write(output)  # type: ignore[no-untyped-call]
    return output.getvalue(), renamed


def sign_pdf(content: bytes, signer: Any, request: SignatureRequest) -> bytes:
    """Return ``content`` with one more signature appended as an incremental update."""
    return sign_pdf_at_level(content, signer, request).content


def sign_pdf_at_level(content: bytes, signer: Any, request: SignatureRequest) -> SignedPdf:
    """Sign into the request's pre-made field; B-T when ``request.timestamp_url`` answers, else B-B."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.sign import fields, signers
    from pyhanko.sign.general import SigningError as HankoSigningError

    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(content), strict=False)
        field_name = _free_field_name(writer, request)
        existing = {name for name, *_ in fields.enumerate_sig_fields(writer)}
        if request.slot is not None and field_name not in existing:
            raise SigningError(
                error_text(
                    "the document has no signature field for {role}; issue it again to sign it", role=request.role
                )
            )
        metadata = signers.PdfSignatureMetadata(
            field_name=field_name,
            reason=f"Underskrevet som {request.role}" if request.role else "Underskrevet",
            name=request.signer_name,
            location=request.location or None,
            subfilter=fields.SigSeedSubFilter.PADES,
            certify=request.certify,
            docmdp_permissions=fields.MDPPerm.FILL_FORMS,
        )
        box = request.slot["box"] if request.slot is not None else None
        timestamper, level, note = _timestamper(request.timestamp_url)
        pdf_signer = _pdf_signer_class()(
            metadata, signer=signer, stamp_style=_stamp_style(request, box), timestamper=timestamper
        )
        output = io.BytesIO()
        try:
            pdf_signer.sign_pdf(writer, output=output, existing_fields_only=request.slot is not None)
        except (HankoSigningError, OSError) as exc:
            if timestamper is None:
                raise
            note = error_text("the timestamp authority did not answer ({exc}); signed B-B", exc=exc)
            return SignedPdf(sign_pdf_at_level(content, signer, _without_tsa(request)).content, "B-B", note)
    except (PdfReadError, ValueError, KeyError, HankoSigningError) as exc:
        raise SigningError(error_text("the document cannot be signed ({exc})", exc=exc)) from exc
    return SignedPdf(output.getvalue(), level, note)


def _without_tsa(request: SignatureRequest) -> SignatureRequest:
    import dataclasses

    return dataclasses.replace(request, timestamp_url="")


def _timestamper(url: str) -> tuple[Any, str, str]:
    if not url:
        return None, "B-B", ""
    from pyhanko.sign.timestamps import HTTPTimeStamper

    return HTTPTimeStamper(url, timeout=10), "B-T", ""


def _pdf_signer_class() -> type:
    """pyHanko's PdfSigner, registering only the PAdES (ESIC) extension.

    pyHanko marks ECDSA on P-256 as an ISO 32002 extension and raises the catalogue's /Version to
    2.0, which a PDF/A-2b letter (PDF 1.7 based) must not claim (issue 16, finding 6).
    """
    from pyhanko.sign import signers
    from pyhanko.sign.signers.pdf_signer import _ensure_esic_ext

    class PdfA2Signer(signers.PdfSigner):
        def register_extensions(self, pdf_out: Any, *, md_algorithm: str) -> None:
            _ensure_esic_ext(pdf_out)

    return PdfA2Signer


def signing_time_text(moment: datetime) -> str:
    """Return a signing time as the box shows it."""
    return moment.astimezone().strftime("%d.%m.%Y kl. %H.%M")


def _free_field_name(writer: Any, request: SignatureRequest) -> str:
    from pyhanko.sign.fields import enumerate_sig_fields

    if request.slot is not None:
        return str(request.slot["field"])
    taken = {name for name, *_ in enumerate_sig_fields(writer)}
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
