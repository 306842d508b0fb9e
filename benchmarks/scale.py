"""Does a meeting day cost the same with 7, 10,000 and 100,000 past cases? Everything in one run.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/scale.py [--sizes 7,10000,100000] [--runs 5]

For each size a fresh encrypted home gets the demo day and ``rehabmeet demo --history N`` past cases
(timed: "history written"). Then the sizes are measured in turn, round by round (so a busy machine
slows them alike), medians of ``--runs`` after one unmeasured warm-up each:

- start-up: process start → main window shown with the demo day (subprocess, as ``startup.py``);
- agenda read: ``MeetingService.list_meetings`` (upcoming and the newest past days, as the window asks)
  + ``agenda`` of the demo day;
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


def _old_listing(session: Any, rules: Any, on: date) -> list[Any]:
    """The 0.1 listing: every case as ORM objects with versions, documents and summary sections."""
    from rehabmeet.services.cases import _newest_versions, case_row

    return [case_row(case, rules, on) for case in session.scalars(_newest_versions()).all()]


def build_home(size: int, scratch: Path, env: dict[str, str]) -> tuple[dict[str, str], float]:
    """A home with the demo day and ``size`` past cases; returns its environment and the history's seconds."""
    home_env = dict(env, REHABMEET_HOME=str(scratch / f"home-{size}"))
    demo = [sys.executable, "-m", "rehabmeet", "demo", "--no-gui", "--history"]
    subprocess.run([*demo, "0"], env=home_env, check=True, capture_output=True)
    started = time.perf_counter()
    subprocess.run([*demo, str(size)], env=home_env, check=True, capture_output=True)
    return home_env, time.perf_counter() - started


class Probes:
    """The in-process figures of one home (its database open for the whole run)."""

    def __init__(self, home: str) -> None:
        from sqlalchemy import select

        from rehabmeet.models import Case, Meeting
        from rehabmeet.paths import resolve_paths
        from rehabmeet.services.cases import CaseService
        from rehabmeet.services.meetings import MeetingService
        from rehabmeet.services.stats import StatsService
        from rehabmeet.storage.database import open_database
        from rehabmeet.storage.target import resolve_target

        self.database = open_database(resolve_target(resolve_paths(Path(home)).ensure()))
        with self.database.sessions.begin() as session:
            self.meeting_id = session.scalar(select(Meeting.id).where(Meeting.external_key == "demo-meeting-day"))
            self.case_id = session.scalar(select(Case.id).where(Case.case_ref == "DEMO-2026-003"))
        self.cases = CaseService(self.database.sessions)
        self.meetings = MeetingService(self.database.sessions, actor="bench")
        self.stats = StatsService(self.database.sessions, actor="bench")
        self.today = date.today()

    def agenda(self) -> None:
        from rehabmeet.ui.shell.main_window import PAST_MEETINGS_SHOWN

        self.meetings.list_meetings(past_limit=PAST_MEETINGS_SHOWN)  # what the window reads first
        self.meetings.agenda(self.meeting_id)

    def cases_meeting(self) -> None:
        self.cases.list_cases(meeting_id=self.meeting_id)

    def select_case(self) -> None:
        self.cases.case_detail(self.case_id)

    def dashboard(self) -> None:
        self.stats.dashboard(self.today - timedelta(days=365), self.today)

    def cases_all(self) -> None:
        self.cases.list_cases()

    def cases_all_old(self) -> None:
        from rehabmeet.settings.store import load_rules

        with self.database.sessions.begin() as session:
            _old_listing(session, load_rules(session), self.today)


def _timed(fn: Callable[[], Any]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started


QUICK = ("agenda", "cases_meeting", "select_case")
SLOW = ("dashboard", "cases_all", "cases_all_old")
Samples = dict[tuple[int, str], list[float]]


def _startups(sizes: list[int], homes: dict[int, dict[str, str]], runs: int) -> Samples:
    app = {size: dict(homes[size], **{PROBE: "1"}) for size in sizes}
    for size in sizes:
        _measure([sys.executable, "-m", "rehabmeet"], app[size])  # bytecode, caches
    samples: Samples = {}
    for _ in range(runs):
        for size in sizes:
            samples.setdefault((size, "startup"), []).append(
                _measure([sys.executable, "-m", "rehabmeet"], app[size])[0]
            )
    return samples


def _in_process(sizes: list[int], probes: dict[int, Probes], runs: int) -> Samples:
    samples: Samples = {}
    for size in sizes:
        for name in (*QUICK, "dashboard"):
            getattr(probes[size], name)()  # warm-up: statement compilation
    for _ in range(runs):
        for size in sizes:
            for name in QUICK:
                samples.setdefault((size, name), []).append(_timed(getattr(probes[size], name)))
    for n in range(max(1, runs // 2)):
        for size in sizes:
            for name in SLOW:
                if name != "dashboard" and n > 0 and size > 10_000:
                    continue  # the whole listing of 100,000 cases once is enough
                samples.setdefault((size, name), []).append(_timed(getattr(probes[size], name)))
    return samples


def measure_all(sizes: list[int], runs: int, env: dict[str, str]) -> dict[int, dict[str, float]]:
    """Build every home, then measure them alternately, round by round, so load on the machine hits all alike."""
    scratch = Path(tempfile.mkdtemp(prefix="rehabmeet-scale-"))
    env = dict(env, REHABMEET_TEST_KEYRING_FILE=str(scratch / "keyring.json"))
    os.environ["REHABMEET_TEST_KEYRING_FILE"] = env["REHABMEET_TEST_KEYRING_FILE"]
    homes, results = {}, {size: {} for size in sizes}
    for size in sizes:
        homes[size], results[size]["history"] = build_home(size, scratch, env)
        print(f"built {size:,} past cases in {results[size]['history']:.1f} s", file=sys.stderr, flush=True)
    samples = _startups(sizes, homes, runs)
    probes = {size: Probes(homes[size]["REHABMEET_HOME"]) for size in sizes}
    samples.update(_in_process(sizes, probes, runs))
    for size in sizes:
        probes[size].database.close()
        for key in ("startup", *QUICK, *SLOW):
            results[size][key] = statistics.median(samples[(size, key)])
    shutil.rmtree(scratch, ignore_errors=True)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="7,10000,100000")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    results = measure_all(sizes, args.runs, env)
    base = results[sizes[0]]
    print(machine_line())
    print(
        f"platform plugin {env['QT_QPA_PLATFORM']}; medians of {args.runs} rounds taken in turn across the sizes "
        f"(dashboard and whole listings fewer); ratios against {sizes[0]:,} past cases"
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
