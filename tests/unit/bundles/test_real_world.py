"""Files nobody on this project wrote (issue 19): every bundle is imported or refused in one clear line,
and a batch reports every bundle whatever happens to one of them."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from rehabmeet.bundles.importer import BundleImporter
from rehabmeet.bundles.outcome import ImportStatus
from rehabmeet.storage.database import Database
from tests.helpers.bundles import Members, dump_rows, small_spec, valid_members, write_zip
from tests.helpers.db import open_home_database
from tests.helpers.hostile import (
    PAGE_BREAK,
    deflated,
    docx_with_body,
    paragraph,
    pdf_with_content,
    raw_manifest,
    with_docx_cv,
    with_pdf,
)


@pytest.fixture
def database(isolated_environment: Path) -> Iterator[Database]:
    db = open_home_database(isolated_environment)
    yield db
    db.close()


def _name(value: str) -> Callable[[dict[str, Any]], None]:
    def change(manifest: dict[str, Any]) -> None:
        manifest["case"]["citizen"]["name"] = value

    return change


CASES: dict[str, tuple[Callable[[], Members], str]] = {
    "lone surrogate in a name": (
        lambda: raw_manifest(valid_members(), _name("Test \ud800Borger")),
        "case/citizen/name: holds the character U+D800",
    ),
    "5,000-digit integer": (
        lambda: raw_manifest(valid_members(), extra='"x_big": ' + "9" * 5000),
        "holds a number of 5000 digits, more than the limit of 40",
    ),
    "NUL in a name": (
        lambda: raw_manifest(valid_members(), _name("Test\x00Borger")),
        "case/citizen/name: holds the character U+0000",
    ),
    "bidi override in a name": (
        lambda: raw_manifest(valid_members(), _name("Test \u202eregroB"), ascii_only=False),
        "holds the character U+202E",
    ),
    "DOCX with 15,000 page breaks": (
        lambda: with_docx_cv(docx_with_body(paragraph("CV") + PAGE_BREAK * 15000)),
        "has 15000 page breaks, more than the limit of 5000 pages",
    ),
    "DOCX with a 3 MB word": (
        lambda: with_docx_cv(docx_with_body(paragraph(os.urandom(1_500_000).hex()))),
        "holds a word of 3000000 characters without a space",
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_real_world_trouble_is_refused_in_one_line(name: str, database: Database, tmp_path: Path) -> None:
    build, expected = CASES[name]
    path = write_zip(build(), tmp_path / "bundle.rmb.zip")
    before = dump_rows(database.engine)

    outcome = BundleImporter(database.sessions, actor="test", docx_renderer="reportlab").import_path(path)

    assert outcome.status is ImportStatus.REFUSED
    assert outcome.message.startswith("bundle.rmb.zip: "), outcome.message
    assert expected in outcome.message, outcome.message
    assert "unexpected" not in outcome.message and "\n" not in outcome.message
    outcome.message.encode("utf-8")  # printable, whatever the bundle held
    assert dump_rows(database.engine) == before


def test_a_bug_in_one_bundle_is_reported_for_it_and_the_batch_goes_on(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from rehabmeet.bundles.worker import DocumentReader

    good1 = write_zip(valid_members(small_spec("GOOD-0001")), tmp_path / "good1.rmb.zip")
    bad = write_zip(valid_members(small_spec("BAD-0001")), tmp_path / "bad.rmb.zip")
    good2 = write_zip(valid_members(small_spec("GOOD-0002")), tmp_path / "good2.rmb.zip")
    real = DocumentReader.read

    def broken(self: DocumentReader, bundle: str, *args: Any, **kwargs: Any) -> Any:
        if bundle == "bad.rmb.zip":
            raise RuntimeError("a library failed in a way nobody foresaw")
        return real(self, bundle, *args, **kwargs)

    monkeypatch.setattr(DocumentReader, "read", broken)
    outcomes = BundleImporter(database.sessions, actor="test").import_paths([good1, bad, good2])

    assert [o.status for o in outcomes] == [ImportStatus.IMPORTED, ImportStatus.REFUSED, ImportStatus.IMPORTED]
    assert outcomes[1].message == (
        "bad.rmb.zip: could not be checked (RuntimeError), so nothing of it was imported; the details are in the log"
    )


def test_the_import_command_reports_every_bundle_of_a_batch_as_json(tmp_path: Path) -> None:
    good1 = write_zip(valid_members(small_spec("GOOD-0001")), tmp_path / "good1.rmb.zip")
    bad = write_zip(raw_manifest(valid_members(), extra='"x": ' + "1" * 5000), tmp_path / "bad.rmb.zip")
    good2 = write_zip(valid_members(small_spec("GOOD-0002")), tmp_path / "good2.rmb.zip")

    result = subprocess.run(
        [sys.executable, "-m", "rehabmeet", "import", str(good1), str(bad), str(good2), "--json"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )

    assert result.returncode == 2, result.stderr
    reported = json.loads(result.stdout)
    assert [(o["path"], o["status"]) for o in reported] == [
        (str(good1), "imported"),
        (str(bad), "refused"),
        (str(good2), "imported"),
    ]
    assert [o["case_ref"] for o in reported] == ["GOOD-0001", None, "GOOD-0002"]
    assert "digits" in reported[1]["message"]
    assert result.stderr == ""


def test_json_is_printed_even_when_the_database_cannot_be_used(isolated_environment: Path, tmp_path: Path) -> None:
    from sqlalchemy import text

    newer = open_home_database(isolated_environment)
    with newer.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    newer.close()
    bundle = write_zip(valid_members(), tmp_path / "b.rmb.zip")
    result = subprocess.run(
        [sys.executable, "-m", "rehabmeet", "import", str(bundle), "--json"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 2
    assert "newer RehabMeet" in json.loads(result.stdout)["error"]
    assert result.stderr.startswith("error: ") and "newer RehabMeet" in result.stderr


def _citizen(birth_date: str, cpr: str) -> Callable[[dict[str, Any]], None]:
    def change(manifest: dict[str, Any]) -> None:
        manifest["case"]["citizen"].update(birth_date=birth_date, cpr=cpr)

    return change


def _set_file(index: int, file: str) -> Callable[[dict[str, Any]], None]:
    def change(manifest: dict[str, Any]) -> None:
        manifest["documents"][index]["file"] = file

    return change


IMPLAUSIBLE: dict[str, tuple[Callable[[dict[str, Any]], None], str]] = {
    "born in 2030": (_citizen("2030-01-01", "010130-4234"), "birth_date: 2030-01-01 is in the future"),
    "born in 2090": (_citizen("2090-01-01", "010190-5234"), "birth_date: 2090-01-01 is in the future"),
    "born in year 1": (_citizen("0001-01-01", "010101-1234"), "says the citizen was born in 1901, not in 1"),
    "born in 1899": (_citizen("1899-01-01", "010199-5234"), "birth_date: 1899-01-01 is before 1900"),
    "born in 1890 by a 1900s CPR": (
        _citizen("1890-01-01", "010190-1234"),
        "the CPR number's 7th digit says the citizen was born in 1990, not in 1890",
    ),
    "consent in the future": (
        lambda m: m["case"].update(citizen_consented_on="2026-12-01"),
        "case/citizen_consented_on: 2026-12-01 is in the future",
    ),
    "consent before 1900": (
        lambda m: m["case"].update(citizen_consented_on="1899-12-31"),
        "case/citizen_consented_on: 1899-12-31 is before 1900",
    ),
    "consent before birth": (
        lambda m: m["case"].update(citizen_consented_on="1989-12-31"),
        "case/citizen_consented_on: 1989-12-31 is before the citizen's birth date 1990-01-01",
    ),
    "preparatory part in the future": (
        lambda m: m["case"].update(preparatory_part_signed_on="2027-01-05"),
        "case/preparatory_part_signed_on: 2027-01-05 is in the future",
    ),
    "preparatory part in year 1": (
        lambda m: m["case"].update(preparatory_part_signed_on="0001-01-01"),
        "case/preparatory_part_signed_on: 0001-01-01 is before 1900",
    ),
    "preparatory part before birth": (
        lambda m: m["case"].update(preparatory_part_signed_on="1985-06-01"),
        "case/preparatory_part_signed_on: 1985-06-01 is before the citizen's birth date 1990-01-01",
    ),
    "case ref ..": (lambda m: m["case"].update(case_ref=".."), "case/case_ref: '..' must start with a letter"),
    "case ref .hidden": (lambda m: m["case"].update(case_ref=".hidden"), "'.hidden' must start with a letter"),
    "names differ in case only": (
        _set_file(2, "documents/01-Forberedende-del.pdf"),
        "documents/01-Forberedende-del.pdf: is named by two documents (names that differ only in letter case",
    ),
}


@pytest.mark.parametrize("name", sorted(IMPLAUSIBLE))
def test_implausible_data_is_refused(name: str, database: Database, tmp_path: Path) -> None:
    change, expected = IMPLAUSIBLE[name]
    members = raw_manifest(valid_members(), change)
    outcome = _import(database, write_zip(members, tmp_path / "bundle.rmb.zip"))
    assert outcome.status is ImportStatus.REFUSED
    assert expected in outcome.message, outcome.message


def test_a_preparatory_part_before_birth_is_refused_in_one_danish_sentence(database: Database, tmp_path: Path) -> None:
    from rehabmeet import i18n

    members = raw_manifest(valid_members(), lambda m: m["case"].update(preparatory_part_signed_on="1985-06-01"))
    path = write_zip(members, tmp_path / "b.rmb.zip")
    i18n.set_language("da")
    try:
        outcome = _import(database, path)
    finally:
        i18n.set_language("en")
    assert outcome.message == (
        "b.rmb.zip: manifest.json: case/preparatory_part_signed_on: 1985-06-01 er før borgerens fødselsdato 1990-01-01"
    )


def _import(database: Database, path: Path) -> Any:
    return BundleImporter(database.sessions, actor="test", today=lambda: date(2026, 11, 26)).import_path(path)


def test_a_citizen_born_this_century_is_accepted(database: Database, tmp_path: Path) -> None:
    members = raw_manifest(valid_members(), _citizen("2004-03-02", "020304-4321"))
    outcome = _import(database, write_zip(members, tmp_path / "b.rmb.zip"))
    assert outcome.status is ImportStatus.IMPORTED, outcome.message


def test_names_that_differ_only_by_unicode_normalisation_are_one_name(database: Database, tmp_path: Path) -> None:
    members = valid_members()
    nfc, nfd = "documents/01-b\u00e9.pdf", "documents/03-be\u0301.pdf".replace("03", "01")
    members = raw_manifest(members, lambda m: (_set_file(0, nfc)(m), _set_file(2, nfd)(m)), ascii_only=False)
    members[nfc] = members.pop("documents/01-forberedende-del.pdf")
    members[nfd] = members.pop("documents/03-cv.pdf")
    outcome = _import(database, write_zip(members, tmp_path / "b.rmb.zip"))
    assert outcome.status is ImportStatus.REFUSED
    assert "documents/01-bé.pdf: appears twice in the zip under names that differ only" in outcome.message


def test_names_are_stored_in_nfc(database: Database, tmp_path: Path) -> None:
    from sqlalchemy import text

    members = raw_manifest(valid_members(), _name("Rene\u0301 Borger"))
    outcome = _import(database, write_zip(members, tmp_path / "b.rmb.zip"))
    assert outcome.status is ImportStatus.IMPORTED, outcome.message
    with database.engine.connect() as connection:
        assert connection.execute(text("SELECT citizen_name FROM case_version")).scalar_one() == "Ren\u00e9 Borger"


def test_cp865_file_names_from_old_windows_zip_tools_are_read(database: Database, tmp_path: Path) -> None:
    """'ø' in cp865 is byte 0x9B, which cp437 (zip's default) reads as '¢'."""
    members = raw_manifest(valid_members(), _set_file(2, "documents/03-søknad.pdf"), ascii_only=False)
    members["documents/03-s#knad.pdf"] = members.pop("documents/03-cv.pdf")
    path = write_zip(members, tmp_path / "old.rmb.zip")
    path.write_bytes(path.read_bytes().replace(b"s#knad", b"s\x9bknad"))

    outcome = _import(database, path)

    assert outcome.status is ImportStatus.IMPORTED, outcome.message


def _limited(database: Database, path: Path, **limits: Any) -> Any:
    from rehabmeet.settings.limits import ImportLimits

    importer = BundleImporter(database.sessions, actor="test", limits=ImportLimits(**limits))
    return importer.import_path(path)


def test_a_pdf_whose_stream_inflates_past_the_memory_limit_is_refused(database: Database, tmp_path: Path) -> None:
    bomb = pdf_with_content(deflated(b" " * (1 << 20), 300))  # 0.3 MB holding 300 MiB
    path = write_zip(with_pdf(bomb), tmp_path / "bomb.rmb.zip")
    before = dump_rows(database.engine)

    outcome = _limited(database, path, max_reader_memory_mib=256)

    assert outcome.status is ImportStatus.REFUSED
    assert outcome.message.startswith(
        "bomb.rmb.zip: documents/03-cv.pdf: reading it needed more than the memory limit of 256 MiB"
    )
    assert dump_rows(database.engine) == before


def test_a_page_that_takes_minutes_is_stopped_at_the_time_limit(database: Database, tmp_path: Path) -> None:
    slow = pdf_with_content(deflated(b"BT /F1 12 Tf 10 10 Td " + b"(a) Tj " * 1000 + b"ET\n", 500), font=True)
    path = write_zip(with_pdf(slow), tmp_path / "slow.rmb.zip")

    outcome = _limited(database, path, max_seconds_per_document=3)

    assert outcome.status is ImportStatus.REFUSED
    assert outcome.message == (
        "slow.rmb.zip: documents/03-cv.pdf: reading it took longer than the limit of 3 seconds; stopped"
    )


def test_a_page_with_two_million_text_operators_is_refused_by_the_operator_bound(
    database: Database, tmp_path: Path
) -> None:
    dense = pdf_with_content(deflated(b"(a) Tj " * 100_000, 20), font=True)  # 14 MB of "(a) Tj"
    path = write_zip(with_pdf(dense), tmp_path / "dense.rmb.zip")

    outcome = _limited(database, path)  # the defaults: not stopped by the 180-second limit

    assert outcome.status is ImportStatus.REFUSED
    assert outcome.message == (
        "dense.rmb.zip: documents/03-cv.pdf: page 1 draws with more than 1000000 operators "
        "(the setting max_operators_per_page); stopped"
    )


def test_a_page_with_too_many_annotations_is_refused_before_pypdf_builds_them(
    database: Database, tmp_path: Path
) -> None:
    """Like pdf.js's bug1978317.pdf (32,768 links on one page: 490 MiB and 23 s in pypdf)."""
    import pikepdf

    with pikepdf.open(io.BytesIO(pdf_with_content(deflated(b"BT ET ", 1)))) as document:
        link = {"/Type": pikepdf.Name.Annot, "/Subtype": pikepdf.Name.Link, "/Rect": [0, 0, 1, 1]}
        document.pages[0].obj.Annots = pikepdf.Array([pikepdf.Dictionary(link) for _ in range(10_001)])
        buffer = io.BytesIO()
        document.save(buffer)
    path = write_zip(with_pdf(buffer.getvalue()), tmp_path / "links.rmb.zip")

    outcome = _limited(database, path)

    assert outcome.message == (
        "links.rmb.zip: documents/03-cv.pdf: page 1 holds 10001 annotations, more than 10000 "
        "(the setting max_annotations_per_page); stopped"
    )


def test_the_batch_goes_on_after_a_document_was_stopped(database: Database, tmp_path: Path) -> None:
    slow = pdf_with_content(deflated(b"BT /F1 12 Tf 10 10 Td " + b"(a) Tj " * 1000 + b"ET\n", 500), font=True)
    bad = write_zip(with_pdf(slow), tmp_path / "slow.rmb.zip")
    good = write_zip(valid_members(small_spec("GOOD-0003")), tmp_path / "good.rmb.zip")
    from rehabmeet.settings.limits import ImportLimits

    importer = BundleImporter(database.sessions, actor="test", limits=ImportLimits(max_seconds_per_document=3))
    outcomes = importer.import_paths([bad, good])

    assert [o.status for o in outcomes] == [ImportStatus.REFUSED, ImportStatus.IMPORTED]


def test_a_page_with_too_much_text_is_refused(database: Database, tmp_path: Path) -> None:
    line = b"(" + b"a" * 1000 + b") Tj 0 -1.2 Td "
    dense = pdf_with_content(deflated(b"BT /F1 1 Tf 10 800 Td " + line * 30 + b"ET\n", 1), font=True)
    outcome = _limited(database, write_zip(with_pdf(dense), tmp_path / "b.rmb.zip"), max_text_chars_per_page=20_000)
    assert outcome.status is ImportStatus.REFUSED
    assert "page 1 holds 30029 characters of text, more than the limit of 20000" in outcome.message, outcome.message


def _with_claimed_entries(path: Path, count: int) -> Path:
    data = bytearray(path.read_bytes())
    at = data.rfind(b"PK\x05\x06")
    data[at + 8 : at + 12] = (count & 0xFFFF).to_bytes(2, "little") * 2
    path.write_bytes(bytes(data))
    return path


def test_the_zip_entry_count_is_checked_from_the_end_record_before_the_directory(
    database: Database, tmp_path: Path
) -> None:
    path = _with_claimed_entries(write_zip(valid_members(), tmp_path / "many.rmb.zip"), 65_000)
    outcome = _limited(database, path)
    assert outcome.message == "many.rmb.zip: holds 65000 entries, more than the limit of 2000"


def test_a_huge_central_directory_is_refused_before_it_is_parsed(database: Database, tmp_path: Path) -> None:
    path = write_zip(valid_members(), tmp_path / "dir.rmb.zip")
    outcome = _limited(database, path, max_central_directory_bytes=100)
    assert outcome.status is ImportStatus.REFUSED
    assert "its table of contents (zip central directory) is" in outcome.message
    assert "more than the limit of 100" in outcome.message


def test_a_field_name_with_a_line_break_is_named_on_one_line(database: Database, tmp_path: Path) -> None:
    """Found by the fuzzer: the field path in the message showed the key's raw newline."""
    members = raw_manifest(valid_members(), lambda m: m.update(format={"\n": "\u001f"}))
    outcome = _import(database, write_zip(members, tmp_path / "b.rmb.zip"))
    assert outcome.message == (
        "b.rmb.zip: manifest.json: format/\\x0a: holds the character U+001F, which is not allowed in text "
        "(an invalid, control or direction-changing character)"
    )
