"""Read a tagged PDF back independently of how RehabMeet wrote it: poppler's text and pypdf's objects."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream, DictionaryObject

# Operators that put ink on the page (ISO 32000-1 tables 51, 59, 87, 89, 92).
PAINTING = {b"Tj", b"TJ", b"'", b'"', b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*", b"S", b"s"}
PAINTING |= {b"Do", b"sh", b"INLINE IMAGE"}


def pdfinfo(pdf: bytes, tmp_path: Path, *options: str) -> str:
    """What poppler's ``pdfinfo`` prints about ``pdf`` (the test is skipped where poppler is missing)."""
    if shutil.which("pdfinfo") is None:
        pytest.skip("pdfinfo (poppler-utils) is not installed")
    path = tmp_path / "tagged.pdf"
    path.write_bytes(pdf)
    # The text is UTF-8; an element's title (/T) poppler prints as the bytes it holds.
    done = subprocess.run(["pdfinfo", *options, str(path)], capture_output=True, check=True)
    assert b"Error" not in done.stderr, done.stderr  # poppler found nothing malformed
    return done.stdout.decode("utf-8", errors="replace")


def struct_text(pdf: bytes, tmp_path: Path) -> list[tuple[str, str]]:
    """``pdfinfo -struct-text``'s elements with text as (structure type, text), in the order poppler reads them.

    An element continued on another page is printed as one line per page; they are joined here.
    """
    output = pdfinfo(pdf, tmp_path, "-struct-text")
    leaves: list[tuple[str, str]] = []
    kind, new_element = "", True
    for line in output.splitlines():
        text = re.match(r'\s*"(.*)"\s*$', line)
        if text and not new_element:
            leaves[-1] = (kind, f"{leaves[-1][1]} {text.group(1).strip()}")
        elif text:
            leaves.append((kind, text.group(1).strip()))
            new_element = False
        elif line.strip() and not line.strip().startswith("/"):  # "/Scope /Row" is an attribute line
            kind, new_element = line.strip().split()[0].rstrip(":"), True
    return leaves


@dataclass
class MarkedContent:
    """What a page's content stream marks: its MCIDs, and any ink drawn outside both MCIDs and artifacts."""

    mcids: list[int] = field(default_factory=list)
    untagged_ink: list[str] = field(default_factory=list)
    balanced: bool = True


def marked_content(page: Any, reader: PdfReader) -> MarkedContent:
    """Walk one page's operators, keeping the BDC/BMC … EMC nesting."""
    result = MarkedContent()
    stack: list[str] = []  # "mcid", "artifact" or "other"
    for operands, operator in ContentStream(page.get_contents(), reader).operations:
        if operator in (b"BDC", b"BMC"):
            properties = operands[1] if operator == b"BDC" else None
            if operands[0] == "/Artifact":
                stack.append("artifact")
            elif isinstance(properties, DictionaryObject) and "/MCID" in properties:
                result.mcids.append(int(properties["/MCID"]))
                stack.append("mcid")
            else:
                stack.append("other")
        elif operator == b"EMC":
            if not stack:
                result.balanced = False
                continue
            stack.pop()
        elif operator in PAINTING and "mcid" not in stack and "artifact" not in stack:
            result.untagged_ink.append(operator.decode())
    result.balanced = result.balanced and not stack
    return result


def structure_references(reader: PdfReader) -> dict[tuple[int, int], Any]:
    """Every (page index, MCID) the structure tree points at, with the element that holds it."""
    pages = {page.indirect_reference.idnum: n for n, page in enumerate(reader.pages)}
    found: dict[tuple[int, int], Any] = {}

    def walk(element: Any, reference: Any) -> None:
        kids = element.get("/K", [])
        kids = kids if isinstance(kids, list) else [kids]
        page = element.raw_get("/Pg") if "/Pg" in element else None
        for kid in kids:
            if isinstance(kid, int):
                found[(pages[page.idnum], int(kid))] = reference.idnum
                continue
            child = kid.get_object()
            if child.get("/Type") == "/MCR":
                found[(pages[child.raw_get("/Pg").idnum], int(child["/MCID"]))] = reference.idnum
            elif "/S" in child:
                walk(child, kid)

    tree = reader.trailer["/Root"]["/StructTreeRoot"]
    for top in tree["/K"]:
        walk(top.get_object(), top)
    return found


def parent_tree(reader: PdfReader) -> dict[tuple[int, int], Any]:
    """The parent tree read the other way: (page index, MCID) → element, through each page's /StructParents."""
    numbers = reader.trailer["/Root"]["/StructTreeRoot"]["/ParentTree"]["/Nums"]
    arrays = {int(numbers[n]): numbers[n + 1] for n in range(0, len(numbers), 2)}
    owners: dict[tuple[int, int], Any] = {}
    for index, page in enumerate(reader.pages):
        if "/StructParents" not in page:
            continue
        for mcid, element in enumerate(arrays[int(page["/StructParents"])]):
            owners[(index, mcid)] = element.idnum
    return owners


def reader_of(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


@dataclass
class PdfiumReading:
    """What pdfium (Chrome's PDF engine, which feeds its screen-reader support) reads from a tagged PDF.

    Attributes:
        leaves: per page, (structure type, text) of every element with marked content, in tree order.
        untagged: per page, the text drawn outside any marked content with an MCID (artifacts).
    """

    language: str
    tagged: bool
    leaves: list[list[tuple[str, str]]]
    untagged: list[str]


def pdfium_reading(pdf: bytes) -> PdfiumReading:
    """Read the language, the tagged flag and each page's structure with pypdfium2's raw API."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    document = pdfium.PdfDocument(pdf)
    reading = PdfiumReading(
        _utf16(raw.FPDFCatalog_GetLanguage, document.raw), bool(raw.FPDFCatalog_IsTagged(document.raw)), [], []
    )
    for index in range(len(document)):
        page = document[index]
        text_page = page.get_textpage()
        texts: dict[int, str] = {}
        for item in page.get_objects():
            if item.type == raw.FPDF_PAGEOBJ_TEXT:
                mcid = raw.FPDFPageObj_GetMarkedContentID(item.raw)
                texts[mcid] = texts.get(mcid, "") + _utf16(raw.FPDFTextObj_GetText, item.raw, text_page.raw)
        tree = raw.FPDF_StructTree_GetForPage(page.raw)
        leaves: list[tuple[str, str]] = []
        for n in range(raw.FPDF_StructTree_CountChildren(tree)):
            _pdfium_walk(raw, raw.FPDF_StructTree_GetChildAtIndex(tree, n), texts, leaves)
        raw.FPDF_StructTree_Close(tree)
        reading.leaves.append(leaves)
        reading.untagged.append(texts.get(-1, ""))
    document.close()
    return reading


def _pdfium_walk(raw: Any, element: Any, texts: dict[int, str], leaves: list[tuple[str, str]]) -> None:
    count = raw.FPDF_StructElement_GetMarkedContentIdCount(element)
    mcids = [raw.FPDF_StructElement_GetMarkedContentIdAtIndex(element, n) for n in range(count)]
    if any(mcid >= 0 for mcid in mcids):
        kind = _utf16(raw.FPDF_StructElement_GetType, element)
        leaves.append((kind, "".join(texts.get(mcid, "") for mcid in mcids if mcid >= 0).strip()))
    for n in range(raw.FPDF_StructElement_CountChildren(element)):
        child = raw.FPDF_StructElement_GetChildAtIndex(element, n)
        if child:
            _pdfium_walk(raw, child, texts, leaves)


def _utf16(call: Any, *args: Any) -> str:
    """Call a pdfium getter that fills a UTF-16LE buffer (first asked for its size)."""
    import ctypes

    size = call(*args, None, 0)
    if size <= 2:
        return ""
    buffer = ctypes.create_string_buffer(size)
    try:
        call(*args, buffer, size)
    except ctypes.ArgumentError:  # some getters are typed as unsigned short *
        call(*args, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)), size)
    return buffer.raw[: size - 2].decode("utf-16-le")
