"""No case data in plain text: not in errors, not in logs, not in files left in the temp folder (issue 18)."""

from __future__ import annotations

import dataclasses
import os
import signal
import stat
import subprocess
import sys
import tempfile
import textwrap
import time
from datetime import date
from pathlib import Path

import pytest

from rehabmeet import scratch
from rehabmeet.bundles.writer import write_bundle_zip
from tests.helpers.bundles import small_spec

CPR = "010190-1234"


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "rehabmeet", *args], capture_output=True, text=True, timeout=180, check=False
    )


def _log_text(home: Path) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in (home / "logs").glob("rehabmeet.log*"))


@pytest.mark.parametrize("name", ["Test\x00Borger", "Test Borger"])
def test_a_postgresql_data_error_prints_and_logs_no_case_data(
    postgres_url: str, isolated_environment: Path, tmp_path: Path, name: str
) -> None:
    spec = small_spec()
    spec = dataclasses.replace(spec, citizen=dataclasses.replace(spec.citizen, name=name))
    bundle = write_bundle_zip(spec, tmp_path)
    for debug in ((), ("--debug",)):
        result = _cli("--db", postgres_url, *debug, "import", str(bundle))
        assert CPR not in result.stderr + result.stdout
        assert "[parameters:" not in result.stderr
        if not debug and result.returncode != 0:
            # refused by the import checks (a NUL in a name, issue 19) on stdout, or one error line on stderr
            lines = result.stderr.strip().splitlines()
            refused = [line for line in result.stdout.splitlines() if line.startswith("refused: ")]
            assert (len(lines) == 1 and lines[0].startswith("error: ")) or (not lines and len(refused) == 1), (
                result.stdout + result.stderr
            )
    log = _log_text(isolated_environment)
    assert CPR not in log and "Test\x00Borger" not in log


def test_a_sqlalchemy_error_with_parameters_is_hidden_in_the_log(isolated_environment: Path) -> None:
    """The log's second line of defence: even a message that quotes parameters loses them and the CPR."""
    import logging

    from rehabmeet.redact import RedactingFormatter

    record = logging.LogRecord(
        "x", logging.ERROR, __file__, 1, "failed: %s", ("INSERT … [parameters: {'citizen_cpr': '010190-1234'}]",), None
    )
    line = RedactingFormatter("%(message)s").format(record)
    assert CPR not in line and "citizen_cpr" not in line


def test_saved_exports_are_owner_only(isolated_environment: Path, tmp_path: Path) -> None:
    from rehabmeet.atomic import write_atomically

    old = tmp_path / "letter.pdf"
    old.write_bytes(b"old")
    old.chmod(0o644)
    for target in (tmp_path / "new.pdf", old):
        write_atomically(target, f"%PDF {CPR}".encode())
        assert stat.S_IMODE(target.stat().st_mode) == 0o600


FAKE_SOFFICE = """#!/bin/sh
# stands in for LibreOffice: a child that lingers, and a conversion that never ends (both name the file)
{python} -c 'import time; time.sleep(300)' lingering-child "$@" &
echo started > "$(dirname "$0")/started"
exec {python} -c 'import time; time.sleep(300)' converter "$@"
"""


def _fake_soffice(folder: Path) -> Path:
    binary = folder / "soffice"
    binary.write_text(FAKE_SOFFICE.format(python=sys.executable), encoding="utf-8")
    binary.chmod(0o755)
    return binary


def _fake_soffice_and_temp(tmp_path: Path) -> tuple[Path, Path]:
    """A ``tools`` folder holding the fake soffice, and an empty ``temp`` folder, under ``tmp_path``."""
    tools, temp = tmp_path / "tools", tmp_path / "temp"
    tools.mkdir()
    temp.mkdir()
    _fake_soffice(tools)
    return tools, temp


def _processes_mentioning(text: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                command = (entry / "cmdline").read_bytes().decode("utf-8", "replace")
            except OSError:
                continue
            if text in command:
                found.append(int(entry.name))
    return found


@pytest.mark.skipif(sys.platform != "linux", reason="process groups and /proc")
def test_a_converter_that_times_out_is_killed_with_its_children(tmp_path: Path) -> None:
    tools = tmp_path / "tools"
    tools.mkdir()
    binary = _fake_soffice(tools)
    with scratch.private_folder("test") as folder:
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        with pytest.raises(subprocess.TimeoutExpired):
            scratch.run_converter([str(binary), str(folder / "document.docx")], folder, timeout=1)
        assert _processes_mentioning(str(folder)) == []
    assert not folder.exists()
    assert _processes_mentioning("lingering-child") == []


@pytest.mark.skipif(sys.platform != "linux", reason="process groups and /proc")
def test_a_kill_during_docx_conversion_leaves_nothing_after_the_next_start(tmp_path: Path) -> None:
    """RehabMeet killed (SIGKILL) mid-conversion: the next start removes the plain DOCX and ends soffice."""
    tools, temp = _fake_soffice_and_temp(tmp_path)
    script = textwrap.dedent(
        f"""
        from rehabmeet.documents.docx_to_pdf import render_with_libreoffice
        render_with_libreoffice(b"PK {CPR} Hemmelig Borger", {str(tools / "soffice")!r})
        """
    )
    env = {**os.environ, "TMPDIR": str(temp)}
    victim = subprocess.Popen([sys.executable, "-c", script], env=env)
    try:
        for _ in range(600):
            if (tools / "started").exists():
                break
            assert victim.poll() is None, "the conversion ended by itself"
            time.sleep(0.05)
        assert (tools / "started").exists(), "the fake converter never started"
        (left,) = list(temp.glob(f"{scratch.PREFIX}*"))
        assert CPR.encode() in (left / "document.docx").read_bytes()
        victim.send_signal(signal.SIGKILL)
        victim.wait(timeout=10)
        assert _processes_mentioning(str(left)), "the converter should still run after the kill"
        result = subprocess.run(
            [sys.executable, "-m", "rehabmeet", "cases"], env=env, capture_output=True, text=True, check=False
        )
        assert result.returncode == 0, result.stderr
        assert list(temp.glob(f"{scratch.PREFIX}*")) == []
        assert _processes_mentioning(str(left)) == []
    finally:
        if victim.poll() is None:
            victim.kill()


@pytest.mark.skipif(sys.platform != "linux", reason="process groups and /proc")
def test_a_terminated_rehabmeet_removes_the_plain_text_and_the_converter_at_once(tmp_path: Path) -> None:
    """SIGTERM (logout, kill) during a conversion: no next start needed, nothing is left."""
    tools, temp = _fake_soffice_and_temp(tmp_path)
    script = textwrap.dedent(
        f"""
        import sys
        from rehabmeet.__main__ import _exit_cleanly_on_sigterm
        from rehabmeet.documents.docx_to_pdf import render_with_libreoffice
        _exit_cleanly_on_sigterm()
        render_with_libreoffice(b"PK {CPR}", {str(tools / "soffice")!r})
        """
    )
    victim = subprocess.Popen([sys.executable, "-c", script], env={**os.environ, "TMPDIR": str(temp)})
    try:
        for _ in range(600):
            if (tools / "started").exists():
                break
            assert victim.poll() is None, "the conversion ended by itself"
            time.sleep(0.05)
        (left,) = list(temp.glob(f"{scratch.PREFIX}*"))
        victim.terminate()
        assert victim.wait(timeout=30) != 0
        assert list(temp.glob(f"{scratch.PREFIX}*")) == []
        assert _processes_mentioning(str(left)) == []
    finally:
        if victim.poll() is None:
            victim.kill()


@pytest.mark.skipif(sys.platform != "linux", reason="process groups and /proc")
def test_cancelling_an_import_stops_the_docx_converter_and_leaves_nothing(
    isolated_environment: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    from rehabmeet.bundles.importer import BundleImporter
    from rehabmeet.bundles.outcome import ImportStatus
    from rehabmeet.bundles.spec import DocumentSpec, PageSpec
    from tests.helpers.db import open_home_database

    tools, temp = _fake_soffice_and_temp(tmp_path)
    monkeypatch.setenv("PATH", f"{tools}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    # documents are read in a worker process (issue 19): a spawned one sees this PATH and TMPDIR
    # (a forkserver started by an earlier test would keep the environment it started with)
    import multiprocessing

    from rehabmeet.bundles import worker as document_worker

    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(document_worker, "_context", lambda: multiprocessing.get_context("spawn"))
    spec = small_spec()
    page = PageSpec("Journal", ("Borgeren fortæller om sit helbred.",))
    docx = DocumentSpec("d4", "journal", "Journal", date(2026, 9, 21), (page,), media_type="docx")
    spec = dataclasses.replace(spec, documents=(*spec.documents, docx))
    bundle = write_bundle_zip(spec, tmp_path)
    database = open_home_database(isolated_environment)
    importer = BundleImporter(database.sessions, actor="t", docx_renderer="libreoffice")
    stop = threading.Event()
    outcomes: list[object] = []
    worker = threading.Thread(target=lambda: outcomes.extend(importer.import_paths([bundle], cancelled=stop.is_set)))
    worker.start()
    for _ in range(600):
        if (tools / "started").exists():
            break
        time.sleep(0.05)
    assert (tools / "started").exists(), "the fake converter never started"
    (left,) = list(temp.glob(f"{scratch.PREFIX}*"))
    stop.set()
    scratch.stop_converters()  # what the progress dialog's Cancel does
    worker.join(timeout=60)
    database.close()
    assert not worker.is_alive()
    (outcome,) = outcomes
    assert outcome.status is ImportStatus.CANCELLED  # type: ignore[attr-defined]
    assert list(temp.glob(f"{scratch.PREFIX}*")) == []
    assert _processes_mentioning(str(left)) == []
