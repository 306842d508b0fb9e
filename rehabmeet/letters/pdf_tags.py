"""reportlab flowables that draw inside marked content, so the letter PDF can be tagged.

Imported only when a letter is rendered (it imports reportlab). Each flowable carries the
structure element it belongs to (:class:`rehabmeet.letters.structure.StructNode`) and wraps its
drawing in that element's marked-content sequence; what only decorates is an artifact.
reportlab itself writes no structure tree: :func:`rehabmeet.letters.structure.write_structure`
adds it afterwards from what the :class:`~rehabmeet.letters.structure.Tagger` recorded.
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import ListFlowable, Table
from reportlab.platypus import Paragraph as Para
from reportlab.platypus.flowables import BulletDrawer

from rehabmeet.letters.structure import END, StructNode, Tagger


class TaggedParagraph(Para):  # type: ignore[misc]
    """A paragraph drawn as one marked-content sequence of ``node`` (both halves when split over a page).

    Each line it draws ends in a real space: reportlab breaks lines without one, and a reader
    that follows the structure (poppler, a screen reader) would otherwise join the last word of
    a line to the first of the next ("Teamethar"). A trailing space paints nothing.
    """

    _tag: tuple[Tagger, StructNode] | None = None

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        canvas.beginText = _spaced_lines(canvas.beginText)
        try:
            if self._tag is not None:
                self._tag[0].begin(canvas, self._tag[1])
            super().drawOn(canvas, x, y, _sW)
            if self._tag is not None:
                self._tag[0].end(canvas)
        finally:
            del canvas.beginText  # the canvas's own method again

    def split(self, available_width: float, available_height: float) -> list[Any]:
        parts: list[Any] = super().split(available_width, available_height)
        for part in parts:
            part._tag = self._tag
        return parts


def _spaced_lines(begin_text: Any) -> Any:
    """Wrap ``canvas.beginText`` so every line the text object ends (``T*``) ends in a space."""

    def spaced(*args: Any, **kwargs: Any) -> Any:
        text_object = begin_text(*args, **kwargs)
        out = text_object._textOut

        def text_out(text: str, line_end: int = 0) -> None:
            if line_end and text and not text[-1].isspace():
                text += " "
            out(text, line_end)

        text_object._textOut = text_out
        return text_object

    return spaced


def tagged_paragraph(tagger: Tagger, kind: str, text: str, style: Any, parent: StructNode | None = None) -> Any:
    """Return a paragraph that is element ``kind`` (``H1``, ``P`` …) of the structure tree."""
    paragraph = TaggedParagraph(text, style)
    paragraph._tag = (tagger, tagger.add(kind, parent))
    return paragraph


class _LabelledBullet(BulletDrawer):  # type: ignore[misc]
    """A list bullet drawn as the ``Lbl`` of its item (the item's body is the ``LBody`` beside it)."""

    tagger: Tagger

    def drawOn(self, indenter: Any, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        body = getattr(indenter._flowable, "_tag", None)
        if not self.value or body is None or body[1].parent is None:
            super().drawOn(indenter, canvas, x, y, _sW)
            return
        label = body[1].parent.kids[0]
        assert isinstance(label, StructNode)
        self.tagger.begin(canvas, label)
        super().drawOn(indenter, canvas, x, y, _sW)
        self.tagger.end(canvas)


class TaggedList(ListFlowable):  # type: ignore[misc]
    """A bulleted list ``L`` whose items are ``LI`` → ``Lbl`` (the bullet) + ``LBody`` (the text)."""

    tagger: Tagger

    def _makeBullet(self, value: Any, params: Any = None) -> Any:
        bullet = super()._makeBullet(value, params)
        bullet.__class__ = _LabelledBullet
        bullet.tagger = self.tagger
        return bullet


def tagged_list(tagger: Tagger, items: list[str], style: Any, **list_options: Any) -> Any:
    """Return the bulleted list of ``items`` (already escaped paragraph markup) as an ``L`` element."""
    from reportlab.platypus import ListItem

    element = tagger.add("L")
    bodies = []
    for item in items:
        entry = tagger.add("LI", element)
        tagger.add("Lbl", entry)
        bodies.append(tagged_paragraph(tagger, "LBody", item, style, entry))
    flowable = TaggedList([ListItem(body, leftIndent=12) for body in bodies], **list_options)
    flowable.tagger = tagger
    return flowable


def tagged_table(tagger: Tagger, rows: list[list[Any]], **table_options: Any) -> Any:
    """Return a table (``Table`` → ``TR`` → ``TH`` for the first column, ``TD``) with its shading an artifact.

    The cells are untagged :class:`TaggedParagraph` (for their line-end spaces); each cell is drawn
    as one marked-content sequence of its ``TH``/``TD`` through reportlab's table callback
    (``renderCB``), which split tables keep; cells are found by identity, so a split table's rows
    still find their elements.
    """
    table = tagger.add("Table")
    cells: dict[int, StructNode] = {}
    for row in rows:
        row_node = tagger.add("TR", table)
        for column, cell in enumerate(row):
            kind, scope = ("TH", {"Scope": "Row"}) if column == 0 else ("TD", {})
            cells[id(cell)] = tagger.add(kind, row_node, **scope)

    def on_table(flowable: Any, event: str, *args: Any) -> None:
        canvas = flowable.canv
        if event in ("startBG", "startLines"):
            tagger.begin_artifact(canvas)
        elif event in ("endBG", "endLines", "endCell"):
            canvas._code.append(END)
        elif event == "startCell":
            value = args[2]
            node = cells.get(id(value[0] if isinstance(value, list | tuple) else value))
            if node is None:  # not one of ours: keep the sequence balanced
                tagger.begin_artifact(canvas)
            else:
                tagger.begin(canvas, node)

    return Table(rows, renderCB=on_table, **table_options)
