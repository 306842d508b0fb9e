"""End an external converter with every process it started, on POSIX and on Windows.

POSIX: the converter runs in its own session (``start_new_session``), so its process group is its
tree; ``killpg`` ends it. Windows has no process groups that can be killed: the converter is put in a
Job object that kills everything in it when the job is terminated or its last handle closes — also
when RehabMeet itself is killed. Where the Job object cannot be made (ctypes refused), ``taskkill /T /F``
ends the tree by parent links.

Known gap on Windows: the converter joins its Job object just after it starts (``subprocess`` cannot
start it suspended and resume it), so a child it started in those first instants is outside the job.

The Windows paths (``sys.platform == "win32"``) have not been run: only the choice between them and
the commands they issue are tested, on Linux (tests/unit/test_proctree.py).
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import threading
from typing import Any, Literal

KillMethod = Literal["process-group", "job-object", "taskkill"]

_jobs: dict[int, int] = {}  # Windows: pid -> Job object handle
_lock = threading.Lock()
_JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE = 0x2000
_JOB_OBJECT_EXTENDED_LIMIT_INFORMATION = 9
_PROCESS_TERMINATE_SET_QUOTA = 0x0001 | 0x0100
_PROCESS_QUERY_LIMITED_INFORMATION = 0x1000
_STILL_ACTIVE = 259


def kill_method(platform: str, has_job: bool) -> KillMethod:
    """How the tree of a converter started on ``platform`` is ended (``has_job``: Windows made its Job object)."""
    if platform != "win32":
        return "process-group"
    return "job-object" if has_job else "taskkill"


def popen_options() -> dict[str, object]:
    """Keyword arguments for ``subprocess.Popen`` that give the converter a tree of its own."""
    if sys.platform == "win32":
        return {"creationflags": subprocess.CREATE_NEW_PROCESS_GROUP | subprocess.CREATE_NO_WINDOW}
    return {"start_new_session": True}


def adopt(pid: int) -> None:
    """Windows: put the just-started converter in a kill-on-close Job object (its later children follow it)."""
    if sys.platform != "win32":
        return
    job = _new_job(pid)
    if job is not None:
        with _lock:
            _jobs[pid] = job


def kill_tree(pid: int) -> None:
    """Kill the converter ``pid`` and every process it started; a gone process is no error."""
    with _lock:
        job = _jobs.pop(pid, None)
    method = kill_method(sys.platform, job is not None)
    if method == "process-group":
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(pid, signal.SIGKILL)
    elif method == "job-object" and job is not None:
        _terminate_job(job)
    else:
        subprocess.run(
            ["taskkill", "/T", "/F", "/PID", str(pid)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            check=False,
            timeout=30,
        )


def pid_alive(pid: int) -> bool:
    """Whether process ``pid`` runs. Never ``os.kill(pid, 0)`` on Windows: there it terminates the process."""
    if sys.platform == "win32":
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


# --- Windows (not run in the test suite) ----------------------------------------------------------------


def _kernel32() -> Any:
    import ctypes

    return ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined,unused-ignore]


def _new_job(pid: int) -> int | None:
    """Return a Job object holding ``pid`` that kills its processes when closed, or None when refused."""
    import ctypes

    kernel32 = _kernel32()
    create = kernel32.CreateJobObjectW
    create.restype = ctypes.c_void_p
    job = create(None, None)
    if not job:
        return None
    info = _extended_limits()
    info.BasicLimitInformation.LimitFlags = _JOB_OBJECT_LIMIT_KILL_ON_JOB_CLOSE
    handle = None
    try:
        set_info = kernel32.SetInformationJobObject
        set_info.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_void_p, ctypes.c_uint32]
        if not set_info(job, _JOB_OBJECT_EXTENDED_LIMIT_INFORMATION, ctypes.byref(info), ctypes.sizeof(info)):
            raise OSError("SetInformationJobObject")
        open_process = kernel32.OpenProcess
        open_process.restype = ctypes.c_void_p
        handle = open_process(_PROCESS_TERMINATE_SET_QUOTA, False, pid)
        assign = kernel32.AssignProcessToJobObject
        assign.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
        if not handle or not assign(job, handle):
            raise OSError("AssignProcessToJobObject")
    except OSError:
        _close(job)
        return None
    finally:
        if handle:
            _close(handle)
    return int(job)


def _extended_limits() -> Any:
    """A JOBOBJECT_EXTENDED_LIMIT_INFORMATION structure (winnt.h), zeroed."""
    import ctypes

    size_t, dword, int64, uint64 = ctypes.c_size_t, ctypes.c_uint32, ctypes.c_int64, ctypes.c_uint64

    class Basic(ctypes.Structure):
        _fields_ = [
            ("PerProcessUserTimeLimit", int64),
            ("PerJobUserTimeLimit", int64),
            ("LimitFlags", dword),
            ("MinimumWorkingSetSize", size_t),
            ("MaximumWorkingSetSize", size_t),
            ("ActiveProcessLimit", dword),
            ("Affinity", size_t),
            ("PriorityClass", dword),
            ("SchedulingClass", dword),
        ]

    class Extended(ctypes.Structure):
        _fields_ = [
            ("BasicLimitInformation", Basic),
            ("IoInfo", uint64 * 6),
            ("ProcessMemoryLimit", size_t),
            ("JobMemoryLimit", size_t),
            ("PeakProcessMemoryUsed", size_t),
            ("PeakJobMemoryUsed", size_t),
        ]

    return Extended()


def _terminate_job(job: int) -> None:
    import ctypes

    kernel32 = _kernel32()
    terminate = kernel32.TerminateJobObject
    terminate.argtypes = [ctypes.c_void_p, ctypes.c_uint32]
    terminate(job, 1)
    _close(job)


def _close(handle: int) -> None:
    import ctypes

    close = _kernel32().CloseHandle
    close.argtypes = [ctypes.c_void_p]
    close(handle)


def _windows_pid_alive(pid: int) -> bool:
    import ctypes

    kernel32 = _kernel32()
    open_process = kernel32.OpenProcess
    open_process.restype = ctypes.c_void_p
    handle = open_process(_PROCESS_QUERY_LIMITED_INFORMATION, False, pid)
    if not handle:
        denied: int = ctypes.get_last_error()  # type: ignore[attr-defined,unused-ignore]
        return denied == 5  # access denied: the process exists
    try:
        code = ctypes.c_uint32()
        get_code = kernel32.GetExitCodeProcess
        get_code.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
        return bool(get_code(handle, ctypes.byref(code))) and code.value == _STILL_ACTIVE
    finally:
        _close(handle)
