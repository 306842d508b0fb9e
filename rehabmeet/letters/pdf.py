"""A letter rendered to PDF with reportlab: letterhead, headings in the outline, page numbers, signature boxes.

The DejaVu fonts are embedded; :mod:`rehabmeet.letters.pdfa` then adds what PDF/A-2b asks
for and the structure tree: every heading, paragraph, list and table is drawn inside marked
content (:mod:`rehabmeet.letters.pdf_tags`), so the letter is a tagged PDF a screen reader can
read in order. The visible signature boxes are left empty and their positions returned, so
signing (pyHanko) can put each signer's stamp exactly there.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from html import escape
from typing import Any

from rehabmeet.documents.fonts import register_fonts
from rehabmeet.domain.danish import danish_date
from rehabmeet.letters.model import Bullets, FactTable, Heading, Letter, Paragraph
from rehabmeet.letters.pdf_parts import LetterStyles, SignatureSlot, letter_styles, numbered_canvas
from rehabmeet.letters.pdfa import make_pdfa
from rehabmeet.letters.structure import StructNode, Tagger

SIGNATURE_FIELD_PREFIX = "Underskrift"


@dataclass(frozen=True, slots=True)
class RenderedPdf:
    """The PDF bytes, its page count and where each signature box sits.

    Attributes:
        slots: ``{"field", "role", "page" (0-based), "box" [x1, y1, x2, y2] in points}``, in signing order.
    """

    content: bytes
    pages: int
    slots: tuple[dict[str, Any], ...]


def render_letter_pdf(letter: Letter) -> RenderedPdf:
    """Return ``letter`` as a PDF."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    register_fonts()
    styles = letter_styles(letter.large_type, citizen_facing=letter.signature_roles == ())
    buffer = io.BytesIO()
    slots: list[dict[str, Any]] = []
    document = BaseDocTemplate(
        buffer,
        pagesize=A4,
        title=letter.title,
        author=letter.author,
        subject=letter.subject,
        keywords=letter.keywords,
        creator="RehabMeet",
        lang="da-DK",
    )
    width, height = A4
    first = Frame(22 * mm, 22 * mm, width - 42 * mm, height - 72 * mm, id="first")
    later = Frame(22 * mm, 22 * mm, width - 42 * mm, height - 42 * mm, id="later")
    tagger = Tagger()
    sender = _sender_elements(tagger)

    def on_first_page(canvas: Any, _document: Any) -> None:
        _letterhead(canvas, letter, styles, tagger, sender)

    document.afterFlowable = _bookmark_on(document)
    document.addPageTemplates(
        [
            PageTemplate("first", [first], onPage=on_first_page, autoNextPageTemplate="later"),
            PageTemplate("later", [later], autoNextPageTemplate="later"),
        ]
    )
    document.build(_story(letter, styles, slots, tagger), canvasmaker=numbered_canvas(letter.letterhead.footer))
    content = make_pdfa(buffer.getvalue(), letter, tagger.document)
    return RenderedPdf(content=content, pages=document.page, slots=tuple(slots))


def _bookmark_on(document: Any) -> Any:
    """Return an ``afterFlowable`` hook that puts each flowable's ``outline`` (title, level) in the bookmarks."""
    count = [0]

    def after_flowable(flowable: Any) -> None:
        outline = getattr(flowable, "outline", None)
        if outline is None:
            return
        count[0] += 1
        key = f"h{count[0]}"
        document.canv.bookmarkPage(key)
        document.canv.addOutlineEntry(outline[0], key, level=outline[1], closed=False)

    return after_flowable


def _story(letter: Letter, styles: LetterStyles, slots: list[dict[str, Any]], tagger: Tagger) -> list[Any]:
    """Return the flowables in reading order: title ``H1``, headings ``H2``/``H3``, ``P``, ``L`` and ``Table``."""
    from reportlab.platypus import KeepTogether, Spacer, TableStyle

    from rehabmeet.letters.pdf_tags import TaggedParagraph as Cell
    from rehabmeet.letters.pdf_tags import tagged_list, tagged_paragraph, tagged_table

    story: list[Any] = [tagged_paragraph(tagger, "H1", escape(letter.title), styles.title)]
    story[0].outline = (letter.title, 0)
    heading: Any = None
    for block in letter.blocks:
        flowable: Any = None
        if isinstance(block, Heading):
            kind = f"H{min(block.level, 5) + 1}"
            heading = tagged_paragraph(tagger, kind, escape(block.text), styles.heading)
            heading.outline = (block.text, 1)
            continue
        if isinstance(block, Paragraph):
            flowable = tagged_paragraph(
                tagger, "P", _lines(block.text), styles.strong if block.emphasis else styles.body
            )
        elif isinstance(block, Bullets):
            flowable = tagged_list(
                tagger,
                [_lines(item) for item in block.items],
                styles.body,
                bulletType="bullet",
                start="•",
                leftIndent=12,
                bulletFontSize=8,
                bulletFontName=styles.regular_font,
            )
        elif isinstance(block, FactTable) and block.rows:
            rows = [[Cell(escape(k), styles.label), Cell(escape(v), styles.body)] for k, v in block.rows]
            table = tagged_table(tagger, rows, colWidths=[45 * _MM, None], hAlign="LEFT")
            table.setStyle(TableStyle([*_FACT_TABLE_STYLE, ("FONTNAME", (0, 0), (-1, -1), styles.regular_font)]))
            story += [table, Spacer(1, 4 * _MM)]
        if flowable is not None:
            # A heading never ends a page alone: it travels with what follows it.
            story.append(KeepTogether([heading, flowable]) if heading is not None else flowable)
            heading = None
    if letter.signature_roles:
        title = tagged_paragraph(tagger, "H2", escape(letter.signature_heading), styles.heading)
        boxes = [
            SignatureSlot(
                f"{SIGNATURE_FIELD_PREFIX}{n + 1}",
                role,
                slots,
                styles,
                (tagger, _titled(tagger, role)),
                letter.signer_label(n),
            )
            for n, role in enumerate(letter.signature_roles)
        ]
        story.append(KeepTogether([title, *boxes]))
    return story


def _titled(tagger: Tagger, role: str) -> StructNode:
    """The paragraph under a signature box, titled with its role (signing tags the field after it)."""
    node = tagger.add("P")
    node.title = role
    return node


_MM = 72 / 25.4
_FACT_TABLE_STYLE = [
    ("BACKGROUND", (0, 0), (-1, -1), "#f1f4f8"),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("TOPPADDING", (0, 0), (-1, -1), 2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ("LEFTPADDING", (0, 0), (-1, -1), 6),
]


def _lines(text: str) -> str:
    return "<br/>".join(escape(line) for line in text.split("\n"))


def _sender_elements(tagger: Tagger) -> dict[str, StructNode]:
    """The letterhead's paragraphs, first in reading order: sender, department, address, date."""
    return {part: tagger.add("P") for part in ("municipality", "department", "address", "date")}


def _letterhead(
    canvas: Any, letter: Letter, styles: LetterStyles, tagger: Tagger, sender: dict[str, StructNode]
) -> None:
    """Draw the sender and the date as paragraphs; the logo and the rule under them are artifacts."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm

    width, height = A4
    head = letter.letterhead
    canvas.saveState()
    top = height - 20 * mm
    left = 22 * mm
    if head.logo:
        tagger.begin_artifact(canvas)  # the municipality's name follows as text
        canvas.drawImage(
            head.logo,
            left,
            top - 16 * mm,
            width=30 * mm,
            height=16 * mm,
            preserveAspectRatio=True,
            anchor="sw",
            mask="auto",
        )
        tagger.end(canvas)
        left += 34 * mm
    tagger.begin(canvas, sender["municipality"])
    canvas.setFont(styles.bold_font, 15)
    canvas.drawString(left, top - 6 * mm, head.municipality)
    tagger.end(canvas)
    canvas.setFont(styles.regular_font, 9.5)
    if head.department:
        tagger.begin(canvas, sender["department"])
        canvas.drawString(left, top - 11 * mm, head.department)
        tagger.end(canvas)
    right = width - 20 * mm
    lines = [line for line in [head.address, head.phone and f"Tlf. {head.phone}", head.email, head.website] if line]
    y = top - 2 * mm
    canvas.setFont(styles.regular_font, 8.5)
    if lines:
        tagger.begin(canvas, sender["address"])
        for line in lines:
            canvas.drawRightString(right, y, line)
            y -= 4 * mm
        tagger.end(canvas)
    tagger.begin(canvas, sender["date"])
    canvas.setFont(styles.bold_font, 9)
    canvas.drawRightString(right, y - 2 * mm, f"Dato: {danish_date(letter.dated)}")
    tagger.end(canvas)
    tagger.begin_artifact(canvas)
    canvas.setStrokeColor("#9aa7b6")
    canvas.setLineWidth(0.6)
    canvas.line(22 * mm, top - 22 * mm, right, top - 22 * mm)
    tagger.end(canvas)
    canvas.restoreState()
