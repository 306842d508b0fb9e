"""Importing bundles: the samples import, re-imports are no-ops, changed content needs a new version."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from rehabmeet.bundles.importer import BundleImporter
from rehabmeet.bundles.outcome import ImportStatus
from rehabmeet.services.cases import CaseService
from rehabmeet.storage.database import Database
from tests.helpers.bundles import dump_rows, small_spec, valid_members, write_zip
from tests.helpers.db import open_home_database

MEETING_DAY = date(2026, 11, 26)


@pytest.fixture
def database(isolated_environment: Path) -> Iterator[Database]:
    db = open_home_database(isolated_environment)
    yield db
    db.close()


def _importer(database: Database) -> BundleImporter:
    return BundleImporter(database.sessions, actor="leader", docx_renderer="reportlab", today=lambda: MEETING_DAY)


def test_every_sample_bundle_imports(database: Database, sample_bundles: list[Path]) -> None:
    outcomes = _importer(database).import_paths(sample_bundles)
    assert [o.status for o in outcomes] == [ImportStatus.IMPORTED] * 3, [o.message for o in outcomes]
    assert [o.case_ref for o in outcomes] == ["REH-2026-0101", "REH-2026-0102", "REH-2026-0103"]
    long_case = outcomes[2]
    assert long_case.pages > 50  # the sample that runs past the page cap


def test_reimporting_the_same_bundle_changes_nothing_and_says_so(
    database: Database, sample_bundles: list[Path]
) -> None:
    importer = _importer(database)
    importer.import_paths(sample_bundles)
    before = dump_rows(database.engine)
    again = importer.import_path(sample_bundles[0])
    assert again.status is ImportStatus.UNCHANGED
    assert "already imported (version 1); nothing changed" in again.message
    assert dump_rows(database.engine) == before


def test_changed_content_is_refused_unless_imported_as_a_new_version(database: Database, tmp_path: Path) -> None:
    importer = _importer(database)
    first = write_zip(valid_members(), tmp_path / "v1.rmb.zip")
    changed = write_zip(valid_members(small_spec(question_to_team="Et nyt spørgsmål?")), tmp_path / "v2.rmb.zip")
    assert importer.import_path(first).status is ImportStatus.IMPORTED
    before = dump_rows(database.engine)

    refused = importer.import_path(changed)
    assert refused.status is ImportStatus.REFUSED
    assert "case TEST-0001 already exists with other content; import it as a new version" in refused.message
    assert dump_rows(database.engine) == before

    newer = importer.import_path(changed, new_version=True)
    assert (newer.status, newer.version) == (ImportStatus.IMPORTED, 2)
    (row,) = CaseService(database.sessions).list_cases()
    assert row.version == 2
    detail = CaseService(database.sessions).case_detail(row.case_id)
    assert detail.question_to_team == "Et nyt spørgsmål?" and detail.version_count == 2

    old_again = importer.import_path(first)
    assert (old_again.status, old_again.version) == (ImportStatus.UNCHANGED, 1)


def test_a_new_version_of_another_citizen_is_refused(database: Database, tmp_path: Path) -> None:
    """A swapped case_ref must not put another citizen above the first citizen's indstilling and decision."""
    import dataclasses

    importer = _importer(database)
    assert importer.import_path(write_zip(valid_members(), tmp_path / "v1.rmb.zip")).status is ImportStatus.IMPORTED
    spec = small_spec()
    other = dataclasses.replace(spec, citizen=dataclasses.replace(spec.citizen, name="En Anden", cpr="010190-1236"))
    before = dump_rows(database.engine)
    refused = importer.import_path(write_zip(valid_members(other), tmp_path / "v2.rmb.zip"), new_version=True)
    assert refused.status is ImportStatus.REFUSED
    assert "case TEST-0001 belongs to another citizen (the CPR number differs)" in refused.message
    assert dump_rows(database.engine) == before


def test_import_is_written_to_the_event_log(database: Database, sample_bundles: list[Path]) -> None:
    _importer(database).import_path(sample_bundles[0])
    with database.engine.connect() as connection:
        actor, action, details = connection.execute(text("SELECT actor, action, details FROM event_log")).one()
    details = json.loads(details)
    assert (actor, action) == ("leader", "case.imported")
    assert details["case_ref"] == "REH-2026-0101" and details["version"] == 1
    assert len(details["documents"]) == 5 and all(len(d["sha256"]) == 64 for d in details["documents"])


def test_page_text_and_bytes_are_stored(database: Database, sample_bundles: list[Path]) -> None:
    _importer(database).import_path(sample_bundles[0])
    with database.engine.connect() as connection:
        pages = connection.execute(text("SELECT count(*) FROM document_page")).scalar_one()
        hits = connection.execute(text("SELECT count(*) FROM document_page WHERE text LIKE '%Susanne%'")).scalar_one()
        stored = connection.execute(text("SELECT sum(length(data)) FROM document_blob")).scalar_one()
    assert pages == 18 and hits > 0
    assert stored > 30_000


def test_word_documents_get_a_pdf_view_and_say_who_made_it(database: Database, sample_bundles: list[Path]) -> None:
    _importer(database).import_path(sample_bundles[1])
    with database.engine.connect() as connection:
        media, pages_from, pages, view = connection.execute(
            text("SELECT media_type, pages_from, page_count, view_blob_id FROM document WHERE media_type = 'docx'")
        ).one()
    assert (media, pages_from) == ("docx", "reportlab")
    assert pages >= 1 and view is not None


def test_readiness_findings_come_with_the_outcome(database: Database, sample_bundles: list[Path]) -> None:
    outcome = _importer(database).import_path(sample_bundles[1])
    by_id = {f.check_id: f for f in outcome.findings}
    assert by_id["UU"].severity.value == "info"
    assert "education member (UU) must attend" in by_id["UU"].message


def test_cli_import_reports_each_bundle_and_exits_2_when_any_is_refused(
    sample_bundles: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from rehabmeet.cli import main

    broken = tmp_path / "broken.rmb.zip"
    broken.write_bytes(b"no zip")
    assert main(["import", str(sample_bundles[0]), str(broken), "--json"]) == 2
    result = json.loads(capsys.readouterr().out)
    assert [r["status"] for r in result] == ["imported", "refused"]
    assert result[0]["case_ref"] == "REH-2026-0101" and result[0]["pages"] == 18
    assert result[1]["message"].startswith("broken.rmb.zip: is not a readable zip file")
    assert main(["import", str(sample_bundles[0])]) == 0
    assert capsys.readouterr().out.startswith("unchanged: ")
