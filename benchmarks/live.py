"""Live updates: a change saved on one client → delivered to another client's listener, p50 and p95
over 200 changes, on a real PostgreSQL server on loopback (LISTEN/NOTIFY) and on the SQLCipher file
(polling), next to a bare psycopg NOTIFY round trip measured in the same run.

Run: ``PYTHONPATH=. .venv/bin/python benchmarks/live.py`` (needs Debian's postgresql package).
The time measured runs from the start of ``IndstillingService.save`` (a real autosave: row lock,
merge, snapshot, change feed) to the other client's Qt slot in its GUI thread (the listener thread
emits a signal, as the window's bridge does).
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import machine_line

CHANGES = 200


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered) * 1000, ordered[int(len(ordered) * 0.95) - 1] * 1000


def bare_notify(base_url: str) -> list[float]:
    import psycopg

    dsn = base_url.replace("postgresql+psycopg", "postgresql") + "/postgres"
    samples = []
    with psycopg.connect(dsn, autocommit=True) as listener, psycopg.connect(dsn, autocommit=True) as sender:
        listener.execute("LISTEN bench")
        for n in range(CHANGES):
            start = time.perf_counter()
            sender.execute("SELECT pg_notify('bench', %s)", (str(n),))
            next(iter(listener.notifies(timeout=5, stop_after=1)))
            samples.append(time.perf_counter() - start)
    return samples


def through_rehabmeet(home: Path, db: str | None) -> list[float]:
    from rehabmeet.demo.day import DemoService
    from rehabmeet.paths import resolve_paths
    from rehabmeet.services.indstilling import IndstillingService
    from rehabmeet.services.live import ChangeListener
    from rehabmeet.services.meetings import MeetingService
    from rehabmeet.storage.database import open_database
    from rehabmeet.storage.target import resolve_target

    target = resolve_target(resolve_paths(home).ensure(), db)
    writer = open_database(target)
    DemoService(writer.sessions, actor="leader").create()
    reader = open_database(target)
    (meeting,) = MeetingService(reader.sessions, actor="b").list_meetings()
    item = MeetingService(reader.sessions, actor="b").agenda(meeting.meeting_id).rows[0].item_id
    # As in the window: the listener thread emits a Qt signal, delivered in the GUI thread's event loop.
    from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer, Signal

    class Bridge(QObject):
        arrived = Signal(object)

    app = QCoreApplication.instance() or QCoreApplication([])
    bridge, loop, got = Bridge(), QEventLoop(), []
    bridge.arrived.connect(lambda change: (got.append(change), loop.quit()))
    give_up = QTimer()
    give_up.setSingleShot(True)
    give_up.setInterval(10_000)
    give_up.timeout.connect(loop.quit)
    listener = ChangeListener(reader, bridge.arrived.emit, skip_origin=reader.origin)
    listener.start()
    listener.ready.wait(10)
    service = IndstillingService(writer.sessions, actor="Jonas Bech")
    view = service.draft(item)
    samples = []
    for n in range(CHANGES):
        got.clear()
        start = time.perf_counter()
        view = service.save(item, view.content.with_changes(citizen_view=f"tekst {n}"), expected_revision=view.revision)
        give_up.start()
        while not got and give_up.isActive():
            loop.exec()
        give_up.stop()
        if not got:
            raise RuntimeError("a change never arrived")
        samples.append(time.perf_counter() - start)
    listener.stop()
    reader.close()
    writer.close()
    assert app is not None  # kept alive for the next run in this process
    return samples


def main() -> None:
    from tests.helpers.file_keyring import FILE_ENV
    from tests.helpers.postgres import create_database, postgres_server

    folder = Path(tempfile.mkdtemp(prefix="rehabmeet-live-"))
    os.environ[FILE_ENV] = str(folder / "keyring.json")
    os.environ["PYTHON_KEYRING_BACKEND"] = "tests.helpers.file_keyring.FileKeyring"
    print(machine_line())
    with postgres_server() as base_url:
        bare = bare_notify(base_url)
        shared = through_rehabmeet(folder / "pg", create_database(base_url, "live_bench"))
    embedded = through_rehabmeet(folder / "sqlite", None)
    for name, samples, goal in (
        ("bare psycopg NOTIFY round trip", bare, ""),
        ("PostgreSQL: save → other client (LISTEN/NOTIFY)", shared, " (goal p95 ≤ 300 ms)"),
        ("SQLCipher file: save → other client (polling 250 ms)", embedded, ""),
    ):
        p50, p95 = _percentiles(samples)
        print(f"{name}: p50 {p50:.2f} ms, p95 {p95:.2f} ms over {len(samples)}{goal}")


if __name__ == "__main__":
    main()
