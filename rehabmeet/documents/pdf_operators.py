"""A cheap bound on the drawing work of a PDF page, checked before any engine lays the page out.

A page of 2 million text operators is a few MB of content; PDFium's text extraction spends minutes
on it, so the time limit would be the only stop. Counting the operators of the decoded content
stream with one regular expression costs about a second per million and refuses such a page
first, naming the limit. A real scanned page draws one image (``q … cm /Im0 Do Q``); a dense text
page has a few thousand operators.
"""

from __future__ import annotations

import io
import re

from rehabmeet.i18n import error_text

# An operator is a short bare word (``Tj``, ``T*``, ``'``) that follows white space or the end of an
# operand; words inside strings are sometimes counted too, which only over-estimates.
_OPERATOR = re.compile(rb"(?<![^\s\)\]>])[A-Za-z'\"*][A-Za-z0-9*']{0,2}(?![^\s/\[\(<])")
_CHUNK = 1 << 20


class TooManyOperators(ValueError):
    """A page draws with more operators than the limit; the message names the page and the limit."""


def check_operators(data: bytes, max_operators: int) -> None:
    """Refuse a PDF with a page whose content holds more than ``max_operators`` operators.

    A PDF pypdf cannot open is let through: PDFium or qpdf decide about it, and the worker's time
    limit still applies.

    Raises:
        TooManyOperators: naming the page and the ``max_operators_per_page`` setting.
    """
    from pypdf import PdfReader

    try:
        pages = PdfReader(io.BytesIO(data)).pages
        for index, page in enumerate(pages):
            contents = page.get_contents()
            if contents is not None and _more_than(contents.get_data(), max_operators):
                raise TooManyOperators(
                    error_text(
                        "page {page} draws with more than {limit} operators (the setting "
                        "max_operators_per_page); stopped",
                        page=index + 1,
                        limit=max_operators,
                    )
                )
    except TooManyOperators:
        raise
    except Exception:  # pypdf raises many types on damaged files; the other readers decide about them
        return


def _more_than(content: bytes, limit: int) -> bool:
    if len(content) < limit:  # every operator takes at least one byte and a separator
        return False
    count = 0
    for start in range(0, len(content), _CHUNK):
        count += len(_OPERATOR.findall(content, start, start + _CHUNK))
        if count > limit:
            return True
    return False
