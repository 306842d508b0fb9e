"""Each malformed or hostile bundle is refused with its own one-line message and leaves no trace."""

from __future__ import annotations

import json
import os
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from rehabmeet.bundles.importer import BundleImporter
from rehabmeet.bundles.outcome import ImportStatus
from rehabmeet.settings.limits import ImportLimits
from rehabmeet.storage.database import Database
from tests.helpers.bundles import (
    Members,
    dump_rows,
    pdf_with_password,
    replace_document,
    valid_members,
    with_manifest,
    write_folder,
    write_zip,
)
from tests.helpers.db import open_home_database

PDF = "documents/01-forberedende-del.pdf"
Builder = Callable[[Path], Path]


@pytest.fixture
def database(isolated_environment: Path) -> Iterator[Database]:
    db = open_home_database(isolated_environment)
    yield db
    db.close()


def _zip(members: Members) -> Builder:
    return lambda folder: write_zip(members, folder / "bundle.rmb.zip")


def _manifest(change: Callable[[dict[str, Any]], None]) -> Builder:
    return _zip(with_manifest(valid_members(), change))


def _raw_manifest(data: bytes) -> Builder:
    return _zip({**valid_members(), "manifest.json": data})


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(manifest: dict[str, Any]) -> None:
        target: Any = manifest
        keys = path.split("/")
        for key in keys[:-1]:
            target = target[int(key)] if isinstance(target, list) else target[key]
        if value is _DELETE:
            del target[keys[-1]]
        else:
            target[int(keys[-1]) if isinstance(target, list) else keys[-1]] = value

    return change


_DELETE = object()


def _symlink_zip(folder: Path) -> Path:
    info = zipfile.ZipInfo("documents/link.pdf")
    info.external_attr = 0o120777 << 16
    return write_zip(valid_members(), folder / "bundle.rmb.zip", extra=[(info, b"/etc/passwd")])


def _zip_bomb(folder: Path) -> Path:
    bomb = b"%PDF-1.4\n" + b"\0" * (40 * 1024 * 1024)
    return write_zip(replace_document(valid_members(), PDF, bomb), folder / "bundle.rmb.zip")


def _duplicate_entry(folder: Path) -> Path:
    members = valid_members()
    info = zipfile.ZipInfo(PDF)
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return write_zip(members, folder / "bundle.rmb.zip", extra=[(info, members[PDF])])


def _folder_with_symlink(folder: Path) -> Path:
    bundle = write_folder(valid_members(), folder / "unpacked")
    target = bundle / PDF
    moved = folder / "outside.pdf"
    target.rename(moved)
    os.symlink(moved, target)
    return bundle


def _deep_json() -> bytes:
    return b'{"format": "rehabmeet.case-bundle", "x": ' + b"[" * 40 + b"]" * 40 + b"}"


def _docx_that_is_a_pdf(folder: Path) -> Path:
    members = valid_members()

    def rename(manifest: dict[str, Any]) -> None:
        manifest["documents"][1]["file"] = "documents/02-lae265.docx"

    members = with_manifest(members, rename)
    members["documents/02-lae265.docx"] = members.pop("documents/02-lae265.pdf")
    return write_zip(members, folder / "bundle.rmb.zip")


CASES: dict[str, tuple[Builder, str]] = {
    "not a zip": (
        lambda f: (f / "x.rmb.zip").write_bytes(b"this is no zip") and f / "x.rmb.zip",
        "is not a readable zip file",
    ),
    "empty file": (lambda f: (f / "e.rmb.zip").write_bytes(b"") or f / "e.rmb.zip", "is not a readable zip file"),
    "no manifest": (_zip({k: v for k, v in valid_members().items() if k != "manifest.json"}), "has no manifest.json"),
    "manifest not json": (_raw_manifest(b"{ not json"), "manifest.json: is not valid JSON"),
    "manifest not utf-8": (_raw_manifest(b'{"format": "\xff\xfe"}'), "manifest.json: is not valid UTF-8"),
    "manifest nested too deep": (_raw_manifest(_deep_json()), "nested 41 levels deep"),
    "manifest too big": (_raw_manifest(b" " * (5 * 1024 * 1024) + b"{}"), "more than the limit"),
    "duplicate json key": (_raw_manifest(b'{"format": "a", "format": "b"}'), "the key 'format' appears twice"),
    "NaN in json": (_raw_manifest(b'{"format": NaN}'), "NaN is not valid JSON"),
    "manifest is a list": (_raw_manifest(b"[]"), "is not a JSON object"),
    "wrong format name": (_manifest(_set("format", "zip-of-stuff")), "format is 'zip-of-stuff'"),
    "newer format version": (_manifest(_set("format_version", 2)), "format_version 2 is newer than this RehabMeet"),
    "missing case_ref": (_manifest(_set("case/case_ref", _DELETE)), "case: 'case_ref' is a required property"),
    "bad case_ref": (_manifest(_set("case/case_ref", "../etc")), "case/case_ref: '../etc' does not match"),
    "unknown case type": (_manifest(_set("case/case_type", "lottery")), "case/case_type: 'lottery' is not one of"),
    "bad date": (_manifest(_set("case/preparatory_part_signed_on", "2026-13-45")), "is not a 'date'"),
    "cpr disagrees": (_manifest(_set("case/citizen/birth_date", "1991-01-01")), "CPR number does not agree"),
    "duplicate doc id": (_manifest(_set("documents/1/id", "d1")), "the document id 'd1' is used twice"),
    "file missing": (
        _manifest(_set("documents/0/file", "documents/gone.pdf")),
        "gone.pdf: is named in the manifest but missing",
    ),
    "hash mismatch": (_manifest(_set("documents/0/sha256", "0" * 64)), "its sha256 does not match the manifest"),
    "path escapes": (_manifest(_set("documents/0/file", "../outside.pdf")), "could escape the bundle"),
    "absolute path": (_manifest(_set("documents/0/file", "/etc/passwd.pdf")), "path is absolute"),
    "drive letter": (_manifest(_set("documents/0/file", "C:/Windows/x.pdf")), "path is absolute"),
    "backslash path": (
        _manifest(_set("documents/0/file", "documents\\x.pdf")),
        "documents\\x.pdf: path contains a backslash",
    ),
    "not pdf or docx": (_manifest(_set("documents/0/file", "documents/notes.txt")), "neither a PDF nor a DOCX"),
    "symlink in zip": (_symlink_zip, "documents/link.pdf: is a symbolic link"),
    "zip bomb": (_zip_bomb, "compresses more than 100:1"),
    "duplicate zip entry": (_duplicate_entry, "appears twice in the zip"),
    "encrypted pdf": (
        _zip(replace_document(valid_members(), PDF, pdf_with_password(valid_members()[PDF]))),
        "is encrypted with a password",
    ),
    "corrupt pdf": (_zip(replace_document(valid_members(), PDF, b"%PDF-1.7\n garbage " * 50)), "is damaged"),
    "image named pdf": (
        _zip(replace_document(valid_members(), PDF, b"\x89PNG\r\n\x1a\n" + b"0" * 100)),
        "is named .pdf but is an image",
    ),
    "pdf named docx": (_docx_that_is_a_pdf, "is named .docx but is a PDF"),
    "source page out of range": (
        _manifest(_set("summary/0/sources/0/page", 9)),
        "page 9 of document 'd1', which has 2",
    ),
    "source unknown document": (
        _manifest(_set("summary/0/sources/0/document", "d9")),
        "document 'd9', which is not in",
    ),
    "summary out of order": (_manifest(lambda m: m["summary"].reverse()), "out of the recommended order"),
    "symlink in folder": (_folder_with_symlink, "passes through a symbolic link"),
}


def _our_temp_entries() -> set[Path]:
    """RehabMeet's temp entries, less those of other RehabMeet processes still running on this machine
    (a second RehabMeet, another test run): a leftover of this process, its children or a dead one counts."""
    import re

    import psutil

    me = psutil.Process()
    family = {me.pid, *(child.pid for child in me.children(recursive=True))}
    entries = set()
    for entry in Path(tempfile.gettempdir()).glob("rehabmeet-*"):
        owner = re.match(r"rehabmeet-[a-z]+-(\d+)-", entry.name)
        pid = int(owner.group(1)) if owner else None
        if pid is None or pid in family or not psutil.pid_exists(pid):
            entries.add(entry)
    return entries


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_bundle_is_refused_cleanly(name: str, database: Database, tmp_path: Path) -> None:
    build, expected = CASES[name]
    folder = tmp_path / "bundles"
    folder.mkdir()
    path = build(folder)
    before_rows = dump_rows(database.engine)
    data_files = sorted(p.name for p in database.target.sqlite_path.parent.iterdir())  # type: ignore[union-attr]
    temp_before = _our_temp_entries()

    outcome = BundleImporter(database.sessions, actor="test").import_path(path)

    assert outcome.status is ImportStatus.REFUSED
    assert expected in outcome.message, outcome.message
    assert outcome.message.startswith(path.name + ":"), outcome.message
    assert "\n" not in outcome.message and "Traceback" not in outcome.message
    assert dump_rows(database.engine) == before_rows
    assert sorted(p.name for p in database.target.sqlite_path.parent.iterdir()) == data_files  # type: ignore[union-attr]
    assert _our_temp_entries() == temp_before


def test_there_are_at_least_twenty_distinct_refusals() -> None:
    assert len({message for _, message in CASES.values()}) >= 20


def test_limits_are_configurable(database: Database, tmp_path: Path) -> None:
    path = write_zip(valid_members(), tmp_path / "ok.rmb.zip")
    tight = ImportLimits(max_member_bytes=1000)
    outcome = BundleImporter(database.sessions, actor="test", limits=tight).import_path(path)
    assert outcome.status is ImportStatus.REFUSED
    assert "more than the limit of 1000" in outcome.message


def test_a_valid_bundle_in_a_folder_imports(database: Database, tmp_path: Path) -> None:
    folder = write_folder(valid_members(), tmp_path / "unpacked")
    outcome = BundleImporter(database.sessions, actor="test").import_path(folder)
    assert outcome.status is ImportStatus.IMPORTED, outcome.message
    assert outcome.pages == 4


def test_unknown_manifest_fields_are_kept(database: Database, tmp_path: Path) -> None:
    from sqlalchemy import text

    members = with_manifest(valid_members(), _set("x_vendor_field", {"kept": True}))
    outcome = BundleImporter(database.sessions, actor="test").import_path(write_zip(members, tmp_path / "b.rmb.zip"))
    assert outcome.status is ImportStatus.IMPORTED
    with database.engine.connect() as connection:
        manifest = connection.execute(text("SELECT manifest FROM case_version")).scalar_one()
    assert json.loads(manifest)["x_vendor_field"] == {"kept": True}
