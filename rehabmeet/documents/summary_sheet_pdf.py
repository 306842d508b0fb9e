"""Render the summary sheet with reportlab; source references become links to appendix pages.

A reference to the k-th appended page is written as a URI link ``rehabmeet-appendix:k``;
:mod:`rehabmeet.documents.summary_pdf` turns those into internal links once the pages exist.
"""

from __future__ import annotations

import io
from html import escape
from typing import Any

from rehabmeet.documents.fonts import register_fonts
from rehabmeet.i18n import QT_TRANSLATE_NOOP, translate
from rehabmeet.summary.sheet import SheetDocument, SheetReference, SheetSection, SummarySheet

APPENDIX_SCHEME = "rehabmeet-appendix:"
LINK_COLOUR = "#1f4e8c"
MISSING_COLOUR = "#b42318"


def _t(text: str) -> str:
    return translate("Summary", text)


def render_sheet(sheet: SummarySheet) -> tuple[bytes, int]:
    """Return the sheet's PDF bytes and its page count."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    styles = _styles()
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=18 * mm,
        title=_t(QT_TRANSLATE_NOOP("Summary", "Summary for the rehabilitation team")) + f" – {sheet.case_ref}",
        author="RehabMeet",
        subject=sheet.case_ref,
        invariant=True,
    )
    story = _header(sheet, styles) + _facts(sheet, styles) + _sections(sheet, styles) + _documents(sheet, styles)
    document.build(story)
    data = buffer.getvalue()
    return data, document.page


def _styles() -> dict[str, Any]:
    from reportlab.lib.styles import ParagraphStyle

    regular, bold, italic = register_fonts()
    return {
        "kicker": ParagraphStyle("kicker", fontName=regular, fontSize=8.5, leading=11, textColor="#505a66"),
        "title": ParagraphStyle("title", fontName=bold, fontSize=17, leading=21, spaceAfter=2),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=11.5, leading=15, spaceBefore=9, spaceAfter=3),
        "body": ParagraphStyle("body", fontName=regular, fontSize=9.5, leading=13, spaceAfter=3),
        "small": ParagraphStyle("small", fontName=regular, fontSize=8.5, leading=11, textColor="#505a66"),
        "missing": ParagraphStyle("missing", fontName=italic, fontSize=9.5, leading=13, textColor=MISSING_COLOUR),
        "cell": ParagraphStyle("cell", fontName=regular, fontSize=9, leading=11.5),
        "cellkey": ParagraphStyle("cellkey", fontName=regular, fontSize=9, leading=11.5, textColor="#505a66"),
        "question": ParagraphStyle("question", fontName=regular, fontSize=10, leading=13.5),
    }


def _header(sheet: SummarySheet, styles: dict[str, Any]) -> list[Any]:
    from reportlab.platypus import Paragraph, Table, TableStyle

    kicker = " · ".join(
        filter(
            None,
            [
                sheet.municipality,
                _t(QT_TRANSLATE_NOOP("Summary", "Rehabilitation team")),
                sheet.case_ref,
                f"v{sheet.version}",
            ],
        )
    )
    question_title = escape(_t(QT_TRANSLATE_NOOP("Summary", "Question to the team")))
    box = Table(
        [[Paragraph(f"<b>{question_title}</b><br/>{escape(sheet.question)}", styles["question"])]], colWidths=["100%"]
    )
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), "#eef3fa"),
                ("LINEBEFORE", (0, 0), (0, -1), 3, LINK_COLOUR),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ]
        )
    )
    title = _t(QT_TRANSLATE_NOOP("Summary", "Summary: {name}")).format(name=sheet.citizen_name)
    return [
        Paragraph(escape(kicker), styles["kicker"]),
        Paragraph(escape(title), styles["title"]),
        Paragraph(escape(sheet.case_type), styles["small"]),
        box,
    ]


def _facts(sheet: SummarySheet, styles: dict[str, Any]) -> list[Any]:
    from reportlab.platypus import Paragraph, Table, TableStyle

    rows = [
        [Paragraph(escape(f.label), styles["cellkey"]), Paragraph(escape(f.value), styles["cell"])] for f in sheet.facts
    ]
    table = Table(rows, colWidths=["32%", "68%"])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    story: list[Any] = [Paragraph(escape(_t(QT_TRANSLATE_NOOP("Summary", "Case facts"))), styles["h2"]), table]
    if sheet.findings:
        story.append(Paragraph(escape(_t(QT_TRANSLATE_NOOP("Summary", "Readiness findings"))), styles["h2"]))
        story.extend(Paragraph("• " + escape(text), styles["body"]) for text in sheet.findings)
    return story


def _link(reference: SheetReference) -> str:
    if reference.target is None:
        note = escape(_t(QT_TRANSLATE_NOOP("Summary", "not in the meeting set")))
        return f"{escape(reference.text)} <font color='#505a66'>({note})</font>"
    return f"<a href='{APPENDIX_SCHEME}{reference.target}' color='{LINK_COLOUR}'><u>{escape(reference.text)}</u></a>"


def _section(section: SheetSection, styles: dict[str, Any]) -> list[Any]:
    from reportlab.platypus import KeepTogether, Paragraph

    heading = Paragraph(escape(section.title), styles["h2"])
    if section.withheld:
        left_out = _t(
            QT_TRANSLATE_NOOP(
                "Summary", "Left out: this section draws on documents or pages that are not in your pack."
            )
        )
        return [KeepTogether([heading, Paragraph(escape(left_out), styles["missing"])])]
    if section.text is None:
        missing = _t(QT_TRANSLATE_NOOP("Summary", "Missing: the caseworker's summary has no such section."))
        return [KeepTogether([heading, Paragraph(escape(missing), styles["missing"])])]
    body = [Paragraph(escape(part), styles["body"]) for part in section.text.split("\n") if part.strip()]
    if section.references:
        sources = escape(_t(QT_TRANSLATE_NOOP("Summary", "Sources")))
        body.append(Paragraph(f"{sources}: " + "; ".join(_link(r) for r in section.references), styles["small"]))
    return [KeepTogether([heading, *body[:1]]), *body[1:]]


def _sections(sheet: SummarySheet, styles: dict[str, Any]) -> list[Any]:
    story: list[Any] = []
    for section in sheet.sections:
        story.extend(_section(section, styles))
    return story


def _in_set(doc: SheetDocument, none: str) -> str:
    """The meeting-set pages, and the pages withheld from this reader ("Left out: p. 5 (Health)")."""
    text = escape(doc.selected or none)
    if doc.left_out:
        left_out = _t(QT_TRANSLATE_NOOP("Summary", "Left out: p. {pages}")).format(pages=doc.left_out)
        text += f"<br/><font color='#505a66'>{escape(left_out)}</font>"
    return text


def _documents(sheet: SummarySheet, styles: dict[str, Any]) -> list[Any]:
    from reportlab.platypus import Paragraph, Table, TableStyle

    head = [
        _t(QT_TRANSLATE_NOOP("Summary", "Document")),
        _t(QT_TRANSLATE_NOOP("Summary", "Date")),
        _t(QT_TRANSLATE_NOOP("Summary", "Pages")),
        _t(QT_TRANSLATE_NOOP("Summary", "In the meeting set")),
    ]
    rows = [[Paragraph(f"<b>{escape(h)}</b>", styles["cell"]) for h in head]]
    none = _t(QT_TRANSLATE_NOOP("Summary", "none"))
    for doc in sheet.documents:
        rows.append(
            [
                Paragraph(f"{escape(doc.short_label)}: {escape(doc.title)}", styles["cell"]),
                Paragraph(doc.document_date.strftime("%d.%m.%Y"), styles["cell"]),
                Paragraph(str(doc.pages), styles["cell"]),
                Paragraph(_in_set(doc, none), styles["cell"]),
            ]
        )
    table = Table(rows, colWidths=["52%", "15%", "9%", "24%"], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, "#505a66"),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 1), (-1, -1), 0.25, "#c9d1db"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    total = sum(d.pages for d in sheet.documents)
    chosen = sum(d.selected_count for d in sheet.documents)
    note = _t(
        QT_TRANSLATE_NOOP(
            "Summary",
            "The meeting reads {chosen} of the case's {total} pages (page cap {cap}, this sheet included). "
            "Pages outside the meeting set are not cut from the case: they can be read in RehabMeet.",
        )
    ).format(chosen=chosen, total=total, cap=sheet.page_cap)
    title = _t(QT_TRANSLATE_NOOP("Summary", "Documents and the meeting set"))
    return [Paragraph(escape(title), styles["h2"]), table, Paragraph(escape(note), styles["small"])]
