"""The shared database goes away mid-meeting (server stopped) and comes back: every listener says so
within two seconds, nothing half-written is kept, and after the restart changes flow again."""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from rehabmeet.demo.day import DemoService
from rehabmeet.paths import resolve_paths
from rehabmeet.services.indstilling import IndstillingService
from rehabmeet.services.live import ChangeListener
from rehabmeet.services.meetings import MeetingService
from rehabmeet.storage.changes import Change
from rehabmeet.storage.database import open_database
from rehabmeet.storage.target import resolve_target
from tests.helpers.postgres import PostgresUnavailable, RestartableServer, create_database, restartable_postgres_server


@pytest.fixture
def server() -> Iterator[RestartableServer]:
    try:
        with restartable_postgres_server() as running:
            yield running
    except PostgresUnavailable as exc:
        pytest.skip(str(exc))


def test_a_stopped_server_is_noticed_within_two_seconds_and_changes_flow_after_the_restart(
    server: RestartableServer, isolated_environment: Path
) -> None:
    url = create_database(server.url, "meeting")
    target = resolve_target(resolve_paths(isolated_environment).ensure(), url)
    leader, secretary = open_database(target), open_database(target)
    DemoService(leader.sessions, actor="leader").create()
    (meeting,) = MeetingService(leader.sessions, actor="t").list_meetings()
    item = MeetingService(leader.sessions, actor="t").agenda(meeting.meeting_id).rows[0].item_id
    lost, back = threading.Event(), threading.Event()
    arrived: queue.Queue[Change] = queue.Queue()
    listener = ChangeListener(
        leader, arrived.put, on_state=lambda ok: (back if ok else lost).set(), skip_origin=leader.origin
    )
    listener.start()
    assert listener.ready.wait(10)
    service = IndstillingService(secretary.sessions, actor="Jonas Bech")
    view = service.draft(item)
    try:
        server.stop()
        assert lost.wait(2.0), "the listener did not notice the stopped server within 2 s"
        with pytest.raises(Exception):  # noqa: B017 - whatever the driver says, the save is refused
            service.save(item, view.content.with_changes(job_goal="Lager"), expected_revision=view.revision)
        server.start()
        assert back.wait(10)
        saved = service.save(item, view.content.with_changes(job_goal="Lager"), expected_revision=view.revision)
        assert saved.revision == view.revision + 1  # the refused save left nothing behind
        change = arrived.get(timeout=5)
        assert (change.person, change.fields) == ("Jonas Bech", ("job_goal",))
    finally:
        listener.stop()
        secretary.close()
        leader.close()
