"""Bounded work on hostile files (issue 19): each is refused naming a limit, in bounded time and memory.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/hostile_import.py

The files are the ones the issue measured on 0.1 (figures there: 2.17 GB RSS, 1.4 GB, 628 MB and
12.9 s, more than 600 s), made here at run time:
- a 1 MB PDF whose page content is a 1 GiB flate stream;
- a page of 2 million text operators;
- a zip of 1 million (empty) entries;
- a DOCX holding one 3 MB word.
For each: the outcome line, the wall time, and the peak RSS of the importing process and of the
document reader's worker (reported by the worker; a worker killed at a limit reports nothing).
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import machine_line  # noqa: E402

sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "tests.helpers.file_keyring.FileKeyring")
os.environ.setdefault("REHABMEET_LANG", "en")


def _cases(folder: Path) -> dict[str, str]:
    """Write the hostile bundles into ``folder`` and return {label: path}."""
    from tests.helpers.bundles import valid_members, write_zip
    from tests.helpers.hostile import deflated, docx_with_body, paragraph, pdf_with_content, with_docx_cv, with_pdf

    flate = pdf_with_content(deflated(b" " * (1 << 20), 1024))
    operators = pdf_with_content(deflated(b"BT /F1 12 Tf 10 10 Td " + b"(a) Tj " * 1000 + b"ET\n", 2000), font=True)
    word = docx_with_body(paragraph(os.urandom(1_500_000).hex()))
    many = folder / "million.rmb.zip"
    with zipfile.ZipFile(many, "w", zipfile.ZIP_STORED) as archive:
        for name, data in valid_members().items():
            archive.writestr(name, data)
        for index in range(1_000_000):
            archive.writestr(f"x/{index:07d}", b"")
    cases = {
        f"1 GiB flate stream in a {len(flate) / 1e6:.1f} MB PDF": write_zip(with_pdf(flate), folder / "flate.rmb.zip"),
        "page of 2 million text operators": write_zip(with_pdf(operators), folder / "ops.rmb.zip"),
        f"zip of 1,000,000 entries ({many.stat().st_size / 1e6:.0f} MB)": many,
        "DOCX with one 3 MB word": write_zip(with_docx_cv(word), folder / "word.rmb.zip"),
    }
    return {label: str(path) for label, path in cases.items()}


def _made_elsewhere(folder: Path) -> dict[str, str]:
    """Make the files in a child process, so its memory is not counted as the importer's."""
    command = [sys.executable, __file__, "--make", str(folder)]
    result = subprocess.run(command, capture_output=True, text=True, check=True, timeout=900)
    return dict(json.loads(result.stdout))


def main() -> None:
    from rehabmeet.bundles.importer import BundleImporter
    from rehabmeet.bundles.worker import DocumentReader
    from rehabmeet.paths import resolve_paths
    from rehabmeet.settings.limits import ImportLimits
    from rehabmeet.storage.database import open_database
    from rehabmeet.storage.target import resolve_target

    limits = ImportLimits()
    print(machine_line())
    print(
        f"limits: worker memory {limits.max_reader_memory_mib} MiB, {limits.max_seconds_per_document:g} s per "
        f"document, {limits.max_members} zip entries"
    )
    with tempfile.TemporaryDirectory(prefix="rehabmeet-hostile-") as name:
        scratch = Path(name)
        os.environ["REHABMEET_TEST_KEYRING_FILE"] = str(scratch / "keyring.json")
        cases = _made_elsewhere(scratch)
        database = open_database(resolve_target(resolve_paths(scratch / "home").ensure()))
        importer = BundleImporter(database.sessions, actor="bench", limits=limits, docx_renderer="reportlab")
        for label, name in cases.items():
            started = time.perf_counter()
            with DocumentReader(limits, "reportlab") as reader:
                outcome = importer.import_path(Path(name), documents=reader)
            elapsed = time.perf_counter() - started
            parent = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            if "reading it" in outcome.message and "limit of" in outcome.message:
                worker = "killed at the limit"
            else:
                worker = f"{reader.peak_rss_kib / 1024:.0f} MiB" if reader.peak_rss_kib else "not started"
            print(f"- {label}: {elapsed:.1f} s; importer peak {parent:.0f} MiB; worker {worker}")
            print(f"  {outcome.status.value}: {outcome.message}")
        database.close()


if __name__ == "__main__":
    if sys.argv[1:2] == ["--make"]:
        print(json.dumps(_cases(Path(sys.argv[2]))))
    else:
        main()
