"""Real-world PDFs nobody on this project wrote (issue 19): every one is accepted and usable, or
refused in one line.

pypdf's small sample files are committed (tests/data/pypdf-samples, CC-BY-SA-4.0). Larger corpora
(pdf.js's test/pdfs, 971 files, about 5 minutes) run when ``REHABMEET_PDF_CORPUS`` names one or more
folders (separated by ``os.pathsep``); otherwise that test is skipped with the reason.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from rehabmeet.bundles.importer import BundleImporter
from rehabmeet.bundles.outcome import ImportStatus
from rehabmeet.bundles.worker import DocumentReader
from rehabmeet.documents.summary_pdf import AppendixDocument, assemble
from rehabmeet.storage.database import Database
from tests.helpers.bundles import replace_document, small_spec, valid_members, write_zip
from tests.helpers.db import open_home_database
from tests.helpers.hostile import CV

SAMPLES = Path(__file__).resolve().parents[2] / "data" / "pypdf-samples"
# What import says about them; a change here is a change users notice.
REFUSED = {
    "005-libreoffice-writer-password_libreoffice-writer-password.pdf": "is encrypted with a password",
}
FLAGGED = {"025-attachment_with-attachment.pdf": "DOC-EMBEDDED_FILES"}


@pytest.fixture
def database(isolated_environment: Path) -> Iterator[Database]:
    db = open_home_database(isolated_environment)
    yield db
    db.close()


def _outcomes(database: Database, files: list[Path], tmp_path: Path) -> dict[str, tuple[object, int]]:
    """Import each PDF as the CV of its own bundle (one worker for all); return outcome and case number."""
    importer = BundleImporter(database.sessions, actor="test")
    outcomes = {}
    with DocumentReader(importer._limits) as reader:
        for number, pdf in enumerate(files, start=1):
            ref = f"S-{number:05d}"
            members = replace_document(valid_members(small_spec(ref)), CV, pdf.read_bytes())
            path = write_zip(members, tmp_path / f"{number}.rmb.zip")
            outcomes[pdf.name] = (importer.import_path(path, documents=reader), number)
            path.unlink()
    return outcomes


def _stored_cv(database: Database, ref: str) -> bytes:
    from sqlalchemy import text

    with database.engine.connect() as connection:
        return bytes(
            connection.execute(
                text(
                    "SELECT coalesce(v.data, b.data) FROM document d JOIN document_blob b ON b.id = d.blob_id "
                    "LEFT JOIN document_blob v ON v.id = d.view_blob_id JOIN case_version cv ON cv.id = "
                    "d.case_version_id JOIN case_file c ON c.id = cv.case_id WHERE c.case_ref = :ref AND "
                    "d.file_name = :file"
                ),
                {"ref": ref, "file": CV},
            ).scalar_one()
        )


def _check_every_file(database: Database, files: list[Path], tmp_path: Path) -> dict[str, object]:
    sheet = valid_members()[CV]
    results = {}
    for name, (outcome, number) in _outcomes(database, files, tmp_path).items():
        assert "\n" not in outcome.message and "could not be checked" not in outcome.message, outcome.message
        if outcome.status is ImportStatus.IMPORTED:  # accepted means the summary can assemble it
            stored = _stored_cv(database, f"S-{number:05d}")
            assemble(sheet, [AppendixDocument("d", "d", stored, (1,))], case_ref="x", title="x")
        results[name] = outcome
    return results


def test_every_pypdf_sample_is_accepted_and_usable_or_refused_in_one_line(database: Database, tmp_path: Path) -> None:
    files = sorted(SAMPLES.glob("*.pdf"))
    assert len(files) == 27

    results = _check_every_file(database, files, tmp_path)

    refused = {name: o.message for name, o in results.items() if o.status is ImportStatus.REFUSED}
    assert set(refused) == set(REFUSED), refused
    assert all(REFUSED[name] in message for name, message in refused.items()), refused
    for name, check_id in FLAGGED.items():
        assert check_id in {f.check_id for f in results[name].findings}


@pytest.mark.slow
def test_a_large_corpus_is_accepted_and_usable_or_refused_in_one_line(database: Database, tmp_path: Path) -> None:
    folders = [Path(p) for p in os.environ.get("REHABMEET_PDF_CORPUS", "").split(os.pathsep) if p]
    if not folders:
        pytest.skip("REHABMEET_PDF_CORPUS is not set: no large PDF corpus here (see docs/import.md)")
    files = sorted(pdf for folder in folders for pdf in folder.glob("*.pdf"))
    assert files, f"no PDFs in {folders}"

    _check_every_file(database, files, tmp_path)
