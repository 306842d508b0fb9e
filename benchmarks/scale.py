"""Does a meeting day cost the same with 7, 10,000 and 100,000 past cases? Everything in one run.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/scale.py [--sizes 7,10000,100000] [--runs 5]

For each size a fresh encrypted home gets the demo day and ``rehabmeet demo --history N`` past cases
(timed: "history written"). Then, medians of ``--runs`` after one unmeasured warm-up each:

- start-up: process start → main window shown with the demo day (subprocess, as ``startup.py``);
- agenda read: ``MeetingService.list_meetings`` + ``agenda`` of the demo day (what the window reads first);
- ``cases --meeting``: ``CaseService.list_cases(meeting_id=…)`` for the demo day's 7 cases;
- selecting a case: ``CaseService.case_detail`` of a demo case;
- dashboard: ``StatsService.dashboard`` over the last 12 months (every table);
- the whole listing ``cases`` (every case), new set-based code against the 0.1 ORM code
  (``selectinload`` of versions, documents and summaries, one ``case_row`` each) in the same run.

Each figure is printed with its ratio to the 7-case figure. The meeting-day figures are start-up,
agenda read, ``cases --meeting`` and selecting a case (goal ≤ 1.2×); the dashboard's goal is ≤ 1 s at
10,000 and ≤ 3 s at 100,000. The last line: ``scale: worst meeting-day ratio X.XX at N``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import machine_line  # noqa: E402
from startup import PROBE, _measure  # noqa: E402

sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "tests.helpers.file_keyring.FileKeyring")

MEETING_DAY = ("startup", "agenda", "cases_meeting", "select_case")


def _median(fn: Callable[[], Any], runs: int) -> float:
    fn()  # warm-up: the first call pays SQLAlchemy's statement compilation
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _old_listing(session: Any, rules: Any, on: date) -> list[Any]:
    """The 0.1 listing: every case as ORM objects with versions, documents and summary sections."""
    from rehabmeet.services.cases import _newest_versions, case_row

    return [case_row(case, rules, on) for case in session.scalars(_newest_versions()).all()]


def measure(size: int, runs: int, env: dict[str, str]) -> dict[str, float]:
    scratch = Path(tempfile.mkdtemp(prefix=f"rehabmeet-scale-{size}-"))
    home_env = dict(
        env,
        REHABMEET_HOME=str(scratch / "home"),
        REHABMEET_TEST_KEYRING_FILE=str(scratch / "keyring.json"),
    )
    subprocess.run(
        [sys.executable, "-m", "rehabmeet", "demo", "--no-gui", "--history", "0"],
        env=home_env,
        check=True,
        capture_output=True,
    )
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "rehabmeet", "demo", "--no-gui", "--history", str(size)],
        env=home_env,
        check=True,
        capture_output=True,
    )
    figures = {"history": time.perf_counter() - started}
    app_env = dict(home_env, **{PROBE: "1"})
    _measure([sys.executable, "-m", "rehabmeet"], app_env)  # bytecode, caches
    figures["startup"] = statistics.median(
        _measure([sys.executable, "-m", "rehabmeet"], app_env)[0] for _ in range(runs)
    )

    os.environ.update(
        REHABMEET_HOME=home_env["REHABMEET_HOME"], REHABMEET_TEST_KEYRING_FILE=home_env["REHABMEET_TEST_KEYRING_FILE"]
    )
    from sqlalchemy import select

    from rehabmeet.models import Case, Meeting
    from rehabmeet.paths import resolve_paths
    from rehabmeet.services.cases import CaseService
    from rehabmeet.services.meetings import MeetingService
    from rehabmeet.services.stats import StatsService
    from rehabmeet.settings.store import load_rules
    from rehabmeet.storage.database import open_database
    from rehabmeet.storage.target import resolve_target

    database = open_database(resolve_target(resolve_paths(None).ensure()))
    with database.sessions.begin() as session:
        meeting_id = session.scalar(select(Meeting.id).where(Meeting.external_key == "demo-meeting-day"))
        if meeting_id is None:  # the demo meeting's key, whatever it is called
            meeting_id = session.scalar(select(Meeting.id).order_by(Meeting.meeting_date.desc()).limit(1))
        case_id = session.scalar(select(Case.id).where(Case.case_ref == "DEMO-2026-003"))
    cases = CaseService(database.sessions)
    meetings = MeetingService(database.sessions, actor="bench")
    stats = StatsService(database.sessions, actor="bench")
    today = date.today()

    def agenda() -> None:
        meetings.list_meetings()
        meetings.agenda(meeting_id)

    def old_listing() -> None:
        with database.sessions.begin() as session:
            _old_listing(session, load_rules(session), today)

    figures["agenda"] = _median(agenda, runs)
    figures["cases_meeting"] = _median(lambda: cases.list_cases(meeting_id=meeting_id), runs)
    figures["select_case"] = _median(lambda: cases.case_detail(case_id), runs)
    figures["dashboard"] = _median(lambda: stats.dashboard(today - timedelta(days=365), today), max(1, runs // 2))
    listing_runs = max(1, runs // 2) if size <= 10_000 else 1
    figures["cases_all"] = _median(cases.list_cases, listing_runs)
    figures["cases_all_old"] = _median(old_listing, listing_runs)
    database.close()
    shutil.rmtree(scratch, ignore_errors=True)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="7,10000,100000")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    results = {}
    for size in sizes:
        results[size] = measure(size, args.runs, env)
        print(f"measured {size:,} past cases", file=sys.stderr, flush=True)
    base = results[sizes[0]]
    print(machine_line())
    print(
        f"platform plugin {env['QT_QPA_PLATFORM']}, medians of {args.runs} runs; ratios against {sizes[0]:,} past cases"
    )
    names = {
        "history": "history written (demo --history N)",
        "startup": "start-up to the main window",
        "agenda": "agenda read (meetings + day)",
        "cases_meeting": "cases --meeting (the day's 7)",
        "select_case": "selecting a case",
        "dashboard": "dashboard queries, 12 months",
        "cases_all": "cases (every case), new",
        "cases_all_old": "cases (every case), 0.1 code",
    }
    for key, title in names.items():
        cells = []
        for size in sizes:
            value = results[size][key]
            cells.append(f"{size:>7,}: {value * 1000:9,.0f} ms ({value / base[key]:5.2f}x)")
        print(f"{title:<38} " + "  ".join(cells))
    worst_size, worst = sizes[0], 0.0
    for size in sizes[1:]:
        ratio = max(results[size][k] / base[k] for k in MEETING_DAY)
        if ratio >= worst:
            worst_size, worst = size, ratio
    print(f"scale: worst meeting-day ratio {worst:.2f} at {worst_size}")


if __name__ == "__main__":
    main()
