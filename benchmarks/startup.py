"""Start-up time: process start → main window shown with the demo day, against bare PySide6.

Run: .venv/bin/python benchmarks/startup.py [--runs 9]

Both are measured in the same run, alternating, after one unmeasured start that writes the bytecode
(as an installed app has it), as wall-clock time from just before the
process is spawned to the moment the first event-loop turn after ``show()`` runs. The app also
reports its peak RSS at that moment. The database key comes from a file-based test keyring
(PYTHON_KEYRING_BACKEND), so a desktop keyring's own latency is not included.

"Main window + demo day" is the window with the day's agenda on screen (since issue 22 the first
frame, read through the DB-API before SQLAlchemy loads); "complete" is when the full main window
with every case view has taken its place. The GUI stall is the longest gap between two turns of a
10 ms heartbeat timer in the 3 s after the window appeared (and until complete), next to the same
heartbeat in the bare window (what the machine itself costs).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import machine_line  # noqa: E402

PROBE = "REHABMEET_STARTUP_PROBE"

BARE_QT = f"""
import resource, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1280, 800)
window.show()
from PySide6.QtCore import QElapsedTimer
since_shown, since_beat, gaps = QElapsedTimer(), QElapsedTimer(), [0]
beat = QTimer()
beat.setInterval(10)
def on_beat():
    gaps[0] = max(gaps[0], since_beat.restart())
    if since_shown.elapsed() >= 3000:
        print(f"{PROBE} max_stall_ms={{gaps[0]}}", flush=True)
        app.quit()
beat.timeout.connect(on_beat)
def shown():
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"{PROBE} shown_at={{time.time():.6f}} maxrss_kib={{rss}}", flush=True)
    since_shown.start()
    since_beat.start()
    beat.start()
QTimer.singleShot(0, shown)
app.exec()
"""


LIBRARY_FLOOR = f"""
import resource, time
import PySide6.QtWidgets, sqlalchemy.orm, keyring, sqlcipher3
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(f"{PROBE} shown_at={{time.time():.6f}} maxrss_kib={{rss}}", flush=True)
"""


def _measure(command: list[str], env: dict[str, str]) -> tuple[float, int]:
    fields = _probe(command, env)
    return fields["shown"], int(fields["maxrss_kib"])


def _measure_with_splash(command: list[str], env: dict[str, str]) -> tuple[float, int, float | None]:
    """Seconds to the window shown, peak RSS in KiB, and seconds to the splash painted (if one was)."""
    fields = _probe(command, env)
    return fields["shown"], int(fields["maxrss_kib"]), fields.get("splash")


def _probe(command: list[str], env: dict[str, str]) -> dict[str, float]:
    """The probe's fields: ``shown``/``splash``/``ready`` (seconds from the spawn), ``max_stall_ms``, ``maxrss_kib``."""
    started = time.time()
    output = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=True).stdout
    fields: dict[str, float] = {}
    for line in output.splitlines():
        if line.startswith(PROBE):
            fields.update((name, float(value)) for name, value in (part.split("=") for part in line.split()[1:]))
    for name in ("shown", "splash", "ready"):
        if f"{name}_at" in fields:
            fields[name] = fields.pop(f"{name}_at") - started
    return fields


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="rehabmeet-bench-") as scratch:
        env = dict(os.environ)
        env.update(
            REHABMEET_HOME=str(Path(scratch) / "home"),
            REHABMEET_TEST_KEYRING_FILE=str(Path(scratch) / "keyring.json"),
            PYTHON_KEYRING_BACKEND="tests.helpers.file_keyring.FileKeyring",
            PYTHONPATH=str(ROOT),
            QT_QPA_PLATFORM=env.get("QT_QPA_PLATFORM", "offscreen"),
        )
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app has its bytecode compiled (pip does it)
        subprocess.run(
            [sys.executable, "-m", "rehabmeet", "demo", "--no-gui"], env=env, check=True, capture_output=True
        )
        app_env = dict(env, **{PROBE: "1"})
        _measure([sys.executable, "-m", "rehabmeet"], app_env)  # writes the bytecode of the GUI's modules
        runs: dict[str, list[dict[str, float]]] = {"bare": [], "floor": [], "app": []}
        for _ in range(args.runs):
            runs["bare"].append(_probe([sys.executable, "-c", BARE_QT], env))
            runs["floor"].append(_probe([sys.executable, "-c", LIBRARY_FLOOR], env))
            runs["app"].append(_probe([sys.executable, "-m", "rehabmeet"], app_env))

    def median(kind: str, name: str, scale: float = 1000.0) -> float:
        return statistics.median(r.get(name, float("nan")) for r in runs[kind]) * scale

    bare_ms, app_ms, floor_ms = median("bare", "shown"), median("app", "shown"), median("floor", "shown")
    splash_ms, ready_ms = median("app", "splash"), median("app", "ready")
    bare_stall, app_stall = median("bare", "max_stall_ms", 1), median("app", "max_stall_ms", 1)
    worst_stall = max(r["max_stall_ms"] for r in runs["app"])
    print(machine_line())
    print(f"platform plugin {env['QT_QPA_PLATFORM']}, {args.runs} runs each")
    print(f"bare PySide6 QMainWindow shown:   median {bare_ms:7.1f} ms")
    libraries = "PySide6 + SQLAlchemy ORM + keyring + sqlcipher3"
    print(f"import of the required libraries: median {floor_ms:7.1f} ms  ({floor_ms / bare_ms:.2f}x bare; {libraries})")
    print(f"RehabMeet splash painted:         median {splash_ms:7.1f} ms  ({splash_ms / bare_ms:.2f}x bare)")
    print(f"RehabMeet main window + demo day: median {app_ms:7.1f} ms  ({app_ms / bare_ms:.2f}x bare; goal <= 3x)")
    print(f"RehabMeet main window complete:   median {ready_ms:7.1f} ms  ({ready_ms / bare_ms:.2f}x bare)")
    print(
        f"longest GUI stall, first 3 s:     median {app_stall:7.0f} ms, worst {worst_stall:.0f} ms "
        f"(goal <= 100 ms; bare window's heartbeat {bare_stall:.0f} ms)"
    )
    print(
        f"RehabMeet peak RSS at shown:      median {median('app', 'maxrss_kib', 1) / 1024:7.1f} MiB (goal <= 250 MiB)"
    )
    print(f"startup: {app_ms / bare_ms:.2f}x bare Qt in the same run; longest stall {worst_stall:.0f} ms")


if __name__ == "__main__":
    main()
