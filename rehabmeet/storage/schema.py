"""Schema versions: read cheaply at start-up, upgraded with Alembic, newer databases refused.

The known revisions are the file names in ``rehabmeet/migrations/versions`` (``0001_initial.py``
→ ``0001``), so checking an up-to-date database needs one query and no Alembic import.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from rehabmeet.errors import SchemaOutdatedError, SchemaTooNewError, UserFacingError
from rehabmeet.i18n import error_text
from rehabmeet.storage.revisions import MIGRATIONS_DIR, VERSION_TABLE, head_revision, known_revisions
from rehabmeet.storage.target import DatabaseTarget

if TYPE_CHECKING:
    from alembic.config import Config


class SchemaState(StrEnum):
    EMPTY = "empty"
    OUTDATED = "outdated"
    CURRENT = "current"
    TOO_NEW = "too_new"


@dataclass(frozen=True, slots=True)
class SchemaStatus:
    """Where a database stands against the migrations this RehabMeet ships."""

    current: str | None
    head: str
    state: SchemaState


def read_revision(connection: Connection) -> str | None:
    """Return the revision stamped in the database, or ``None`` for an empty database."""
    if not inspect(connection).has_table(VERSION_TABLE):
        return None
    return connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar_one_or_none()


def schema_status(engine: Engine) -> SchemaStatus:
    """Compare the database's revision with the shipped ones."""
    with engine.connect() as connection:
        current = read_revision(connection)
    head = head_revision()
    if current is None:
        state = SchemaState.EMPTY
    elif current == head:
        state = SchemaState.CURRENT
    elif current in known_revisions():
        state = SchemaState.OUTDATED
    else:
        state = SchemaState.TOO_NEW
    return SchemaStatus(current=current, head=head, state=state)


def ensure_schema(engine: Engine, target: DatabaseTarget, *, upgrade: bool) -> tuple[SchemaStatus, SchemaStatus]:
    """Make sure the schema is usable: upgrade it (if allowed) or raise a clear error.

    Returns:
        the status before and after.
    """
    status = schema_status(engine)
    if status.state is SchemaState.CURRENT:
        return status, status
    if status.state is SchemaState.TOO_NEW:
        raise SchemaTooNewError(
            error_text(
                "the database {display_name} was written by a newer RehabMeet (schema {current}, "
                "this version knows up to {head}); install the newer RehabMeet to open it",
                display_name=target.display_name,
                current=status.current,
                head=status.head,
            )
        )
    if not upgrade:
        raise SchemaOutdatedError(
            error_text(
                "the database {display_name} has schema {value} and needs {head}; run `rehabmeet db upgrade`",
                display_name=target.display_name,
                value=status.current or "none",
                head=status.head,
            )
        )
    upgrade_schema(engine, target, status)
    return status, schema_status(engine)


def upgrade_schema(engine: Engine, target: DatabaseTarget, status: SchemaStatus, revision: str = "head") -> None:
    """Run Alembic's upgrade, after backing up an existing SQLite database file."""
    from alembic import command  # imported here: only needed when the schema changes

    if status.current is not None and target.sqlite_path is not None:
        backup_sqlite_file(engine, target.sqlite_path, status.current)
    with engine.begin() as connection:
        command.upgrade(_alembic_config(connection), revision)


def backup_sqlite_file(engine: Engine, database: Path, revision: str) -> Path:
    """Copy the (still encrypted) database file aside before a migration; return the copy's path."""
    raw = engine.raw_connection()  # outside any transaction: a checkpoint cannot run inside one
    try:
        raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()
    backup = database.with_name(f"{database.name}.before-{revision}.bak")
    try:
        shutil.copy2(database, backup)
    except OSError as exc:
        raise UserFacingError(
            error_text(
                "could not back up {database} before upgrading it ({strerror})",
                database=database,
                strerror=exc.strerror,
            )
        ) from exc
    return backup


def _alembic_config(connection: Connection) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config
