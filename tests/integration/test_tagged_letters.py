"""The letters are tagged PDFs a screen reader can follow, and stay PDF/A-2b and signable (issue 16, item 7).

Read back with poppler (``pdfinfo -struct-text``, independent of reportlab and pypdf, which
wrote the file) and with pypdf's own parsing of the content streams and the structure tree.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from rehabmeet.cli import main
from rehabmeet.services.decisions import DecisionDraft
from rehabmeet.services.registry import Services, build_services
from rehabmeet.storage.database import Database
from tests.helpers.db import open_home_database
from tests.helpers.indstilling import finalise_demo_fleksjob
from tests.helpers.tagged_pdf import (
    marked_content,
    parent_tree,
    pdfinfo,
    pdfium_reading,
    reader_of,
    struct_text,
    structure_references,
)
from tests.helpers.trust import accepted
from tests.integration.test_documents import HEARD


@pytest.fixture
def database(demo_home: Path) -> Iterator[Database]:
    db = open_home_database(demo_home)
    yield db
    db.close()


@pytest.fixture
def services(database: Database, tmp_path: Path) -> Services:
    return build_services(database, actor="secretary", certificates_dir=tmp_path / "certs")


@pytest.fixture
def item(database: Database) -> int:
    return finalise_demo_fleksjob(database.sessions)


def _letter(services: Services, item: int, kind: str, **options: bool) -> bytes:
    if kind != "indstilling":
        services.decisions.save(
            item,
            DecisionDraft(
                outcome="fleksjob",
                reasons="Din arbejdsevne er varigt og væsentligt nedsat.",
                facts="Praktikrapport: stabilt fremmøde 12 timer om ugen.",
                heard_at=HEARD,
                hearing_note="Du var enig i afgørelsen.",
                effective_date=date(2026, 12, 1),
            ),
        )
        services.decisions.finalise(item)
    view = services.documents.issue(item, kind, "pdf", **options)
    return services.documents.content(view.id)[1]


def _position(leaves: list[tuple[str, str]], kind: str, start: str) -> int:
    return next(n for n, (k, text) in enumerate(leaves) if k == kind and text.startswith(start))


def test_the_indstilling_reads_in_order_as_headings_paragraphs_a_table_and_a_list(
    services: Services, item: int, tmp_path: Path
) -> None:
    leaves = struct_text(_letter(services, item, "indstilling"), tmp_path)
    order = [
        _position(leaves, "P", "Aalborg Kommune"),
        _position(leaves, "P", "Dato: "),
        _position(leaves, "H1", "Rehabiliteringsteamets indstilling"),
        _position(leaves, "TH", "Borger"),
        _position(leaves, "TD", "Brian Kjærgaard Poulsen"),
        _position(leaves, "H2", "Spørgsmål til teamet"),
        _position(leaves, "H2", "Deltagere i mødet"),
        _position(leaves, "Lbl", "•"),
        _position(leaves, "LBody", "Helle Kragh"),
        _position(leaves, "H2", "Borgerens egen vurdering"),
        _position(leaves, "H2", "Underskrifter"),
        _position(leaves, "P", "Mødeleder"),
    ]
    assert order == sorted(order), leaves
    # A line break is read as a space, not as one word made of two ("Teamethar").
    assert any("Teamet har talt med" in text for _, text in leaves), leaves
    # Footer and page numbers are artifacts: not read between the paragraphs.
    assert not any(text.startswith("Side ") or "personoplysninger" in text for _, text in leaves)


@pytest.mark.parametrize(
    ("kind", "options", "title", "heading"),
    [
        ("afgoerelse", {}, "Afgørelse: Fleksjob", "Klagevejledning"),
        ("haandud", {}, "Det skete på mødet", "Hvis du ikke er enig"),
        ("haandud", {"large_type": True}, "Det skete på mødet", "Hvis du ikke er enig"),
    ],
)
def test_the_letters_to_the_citizen_are_tagged_too(
    services: Services, item: int, tmp_path: Path, kind: str, options: dict[str, bool], title: str, heading: str
) -> None:
    leaves = struct_text(_letter(services, item, kind, **options), tmp_path)
    assert _position(leaves, "H1", title) < _position(leaves, "H2", heading) < _position(leaves, "P", "Du kan klage")


def test_pdfium_reads_the_hand_out_in_danish_in_order_with_only_the_footer_left_out(
    services: Services, item: int
) -> None:
    reading = pdfium_reading(_letter(services, item, "haandud"))
    assert (reading.language, reading.tagged) == ("da-DK", True)
    kinds = [kind for kind, _ in reading.leaves[0]]
    assert kinds[:6] == ["P", "P", "P", "P", "H1", "P"] and {"H2", "Lbl", "LBody"} <= set(kinds)
    assert reading.leaves[0][4] == ("H1", "Det skete på mødet")
    assert reading.leaves[0][-1][1].startswith("Du kan klage til Ankestyrelsen")
    assert (
        reading.untagged[0].startswith("Brevet indeholder personoplysninger") and "Side 1 af 1" in reading.untagged[0]
    )


@pytest.mark.parametrize("kind", ["indstilling", "afgoerelse", "haandud"])
def test_every_mark_on_every_page_is_in_the_structure_tree_or_an_artifact(
    services: Services, item: int, kind: str
) -> None:
    reader = reader_of(_letter(services, item, kind))
    in_content = set()
    for index, page in enumerate(reader.pages):
        marks = marked_content(page, reader)
        assert marks.balanced and marks.untagged_ink == [], (index, marks)
        assert len(marks.mcids) == len(set(marks.mcids))
        in_content |= {(index, mcid) for mcid in marks.mcids}
        assert page["/Tabs"] == "/S"
    referenced = structure_references(reader)
    assert set(referenced) == in_content
    assert parent_tree(reader) == referenced  # each MCID's parent-tree entry is the element that holds it


def test_the_tagged_letter_still_claims_pdfa_2b_and_says_it_is_tagged_in_danish(
    services: Services, item: int, tmp_path: Path
) -> None:
    content = _letter(services, item, "indstilling")
    reader = reader_of(content)
    root = reader.trailer["/Root"]
    assert root["/MarkInfo"]["/Marked"] == True  # noqa: E712 (a pypdf BooleanObject)
    assert root["/Lang"] == "da-DK" and reader.xmp_metadata.dc_language == ["da-DK"]
    assert root["/ViewerPreferences"]["/DisplayDocTitle"] == True  # noqa: E712
    assert (reader.xmp_metadata.pdfaid_part, reader.xmp_metadata.pdfaid_conformance) == ("2", "B")
    assert root["/Version"] == "/1.7"  # the header says 1.3 (reportlab); the catalog's version wins
    info = pdfinfo(content, tmp_path)
    assert "Tagged:          yes" in info and "PDF version:     1.7" in info


def test_a_countersigned_tagged_letter_verifies_and_keeps_its_structure(
    database: Database, item: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    services = build_services(database, actor="secretary")  # the certificates `rehabmeet verify` trusts
    leader = accepted(services.certificates, "Anna Leder", "Aalborg Kommune", role="Mødeleder")
    coordinator = accepted(services.certificates, "Bo Læge", "Region", role="Sundhedskoordinator")
    view = services.documents.issue(item, "indstilling", "pdf")
    services.documents.sign(view.id, leader.id)
    services.documents.sign(view.id, coordinator.id)
    signed = services.documents.content(view.id)[1]
    out = tmp_path / "indstilling.pdf"
    out.write_bytes(signed)
    database.close()
    assert main(["verify", str(out)]) == 0, capsys.readouterr().out
    reader = reader_of(signed)
    assert set(structure_references(reader)) == set(parent_tree(reader))
    # Each signature field is a Form element beside its role's label, found through the parent tree.
    numbers = reader.trailer["/Root"]["/StructTreeRoot"]["/ParentTree"]["/Nums"]
    owners = {int(numbers[n]): numbers[n + 1].get_object() for n in range(0, len(numbers), 2)}
    for field in reader.trailer["/Root"]["/AcroForm"]["/Fields"]:
        widget = field.get_object()
        form = owners[int(widget["/StructParent"])]
        assert form["/S"] == "/Form" and form["/K"].raw_get("/Obj").idnum == field.idnum
        assert widget["/TU"] == widget["/T"] and "/V" in widget  # named for a reader, and signed
    assert "Mødeleder" in [str(kid.get_object().get("/T")) for kid in form["/P"]["/K"]]
    leaves = struct_text(signed, tmp_path)
    assert _position(leaves, "H1", "Rehabiliteringsteamets indstilling") < _position(leaves, "H2", "Underskrifter")
