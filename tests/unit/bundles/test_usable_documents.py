"""Accepted means usable (issue 19): what import accepts can be summarised and packed; damaged PDFs that
PDFium reads are repaired, active content is flagged and stripped, and the originals are kept."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from rehabmeet.bundles.importer import BundleImporter
from rehabmeet.bundles.outcome import ImportStatus
from rehabmeet.documents.pdf_content import active_content
from rehabmeet.documents.summary_pdf import page_texts
from rehabmeet.storage.database import Database
from tests.helpers.bundles import replace_document, valid_members, write_zip
from tests.helpers.db import open_home_database
from tests.helpers.hostile import (
    PDF,
    damaged_pdf,
    deflated,
    pdf_with_active_content,
    pdf_with_content,
    truncated_pdf,
    with_pdf,
)


@pytest.fixture
def database(isolated_environment: Path) -> Iterator[Database]:
    db = open_home_database(isolated_environment)
    yield db
    db.close()


def _stored(database: Database) -> tuple[str, bytes, bytes | None, str | None]:
    with database.engine.connect() as connection:
        return tuple(  # type: ignore[return-value]
            connection.execute(
                text(
                    "SELECT d.sha256, b.data, v.data, d.content_flags FROM document d "
                    "JOIN document_blob b ON b.id = d.blob_id LEFT JOIN document_blob v ON v.id = d.view_blob_id "
                    "WHERE d.doc_key = 'd1'"
                )
            ).one()
        )


def _summary(tmp_path: Path, case_ref: str = "TEST-0001") -> bytes:
    from rehabmeet.cli import main

    out = tmp_path / "summary.pdf"
    assert main(["summary", case_ref, "-o", str(out)]) == 0
    return out.read_bytes()


def test_active_content_is_flagged_kept_in_the_original_and_stripped_from_the_summary(
    database: Database, tmp_path: Path
) -> None:
    hostile = pdf_with_active_content(valid_members()[PDF])
    path = write_zip(replace_document(valid_members(), PDF, hostile), tmp_path / "active.rmb.zip")

    outcome = BundleImporter(database.sessions, actor="test").import_path(path)

    assert outcome.status is ImportStatus.IMPORTED, outcome.message
    found = {f.check_id: f.message for f in outcome.findings}
    assert "“Forberedende del” contains JavaScript; it is never run" in found["DOC-JAVASCRIPT"]
    assert "contains embedded files" in found["DOC-EMBEDDED_FILES"]
    assert "an action that starts a program" in found["DOC-LAUNCH"]
    sha256, original, view, flags = _stored(database)
    assert original == hostile and sha256 == hashlib.sha256(hostile).hexdigest()
    assert flags == "javascript,launch,embedded_files"
    assert view is not None and active_content(view) == ()
    assert active_content(_summary(tmp_path)) == ()


def test_the_findings_stay_with_the_stored_case(database: Database, tmp_path: Path) -> None:
    from rehabmeet.services.registry import build_services

    hostile = pdf_with_active_content(valid_members()[PDF])
    BundleImporter(database.sessions, actor="test").import_path(
        write_zip(replace_document(valid_members(), PDF, hostile), tmp_path / "active.rmb.zip")
    )
    row = build_services(database, actor="test").cases.list_cases()[0]
    assert {"DOC-JAVASCRIPT", "DOC-LAUNCH", "DOC-EMBEDDED_FILES"} <= {f.check_id for f in row.findings}


def test_a_damaged_pdf_that_pdfium_reads_is_repaired_and_flagged(database: Database, tmp_path: Path) -> None:
    damaged = damaged_pdf(valid_members()[PDF])
    path = write_zip(replace_document(valid_members(), PDF, damaged), tmp_path / "damaged.rmb.zip")

    outcome = BundleImporter(database.sessions, actor="test").import_path(path)

    assert outcome.status is ImportStatus.IMPORTED, outcome.message
    assert (
        "“Forberedende del” was damaged and has been repaired; the original is kept"
        in {f.check_id: f.message for f in outcome.findings}["DOC-REPAIRED"]
    )
    _sha256, original, view, flags = _stored(database)
    assert original == damaged and flags == "repaired" and view is not None
    texts = page_texts(_summary(tmp_path))
    assert any("Borgeren fortæller om sine ønsker" in page for page in texts.values())


def test_a_pdf_only_qpdf_can_read_is_repaired_kept_with_both_hashes_and_summarised(
    database: Database, tmp_path: Path
) -> None:
    damaged = truncated_pdf(valid_members()[PDF])
    path = write_zip(replace_document(valid_members(), PDF, damaged), tmp_path / "cut.rmb.zip")

    outcome = BundleImporter(database.sessions, actor="test").import_path(path)

    assert outcome.status is ImportStatus.IMPORTED, outcome.message
    assert "DOC-REPAIRED" in {f.check_id for f in outcome.findings}
    sha256, original, view, flags = _stored(database)
    assert original == damaged and sha256 == hashlib.sha256(damaged).hexdigest()
    assert flags == "repaired" and view is not None and view.startswith(b"%PDF")
    with database.engine.connect() as connection:
        view_sha = connection.execute(
            text("SELECT v.sha256 FROM document d JOIN document_blob v ON v.id = d.view_blob_id WHERE d.doc_key='d1'")
        ).scalar_one()
    assert view_sha == hashlib.sha256(view).hexdigest() != sha256
    texts = page_texts(_summary(tmp_path))
    assert any("Borgeren fortæller om sine ønsker" in page for page in texts.values())


def test_a_pdf_with_an_empty_user_password_is_accepted_and_usable(database: Database, tmp_path: Path) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(valid_members()[PDF])))
    writer.encrypt(user_password="", owner_password="ejer", algorithm="AES-256")
    buffer = io.BytesIO()
    writer.write(buffer)
    path = write_zip(replace_document(valid_members(), PDF, buffer.getvalue()), tmp_path / "aes.rmb.zip")

    outcome = BundleImporter(database.sessions, actor="test").import_path(path)

    assert outcome.status is ImportStatus.IMPORTED, outcome.message
    assert _summary(tmp_path).startswith(b"%PDF")


def test_a_pdf_the_summary_cannot_assemble_is_refused_at_import_not_later(database: Database, tmp_path: Path) -> None:
    huge = pdf_with_content(deflated(b"BT ET " * 200_000, 80), font=True)  # 96 MB content, over pypdf's limit
    path = write_zip(with_pdf(huge), tmp_path / "huge.rmb.zip")
    from rehabmeet.settings.limits import ImportLimits

    limits = ImportLimits(max_operators_per_page=50_000_000)  # past the operator bound, to reach pypdf's
    outcome = BundleImporter(database.sessions, actor="test", limits=limits).import_path(path)

    assert outcome.status is ImportStatus.REFUSED
    assert outcome.message.startswith(
        "huge.rmb.zip: documents/03-cv.pdf: can be read, but not put into a summary or pack (LimitReachedError"
    ), outcome.message


def test_the_import_command_lists_what_it_found_and_keeps_the_libraries_quiet(tmp_path: Path) -> None:
    import subprocess
    import sys

    from tests.helpers.bundles import small_spec

    active = replace_document(valid_members(), PDF, pdf_with_active_content(valid_members()[PDF]))
    broken = with_pdf(pdf_with_content(b"", font=True)[:100], valid_members(small_spec("TEST-0002")))  # no page left
    paths = [write_zip(active, tmp_path / "active.rmb.zip"), write_zip(broken, tmp_path / "broken.rmb.zip")]

    result = subprocess.run(
        [sys.executable, "-m", "rehabmeet", "import", *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )

    assert result.returncode == 2
    assert result.stderr == ""  # no "EOF marker not found" from pypdf in the worker
    lines = result.stdout.splitlines()
    assert lines[0] == "imported: active.rmb.zip: imported TEST-0001 version 1, 4 pages"
    assert lines[1].startswith("  warning: “Forberedende del” contains JavaScript")
    assert lines[-1] == "refused: broken.rmb.zip: documents/03-cv.pdf: is damaged and cannot be read as a PDF"
