"""Build valid and deliberately broken bundles for tests."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, inspect, text

from rehabmeet.bundles.spec import (
    BundleSpec,
    CitizenSpec,
    DocumentSpec,
    PageSpec,
    PersonSpec,
    SourceSpec,
    SummarySpec,
)
from rehabmeet.bundles.writer import bundle_members

Members = dict[str, bytes]


def small_spec(case_ref: str = "TEST-0001", **changes: Any) -> BundleSpec:
    """A small valid fleksjob bundle: preparatory part (2 pages), LÆ 265 and CV."""
    page = PageSpec("Afsnit", ("Borgeren fortæller om sine ønsker og ressourcer.",))
    values: dict[str, Any] = dict(
        case_ref=case_ref,
        case_type="fleksjob",
        question_to_team="Skal borgeren visiteres til fleksjob?",
        municipality="Testkommune",
        citizen=CitizenSpec(
            name="Test Borger",
            cpr="010190-1234",
            birth_date=date(1990, 1, 1),
            has_vocational_qualification=True,
            own_job_goal="Kontorarbejde",
        ),
        caseworker=PersonSpec(name="Sagsbehandler Test", unit="Jobcenter Test"),
        preparatory_part_signed_on=date(2026, 9, 1),
        citizen_consented_on=date(2026, 9, 1),
        documents=(
            DocumentSpec("d1", "forberedende_del", "Forberedende del", date(2026, 9, 1), (page, page)),
            DocumentSpec("d2", "lae265", "LÆ 265", date(2026, 10, 1), (page,)),
            DocumentSpec("d3", "cv", "CV", date(2026, 8, 1), (page,)),
        ),
        summary=(
            SummarySpec("sagsresume", "Resumé.", (SourceSpec("d1", 2),)),
            SummarySpec("borgerens_egen_stemme", "Borgeren vil gerne arbejde.", (SourceSpec("d1", 1),)),
        ),
    )
    values.update(changes)
    return BundleSpec(**values)


BIG_TEXT = (
    "Borgeren har deltaget i virksomhedspraktik med fokus på afklaring af arbejdsevnen. "
    "Fremmødet har været stabilt, men med behov for pauser og skiftende arbejdsstillinger. "
) * 12


def big_spec(case_ref: str = "BENCH-260", pages: int = 260) -> BundleSpec:
    """A bundle of ``pages`` text pages in 13 PDFs, with summary sources spread over them."""
    kinds = ["forberedende_del", "lae265", "sundhedskoordinator", "cv"] + ["journal"] * 9
    per_document = pages // len(kinds)
    documents = tuple(
        DocumentSpec(
            f"d{i}",
            kind,
            f"Dokument {i}",
            date(2026, 9, 1) - timedelta(days=i),
            tuple(PageSpec(f"Dokument {i}, side {p}", (BIG_TEXT,)) for p in range(1, per_document + 1)),
        )
        for i, kind in enumerate(kinds, start=1)
    )
    summary = tuple(
        SummarySpec(section, "Resumé af sagen.", tuple(SourceSpec(f"d{d}", 2) for d in range(1, 14, 3)))
        for section in ("sagsresume", "helbred", "borgerens_egen_stemme")
    )
    return small_spec(case_ref, documents=documents, summary=summary)


def valid_members(spec: BundleSpec | None = None) -> Members:
    """Return the members of a valid bundle."""
    return bundle_members(spec or small_spec())


def manifest_of(members: Members) -> dict[str, Any]:
    return dict(json.loads(members["manifest.json"]))


def with_manifest(members: Members, change: Callable[[dict[str, Any]], None]) -> Members:
    """Return a copy of ``members`` whose manifest was changed by ``change``."""
    manifest = manifest_of(members)
    change(manifest)
    return {**members, "manifest.json": json.dumps(manifest, ensure_ascii=False).encode("utf-8")}


def write_zip(members: Members, path: Path, *, extra: list[tuple[zipfile.ZipInfo, bytes]] = ()) -> Path:  # type: ignore[assignment]
    """Write ``members`` (and any hand-made entries) as a zip at ``path``."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
        for info, data in extra:
            archive.writestr(info, data)
    return path


def write_folder(members: Members, folder: Path) -> Path:
    for name, data in members.items():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return folder


def replace_document(members: Members, member: str, data: bytes, *, fix_hash: bool = True) -> Members:
    """Replace a document's bytes, updating its sha256 in the manifest unless told not to."""
    import hashlib

    def change(manifest: dict[str, Any]) -> None:
        for entry in manifest["documents"]:
            if entry["file"] == member and fix_hash:
                entry["sha256"] = hashlib.sha256(data).hexdigest()

    return with_manifest({**members, member: data}, change)


def pdf_with_password(source: bytes) -> bytes:
    """Return ``source`` encrypted with a user password."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(source)).pages:
        writer.add_page(page)
    writer.encrypt(user_password="hemmelig", owner_password="ejer")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def dump_rows(engine: Engine) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, for 'nothing changed' assertions."""
    with engine.connect() as connection:
        tables = inspect(connection).get_table_names()
        return {
            table: sorted(tuple(map(repr, row)) for row in connection.execute(text(f'SELECT * FROM "{table}"')))
            for table in tables
        }
