"""Make an accepted PDF usable everywhere, and harmless: the copy RehabMeet shows and passes on.

Import reads pages with PDFium; the summary and packs assemble with pypdf. A PDF one of them
cannot handle would be accepted and then fail later, so import runs the summary's own assembly on
every PDF (:func:`_assembly_problem`). A damaged file that PDFium reads is re-saved by PDFium
(repairing its cross-reference table and removing empty-password encryption), else by qpdf, and
used if that copy assembles; a file PDFium cannot open at all is tried through qpdf's repaired copy.
The original is kept with its hash, the copy with its own. JavaScript, launch actions and embedded files are
never run by RehabMeet, and are removed from the copy that is shown, summarised and packed.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from rehabmeet.i18n import error_text

REPAIRED = "repaired"
JAVASCRIPT = "javascript"
LAUNCH = "launch"
EMBEDDED_FILES = "embedded_files"
CONTENT_FLAGS = (REPAIRED, JAVASCRIPT, LAUNCH, EMBEDDED_FILES)


class UnusablePdf(ValueError):
    """The PDF can be read but not used in a summary or pack; the message says why."""


@dataclass(frozen=True, slots=True)
class UsableCopy:
    """What import keeps besides the original.

    Attributes:
        view_pdf: the copy to show, summarise and pack, or ``None`` when the original is fine.
        flags: what was found: ``repaired``, ``javascript``, ``launch``, ``embedded_files``.
    """

    view_pdf: bytes | None
    flags: tuple[str, ...]


def usable_copy(data: bytes, page_count: int) -> UsableCopy:
    """Return the copy of the PDF ``data`` (``page_count`` pages, read by PDFium) to use.

    Raises:
        UnusablePdf: neither the original nor a PDFium-repaired copy can be assembled.
    """
    flags: list[str] = []
    current = data
    problem = _assembly_problem(current)
    if problem is not None:
        repaired = _repaired_copy(data, page_count)
        if repaired is None:
            raise UnusablePdf(
                error_text(
                    "can be read, but not put into a summary or pack ({problem}); save it again as PDF "
                    "from the program that made it",
                    problem=problem,
                )
            )
        current = repaired
        flags.append(REPAIRED)
    try:
        found = active_content(current)
        if found:
            current = _stripped(current)
            flags.extend(found)
    except Exception as exc:  # pypdf read it above, so this is unexpected; refuse rather than pass it on
        raise UnusablePdf(
            error_text(
                "can be read, but not put into a summary or pack ({problem}); save it again as PDF "
                "from the program that made it",
                problem=type(exc).__name__,
            )
        ) from exc
    return UsableCopy(view_pdf=current if current is not data else None, flags=tuple(flags))


def _repaired_copy(data: bytes, page_count: int) -> bytes | None:
    """PDFium's re-saved copy, else qpdf's, if it assembles with all ``page_count`` pages."""
    for repair in (_pdfium_copy, qpdf_copy):
        repaired = repair(data)
        if repaired is not None and _assembly_problem(repaired) is None and _page_count(repaired) == page_count:
            return repaired
    return None


def decrypted_copy(data: bytes) -> bytes | None:
    """pypdf's unencrypted copy of a PDF encrypted with an empty user password (which any reader
    opens without asking), for files PDFium refuses; ``None`` if it has a real password or pypdf
    cannot read it either."""
    from pypdf import PdfReader, PdfWriter

    try:
        reader = PdfReader(io.BytesIO(data))
        if not reader.is_encrypted or not reader.decrypt(""):
            return None
        output = io.BytesIO()
        PdfWriter(clone_from=reader).write(output)
    except Exception:  # pypdf raises many types on damaged files; the original refusal stands
        return None
    return output.getvalue()


def qpdf_copy(data: bytes) -> bytes | None:
    """qpdf's repaired copy (cross-reference table rebuilt, empty-password encryption removed), or
    ``None`` when qpdf cannot open it either or it has a real password.

    Import calls this inside its bounded worker (:mod:`rehabmeet.bundles.worker`), so qpdf's
    memory and time are capped like PDFium's.
    """
    import pikepdf

    try:
        with pikepdf.open(io.BytesIO(data), password="", suppress_warnings=True) as document:
            if len(document.pages) == 0:
                return None
            output = io.BytesIO()
            document.save(output, encryption=False)
    except Exception:  # qpdf raises PdfError, PasswordError and others on broken files; the refusal stands
        return None
    return output.getvalue()


def _assembly_problem(data: bytes) -> str | None:
    """Do with every page what the summary's assembly does with pypdf (open, decrypt, decode the
    content within pypdf's limits, copy the page, write); return what failed, or ``None``.

    Lighter than running :func:`rehabmeet.documents.summary_pdf.assemble` itself (no footer
    merge), which costs about 3 ms a page; ``benchmarks/import_bundle.py --corpus`` runs the real
    assembly on every accepted corpus file to show the two agree.
    """
    from pypdf import PdfReader, PdfWriter

    try:
        reader = PdfReader(io.BytesIO(data))
        writer = PdfWriter()
        for page in reader.pages:
            float(page.mediabox.width) + float(page.mediabox.height)  # the footer stamp is sized by it
            contents = page.get_contents()
            if contents is not None:
                contents.get_data()
            writer.add_page(page)
        writer.write(io.BytesIO())
    except Exception as exc:  # pypdf raises many types on damaged files; each is a reason to repair
        return f"{type(exc).__name__}: {str(exc)[:120]}"
    return None


def _page_count(data: bytes) -> int:
    from pypdf import PdfReader

    return len(PdfReader(io.BytesIO(data)).pages)


def _pdfium_copy(data: bytes) -> bytes | None:
    """PDFium's re-saved copy (a fresh cross-reference table, no encryption), or ``None``."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    from rehabmeet.documents.pdf import _LOCK

    with _LOCK:
        try:
            document = pdfium.PdfDocument(data)
        except pdfium.PdfiumError:
            return None
        try:
            buffer = io.BytesIO()
            document.save(buffer, flags=pdfium_c.FPDF_REMOVE_SECURITY)
            return buffer.getvalue()
        except pdfium.PdfiumError:
            return None
        finally:
            document.close()


def active_content(data: bytes) -> tuple[str, ...]:
    """Return which kinds of active content the PDF holds (never running any of it)."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    root = reader.trailer["/Root"].get_object()
    found: set[str] = set()
    names = _get(root, "/Names")
    if names is not None:
        if "/JavaScript" in names:
            found.add(JAVASCRIPT)
        if "/EmbeddedFiles" in names:
            found.add(EMBEDDED_FILES)
    _scan_action(_get(root, "/OpenAction"), found)
    _scan_actions(_get(root, "/AA"), found)
    for page in reader.pages:
        _scan_actions(_get(page, "/AA"), found)
        for annotation in _get(page, "/Annots") or []:
            annotation = annotation.get_object()
            if annotation.get("/Subtype") == "/FileAttachment":
                found.add(EMBEDDED_FILES)
            _scan_action(_get(annotation, "/A"), found)
            _scan_actions(_get(annotation, "/AA"), found)
    return tuple(flag for flag in CONTENT_FLAGS if flag in found)


def _get(dictionary: Any, key: str) -> Any:
    value = dictionary.get(key) if hasattr(dictionary, "get") else None
    return value.get_object() if value is not None and hasattr(value, "get_object") else value


def _scan_actions(actions: Any, found: set[str]) -> None:
    if hasattr(actions, "values"):
        for action in actions.values():
            _scan_action(action.get_object() if hasattr(action, "get_object") else action, found)


def _scan_action(action: Any, found: set[str], depth: int = 0) -> None:
    if not hasattr(action, "get") or depth > 20:
        return
    kind = action.get("/S")
    if kind == "/JavaScript" or "/JS" in action:
        found.add(JAVASCRIPT)
    if kind == "/Launch":
        found.add(LAUNCH)
    following = _get(action, "/Next")
    for item in following if isinstance(following, list) else [following]:
        _scan_action(item.get_object() if hasattr(item, "get_object") else item, found, depth + 1)


def _stripped(data: bytes) -> bytes:
    """A copy without JavaScript, actions that run or open anything, and embedded files."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    root = writer._root_object
    for key in ("/OpenAction", "/AA"):
        if key in root:
            del root[NameObject(key)]
    names = _get(root, "/Names")
    if names is not None:
        for key in ("/JavaScript", "/EmbeddedFiles"):
            if key in names:
                del names[NameObject(key)]
    for page in writer.pages:
        if "/AA" in page:
            del page[NameObject("/AA")]
        annotations = _get(page, "/Annots")
        if annotations is not None:
            kept = [reference for reference in annotations if _harmless_annotation(reference.get_object())]
            annotations.clear()
            annotations.extend(kept)
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


def _harmless_annotation(annotation: Any) -> bool:
    """Drop file attachments; remove the running actions of any other annotation, which is kept."""
    from pypdf.generic import NameObject

    if annotation.get("/Subtype") == "/FileAttachment":
        return False
    action = _get(annotation, "/A")
    if action is not None and (action.get("/S") in ("/JavaScript", "/Launch") or "/JS" in action):
        del annotation[NameObject("/A")]
    if "/AA" in annotation:
        del annotation[NameObject("/AA")]
    return True
