"""PDF/A-2b points that signing used to break, bookmarks, and the DOCX page and language (issue 16, finding 6)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from rehabmeet.services.registry import Services, build_services
from rehabmeet.storage.database import Database
from tests.helpers.db import open_home_database
from tests.helpers.indstilling import finalise_demo_fleksjob
from tests.helpers.trust import accepted


@pytest.fixture
def database(demo_home: Path) -> Iterator[Database]:
    db = open_home_database(demo_home)
    yield db
    db.close()


@pytest.fixture
def services(database: Database, tmp_path: Path) -> Services:
    return build_services(database, actor="secretary", certificates_dir=tmp_path / "certs")


@pytest.fixture
def signed(services: Services, database: Database) -> bytes:
    item = finalise_demo_fleksjob(database.sessions)
    leader = accepted(services.certificates, "Anna Leder", role="Mødeleder")
    coordinator = accepted(services.certificates, "Bo Læge", role="Sundhedskoordinator")
    view = services.documents.issue(item, "indstilling", "pdf")
    services.documents.sign(view.id, leader.id)
    services.documents.sign(view.id, coordinator.id)
    return services.documents.content(view.id)[1]


def test_the_signed_letter_stays_pdf_1_7_with_one_typed_xmp_packet_that_agrees_with_the_info(signed: bytes) -> None:
    reader = PdfReader(io.BytesIO(signed))
    root = reader.trailer["/Root"]
    assert str(root.get("/Version", "/1.7")) in ("/1.7", "1.7") and signed[:8] in (b"%PDF-1.7", b"%PDF-1.3")
    metadata = root["/Metadata"].get_object()
    assert (metadata["/Type"], metadata["/Subtype"]) == ("/Metadata", "/XML")
    xmp = reader.xmp_metadata
    assert xmp is not None and (xmp.pdfaid_part, xmp.pdfaid_conformance) == ("2", "B")
    assert xmp.pdf_producer == reader.metadata.producer, (xmp.pdf_producer, reader.metadata.producer)
    assert xmp.dc_title == {"x-default": reader.metadata.title}


def test_the_letter_has_bookmarks_for_its_title_and_headings(signed: bytes) -> None:
    reader = PdfReader(io.BytesIO(signed))
    outline = reader.outline
    assert outline and outline[0].title == "Rehabiliteringsteamets indstilling"
    headings = [entry.title for entry in outline[1]] if isinstance(outline[1], list) else []
    assert "Borgerens egen vurdering" in headings, outline


def test_the_docx_is_a4_with_danish_proofing(services: Services, database: Database) -> None:
    import docx
    from docx.oxml.ns import qn
    from docx.shared import Mm

    item = finalise_demo_fleksjob(database.sessions)
    view = services.documents.issue(item, "indstilling", "docx")
    document = docx.Document(io.BytesIO(services.documents.content(view.id)[1]))
    section = document.sections[0]
    assert abs(section.page_width - Mm(210)) < Mm(1) and abs(section.page_height - Mm(297)) < Mm(1)
    defaults = document.styles.element.find(qn("w:docDefaults"))
    language = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:lang"))
    assert language.get(qn("w:val")) == "da-DK"
