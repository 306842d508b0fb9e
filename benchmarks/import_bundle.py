"""Bundle import speed: a generated ~260-page bundle, against the bare library work in the same run.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/import_bundle.py [--runs 5]

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


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
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
