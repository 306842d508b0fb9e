"""Migrations: every revision applies in order, the models match the schema, newer databases are refused."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from rehabmeet.audit.chain import verify_chain
from rehabmeet.audit.events import record_event
from rehabmeet.errors import SchemaOutdatedError, SchemaTooNewError
from rehabmeet.models import Base
from rehabmeet.paths import resolve_paths
from rehabmeet.storage.engine import create_sqlcipher_engine
from rehabmeet.storage.keys import load_or_create_key
from rehabmeet.storage.schema import (
    MIGRATIONS_DIR,
    SchemaState,
    head_revision,
    known_revisions,
    schema_status,
    upgrade_schema,
)
from rehabmeet.storage.target import resolve_target
from tests.helpers.db import open_home_database


def _script() -> ScriptDirectory:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return ScriptDirectory.from_config(config)


def _raw_engine(home: Path):  # type: ignore[no-untyped-def]
    paths = resolve_paths(home).ensure()
    target = resolve_target(paths)
    return target, create_sqlcipher_engine(target, load_or_create_key(paths.database_file))


def test_file_names_agree_with_alembic_history() -> None:
    script = _script()
    assert script.get_heads() == [head_revision()]
    chain = [rev.revision for rev in reversed(list(script.walk_revisions()))]
    assert tuple(chain) == known_revisions()


def test_empty_database_upgrades_through_every_revision(isolated_environment: Path) -> None:
    target, engine = _raw_engine(isolated_environment)
    assert schema_status(engine).state is SchemaState.EMPTY
    for revision in known_revisions():
        upgrade_schema(engine, target, schema_status(engine), revision=revision)
        assert schema_status(engine).current == revision
    assert schema_status(engine).state is SchemaState.CURRENT
    tables = set(inspect(engine).get_table_names())
    assert {
        "case_file",
        "case_version",
        "document",
        "document_page",
        "meeting",
        "agenda_item",
        "event_log",
        "team",
        "team_member",
    } <= tables
    engine.dispose()


def test_models_and_migrations_describe_the_same_schema(isolated_environment: Path) -> None:
    database = open_home_database(isolated_environment)
    with database.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    database.close()
    assert differences == []


def test_newer_database_is_refused_with_a_clear_message(isolated_environment: Path) -> None:
    database = open_home_database(isolated_environment)
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    database.close()
    with pytest.raises(SchemaTooNewError, match=r"written by a newer RehabMeet \(schema 9999"):
        open_home_database(isolated_environment)


def test_outdated_database_is_not_upgraded_when_upgrading_is_off(isolated_environment: Path) -> None:
    _target, engine = _raw_engine(isolated_environment)
    with engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    engine.dispose()
    with pytest.raises(SchemaOutdatedError, match="run `rehabmeet db upgrade`"):
        open_home_database(isolated_environment, upgrade=False)


def test_event_log_refuses_updates_and_deletes(isolated_environment: Path) -> None:
    database = open_home_database(isolated_environment)
    with database.sessions.begin() as session:
        record_event(session, "a", "x")
    for statement in ("UPDATE event_log SET actor = 'b'", "DELETE FROM event_log"):
        with pytest.raises(IntegrityError, match="append-only"), database.engine.begin() as connection:
            connection.execute(text(statement))
    with database.engine.connect() as connection:
        assert connection.execute(text("SELECT actor FROM event_log")).scalars().all() == ["a"]
    database.close()


def test_an_older_database_with_data_is_upgraded_and_backed_up(isolated_environment: Path) -> None:
    target, engine = _raw_engine(isolated_environment)
    upgrade_schema(engine, target, schema_status(engine), revision="0002")
    with engine.begin() as connection:
        for statement in (
            "INSERT INTO team (id, name, municipality, rules, created_at) VALUES (1, 'T', 'K', '{}', '2026-01-01')",
            "INSERT INTO case_file (id, case_ref, created_at) VALUES (1, 'OLD-1', '2026-01-01')",
            "INSERT INTO meeting (id, team_id, title, meeting_date, starts_at, created_at) "
            "VALUES (1, 1, 'M', '2026-12-01', '09:00:00', '2026-01-01')",
            "INSERT INTO agenda_item (id, meeting_id, case_id, position, planned_start, planned_minutes) "
            "VALUES (1, 1, 1, 0, '09:00:00', 45)",
        ):
            connection.execute(text(statement))
    engine.dispose()
    database = open_home_database(isolated_environment)
    with database.engine.connect() as connection:
        status = connection.execute(text("SELECT status FROM agenda_item WHERE id = 1")).scalar_one()
        ref = connection.execute(text("SELECT case_ref FROM case_file")).scalar_one()
    database.close()
    assert (status, ref) == ("planned", "OLD-1")
    assert database.schema_before.current == "0002" and database.schema.current == head_revision()
    assert (target.sqlite_path.parent / "rehabmeet.db.before-0002.bak").is_file()  # type: ignore[union-attr]


def test_events_written_before_the_chain_existed_are_chained_by_the_upgrade(isolated_environment: Path) -> None:
    target, engine = _raw_engine(isolated_environment)
    upgrade_schema(engine, target, schema_status(engine), revision="0004")
    with engine.begin() as connection:
        for n in range(3):
            connection.execute(
                text(
                    "INSERT INTO event_log (occurred_at, actor, action, details) "
                    f"VALUES ('2026-01-0{n + 1} 10:00:00.000000', 'old', 'x.{n}', '{{\"n\": {n}}}')"
                )
            )
    engine.dispose()
    database = open_home_database(isolated_environment)
    with database.sessions.begin() as session:
        record_event(session, "new", "after.upgrade")
    report = verify_chain(database.sessions)
    database.close()
    assert report.intact and report.checked == 4
