"""The event log's hash chain: appended in order, and an edited, removed or forked entry is found."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from rehabmeet.audit.chain import verify_chain
from rehabmeet.audit.events import record_event
from rehabmeet.domain.chain import GENESIS, entry_hash
from rehabmeet.storage.database import Database
from tests.helpers.db import open_home_database


@pytest.fixture
def database(isolated_environment: Path) -> Iterator[Database]:
    database = open_home_database(isolated_environment)
    with database.sessions.begin() as session:
        for n in range(5):
            record_event(session, "tester", f"step.{n}", n=n, text="Ærø")
    yield database
    database.close()


def _tamper(database: Database, statement: str) -> None:
    with database.engine.begin() as connection:
        connection.execute(text("DROP TRIGGER event_log_no_update"))
        connection.execute(text("DROP TRIGGER event_log_no_delete"))
        connection.execute(text(statement))


def test_a_chain_written_across_transactions_verifies(database: Database) -> None:
    with database.sessions.begin() as session:
        record_event(session, "tester", "later")
    report = verify_chain(database.sessions)
    assert report.intact and report.checked == 6


def test_an_edited_entry_is_named(database: Database) -> None:
    _tamper(database, 'UPDATE event_log SET details = \'{"n": 99, "text": "Ærø"}\' WHERE action = \'step.2\'')
    report = verify_chain(database.sessions)
    assert (report.intact, report.broken_id, report.problem) == (False, 3, "edited")


def test_a_removed_entry_breaks_the_link_of_the_next(database: Database) -> None:
    _tamper(database, "DELETE FROM event_log WHERE id = 2")
    report = verify_chain(database.sessions)
    assert (report.broken_id, report.problem) == (3, "unlinked")


def test_the_chain_cannot_fork(database: Database) -> None:
    with database.engine.connect() as connection:
        first = connection.execute(text("SELECT prev_hash FROM event_log WHERE id = 1")).scalar_one()
    with pytest.raises(IntegrityError), database.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO event_log (occurred_at, actor, action, details, prev_hash, entry_hash) "
                "VALUES ('2026-01-01 00:00:00', 'x', 'fork', '{}', :prev, :prev)"
            ),
            {"prev": first},
        )


def test_the_chain_format_is_frozen() -> None:
    # A fixed vector: if this changes, every chain ever written stops verifying.
    digest = entry_hash(GENESIS, datetime(2026, 1, 2, 3, 4, 5, 6, tzinfo=UTC), "a", "b", 1, None, {"z": 1, "å": "ø"})
    assert digest == "2f0fbd1d355e3d30a04e100d547f2eaec6fce1232a1642f23b1dcf9eae5ff110"


def test_two_writers_reading_then_writing_at_once_neither_fail_nor_fork(isolated_environment: Path) -> None:
    import threading

    first, second = open_home_database(isolated_environment), open_home_database(isolated_environment)
    errors: list[BaseException] = []

    def append(database: Database, who: str) -> None:
        try:
            for n in range(30):
                with database.sessions.begin() as session:
                    session.execute(text("SELECT count(*) FROM event_log")).scalar_one()  # read first, then write
                    record_event(session, who, "step", n=n)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=append, args=(db, f"w{k}")) for k, db in enumerate((first, second, first))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    report = verify_chain(first.sessions)
    first.close()
    second.close()
    assert errors == [] and report.intact and report.checked == 90
