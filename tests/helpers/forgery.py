"""A forger's tools, made with pyHanko: incremental updates that change a signed letter.

Each function takes a signed PDF and returns it with one more revision appended, as an attacker
with the file (and pyHanko) would make it (issue 16, findings 1 and 2, and the "done when" list).
"""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta

OVERLAY_TEXT = "Du faar ikke et ressourceforloeb."


def _writer(content: bytes):  # type: ignore[no-untyped-def]
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    return IncrementalPdfFileWriter(io.BytesIO(content), strict=False)


def _written(writer) -> bytes:  # type: ignore[no-untyped-def]
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


def _overlay_stream(writer, width: float, height: float):  # type: ignore[no-untyped-def]
    from pyhanko.pdf_utils import generic

    font = generic.DictionaryObject(
        {
            generic.NameObject("/Type"): generic.NameObject("/Font"),
            generic.NameObject("/Subtype"): generic.NameObject("/Type1"),
            generic.NameObject("/BaseFont"): generic.NameObject("/Helvetica"),
        }
    )
    stream = generic.StreamObject(
        {
            generic.NameObject("/Type"): generic.NameObject("/XObject"),
            generic.NameObject("/Subtype"): generic.NameObject("/Form"),
            generic.NameObject("/BBox"): generic.ArrayObject(
                [
                    generic.FloatObject(0),
                    generic.FloatObject(0),
                    generic.FloatObject(width),
                    generic.FloatObject(height),
                ]
            ),
            generic.NameObject("/Resources"): generic.DictionaryObject(
                {
                    generic.NameObject("/Font"): generic.DictionaryObject(
                        {generic.NameObject("/F1"): writer.add_object(font)}
                    )
                }
            ),
        },
        stream_data=(f"1 1 1 rg 0 0 {width} {height} re f 0 0 0 rg BT /F1 14 Tf 4 6 Td ({OVERLAY_TEXT}) Tj ET").encode(
            "latin-1"
        ),
    )
    return writer.add_object(stream)


def overlay_in_unsigned_field(content: bytes, page: int = 0, box: tuple[float, ...] = (60, 600, 400, 630)) -> bytes:
    """Finding 1: a new, unsigned signature field whose appearance paints over the decision line."""
    from pyhanko.pdf_utils import generic
    from pyhanko.sign import fields

    writer = _writer(content)
    fields.append_signature_field(writer, fields.SigFieldSpec(sig_field_name="Overlay", on_page=page, box=box))
    form = writer.root["/AcroForm"]
    for ref in form["/Fields"]:
        widget = ref.get_object()
        if str(widget.get("/T")) == "Overlay":
            widget[generic.NameObject("/AP")] = generic.DictionaryObject(
                {generic.NameObject("/N"): _overlay_stream(writer, box[2] - box[0], box[3] - box[1])}
            )
            writer.update_container(widget)
    return _written(writer)


def overlay_annotation(content: bytes, page: int = 0) -> bytes:
    """A new free-text annotation with the same overlay text."""
    from pyhanko.pdf_utils import generic

    writer = _writer(content)
    page_ref = writer.find_page_for_modification(page)[0]
    page_obj = page_ref.get_object()
    annot = generic.DictionaryObject(
        {
            generic.NameObject("/Type"): generic.NameObject("/Annot"),
            generic.NameObject("/Subtype"): generic.NameObject("/FreeText"),
            generic.NameObject("/Rect"): generic.ArrayObject([generic.FloatObject(v) for v in (60, 600, 400, 630)]),
            generic.NameObject("/Contents"): generic.TextStringObject(OVERLAY_TEXT),
            generic.NameObject("/DA"): generic.TextStringObject("/Helv 14 Tf 0 g"),
            generic.NameObject("/AP"): generic.DictionaryObject(
                {generic.NameObject("/N"): _overlay_stream(writer, 340, 30)}
            ),
        }
    )
    annots = page_obj.get("/Annots", generic.ArrayObject())
    annots = generic.ArrayObject([*annots, writer.add_object(annot)])
    page_obj[generic.NameObject("/Annots")] = annots
    writer.update_container(page_obj)
    return _written(writer)


def added_page_text(content: bytes, page: int = 0) -> bytes:
    """An incremental text change: one more content stream drawn onto a page."""
    from pyhanko.pdf_utils import generic

    writer = _writer(content)
    font = writer.add_object(
        generic.DictionaryObject(
            {
                generic.NameObject("/Type"): generic.NameObject("/Font"),
                generic.NameObject("/Subtype"): generic.NameObject("/Type1"),
                generic.NameObject("/BaseFont"): generic.NameObject("/Helvetica"),
            }
        )
    )
    stream = writer.add_object(
        generic.StreamObject(stream_data=f"BT /FX 14 Tf 60 610 Td ({OVERLAY_TEXT}) Tj ET".encode("latin-1"))
    )
    resources = generic.DictionaryObject(
        {generic.NameObject("/Font"): generic.DictionaryObject({generic.NameObject("/FX"): font})}
    )
    writer.add_stream_to_page(page, stream, resources=resources)
    return _written(writer)


def removed_last_page(content: bytes) -> bytes:
    """An incremental update that drops the last page from the page tree."""
    from pyhanko.pdf_utils import generic

    writer = _writer(content)
    pages = writer.root["/Pages"]
    kids = pages["/Kids"]
    pages[generic.NameObject("/Kids")] = generic.ArrayObject(list(kids)[:-1])
    pages[generic.NameObject("/Count")] = generic.NumberObject(len(kids) - 1)
    writer.update_container(pages)
    return _written(writer)


def moved_signature_widget(content: bytes, field: str) -> bytes:
    """A changed annotation: the signed field's widget moved (and its appearance with it)."""
    from pyhanko.pdf_utils import generic

    writer = _writer(content)
    for ref in writer.root["/AcroForm"]["/Fields"]:
        widget = ref.get_object()
        if str(widget.get("/T")) == field:
            x1, y1, x2, y2 = (float(v) for v in widget["/Rect"])
            widget[generic.NameObject("/Rect")] = generic.ArrayObject(
                [generic.FloatObject(v) for v in (x1, y1 + 400, x2, y2 + 400)]
            )
            writer.update_container(widget)
    return _written(writer)


def self_signed_signer(name: str = "Helle Kragh"):  # type: ignore[no-untyped-def]
    """A pyHanko signer with a fresh self-signed certificate in ``name`` (nobody's trust store has it)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID
    from pyhanko.sign.signers import SimpleSigner

    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=30))
        .sign(key, hashes.SHA256())
    )
    data = pkcs12.serialize_key_and_certificates(b"x", key, cert, None, serialization.NoEncryption())
    return SimpleSigner.load_pkcs12_data(data, other_certs=[], passphrase=None)


def signature_in_new_field(content: bytes, signer, box: tuple[float, ...] = (60, 600, 400, 630)) -> bytes:  # type: ignore[no-untyped-def]
    """Finding 2: a signature in a new visible field whose stamp paints the overlay text."""
    from pyhanko.sign import fields, signers
    from pyhanko.stamp import TextStampStyle

    writer = _writer(content)
    metadata = signers.PdfSignatureMetadata(field_name="Forfalsket", reason="Underskrevet som Mødeleder")
    pdf_signer = signers.PdfSigner(
        metadata,
        signer=signer,
        stamp_style=TextStampStyle(stamp_text=OVERLAY_TEXT, border_width=0),
        new_field_spec=fields.SigFieldSpec(sig_field_name="Forfalsket", on_page=0, box=box),
    )
    output = io.BytesIO()
    pdf_signer.sign_pdf(writer, output=output)
    return output.getvalue()


def changed_title(content: bytes) -> bytes:
    """Changed metadata: the document information's title rewritten in an unsigned revision."""
    from pyhanko.pdf_utils import generic

    writer = _writer(content)
    info = writer.trailer["/Info"]
    info[generic.NameObject("/Title")] = generic.TextStringObject("Afslag på ressourceforløb")
    writer.update_container(info)
    return _written(writer)


def ca_issued_signer(folder, name: str = "Bo Læge"):  # type: ignore[no-untyped-def]
    """A signer whose certificate a separate CA issued; returns (pyHanko signer, path of the CA's PEM bundle)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID
    from pyhanko.sign.signers import SimpleSigner

    now = datetime.now(UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Regionens CA")])
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(1)
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(2)
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=30))
        .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    bundle = folder / "ca-bundle.pem"
    bundle.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    data = pkcs12.serialize_key_and_certificates(b"x", key, cert, [ca], serialization.NoEncryption())
    return SimpleSigner.load_pkcs12_data(data, other_certs=[], passphrase=None), bundle


def flipped_byte(content: bytes, mask: int = 0x01) -> bytes:
    """One bit changed a third into the file: inside the signed letter's content, as a careless edit would."""
    damaged = bytearray(content)
    damaged[len(damaged) // 3] ^= mask
    return bytes(damaged)
