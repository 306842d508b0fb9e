"""Faults from outside: a full disk, a read-only data folder, a second window on the same data."""

from __future__ import annotations

import os
import resource
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rehabmeet.cli import main
from tests.helpers.db import database_file


def _run(
    *args: str, limit_bytes: int | None = None, env: dict[str, str] | None = None, run_as: list[str] | None = None
) -> subprocess.CompletedProcess[str]:
    def restrict() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write over the limit fails (EFBIG) instead of killing
        if limit_bytes is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit_bytes, limit_bytes))

    return subprocess.run(
        [*(run_as or []), sys.executable, "-m", "rehabmeet", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        preexec_fn=restrict,
        env={**os.environ, **(env or {})},
    )


def test_a_full_disk_during_an_import_ends_in_one_clear_line_and_loses_nothing(
    demo_home: Path, sample_bundles: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["cases", "--json"]) == 0
    before = capsys.readouterr().out
    wal = database_file(demo_home).with_name("rehabmeet.db-wal")
    # Files may not grow past this: the write-ahead log fills up part-way through the import.
    limit = (wal.stat().st_size if wal.exists() else 0) + 16 * 1024
    result = _run("import", str(sample_bundles[0]), limit_bytes=limit)
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr
    assert "full" in lines[0] or "disk failed" in lines[0], lines[0]
    assert main(["db", "check"]) == 0 and "integrity ok" in capsys.readouterr().out
    assert main(["cases", "--json"]) == 0
    assert capsys.readouterr().out == before  # no half-imported case


def _without_root_powers() -> list[str]:
    """Root ignores file permissions; run the command as root without those powers so they apply."""
    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: a read-only folder cannot be made")
    powers = "-dac_override,-dac_read_search,-fowner"
    return ["setpriv", f"--inh-caps={powers}", f"--bounding-set={powers}", "--"]


def test_a_read_only_data_folder_ends_in_one_clear_line_in_the_cli_and_the_window(
    demo_home: Path, sample_bundles: list[Path], capsys: pytest.CaptureFixture[str]
) -> None:
    run_as = _without_root_powers()
    assert main(["cases", "--json"]) == 0
    before = capsys.readouterr().out
    data = database_file(demo_home).parent
    modes = {p: p.stat().st_mode for p in [data, *data.iterdir()]}
    try:
        for path in modes:
            path.chmod(0o500 if path.is_dir() else 0o400)
        result = _run("import", str(sample_bundles[0]), run_as=run_as)
        window = _run(env={"QT_QPA_PLATFORM": "offscreen"}, run_as=run_as)
    finally:
        for path, mode in modes.items():
            path.chmod(mode)
    assert result.returncode == 2, result.stderr
    assert "read-only" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "--home" in result.stderr  # says what to do
    assert window.returncode == 2 and "read-only" in window.stderr and "Traceback" not in window.stderr
    assert main(["cases", "--json"]) == 0
    assert capsys.readouterr().out == before  # with write access back, nothing was lost or half-written


def test_a_second_window_on_the_same_data_folder_is_refused(demo_home: Path, tmp_path: Path) -> None:
    env = {"QT_QPA_PLATFORM": "offscreen"}
    first = subprocess.Popen(
        [sys.executable, "-m", "rehabmeet"], env={**os.environ, **env}, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    lock = database_file(demo_home).with_name("rehabmeet.lock")
    try:
        deadline = time.monotonic() + 60
        while not lock.exists() and time.monotonic() < deadline and first.poll() is None:
            time.sleep(0.1)
        assert lock.exists(), first.stderr.read().decode() if first.poll() is not None else "no lock file"
        second = _run(env=env)
        assert second.returncode == 2
        assert "already open with this data folder" in second.stderr and "Traceback" not in second.stderr
        assert main(["db", "check"]) == 0  # the command line still works beside the window
    finally:
        first.terminate()
        first.communicate(timeout=30)  # also closes its pipes


def test_a_lock_left_by_a_crashed_window_does_not_keep_the_app_closed(demo_home: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    crashed = subprocess.Popen(
        [sys.executable, "-m", "rehabmeet"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    lock = database_file(demo_home).with_name("rehabmeet.lock")
    deadline = time.monotonic() + 60
    while not lock.exists() and time.monotonic() < deadline and crashed.poll() is None:
        time.sleep(0.1)
    crashed.kill()  # a crash or power cut: the lock file stays behind
    crashed.communicate(timeout=30)
    assert lock.exists()
    reopened = _run(env={"QT_QPA_PLATFORM": "offscreen", "REHABMEET_STARTUP_PROBE": "1"})
    assert reopened.returncode == 0, reopened.stderr
    assert "REHABMEET_STARTUP_PROBE" in reopened.stdout


def test_read_only_commands_work_on_a_read_only_data_folder(
    demo_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 19: `cases`, `db check` and `log verify` read a data folder mounted read-only."""
    run_as = _without_root_powers()
    assert main(["cases", "--json"]) == 0
    before = capsys.readouterr().out
    data = database_file(demo_home).parent
    modes = {p: p.stat().st_mode for p in [data, *data.iterdir()]}
    try:
        for path in modes:
            path.chmod(0o500 if path.is_dir() else 0o400)
        cases = _run("cases", "--json", run_as=run_as)
        check = _run("db", "check", run_as=run_as)
        chain = _run("log", "verify", run_as=run_as)
    finally:
        for path, mode in modes.items():
            path.chmod(mode)
    assert (cases.returncode, cases.stderr) == (0, ""), cases.stderr
    assert cases.stdout == before
    assert check.returncode == 0 and "integrity ok" in check.stdout, check.stderr
    assert chain.returncode == 0 and "chain intact" in chain.stdout, chain.stderr
