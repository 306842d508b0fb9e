"""The summary PDF: within the cap, readable, and every source link lands on the page it names."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from rehabmeet.bundles.importer import BundleImporter
from rehabmeet.documents.pdf import read_pdf
from rehabmeet.services.meeting_sets import OverCapError
from rehabmeet.services.registry import Services, build_services
from rehabmeet.storage.database import Database
from tests.helpers.db import open_home_database


@pytest.fixture
def database(isolated_environment: Path, sample_bundles: list[Path]) -> Iterator[Database]:
    db = open_home_database(isolated_environment)
    BundleImporter(db.sessions, actor="t", docx_renderer="reportlab").import_paths(sample_bundles)
    yield db
    db.close()


@pytest.fixture
def services(database: Database) -> Services:
    return build_services(database, actor="leader")


def _links(pdf: bytes) -> list[int]:
    """Return the target page index of every internal link, in page and annotation order."""
    reader = PdfReader(io.BytesIO(pdf))
    targets = []
    for page in reader.pages:
        for ref in page.get("/Annots", []) or []:
            annotation = ref.get_object()
            if annotation.get("/Subtype") == "/Link" and "/Dest" in annotation:
                targets.append(reader.get_page_number(annotation["/Dest"][0].get_object()))
    return targets


def _source_page_text(database: Database, case_ref: str, doc_key: str, page: int) -> str:
    with database.engine.connect() as connection:
        return connection.execute(
            text(
                "SELECT p.text FROM document_page p JOIN document d ON d.id = p.document_id "
                "JOIN case_version v ON v.id = d.case_version_id JOIN case_file c ON c.id = v.case_id "
                "WHERE c.case_ref = :ref AND d.doc_key = :doc AND p.page_no = :page"
            ),
            {"ref": case_ref, "doc": doc_key, "page": page},
        ).scalar_one()


@pytest.mark.parametrize("case_ref", ["REH-2026-0101", "REH-2026-0102", "REH-2026-0103"])
def test_summary_is_within_the_cap_and_links_land_on_their_pages(
    case_ref: str, services: Services, database: Database, tmp_path: Path
) -> None:
    case_id = services.cases.find(case_ref)
    pdf = services.meeting_sets.summary_pdf(case_id)
    pages = read_pdf(pdf, max_pages=1000).page_texts
    assert len(pages) <= 50
    assert all(f"{case_ref} · page {n} of {len(pages)}" in page for n, page in enumerate(pages, start=1))
    sheet = services.meeting_sets.sheet(case_id)
    expected = [r for s in sheet.sections for r in s.references if r.target is not None]
    targets = _links(pdf)
    assert len(targets) == len(expected) > 0
    sheet_pages = len(pages) - sum(d.selected_count for d in sheet.documents)
    for reference, target in zip(expected, targets, strict=True):
        assert target == sheet_pages + reference.target
        original = _source_page_text(database, case_ref, reference.doc_key, reference.page)
        assert original.strip()[:60] in pages[target], (reference.text, target)
    if shutil.which("pdftoppm"):
        out = tmp_path / "page"
        subprocess.run(["pdftoppm", "-r", "20", "-png", "-", str(out)], input=pdf, check=True, capture_output=True)
        assert len(list(tmp_path.glob("page*.png"))) == len(pages)


def test_long_case_is_cut_to_the_cap_but_the_source_is_not(services: Services) -> None:
    case_id = services.cases.find("REH-2026-0103")
    view = services.meeting_sets.view(case_id)
    total = sum(d.pages for d in view.documents)
    assert total > 100 and view.used == 50 and view.cap == 50
    assert view.documents[0].kind == "forberedende_del" and view.documents[0].selected == (
        (1, view.documents[0].pages),
    )
    small = services.meeting_sets.summary_pdf(case_id, page_cap=20)
    assert len(PdfReader(io.BytesIO(small)).pages) == 20


def test_bookmarks_name_each_document(services: Services) -> None:
    pdf = services.meeting_sets.summary_pdf(services.cases.find("REH-2026-0101"))
    titles = [item.title for item in PdfReader(io.BytesIO(pdf)).outline]
    assert titles[0] == "Summary sheet"
    assert any(t.startswith("Preparatory part: ") for t in titles) and any(t.startswith("LÆ 265: ") for t in titles)


def test_fonts_are_embedded_in_the_sheet(services: Services) -> None:
    pdf = services.meeting_sets.summary_pdf(services.cases.find("REH-2026-0101"))
    first = PdfReader(io.BytesIO(pdf)).pages[0]
    fonts = first["/Resources"]["/Font"]
    dejavu = [f.get_object() for f in fonts.values() if "DejaVu" in str(f.get_object()["/BaseFont"])]
    assert dejavu and all("/FontFile2" in f["/FontDescriptor"] for f in dejavu)


def test_a_missing_section_is_shown_as_missing(services: Services) -> None:
    sheet = services.meeting_sets.sheet(services.cases.find("REH-2026-0102"))
    assert sheet.sections[0].section == "sagsresume" and len(sheet.sections) == 6
    pdf_text = "\n".join(
        read_pdf(services.meeting_sets.summary_pdf(services.cases.find("REH-2026-0102")), max_pages=100).page_texts
    )
    missing = [s for s in sheet.sections if s.text is None]
    for section in missing:
        assert section.title in pdf_text
    assert ("Missing: the caseworker's summary has no such section." in pdf_text) == bool(missing)


def test_going_over_the_cap_needs_a_reason_which_is_logged(services: Services, database: Database) -> None:
    case_id = services.cases.find("REH-2026-0103")
    view = services.meeting_sets.view(case_id)
    left_out = next(d for d in view.documents if not d.selected)
    with pytest.raises(OverCapError, match="over the cap of 50; give a reason"):
        services.meeting_sets.change(case_id, left_out.doc_key, 1, 2, include=True)
    assert services.meeting_sets.view(case_id) == view
    changed = services.meeting_sets.change(
        case_id, left_out.doc_key, 1, 2, include=True, reason="Ny journal er afgørende"
    )
    assert changed.used == 52 and changed.over_cap_reason == "Ny journal er afgørende"
    with database.engine.connect() as connection:
        details = json.loads(
            connection.execute(text("SELECT details FROM event_log WHERE action = 'meeting_set.changed'")).scalar_one()
        )
    assert details["over_cap_reason"] == "Ny journal er afgørende" and details["pages_used"] == 52


def test_excluding_frees_budget_and_reset_restores_the_default(services: Services) -> None:
    case_id = services.cases.find("REH-2026-0103")
    default = services.meeting_sets.view(case_id)
    first = default.documents[0]
    smaller = services.meeting_sets.change(case_id, first.doc_key, 2, first.pages, include=False)
    assert smaller.used == default.used - (first.pages - 1) and not smaller.is_default
    assert services.meeting_sets.reset(case_id) == default


def test_cli_summary_writes_the_pdf(
    isolated_environment: Path, sample_bundles: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from rehabmeet.cli import main

    assert main(["import", str(sample_bundles[0])]) == 0
    out = tmp_path / "summary.pdf"
    assert main(["summary", "REH-2026-0101", "-o", str(out), "--page-cap", "10"]) == 0
    assert len(PdfReader(out).pages) == 10
    assert main(["summary", "NOPE", "-o", str(out)]) == 2
    assert "there is no case 'NOPE'" in capsys.readouterr().err
