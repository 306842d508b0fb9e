"""Crafted hostile documents and bundles for the real-world-file tests (issue 19), made at test time."""

from __future__ import annotations

import io
import json
import zipfile
from typing import Any

from tests.helpers.bundles import Members, replace_document, valid_members, with_manifest

PDF = "documents/01-forberedende-del.pdf"
CV = "documents/03-cv.pdf"
CV_DOCX = "documents/03-cv.docx"


def raw_manifest(members: Members, change: Any = None, *, ascii_only: bool = True, extra: str = "") -> Members:
    """Return ``members`` with the manifest re-serialised after ``change``; ``extra`` is spliced in
    as raw JSON text after the first ``{`` (for values json.dumps will not write, such as huge ints)."""
    manifest = json.loads(members["manifest.json"])
    if change is not None:
        change(manifest)
    text = json.dumps(manifest, ensure_ascii=ascii_only)
    if extra:
        text = "{" + extra + ", " + text[1:]
    return {**members, "manifest.json": text.encode("utf-8", "surrogatepass")}


def docx_with_body(body_xml: str) -> bytes:
    """A minimal Word document whose ``<w:body>`` holds ``body_xml``."""
    namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{namespace}"><w:body>'
    document += body_xml + "</w:body></w:document>"
    content_types = (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/'
        'document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main'
        '+xml"/></Types>'
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
        '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", content_types)
        archive.writestr("_rels/.rels", rels)
        archive.writestr("word/document.xml", document)
    return buffer.getvalue()


def paragraph(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


PAGE_BREAK = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'


def with_docx_cv(data: bytes, members: Members | None = None) -> Members:
    """Replace the CV (which no summary source names) by the DOCX ``data``."""
    members = dict(members or valid_members())

    def rename(manifest: dict[str, Any]) -> None:
        for entry in manifest["documents"]:
            if entry["file"] == CV:
                entry["file"] = CV_DOCX

    members.pop(CV)
    members = with_manifest({**members, CV_DOCX: b""}, rename)
    return replace_document(members, CV_DOCX, data)


def pdf_with_content(compressed_content: bytes, *, font: bool = False) -> bytes:
    """A one-page PDF whose page content stream is ``compressed_content`` (Flate-encoded)."""
    resources = b"<< /Font << /F1 5 0 R >> >>" if font else b"<< >>"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources " + resources + b" >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(compressed_content)
        + compressed_content
        + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def deflated(chunk: bytes, times: int) -> bytes:
    """``chunk`` repeated ``times`` times, Flate-compressed without holding it all in memory."""
    import zlib

    compressor = zlib.compressobj(9)
    parts = [compressor.compress(chunk) for _ in range(times)]
    parts.append(compressor.flush())
    return b"".join(parts)


def with_pdf(data: bytes, members: Members | None = None) -> Members:
    """Replace the CV (which no summary source names) by the PDF ``data``."""
    return replace_document(dict(members or valid_members()), CV, data)


def pdf_with_active_content(source: bytes) -> bytes:
    """``source`` with document JavaScript, an embedded .exe and a launch action that opens it."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, DictionaryObject, NameObject, TextStringObject

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(source)))
    writer.add_attachment("setup.exe", b"MZ\x90\x00" + b"\x00" * 60)
    script = DictionaryObject(
        {NameObject("/S"): NameObject("/JavaScript"), NameObject("/JS"): TextStringObject("app.alert('hello');")}
    )
    names = writer._root_object["/Names"].get_object()
    names[NameObject("/JavaScript")] = DictionaryObject(
        {NameObject("/Names"): ArrayObject([TextStringObject("hello"), writer._add_object(script)])}
    )
    launch = DictionaryObject(
        {NameObject("/S"): NameObject("/Launch"), NameObject("/F"): TextStringObject("setup.exe")}
    )
    writer._root_object[NameObject("/OpenAction")] = writer._add_object(launch)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def damaged_pdf(source: bytes) -> bytes:
    """``source`` with its first stream's ``endstream`` marker misspelt: PDFium repairs it, pypdf gives up."""
    return source.replace(b"endstream", b"endstrem", 1)


def truncated_pdf(source: bytes) -> bytes:
    """``source`` cut off inside its trailer's ``/ID`` (no ``startxref``, no ``%%EOF``), like pdf.js's
    bug1250079.pdf: PDFium and pypdf give up, qpdf rebuilds the cross-reference table."""
    return source[: source.rfind(b"/ID") + 12]
