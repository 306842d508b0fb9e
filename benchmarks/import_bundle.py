"""Bundle import speed: a generated ~260-page bundle, against the bare library work in the same run.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/import_bundle.py [--runs 5]
     ... benchmarks/import_bundle.py --corpus DIR [--limit N] [--table FILE.md]

``--corpus`` imports every ``*.pdf`` in DIR (e.g. pdf.js's ``test/pdfs``) as the CV of an otherwise
valid bundle, each in its own worker, and prints per outcome: accepted (and whether the summary's
real pypdf assembly then works on the stored copy), repaired, refused by reason; the slowest import;
the peak RSS of the importing process and of any worker.

Figures (medians):
- RehabMeet import: pages/second of the whole import into a fresh encrypted database
  (open, schema and cross-rule checks, hashes, page count and text per page, one transaction).
- Bare work with pypdfium2 (the library RehabMeet uses) and with pypdf (the alternative):
  read each member from the zip, sha256, open, page count, text of each page.
- Longest GUI-thread stall during a GUI import (a 5 ms QTimer heartbeat; the import runs on
  RehabMeet's worker thread, as in the app).
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import statistics
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import Heartbeat, machine_line  # noqa: E402

sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "tests.helpers.file_keyring.FileKeyring")
os.environ.setdefault("REHABMEET_LANG", "en")


def big_bundle(folder: Path) -> Path:
    """Write the 260-page benchmark bundle (13 PDFs) and return its path.

    Imported here, not at the top: the document reader's worker processes re-import this script
    as their main module, and should not pay for reportlab and the test helpers.
    """
    from rehabmeet.bundles.writer import write_bundle_zip
    from tests.helpers.bundles import big_spec

    return write_bundle_zip(big_spec(), folder)


def bare_pdfium(path: Path) -> int:
    import pypdfium2 as pdfium

    pages = 0
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if not name.endswith(".pdf"):
                continue
            data = archive.read(name)
            hashlib.sha256(data).hexdigest()
            document = pdfium.PdfDocument(data)
            for index in range(len(document)):
                page = document[index]
                textpage = page.get_textpage()
                textpage.get_text_range()
                textpage.close()
                page.close()
                pages += 1
            document.close()
    return pages


def bare_pypdf(path: Path) -> int:
    from pypdf import PdfReader

    pages = 0
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.endswith(".pdf"):
                data = archive.read(name)
                hashlib.sha256(data).hexdigest()
                for page in PdfReader(io.BytesIO(data)).pages:
                    page.extract_text()
                    pages += 1
    return pages


def rehabmeet_import(path: Path, scratch: Path, run: int) -> tuple[float, int]:
    from rehabmeet.bundles.importer import BundleImporter
    from rehabmeet.bundles.outcome import ImportStatus
    from rehabmeet.paths import resolve_paths
    from rehabmeet.storage.database import open_database
    from rehabmeet.storage.target import resolve_target

    os.environ["REHABMEET_TEST_KEYRING_FILE"] = str(scratch / f"keyring-{run}.json")
    database = open_database(resolve_target(resolve_paths(scratch / f"home-{run}").ensure()))
    started = time.perf_counter()
    outcome = BundleImporter(database.sessions, actor="bench").import_path(path)
    elapsed = time.perf_counter() - started
    database.close()
    assert outcome.status is ImportStatus.IMPORTED, outcome.message
    return elapsed, outcome.pages


def gui_stall(path: Path, scratch: Path) -> float:
    """Import through the GUI's TaskRunner with a heartbeat timer; return the longest gap (s)."""
    from PySide6.QtWidgets import QApplication

    from rehabmeet.paths import resolve_paths
    from rehabmeet.services.registry import build_services
    from rehabmeet.storage.database import open_database
    from rehabmeet.storage.target import resolve_target

    from rehabmeet.ui.shared.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    os.environ["REHABMEET_TEST_KEYRING_FILE"] = str(scratch / "keyring-gui.json")
    database = open_database(resolve_target(resolve_paths(scratch / "home-gui").ensure()))
    importer = build_services(database, actor="bench").make_importer()
    runner = TaskRunner()
    heartbeat = Heartbeat()
    heartbeat.start()
    handle = runner.start(
        lambda progress, cancelled: importer.import_paths([path], progress=progress, cancelled=cancelled)
    )
    handle.succeeded.connect(app.quit)
    handle.failed.connect(app.quit)
    app.exec()
    longest = heartbeat.stop()
    runner.wait_for_done()
    database.close()
    return longest / 1000


def corpus(folder: Path, limit: int | None, table: Path | None) -> None:
    """Import each PDF of ``folder`` in its own bundle; print the outcome table and the bounds."""
    import collections
    import logging
    import re
    import resource

    from rehabmeet.bundles.importer import BundleImporter
    from rehabmeet.bundles.worker import DocumentReader
    from rehabmeet.bundles.writer import bundle_members
    from rehabmeet.documents.summary_pdf import AppendixDocument, assemble
    from rehabmeet.paths import resolve_paths
    from rehabmeet.storage.database import open_database
    from rehabmeet.storage.target import resolve_target
    from tests.helpers.bundles import replace_document, small_spec
    from tests.helpers.hostile import CV

    logging.getLogger("pypdf").setLevel(logging.ERROR)
    files = sorted(folder.glob("*.pdf"))[:limit]
    base = bundle_members(small_spec())
    sheet = base[CV]
    outcomes: collections.Counter[str] = collections.Counter()
    examples: dict[str, str] = {}
    slowest = (0.0, "")
    worker_peak = (0, "")
    unusable: list[str] = []
    named: dict[str, list[str]] = {}  # the files of each refusal and repair, for docs/import.md
    with tempfile.TemporaryDirectory(prefix="rehabmeet-corpus-") as scratch_name:
        scratch = Path(scratch_name)
        os.environ["REHABMEET_TEST_KEYRING_FILE"] = str(scratch / "keyring.json")
        database = open_database(resolve_target(resolve_paths(scratch / "home").ensure()))
        importer = BundleImporter(database.sessions, actor="bench")
        for number, pdf in enumerate(files, start=1):
            members = replace_document(base, CV, pdf.read_bytes())
            members = {**members, "manifest.json": members["manifest.json"].replace(b"TEST-0001", b"C-%05d" % number)}
            path = scratch / f"{pdf.stem[:60]}.rmb.zip"
            with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
                for name, data in members.items():
                    archive.writestr(name, data)
            started = time.perf_counter()
            with DocumentReader(importer._limits) as reader:  # a fresh worker: its peak is this file's
                outcome = importer.import_path(path, documents=reader)
            elapsed = time.perf_counter() - started
            path.unlink()
            slowest = max(slowest, (elapsed, pdf.name))
            peak = reader.peak_rss_kib
            if peak > worker_peak[0]:
                worker_peak = (peak, pdf.name)
            if outcome.status.value == "refused":
                reason = outcome.message.split(": ", 2)[-1]
                key = "refused: " + re.sub(r"\(.*", "(…)", re.sub(r"\d+", "N", reason))[:90]
            else:
                ids = {f.check_id for f in outcome.findings if f.check_id.startswith("DOC-")}
                key = "accepted, repaired" if "DOC-REPAIRED" in ids else "accepted"
                if ids - {"DOC-REPAIRED"}:
                    key += ", active content flagged"
                stored = _stored_pdf(database, f"C-{number:05d}")
                try:
                    assemble(sheet, [AppendixDocument("d", "d", stored, (1,))], case_ref="x", title="x")
                except Exception as exc:
                    unusable.append(f"{pdf.name}: {type(exc).__name__}")
            outcomes[key] += 1
            examples.setdefault(key, pdf.name)
            if key.startswith(("refused", "accepted, repaired")):
                named.setdefault(key, []).append(pdf.name)
        database.close()
    parent = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    lines = [
        machine_line(),
        f"corpus: {len(files)} PDFs from {folder}",
        "",
        "| outcome | files | e.g. |",
        "|---|---|---|",
    ]
    lines += [f"| {key} | {count} | {examples[key]} |" for key, count in outcomes.most_common()]
    lines += [
        "",
        f"accepted but the summary's assembly failed afterwards: {len(unusable)} {unusable[:10]}",
        f"slowest import: {slowest[0]:.1f} s ({slowest[1]}) (goal <= 30 s)",
        f"peak RSS: importing process {parent / 1024:.0f} MiB, worker {worker_peak[0] / 1024:.0f} MiB "
        f"({worker_peak[1]}) (goal <= 500 MB)",
    ]
    lines += ["", "files refused or repaired:"] + [f"- {key}: {', '.join(names)}" for key, names in named.items()]
    print("\n".join(lines))
    if table is not None:
        table.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _stored_pdf(database: object, case_ref: str) -> bytes:
    from sqlalchemy import text

    with database.engine.connect() as connection:  # type: ignore[attr-defined]
        return bytes(
            connection.execute(
                text(
                    "SELECT coalesce(v.data, b.data) FROM document d JOIN document_blob b ON b.id = d.blob_id "
                    "LEFT JOIN document_blob v ON v.id = d.view_blob_id JOIN case_version cv ON cv.id = "
                    "d.case_version_id JOIN case_file c ON c.id = cv.case_id WHERE c.case_ref = :ref AND "
                    "d.doc_key = 'd3'"
                ),
                {"ref": case_ref},
            ).scalar_one()
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--corpus", type=Path, help="import every PDF of this folder instead")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--table", type=Path, help="also write the corpus figures to this file")
    args = parser.parse_args()
    if args.corpus is not None:
        corpus(args.corpus, args.limit, args.table)
        return
    with tempfile.TemporaryDirectory(prefix="rehabmeet-bench-") as folder:
        scratch = Path(folder)
        path = big_bundle(scratch)
        pages = bare_pdfium(path)
        size_kib = path.stat().st_size / 1024
        imports, pdfium_times, pypdf_times = [], [], []
        for run in range(args.runs):
            started = time.perf_counter()
            bare_pdfium(path)
            pdfium_times.append(time.perf_counter() - started)
            started = time.perf_counter()
            bare_pypdf(path)
            pypdf_times.append(time.perf_counter() - started)
            imports.append(rehabmeet_import(path, scratch, run)[0])
        stall = gui_stall(path, scratch)
    imported, pdfium_s, pypdf_s = (statistics.median(v) for v in (imports, pdfium_times, pypdf_times))
    print(machine_line())
    print(f"bundle: {pages} pages in 13 PDFs, {size_kib:.0f} KiB zipped; medians of {args.runs} runs")
    print(f"RehabMeet import:            {imported * 1000:7.0f} ms = {pages / imported:6.0f} pages/s (goal >= 150)")
    print(
        f"bare work with pypdfium2:    {pdfium_s * 1000:7.0f} ms = {pages / pdfium_s:6.0f} pages/s "
        f"(import = {imported / pdfium_s:.2f}x bare; goal <= 2x)"
    )
    print(f"bare work with pypdf:        {pypdf_s * 1000:7.0f} ms = {pages / pypdf_s:6.0f} pages/s (not chosen)")
    print(f"longest GUI-thread stall during a GUI import: {stall * 1000:.0f} ms (goal <= 100 ms)")


if __name__ == "__main__":
    main()
