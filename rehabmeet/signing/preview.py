"""A viewing copy of a signed PDF with the signature boxes drawn into the pages.

Qt's PDF view (and some printers' drivers) draw no annotations, so a visible signature, which is
an annotation's appearance, would look like an empty box. The copy is for the screen and the
printer only; it carries no signatures and is never stored or handed out as the document.
"""

from __future__ import annotations

import io
from typing import Any


def flattened_for_viewing(content: bytes) -> bytes:
    """Return ``content`` with every widget annotation's appearance painted onto its page."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ContentStream, DictionaryObject, NameObject

    reader = PdfReader(io.BytesIO(content))
    if not any(_appearances(page) for page in reader.pages):
        return content
    writer = PdfWriter(clone_from=reader)
    for page in writer.pages:
        drawn = _appearances(page)
        if not drawn:
            continue
        resources = page.setdefault(NameObject("/Resources"), DictionaryObject())
        xobjects = resources.setdefault(NameObject("/XObject"), DictionaryObject())
        operations = []
        for n, (stream, rect) in enumerate(drawn):
            name = NameObject(f"/SigView{n}")
            xobjects[name] = stream.indirect_reference or writer._add_object(stream)
            operations.append(f"q 1 0 0 1 {float(rect[0]):.2f} {float(rect[1]):.2f} cm {name} Do Q")
        existing = page.get_contents()
        addition = ("\n" + "\n".join(operations) + "\n").encode("ascii")
        data = (existing.get_data() if existing is not None else b"") + addition
        replacement = ContentStream(None, writer)
        replacement.set_data(data)
        page.replace_contents(replacement)
        page[NameObject("/Annots")] = _without_widgets(page)
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


def _appearances(page: Any) -> list[tuple[Any, list[float]]]:
    found = []
    for annotation in page.get("/Annots", []) or []:
        annotation = annotation.get_object()
        appearance = annotation.get("/AP", {}).get("/N") if annotation.get("/Subtype") == "/Widget" else None
        if appearance is not None:
            found.append((appearance.get_object(), [float(v) for v in annotation["/Rect"]]))
    return found


def _without_widgets(page: Any) -> Any:
    from pypdf.generic import ArrayObject

    return ArrayObject(a for a in page.get("/Annots", []) if a.get_object().get("/Subtype") != "/Widget")
