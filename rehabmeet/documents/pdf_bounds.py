"""Cheap bounds on the work a PDF page asks for, checked with qpdf before PDFium or pypdf read it.

A page of 2 million text operators is a few MB of content; PDFium's text extraction spends minutes
on it, so the time limit would be the only stop. Counting the operators of the decoded content
stream with one regular expression costs about a second per million and refuses such a page
first, naming the limit. A real scanned page draws one image (``q … cm /Im0 Do Q``); a dense text
page has a few thousand operators.

pypdf builds every annotation of a page as Python objects (pdf.js's ``bug1978317.pdf``: 32,768 link
annotations on one page took pypdf 23 s and 490 MiB); a page with more annotations than
``max_annotations_per_page`` is refused before that.
"""

from __future__ import annotations

import io
import re
from typing import Any

from rehabmeet.i18n import error_text

# An operator is a short bare word (``Tj``, ``T*``, ``'``) that follows white space or the end of an
# operand; words inside strings are sometimes counted too, which only over-estimates.
_OPERATOR = re.compile(rb"(?<![^\s\)\]>])[A-Za-z'\"*][A-Za-z0-9*']{0,2}(?![^\s/\[\(<])")
_CHUNK = 1 << 20


class TooMuchOnAPage(ValueError):
    """A page holds more operators or annotations than a limit; the message names the page and the setting."""


def check_page_bounds(data: bytes, *, max_operators: int, max_annotations: int) -> None:
    """Refuse a PDF with a page that holds more than ``max_operators`` operators in its content or
    more than ``max_annotations`` annotations.

    A PDF qpdf cannot open is let through: PDFium decides about it, and the worker's time limit
    still applies.

    Raises:
        TooMuchOnAPage: naming the page and the setting.
    """
    import pikepdf

    try:
        with pikepdf.open(io.BytesIO(data), password="", suppress_warnings=True) as document:
            for index, page in enumerate(document.pages):
                _check_page(page.obj, index + 1, max_operators, max_annotations)
    except TooMuchOnAPage:
        raise
    except Exception:  # qpdf raises many types on damaged files; the other readers decide about them
        return


def _check_page(page: Any, number: int, max_operators: int, max_annotations: int) -> None:
    import pikepdf

    annotations = page.get("/Annots")
    if isinstance(annotations, pikepdf.Array) and len(annotations) > max_annotations:
        raise TooMuchOnAPage(
            error_text(
                "page {page} holds {count} annotations, more than {limit} (the setting "
                "max_annotations_per_page); stopped",
                page=number,
                count=len(annotations),
                limit=max_annotations,
            )
        )
    contents = page.get("/Contents")
    streams = contents if isinstance(contents, pikepdf.Array) else [contents] if contents is not None else []
    content = b"\n".join(stream.read_bytes() for stream in streams if isinstance(stream, pikepdf.Stream))
    if _more_than(content, max_operators):
        raise TooMuchOnAPage(
            error_text(
                "page {page} draws with more than {limit} operators (the setting max_operators_per_page); stopped",
                page=number,
                limit=max_operators,
            )
        )


def _more_than(content: bytes, limit: int) -> bool:
    if len(content) < limit:  # every operator takes at least one byte and a separator
        return False
    count = 0
    for start in range(0, len(content), _CHUNK):
        count += len(_OPERATOR.findall(content, start, start + _CHUNK))
        if count > limit:
            return True
    return False
