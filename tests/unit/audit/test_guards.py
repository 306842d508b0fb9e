"""An insider with the database key drops the append-only triggers and cuts the log's tail.

`db check` and plain `log verify` (no --against) must say so: the triggers are checked, and the log
is compared with the newest signed checkpoint kept in the data folder (cold review of issue 16).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from rehabmeet.audit.guards import guard_problems
from rehabmeet.cli import main
from tests.helpers.db import open_home_database
from tests.helpers.rewrite_log import cut_log


def _drop(home: Path, *statements: str) -> None:
    database = open_home_database(home)
    with database.engine.begin() as connection:
        for statement in statements:
            connection.execute(text(statement))
    database.close()


def test_a_dropped_trigger_is_reported_by_db_check_and_log_verify(
    demo_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["db", "check"]) == 0 and main(["log", "verify"]) == 0
    capsys.readouterr()
    _drop(demo_home, "DROP TRIGGER event_log_no_delete")
    assert main(["db", "check"]) == 1
    printed = capsys.readouterr().out
    assert "append-only trigger event_log_no_delete is missing: DELETE of log entries is not refused" in printed
    assert "integrity ok" not in printed
    assert main(["log", "verify"]) == 1
    assert "event_log_no_delete is missing" in capsys.readouterr().out


def test_an_altered_trigger_that_no_longer_refuses_is_reported(
    demo_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _drop(
        demo_home,
        "DROP TRIGGER event_log_no_update",
        "CREATE TRIGGER event_log_no_update BEFORE UPDATE ON event_log BEGIN SELECT 1; END",
    )
    assert main(["log", "verify"]) == 1
    assert "event_log_no_update was altered: it no longer refuses UPDATE" in capsys.readouterr().out


def test_a_cut_tail_behind_the_kept_checkpoint_is_reported_without_naming_a_file(
    demo_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["certificate", "create", "--name", "Anna Leder", "--role", "Mødeleder"]) == 0
    assert main(["log", "checkpoint", "-o", str(tmp_path / "day.json")]) == 0
    assert "a copy is kept in" in capsys.readouterr().out
    database = open_home_database(demo_home)
    with database.sessions() as session:
        head = session.execute(text("SELECT max(id) FROM event_log")).scalar_one()
    cut_log(database, keep=head - 5)
    with database.engine.begin() as connection:  # the forger puts the trigger back to hide the cut
        connection.execute(
            text(
                "CREATE TRIGGER event_log_no_delete BEFORE DELETE ON event_log "
                "BEGIN SELECT RAISE(ABORT, 'event_log is append-only'); END"
            )
        )
    database.close()
    assert main(["log", "verify"]) == 1
    printed = capsys.readouterr().out
    assert f"entry {head} it recorded is missing: the log was cut" in printed
    assert main(["db", "check"]) == 1
    assert "the log was cut" in capsys.readouterr().out


def test_postgresql_triggers_are_checked(postgres_url: str, tmp_path: Path) -> None:
    from rehabmeet.paths import resolve_paths
    from rehabmeet.storage.database import open_database
    from rehabmeet.storage.target import resolve_target

    database = open_database(resolve_target(resolve_paths(tmp_path / "pg"), postgres_url))
    try:
        with database.sessions() as session:
            assert guard_problems(session) == []
        with database.engine.begin() as connection:
            connection.execute(text("ALTER TABLE event_log DISABLE TRIGGER event_log_append_only"))
        with database.sessions() as session:
            assert guard_problems(session) == ["the event log's append-only trigger event_log_append_only is disabled"]
        with database.engine.begin() as connection:
            connection.execute(text("DROP TRIGGER event_log_append_only ON event_log"))
        with database.sessions() as session:
            assert "event_log_append_only is missing" in guard_problems(session)[0]
    finally:
        database.close()
