"""The logical structure of a letter (the PDF's structure tree) and the marked content that points into it.

A screen reader reads a tagged PDF by its structure tree (ISO 32000-1 § 14.7–14.8): a
``Document`` element holding headings (``H1``, ``H2``), paragraphs (``P``), lists (``L`` →
``LI`` → ``Lbl`` + ``LBody``) and tables (``Table`` → ``TR`` → ``TH``/``TD``) in reading
order, each leaf pointing at its marked-content sequences (``/P <</MCID n>> BDC … EMC``) on
the pages. While reportlab draws, :class:`Tagger` writes those operators into the page's
content stream and remembers each (page, MCID); page furniture (rules, boxes, backgrounds,
footer, page numbers, logo) is marked ``/Artifact`` so it is not read aloud.
:func:`write_structure` then adds the tree, its parent tree and the catalog entries with pypdf.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

ARTIFACT = "/Artifact BMC"
PAGINATION = "/Artifact <</Type /Pagination /Subtype /Footer>> BDC"
END = "EMC"


@dataclass(eq=False)
class StructNode:
    """One structure element; ``kids`` are child elements and ``(page, mcid)`` pairs, in reading order.

    Attributes:
        kind: a standard structure type (``H1``, ``P``, ``TD`` …), also the marked-content tag.
        attributes: the table attributes (``{"Scope": "Row"}`` for a row header).
        title: the element's ``/T`` (a signature box's role, so signing can tag its field beside it).
    """

    kind: str
    parent: StructNode | None = None
    kids: list[StructNode | tuple[int, int]] = field(default_factory=list)
    attributes: dict[str, str] = field(default_factory=dict)
    title: str = ""

    def has_content(self) -> bool:
        return any(not isinstance(kid, StructNode) or kid.has_content() for kid in self.kids)


class Tagger:
    """Hands out MCIDs page by page while a canvas is drawn, and holds the structure tree."""

    def __init__(self) -> None:
        self.document = StructNode("Document")
        self._next_mcid: dict[int, int] = {}

    def add(self, kind: str, parent: StructNode | None = None, **attributes: str) -> StructNode:
        """Return a new element, appended (in reading order) to ``parent`` or the document."""
        owner = parent or self.document
        node = StructNode(kind, owner, attributes=attributes)
        owner.kids.append(node)
        return node

    def begin(self, canvas: Any, node: StructNode) -> None:
        """Open a marked-content sequence of ``node`` on the canvas's current page."""
        page = canvas.getPageNumber() - 1
        mcid = self._next_mcid.get(page, 0)
        self._next_mcid[page] = mcid + 1
        node.kids.append((page, mcid))
        canvas._code.append(f"/{node.kind} <</MCID {mcid}>> BDC")

    @staticmethod
    def end(canvas: Any) -> None:
        canvas._code.append(END)

    @staticmethod
    def begin_artifact(canvas: Any) -> None:
        canvas._code.append(ARTIFACT)


def write_structure(writer: Any, document: StructNode) -> None:
    """Add the structure tree of ``document`` to the pypdf ``writer`` and mark the file as tagged."""
    from pypdf.generic import ArrayObject, BooleanObject, DictionaryObject, NameObject, NumberObject

    pages = [page.indirect_reference for page in writer.pages]
    tree = DictionaryObject({NameObject("/Type"): NameObject("/StructTreeRoot")})
    tree_ref = writer._add_object(tree)
    owners: dict[int, dict[int, Any]] = {}
    top = _element(writer, document, tree_ref, pages, owners)
    tree[NameObject("/K")] = ArrayObject([top])
    numbers = ArrayObject()
    for page in sorted(owners):
        mcids = owners[page]
        numbers += [NumberObject(page), ArrayObject(mcids[n] for n in range(max(mcids) + 1))]
        writer.pages[page][NameObject("/StructParents")] = NumberObject(page)
    tree[NameObject("/ParentTree")] = writer._add_object(DictionaryObject({NameObject("/Nums"): numbers}))
    tree[NameObject("/ParentTreeNextKey")] = NumberObject(len(pages))
    for page in writer.pages:
        page[NameObject("/Tabs")] = NameObject("/S")  # tab order follows the structure
    catalog = writer._root_object
    catalog[NameObject("/StructTreeRoot")] = tree_ref
    catalog[NameObject("/MarkInfo")] = DictionaryObject({NameObject("/Marked"): BooleanObject(True)})
    catalog[NameObject("/ViewerPreferences")] = DictionaryObject({NameObject("/DisplayDocTitle"): BooleanObject(True)})


def _element(
    writer: Any, node: StructNode, parent_ref: Any, pages: list[Any], owners: dict[int, dict[int, Any]]
) -> Any:
    """Write ``node`` and its descendants; record which element owns each (page, MCID)."""
    from pypdf.generic import ArrayObject, DictionaryObject, NameObject, NumberObject, TextStringObject

    element = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/StructElem"),
            NameObject("/S"): NameObject(f"/{node.kind}"),
            NameObject("/P"): parent_ref,
        }
    )
    ref = writer._add_object(element)
    own_pages = [kid[0] for kid in node.kids if isinstance(kid, tuple)]
    if own_pages:
        element[NameObject("/Pg")] = pages[own_pages[0]]
    kids = ArrayObject()
    for kid in node.kids:
        if isinstance(kid, StructNode):
            if kid.has_content():
                kids.append(_element(writer, kid, ref, pages, owners))
            continue
        page, mcid = kid
        owners.setdefault(page, {})[mcid] = ref
        if page == own_pages[0]:
            kids.append(NumberObject(mcid))
        else:  # the rest of a paragraph split over a page break
            kids.append(
                DictionaryObject(
                    {
                        NameObject("/Type"): NameObject("/MCR"),
                        NameObject("/Pg"): pages[page],
                        NameObject("/MCID"): NumberObject(mcid),
                    }
                )
            )
    element[NameObject("/K")] = kids
    if node.title:
        element[NameObject("/T")] = TextStringObject(node.title)
    if node.attributes:
        attributes = {NameObject("/O"): NameObject("/Table")}
        attributes.update({NameObject(f"/{k}"): NameObject(f"/{v}") for k, v in node.attributes.items()})
        element[NameObject("/A")] = DictionaryObject(attributes)
    return ref
