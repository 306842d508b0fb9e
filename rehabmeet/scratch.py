"""Private scratch folders for conversions and renderings, and external converters that cannot outlive us.

Plain text of a case (a DOCX and the PDF made from it) may only exist outside the encrypted store
for the seconds a conversion takes, in a folder only the user can read (0700), removed on success,
on failure and — for what a killed RehabMeet left behind — by :func:`sweep_leftovers` at the next
start. An external converter (LibreOffice) runs in its own process group; a timeout, a cancel or
RehabMeet's exit kills the whole group, and the group's id is written into the folder so the next
start can end a converter that a killed RehabMeet left running. On Windows the converter is in a Job
object instead, which Windows ends with RehabMeet (:mod:`rehabmeet.proctree`; untested there).
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

from rehabmeet import proctree

PREFIX = "rehabmeet-scratch-"
_GROUP_FILE = "process-group"
_running: set[int] = set()
_lock = threading.Lock()
log = logging.getLogger(__name__)


def _owner_pid(folder: Path) -> int | None:
    try:
        return int(folder.name.removeprefix(PREFIX).split("-", 1)[0])
    except ValueError:
        return None


@contextlib.contextmanager
def private_folder(kind: str) -> Iterator[Path]:
    """Yield a new owner-only folder in the temp folder, removed however the block ends."""
    folder = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-{kind}-"))
    folder.chmod(0o700)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _pid_alive(pid: int) -> bool:
    return proctree.pid_alive(pid)


def _kill_group(group: int) -> None:
    proctree.kill_tree(group)


def run_converter(command: Sequence[str], folder: Path, *, timeout: float) -> None:
    """Run ``command`` in its own process group; on timeout or any interruption kill the whole group.

    Raises:
        subprocess.TimeoutExpired, subprocess.CalledProcessError, OSError: as ``subprocess.run`` would.
    """
    process = subprocess.Popen(
        list(command),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        stdin=subprocess.DEVNULL,
        **proctree.popen_options(),  # type: ignore[call-overload]
    )
    group = process.pid
    proctree.adopt(group)  # Windows: a kill-on-close Job object; POSIX: its session already is its group
    (folder / _GROUP_FILE).write_text(str(group), encoding="ascii")
    with _lock:
        _running.add(group)
    try:
        returncode = process.wait(timeout=timeout)
    except BaseException:  # timeout, KeyboardInterrupt, a cancelled task: nothing may keep running
        _kill_group(group)
        process.wait()
        raise
    finally:
        with _lock:
            _running.discard(group)
    _kill_group(group)  # soffice may leave children (oosplash → soffice.bin) behind after its own exit
    if returncode != 0:
        raise subprocess.CalledProcessError(returncode, list(command))


@atexit.register
def stop_converters() -> None:
    """Kill every converter this process runs (a cancelled import; RehabMeet's exit)."""
    with _lock:
        groups = list(_running)
    for group in groups:
        _kill_group(group)


def _is_our_converter(group: int, folder: Path) -> bool:
    """True only when the process still runs with ``folder`` on its command line (a reused pid is not ours)."""
    try:
        command = Path(f"/proc/{group}/cmdline").read_bytes().decode("utf-8", "replace")
    except OSError:
        return False
    return str(folder) in command


def sweep_leftovers(root: Path | None = None) -> int:
    """Remove scratch folders whose RehabMeet is gone (killing converters they name); return how many."""
    base = Path(root or tempfile.gettempdir())
    removed = 0
    try:
        candidates = [p for p in base.iterdir() if p.name.startswith(PREFIX) and p.is_dir()]
    except OSError:
        return 0
    for folder in candidates:
        owner = _owner_pid(folder)
        if owner is None or owner == os.getpid() or _pid_alive(owner):
            continue
        try:
            if hasattr(os, "getuid") and folder.stat().st_uid != os.getuid():  # POSIX; Windows temp is per user
                continue
            group = int((folder / _GROUP_FILE).read_text(encoding="ascii"))
        except (OSError, ValueError):
            group = None
        if group is not None and _is_our_converter(group, folder):
            _kill_group(group)
        shutil.rmtree(folder, ignore_errors=True)
        removed += 1
        log.info("removed a scratch folder left by a stopped RehabMeet (process %s)", owner)
    return removed
