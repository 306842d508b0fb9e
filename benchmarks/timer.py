"""Timer cost: CPU of the running timer UI over 60 s, and the time to re-plan a 10-case day.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/timer.py [--seconds 60]

- CPU: the main window with the run view showing a running case (the 250 ms countdown tick, the
  30 s re-plan) is left alone for ``--seconds``; process CPU time / wall time, in % of one core.
  The reference is an idle bare QMainWindow event loop measured the same way in the same run.
- Re-plan: ``MeetingRunService.day`` (replay every timer from the event log, attendance and quorum,
  prediction, remedies) for a 10-case day with one case running, median of 20.
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

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402


def cpu_percent(app: QApplication, seconds: float) -> float:
    """Run the event loop for ``seconds``; return process CPU time as % of one core."""
    QTimer.singleShot(int(seconds * 1000), app.quit)
    wall, cpu = time.perf_counter(), time.process_time()
    app.exec()
    return 100 * (time.process_time() - cpu) / (time.perf_counter() - wall)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=60.0)
    args = parser.parse_args()
    app = QApplication([])
    scratch = Path(tempfile.mkdtemp(prefix="rehabmeet-bench-"))
    os.environ["REHABMEET_TEST_KEYRING_FILE"] = str(scratch / "keyring.json")
    from rehabmeet.context import build_context
    from rehabmeet.demo.day import DemoService
    from rehabmeet.meeting.timer import TimerCommand
    from rehabmeet.services.registry import build_services
    from tests.helpers.bundles import small_spec, valid_members, write_zip

    from rehabmeet.ui.app import build_main_window

    context = build_context(home=str(scratch / "home"), db=None, language="da", debug=False)
    database = context.database()
    result = DemoService(database.sessions, actor="bench").create()
    services = build_services(database, actor="bench")
    extra = [write_zip(valid_members(small_spec(f"EXTRA-{n}")), scratch / f"extra{n}.rmb.zip") for n in range(3)]
    outcomes = services.make_importer().import_paths(extra)
    services.planning.add_cases(result.meeting_id, [o.case_id for o in outcomes if o.case_id])
    day = services.run.day(result.meeting_id)
    services.run.command(result.meeting_id, day.items[0].item_id, TimerCommand.START)
    replans = []
    for _ in range(20):
        started = time.perf_counter()
        services.run.day(result.meeting_id)
        replans.append(time.perf_counter() - started)

    bare = QMainWindow()
    bare.show()
    bare_cpu = cpu_percent(app, min(10.0, args.seconds))
    bare.close()
    window = build_main_window(context)
    window.show()
    window.agenda.table.selectRow(0)
    window.case_tabs.setCurrentWidget(window.run)
    app.processEvents()
    ui_cpu = cpu_percent(app, args.seconds)
    window.close()
    print(machine_line())
    print(
        f"re-plan a {len(day.items)}-case day (one case running): median {statistics.median(replans) * 1000:.0f} ms "
        f"(max {max(replans) * 1000:.0f} ms)"
    )
    print(
        f"timer UI running, {args.seconds:.0f} s: {ui_cpu:.2f} % of one core (goal <= 2 %); "
        f"idle bare QMainWindow: {bare_cpu:.2f} %"
    )


if __name__ == "__main__":
    main()
