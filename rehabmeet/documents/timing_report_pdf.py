"""The timing report as a one-table PDF (reportlab, embedded font)."""

from __future__ import annotations

import io
from html import escape

from rehabmeet.documents.fonts import register_fonts
from rehabmeet.i18n import QT_TRANSLATE_NOOP, translate


def timing_report_pdf(title: str, heading: list[str], rows: list[list[str]], summary: str) -> bytes:
    """Return a landscape A4 PDF with ``rows`` under ``heading``."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    regular, bold, _ = register_fonts()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=landscape(A4),
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=15 * mm,
        title=title,
        author="RehabMeet",
        invariant=True,
    )
    cell = ParagraphStyle("cell", fontName=regular, fontSize=9, leading=11)
    head = ParagraphStyle("head", fontName=bold, fontSize=9, leading=11)
    big = ParagraphStyle("big", fontName=bold, fontSize=15, leading=19, spaceAfter=6)
    body = ParagraphStyle("body", fontName=regular, fontSize=10, leading=13, spaceAfter=8)
    data = [[Paragraph(escape(h), head) for h in heading]]
    data += [[Paragraph(escape(value), cell) for value in row] for row in rows]
    table = Table(data, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, 0), 0.8, "#505a66"),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, "#c9d1db"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    name = translate("TimingReport", QT_TRANSLATE_NOOP("TimingReport", "Timing report"))
    document.build([Paragraph(escape(f"{name}: {title}"), big), Paragraph(escape(summary), body), table])
    return buffer.getvalue()
