"""A letter rendered to DOCX with python-docx: Word's own Title, Heading and List styles, so a
municipality can file it in its case system or edit it like any letter it writes."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from typing import Any

from rehabmeet.domain.danish import danish_date
from rehabmeet.letters.model import Bullets, FactTable, Heading, Letter, Paragraph

FONT = "Arial"


def _a4_danish(document: Any) -> None:
    """A4 with 2.2 cm margins, and Danish (da-DK) as the proofing language of every style (issue 16, finding 6).

    python-docx's default template is US Letter with en-US proofing.
    """
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm

    for section in document.sections:
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = Mm(22)
        section.top_margin = section.bottom_margin = Mm(22)
    defaults = document.styles.element.find(qn("w:docDefaults"))
    run_defaults = defaults.find(qn("w:rPrDefault"))
    if run_defaults is None:
        run_defaults = OxmlElement("w:rPrDefault")
        defaults.insert(0, run_defaults)
    properties = run_defaults.find(qn("w:rPr"))
    if properties is None:
        properties = OxmlElement("w:rPr")
        run_defaults.append(properties)
    language = properties.find(qn("w:lang"))
    if language is None:
        language = OxmlElement("w:lang")
        properties.append(language)
    for attribute in ("w:val", "w:eastAsia", "w:bidi"):
        language.set(qn(attribute), "da-DK")
    for style in document.styles.element.findall(qn("w:style")):
        for lang in style.iter(qn("w:lang")):
            lang.set(qn("w:val"), "da-DK")


def render_letter_docx(letter: Letter) -> bytes:
    """Return ``letter`` as a Word document."""
    from docx import Document
    from docx.shared import Pt

    document = Document()
    _a4_danish(document)
    _base_styles(document, Pt(14.5 if letter.large_type else 11 if not letter.signature_roles else 10.5))
    _properties(document, letter)
    _letterhead(document, letter)
    _footer(document, letter)
    document.add_paragraph(letter.title, style="Title")
    for block in letter.blocks:
        if isinstance(block, Heading):
            document.add_heading(block.text, level=block.level)
        elif isinstance(block, Paragraph):
            paragraph = document.add_paragraph()
            _add_lines(paragraph, block.text, bold=block.emphasis)
        elif isinstance(block, Bullets):
            for item in block.items:
                _add_lines(document.add_paragraph(style="List Bullet"), item)
        elif isinstance(block, FactTable) and block.rows:
            _fact_table(document, block)
    if letter.signature_roles:
        document.add_heading(letter.signature_heading, level=1)
        for n, _role in enumerate(letter.signature_roles):
            document.add_paragraph("\n\n_______________________________________")
            document.add_paragraph(f"{letter.signer_label(n)} (underskrevet digitalt i PDF-udgaven)", style="Caption")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _base_styles(document: Any, size: Any) -> None:
    from docx.shared import RGBColor

    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = size
    for name in ("Title", "Heading 1", "Heading 2", "Caption"):
        style = document.styles[name]
        style.font.name = FONT
    document.styles["Heading 2"].font.color.rgb = RGBColor(0x1F, 0x3B, 0x5A)


def _properties(document: Any, letter: Letter) -> None:
    properties = document.core_properties
    properties.title = letter.title
    properties.author = letter.author or "RehabMeet"
    properties.subject = letter.subject
    properties.keywords = letter.keywords
    properties.language = "da-DK"
    properties.comments = "Skrevet af RehabMeet"
    properties.created = datetime.now(UTC).replace(tzinfo=None)


def _letterhead(document: Any, letter: Letter) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Mm, Pt

    head = letter.letterhead
    header = document.sections[0].header
    first = header.paragraphs[0]
    if head.logo:
        first.add_run().add_picture(head.logo, height=Mm(14))
        first = header.add_paragraph()
    run = first.add_run(head.municipality)
    run.bold, run.font.size = True, Pt(14)
    if head.department:
        header.add_paragraph(head.department)
    details = [head.address, head.phone and f"Tlf. {head.phone}", head.email, head.website]
    right = header.add_paragraph(" · ".join(d for d in details if d))
    right.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    dated = header.add_paragraph()
    dated.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    dated.add_run(f"Dato: {danish_date(letter.dated)}").bold = True


def _footer(document: Any, letter: Letter) -> None:
    footer = document.sections[0].footer.paragraphs[0]
    if letter.letterhead.footer:
        footer.add_run(letter.letterhead.footer + "    ")
    footer.add_run("Side ")
    _field(footer, "PAGE")
    footer.add_run(" af ")
    _field(footer, "NUMPAGES")


def _field(paragraph: Any, code: str) -> None:
    """Add a Word field (PAGE, NUMPAGES) that Word fills in when it lays out the pages."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for kind, text in (("begin", None), ("instr", code), ("separate", None), ("text", "1"), ("end", None)):
        run = paragraph.add_run()
        if kind == "instr":
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = f" {text} "
        elif kind == "text":
            element = OxmlElement("w:t")
            element.text = text
        else:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        run._r.append(element)


def _fact_table(document: Any, block: FactTable) -> None:
    table = document.add_table(rows=0, cols=2)
    table.style = "Light Shading Accent 1"
    for name, value in block.rows:
        cells = table.add_row().cells
        cells[0].text = name
        cells[1].text = value
        for run in cells[0].paragraphs[0].runs:
            run.bold = True
    document.add_paragraph()


def _add_lines(paragraph: Any, text: str, *, bold: bool = False) -> None:
    for n, line in enumerate(text.split("\n")):
        run = paragraph.add_run(line)
        run.bold = bold
        if n < len(text.split("\n")) - 1:
            run.add_break()
