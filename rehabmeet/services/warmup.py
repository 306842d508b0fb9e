"""Load the document libraries ahead of need, so the first summary or import does not pause the UI."""

from __future__ import annotations


def warm_up() -> None:
    """Import reportlab, register the fonts, and load pdfium and the bundle schema (about 0.2 s)."""
    import pypdfium2  # noqa: F401

    from rehabmeet.bundles.manifest import _validator
    from rehabmeet.documents.fonts import register_fonts

    register_fonts()
    _validator()
