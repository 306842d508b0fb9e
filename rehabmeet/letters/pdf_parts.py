"""The pieces of the letter PDF: paragraph styles, the page-numbering canvas, the signature box."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rehabmeet.documents.fonts import register_fonts
from rehabmeet.letters.structure import END, PAGINATION, StructNode, Tagger


@dataclass(frozen=True, slots=True)
class LetterStyles:
    title: Any
    heading: Any
    body: Any
    strong: Any
    label: Any
    small: Any
    regular_font: str
    bold_font: str


def letter_styles(large_type: bool, *, citizen_facing: bool = False) -> LetterStyles:
    """Return the styles: 10.5 pt letters, 11.5 pt for the citizen's hand-out, 14.5 pt in large type."""
    from reportlab.lib.styles import ParagraphStyle

    regular, bold, _ = register_fonts()
    size = 14.5 if large_type else 11.5 if citizen_facing else 10.5
    leading = size * 1.32
    body = ParagraphStyle("body", fontName=regular, fontSize=size, leading=leading, spaceAfter=size * 0.55)
    return LetterStyles(
        title=ParagraphStyle("title", fontName=bold, fontSize=size * 1.55, leading=size * 1.95, spaceAfter=size),
        heading=ParagraphStyle(
            "heading",
            fontName=bold,
            fontSize=size * 1.12,
            leading=size * 1.5,
            spaceBefore=size * 0.7,
            spaceAfter=3,
            keepWithNext=1,
            textColor="#1f3b5a",
        ),
        body=body,
        strong=ParagraphStyle("strong", parent=body, fontName=bold),
        label=ParagraphStyle("label", parent=body, fontName=bold, fontSize=size * 0.9, spaceAfter=0),
        small=ParagraphStyle("small", fontName=regular, fontSize=8, leading=10),
        regular_font=regular,
        bold_font=bold,
    )


def numbered_canvas(footer: str) -> type:
    """Return a canvas class that writes the footer and "Side x af y" once the page count is known.

    Both are pagination artifacts: a screen reader does not read them between the paragraphs.
    """
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    regular, _, _ = register_fonts()

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            # reportlab starts every page in Helvetica, a font it cannot embed (PDF/A wants every font embedded).
            kwargs["initialFontName"] = regular
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._footer(total)
                super().showPage()
            super().save()

        def _footer(self, total: int) -> None:
            width = self._pagesize[0]
            self._code.append(PAGINATION)
            self.saveState()
            self.setFont(regular, 7.5)
            self.setFillColor("#505a66")
            if footer:
                self.drawString(22 * mm, 12 * mm, footer)
            self.drawRightString(width - 20 * mm, 12 * mm, f"Side {self._pageNumber} af {total}")
            self.restoreState()
            self._code.append(END)

    return NumberedCanvas


class SignatureSlot:
    """An empty signature box with the role under it; records where it was drawn.

    A reportlab ``Flowable`` built lazily (reportlab is imported only when a letter is rendered).
    The box is an artifact; the role under it is the paragraph ``tag`` (tagger, element).
    """

    def __new__(
        cls,
        field: str,
        role: str,
        slots: list[dict[str, Any]],
        styles: LetterStyles,
        tag: tuple[Tagger, StructNode],
        label: str = "",
    ) -> Any:
        from reportlab.lib.units import mm
        from reportlab.platypus import Flowable

        class _Slot(Flowable):  # type: ignore[misc]
            def __init__(self) -> None:
                super().__init__()
                self.width, self.height = 85 * mm, 30 * mm

            def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
                return self.width, self.height

            def draw(self) -> None:
                canvas = self.canv
                tagger, element = tag
                box_height = 22 * mm
                tagger.begin_artifact(canvas)
                canvas.setStrokeColor("#9aa7b6")
                canvas.setLineWidth(0.5)
                canvas.rect(0, self.height - box_height, self.width, box_height)
                tagger.end(canvas)
                tagger.begin(canvas, element)
                canvas.setFont(styles.regular_font, 8.5)
                canvas.drawString(0, self.height - box_height - 4 * mm, label or role)
                tagger.end(canvas)
                x, y = canvas.absolutePosition(0, self.height - box_height)
                slots.append(
                    {
                        "field": field,
                        "role": role,
                        "page": canvas.getPageNumber() - 1,
                        "box": [round(x, 2), round(y, 2), round(x + self.width, 2), round(y + box_height, 2)],
                    }
                )

        return _Slot()
