"""Management information on a large history: the dashboard's queries and the dashboard window.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/stats.py [--runs 5]

- History (not timed): 10,000 heard cases within the last year (about 27 meeting days a week … a large
  municipality's several teams together), with decisions,
  measures, checklist results, attendance and timer events, plus filler entries up to 100,000 events
  in the hash-chained log (``HistoryGenerator``).
- Queries: ``StatsService.dashboard`` for the last 12 months (all 10,000 cases; every table) and for one quarter.
- Window: the dashboard window computes the year and draws its tiles, four charts and ten tables
  (offscreen); the clock stops when everything is built and painted once.
- Reference, same run: one ``SELECT count(*)`` over the agenda items (the floor of any query here).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import machine_line  # noqa: E402

sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "tests.helpers.file_keyring.FileKeyring")

from sqlalchemy import func, select  # noqa: E402

from rehabmeet.demo.day import DemoService  # noqa: E402
from rehabmeet.demo.history import HistoryGenerator, HistorySize  # noqa: E402
from rehabmeet.models import AgendaItem, Event  # noqa: E402
from rehabmeet.paths import resolve_paths  # noqa: E402
from rehabmeet.services.stats import StatsService  # noqa: E402
from rehabmeet.storage.database import open_database  # noqa: E402
from rehabmeet.storage.target import resolve_target  # noqa: E402

TODAY = date(2026, 11, 26)


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:,.0f} ms"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="rehabmeet-bench-stats-"))
    os.environ["REHABMEET_TEST_KEYRING_FILE"] = str(scratch / "keyring.json")
    database = open_database(resolve_target(resolve_paths(scratch).ensure()))
    DemoService(database.sessions, actor="bench").create()
    started = time.perf_counter()
    cases = HistoryGenerator(database.sessions, seed=1).create(TODAY, HistorySize(cases=10_000, days=365))
    with database.sessions.begin() as session:
        events = session.scalar(select(func.count()).select_from(Event)) or 0
    with database.sessions.begin() as session:
        from datetime import UTC, datetime

        from rehabmeet.audit.bulk import append_events

        filler = [
            {
                "occurred_at": datetime(2021, 1, 1, tzinfo=UTC) + timedelta(seconds=k),
                "actor": "bench",
                "action": "bench.filler",
                "details": {"k": k},
            }
            for k in range(max(0, 100_000 - events))
        ]
        append_events(session, filler)
    generated = time.perf_counter() - started
    stats = StatsService(database.sessions, actor="bench")
    year, all_years = [], []
    for _ in range(args.runs):
        start = time.perf_counter()
        dashboard = stats.dashboard(TODAY - timedelta(days=365), TODAY)
        year.append(time.perf_counter() - start)
        start = time.perf_counter()
        stats.dashboard(TODAY - timedelta(days=91), TODAY)
        all_years.append(time.perf_counter() - start)
    start = time.perf_counter()
    with database.sessions.begin() as session:
        session.scalar(select(func.count()).select_from(AgendaItem))
    floor = time.perf_counter() - start

    from PySide6.QtWidgets import QApplication

    from rehabmeet.ui.dashboard.dashboard_window import DashboardWindow
    from rehabmeet.ui.shared.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    tasks = TaskRunner()
    window_times = []
    for _ in range(args.runs):
        start = time.perf_counter()
        window = DashboardWindow(stats, tasks, TODAY)
        window.show_dashboard(stats.dashboard(TODAY - timedelta(days=365), TODAY))
        window.show()
        window.grab()  # paint once
        window_times.append(time.perf_counter() - start)
        window.close()
        window.deleteLater()
        app.processEvents()
    with database.sessions.begin() as session:
        total_events = session.scalar(select(func.count()).select_from(Event))
    database.close()

    print(machine_line())
    print(f"history: {cases:,} cases, {total_events:,} events, generated in {generated:.1f} s")
    heard = dashboard.headline.cases
    year_median, year_max = _ms(statistics.median(year)), _ms(max(year))
    print(f"dashboard queries, last 12 months ({heard:,} cases): median {year_median}, max {year_max}")
    quarter_median, quarter_max = _ms(statistics.median(all_years)), _ms(max(all_years))
    print(f"dashboard queries, last quarter: median {quarter_median}, max {quarter_max}")
    print(
        f"dashboard window opened and painted (12 months): median {_ms(statistics.median(window_times))}, "
        f"max {_ms(max(window_times))} (goal ≤ 1,000 ms)"
    )
    print(f"reference: SELECT count(*) over agenda items {_ms(floor)}")


if __name__ == "__main__":
    main()
