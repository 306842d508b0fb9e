"""What PDF/A-2b asks of a letter beyond reportlab's output: XMP metadata and an sRGB output intent.

reportlab (open-source edition) embeds the fonts but writes neither the XMP packet with the
PDF/A identification nor an output intent, nor a structure tree. This step adds all three with
pypdf (the tree from the marked content the letter was drawn with,
:mod:`rehabmeet.letters.structure`). Whether the result conforms has not been checked with a
validator (neither veraPDF nor a PDF/UA checker can be installed here); ``docs/documents.md``
records the gap.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime
from functools import cache
from typing import Any

from rehabmeet.letters.model import Letter
from rehabmeet.letters.structure import StructNode, write_structure


@cache
def srgb_profile() -> bytes:
    """Return an sRGB ICC profile (Pillow builds one; no file to ship)."""
    from PIL import ImageCms

    profile = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))
    data: bytes = profile.tobytes()
    return data


def make_pdfa(content: bytes, letter: Letter, structure: StructNode | None = None) -> bytes:
    """Return ``content`` with PDF/A-2b identification, XMP metadata, an sRGB output intent and its ``structure``."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import (
        ArrayObject,
        DecodedStreamObject,
        DictionaryObject,
        NameObject,
        NumberObject,
        TextStringObject,
    )
    from pypdf.xmp import XmpInformation

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(content)))
    now = datetime.now(UTC)
    xmp = XmpInformation.create()
    xmp.pdfaid_part = "2"
    xmp.pdfaid_conformance = "B"
    xmp.dc_title = {"x-default": letter.title}
    xmp.dc_creator = [letter.author or "RehabMeet"]
    xmp.dc_description = {"x-default": letter.subject}
    xmp.dc_language = ["da-DK"]
    xmp.pdf_producer = "RehabMeet (reportlab, pypdf)"
    xmp.pdf_keywords = letter.keywords
    xmp.xmp_creator_tool = "RehabMeet"
    xmp.xmp_create_date = now
    xmp.xmp_modify_date = now
    xmp.xmp_metadata_date = now
    writer.xmp_metadata = xmp
    # ISO 32000 § 14.3.2 and PDF/A-2 § 6.6.2.1: the metadata stream says what it is (pypdf leaves it out);
    # without it pyHanko does not recognise the packet when signing and writes a second one.
    metadata: Any = writer._root_object["/Metadata"].get_object()
    metadata[NameObject("/Type")] = NameObject("/Metadata")
    metadata[NameObject("/Subtype")] = NameObject("/XML")
    writer.add_metadata(
        {
            "/Title": letter.title,
            "/Author": letter.author or "RehabMeet",
            "/Subject": letter.subject,
            "/Keywords": letter.keywords,
            "/Creator": "RehabMeet",
            "/Producer": "RehabMeet (reportlab, pypdf)",
        }
    )
    icc = DecodedStreamObject()
    icc.set_data(srgb_profile())
    icc[NameObject("/N")] = NumberObject(3)
    intent = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/OutputIntent"),
            NameObject("/S"): NameObject("/GTS_PDFA1"),
            NameObject("/OutputConditionIdentifier"): TextStringObject("sRGB IEC61966-2.1"),
            NameObject("/Info"): TextStringObject("sRGB IEC61966-2.1"),
            NameObject("/DestOutputProfile"): writer._add_object(icc),
        }
    )
    writer._root_object[NameObject("/OutputIntents")] = ArrayObject([writer._add_object(intent)])
    writer._root_object[NameObject("/Lang")] = TextStringObject("da-DK")
    if structure is not None:
        write_structure(writer, structure)
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()
