"""Converter trees and key-file locks per platform (issue 18). The Windows paths cannot run here: these
tests check which path each platform takes and what the Windows paths ask of Windows, with fakes."""

from __future__ import annotations

import subprocess
import sys
import types
from pathlib import Path

import pytest

from rehabmeet import keyvault, proctree, scratch


def test_each_platform_ends_a_converter_tree_its_own_way() -> None:
    assert proctree.kill_method("linux", has_job=False) == "process-group"
    assert proctree.kill_method("darwin", has_job=False) == "process-group"
    assert proctree.kill_method("win32", has_job=True) == "job-object"
    assert proctree.kill_method("win32", has_job=False) == "taskkill"


def test_on_posix_the_converter_gets_a_session_of_its_own() -> None:
    assert proctree.popen_options() == {"start_new_session": True}


def test_on_windows_without_a_job_object_taskkill_ends_the_tree(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[list[str]] = []
    monkeypatch.setattr(proctree.sys, "platform", "win32")
    monkeypatch.setattr(proctree.subprocess, "run", lambda command, **_kw: calls.append(command))
    monkeypatch.setattr(proctree.os, "killpg", lambda *_a: pytest.fail("no process groups on Windows"))
    proctree.kill_tree(4321)
    assert calls == [["taskkill", "/T", "/F", "/PID", "4321"]]


def test_on_windows_a_job_object_is_terminated_once(monkeypatch: pytest.MonkeyPatch) -> None:
    terminated: list[int] = []
    monkeypatch.setattr(proctree.sys, "platform", "win32")
    monkeypatch.setattr(proctree, "_new_job", lambda pid: 7000 + pid)
    monkeypatch.setattr(proctree, "_terminate_job", terminated.append)
    monkeypatch.setattr(proctree.subprocess, "run", lambda *_a, **_kw: pytest.fail("the job object suffices"))
    proctree.adopt(12)
    proctree.kill_tree(12)
    assert terminated == [7012]
    monkeypatch.setattr(proctree.subprocess, "run", lambda command, **_kw: terminated.append(len(command)))
    proctree.kill_tree(12)  # the job is gone: a second kill falls back to taskkill, never a stale handle
    assert terminated == [7012, 5]


def test_a_leftover_sweep_on_windows_never_signals_a_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """On Windows ``os.kill(pid, 0)`` terminates the process: the liveness check must ask Windows instead."""
    monkeypatch.setattr(proctree.sys, "platform", "win32")
    monkeypatch.setattr(proctree.os, "kill", lambda *_a: pytest.fail("os.kill would terminate the process"))
    monkeypatch.setattr(proctree, "_windows_pid_alive", lambda pid: pid == 77)
    assert scratch._pid_alive(77) and not scratch._pid_alive(78)


def test_a_killed_group_on_posix_is_gone(tmp_path: Path) -> None:
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"], start_new_session=True)
    try:
        assert proctree.pid_alive(child.pid)
        proctree.kill_tree(child.pid)
        assert child.wait(timeout=10) == -9
    finally:
        child.kill()


def test_each_platform_locks_the_key_file_its_own_way() -> None:
    assert keyvault.lock_method("linux") == "flock"
    assert keyvault.lock_method("win32") == "msvcrt"


def test_on_windows_the_key_file_lock_is_taken_and_given_back(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    fake = types.SimpleNamespace(LK_LOCK=1, LK_UNLCK=0, locking=lambda fd, mode, size: calls.append((mode, size)))
    monkeypatch.setitem(sys.modules, "msvcrt", fake)
    monkeypatch.setattr(keyvault.sys, "platform", "win32")
    with keyvault._locked(tmp_path / "keys.rmvault"):
        assert calls == [(1, 1)]  # the first byte, locked before anything is read
    assert calls == [(1, 1), (0, 1)]
    assert (tmp_path / ".keys.rmvault.lock").stat().st_mode & 0o777 == 0o600


def test_a_key_file_kept_locked_on_windows_is_one_clear_sentence(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    def busy(_fd: int, _mode: int, _size: int) -> None:
        raise OSError(36, "Resource deadlock avoided")

    monkeypatch.setitem(sys.modules, "msvcrt", types.SimpleNamespace(LK_LOCK=1, LK_UNLCK=0, locking=busy))
    monkeypatch.setattr(keyvault.sys, "platform", "win32")
    locked = keyvault._locked(tmp_path / "keys.rmvault")
    with pytest.raises(keyvault.KeyringUnavailableError, match=r"keeps the key file .* locked; close it"), locked:
        pytest.fail("the lock was never taken")
