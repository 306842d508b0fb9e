"""Summary speed: build the summary PDF of a 260-page case; source-link click to page shown.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/summary.py [--runs 5]

- Summary PDF: ``MeetingSetService.summary_pdf`` for a freshly imported 260-page case (13 PDFs,
  cap 50): sheet rendering, page selection, assembly, links, bookmarks, page stamps.
- Link to page: a source reference in the on-screen sheet is clicked (to another document each
  time); the clock stops when the viewer's visible page area shows rendered text (QPdfView renders
  in a worker thread, so this waits for the real pixels, not just the jump).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import machine_line  # noqa: E402

sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "tests.helpers.file_keyring.FileKeyring")
os.environ.setdefault("REHABMEET_LANG", "da")

from rehabmeet.bundles.importer import BundleImporter  # noqa: E402
from rehabmeet.bundles.writer import write_bundle_zip  # noqa: E402
from rehabmeet.paths import resolve_paths  # noqa: E402
from rehabmeet.services.registry import Services, build_services  # noqa: E402
from rehabmeet.storage.database import open_database  # noqa: E402
from rehabmeet.storage.target import resolve_target  # noqa: E402
from tests.helpers.bundles import big_spec  # noqa: E402


def _has_text(image: object) -> bool:
    """Whether a grabbed viewport shows dark (text) pixels on its page area."""
    width, height = image.width(), image.height()  # type: ignore[attr-defined]
    for y in range(height // 5, height * 3 // 5, 3):
        for x in range(width // 8, width * 7 // 8, 3):
            if image.pixelColor(x, y).lightness() < 100:  # type: ignore[attr-defined]
                return True
    return False


def link_to_page(services: Services, case_id: int, runs: int) -> list[float]:
    from PySide6.QtCore import QUrl
    from PySide6.QtWidgets import QApplication

    from rehabmeet.ui.case.case_documents_widget import CaseDocumentsWidget

    app = QApplication.instance() or QApplication([])
    widget = CaseDocumentsWidget(services.meeting_sets, services.search)
    widget.resize(1300, 900)
    widget.show()
    widget.show_case(case_id)
    app.processEvents()
    sheet = services.meeting_sets.sheet(case_id)
    references = [r for s in sheet.sections for r in s.references]
    times = []
    for run in range(runs):
        reference = references[(run + 1) % len(references)]
        widget.open_page(references[run % len(references)].doc_key, 1)  # start elsewhere
        for _ in range(30):
            app.processEvents()
        started = time.perf_counter()
        widget.sheet.anchorClicked.emit(QUrl(f"page:{reference.doc_key}/{reference.page}"))
        while time.perf_counter() - started < 5:
            app.processEvents()
            if _has_text(widget.viewer.view.viewport().grab().toImage()):
                break
        times.append(time.perf_counter() - started)
    widget.close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="rehabmeet-bench-") as folder:
        scratch = Path(folder)
        os.environ["REHABMEET_TEST_KEYRING_FILE"] = str(scratch / "keyring.json")
        database = open_database(resolve_target(resolve_paths(scratch / "home").ensure()))
        outcome = BundleImporter(database.sessions, actor="bench").import_path(write_bundle_zip(big_spec(), scratch))
        services = build_services(database, actor="bench")
        case_id = services.cases.find(outcome.case_ref or "")
        pdf_times = []
        for _ in range(args.runs):
            started = time.perf_counter()
            pdf = services.meeting_sets.summary_pdf(case_id)
            pdf_times.append(time.perf_counter() - started)
        clicks = link_to_page(services, case_id, args.runs)
        database.close()
    print(machine_line())
    print(f"case: {outcome.pages} pages in 13 PDFs; summary PDF {len(pdf) // 1024} KiB; medians of {args.runs} runs")
    print(f"build the summary PDF:        {statistics.median(pdf_times) * 1000:6.0f} ms (goal <= 1000 ms)")
    print(
        f"source link -> page on screen: {statistics.median(clicks) * 1000:6.0f} ms "
        f"(max {max(clicks) * 1000:.0f} ms; goal <= 300 ms)"
    )


if __name__ == "__main__":
    main()
