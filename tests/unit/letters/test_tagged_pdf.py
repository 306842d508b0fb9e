"""Tagging holds across page breaks: a paragraph, a list and a table split over pages (issue 16, item 7)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from rehabmeet.letters.model import Bullets, FactTable, Heading, Letter, Letterhead, Paragraph
from rehabmeet.letters.pdf import render_letter_pdf
from tests.helpers.tagged_pdf import marked_content, parent_tree, reader_of, struct_text, structure_references

SENTENCE = "Borgeren har deltaget i praktik og mødt stabilt op hver uge i hele perioden. "


def _long_letter() -> Letter:
    return Letter(
        kind="indstilling",
        title="Et langt brev",
        letterhead=Letterhead(municipality="Prøvekommune", footer="Fortroligt"),
        dated=date(2026, 12, 3),
        blocks=(
            FactTable(tuple((f"Felt {n}", f"Værdi {n}") for n in range(40))),
            Heading("Vurdering"),
            Paragraph(SENTENCE * 60),
            Bullets(tuple(f"Punkt {n}: {SENTENCE}" for n in range(30))),
        ),
        signature_roles=("Mødeleder",),
        signature_heading="Underskrifter",
    )


def test_a_paragraph_table_and_list_split_over_pages_stay_one_element_each(tmp_path: Path) -> None:
    rendered = render_letter_pdf(_long_letter())
    assert rendered.pages >= 3
    reader = reader_of(rendered.content)
    content = set()
    for index, page in enumerate(reader.pages):
        marks = marked_content(page, reader)
        assert marks.balanced and marks.untagged_ink == [], (index, marks)
        content |= {(index, mcid) for mcid in marks.mcids}
    referenced = structure_references(reader)
    assert set(referenced) == content and parent_tree(reader) == referenced
    leaves = struct_text(rendered.content, tmp_path)
    # The long paragraph is one P, continued on the next page through a marked-content reference.
    long_ones = [text for kind, text in leaves if kind == "P" and text.startswith("Borgeren har deltaget")]
    assert len(long_ones) == 1 and long_ones[0].count("Borgeren har deltaget") == 60
    pages_of = {}
    for (page, _), element in referenced.items():
        pages_of.setdefault(element, set()).add(page)
    assert any(len(pages) > 1 for pages in pages_of.values())
    # Table rows and list items on every page, in order.
    assert [text for kind, text in leaves if kind == "TH"] == [f"Felt {n}" for n in range(40)]
    items = [text for kind, text in leaves if kind == "LBody"]
    assert [text.split(":")[0] for text in items] == [f"Punkt {n}" for n in range(30)]
    assert [kind for kind, _ in leaves].count("Lbl") == 30
