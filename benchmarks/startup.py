"""Start-up time: process start → main window shown with the demo day, against bare PySide6.

Run: .venv/bin/python benchmarks/startup.py [--runs 9]

Both are measured in the same run, alternating, after one unmeasured start that writes the bytecode
(as an installed app has it), as wall-clock time from just before the
process is spawned to the moment the first event-loop turn after ``show()`` runs. The app also
reports its peak RSS at that moment. The database key comes from a file-based test keyring
(PYTHON_KEYRING_BACKEND), so a desktop keyring's own latency is not included.
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
def shown():
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"{PROBE} shown_at={{time.time():.6f}} maxrss_kib={{rss}}", flush=True)
    app.quit()
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
    seconds, kib, _ = _measure_with_splash(command, env)
    return seconds, kib


def _measure_with_splash(command: list[str], env: dict[str, str]) -> tuple[float, int, float | None]:
    """Seconds to the window shown, peak RSS in KiB, and seconds to the splash painted (if one was)."""
    started = time.time()
    output = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120, check=True).stdout
    fields = {}
    for line in output.splitlines():
        if line.startswith(PROBE):
            fields.update(part.split("=") for part in line.split()[1:])
    splash = float(fields["splash_at"]) - started if "splash_at" in fields else None
    return float(fields["shown_at"]) - started, int(fields["maxrss_kib"]), splash


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
        bare, floor, app, rss, splash = [], [], [], [], []
        for _ in range(args.runs):
            bare.append(_measure([sys.executable, "-c", BARE_QT], env)[0])
            floor.append(_measure([sys.executable, "-c", LIBRARY_FLOOR], env)[0])
            seconds, kib, splash_seconds = _measure_with_splash([sys.executable, "-m", "rehabmeet"], app_env)
            app.append(seconds)
            rss.append(kib)
            splash.append(splash_seconds or float("nan"))
    bare_ms, app_ms = statistics.median(bare) * 1000, statistics.median(app) * 1000
    floor_ms = statistics.median(floor) * 1000
    print(machine_line())
    print(f"platform plugin {env['QT_QPA_PLATFORM']}, {args.runs} runs each")
    print(f"bare PySide6 QMainWindow shown:   median {bare_ms:7.1f} ms")
    libraries = "PySide6 + SQLAlchemy ORM + keyring + sqlcipher3"
    print(f"import of the required libraries: median {floor_ms:7.1f} ms  ({libraries})")
    splash_ms = statistics.median(splash) * 1000
    print(f"RehabMeet splash painted:         median {splash_ms:7.1f} ms  ({splash_ms / bare_ms:.2f}x bare)")
    print(f"RehabMeet main window + demo day: median {app_ms:7.1f} ms  ({app_ms / bare_ms:.2f}x bare; goal <= 1.5x)")
    print(f"RehabMeet peak RSS at shown:      median {statistics.median(rss) / 1024:7.1f} MiB (goal <= 250 MiB)")


if __name__ == "__main__":
    main()
