"""The open database: engine, session factory and what it is, built once by ``open_database``."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from rehabmeet.errors import UserFacingError
from rehabmeet.i18n import error_text
from rehabmeet.storage.engine import create_postgresql_engine, create_sqlcipher_engine, verify_can_read
from rehabmeet.storage.keys import database_exists, load_or_create_key
from rehabmeet.storage.schema import SchemaStatus, ensure_schema
from rehabmeet.storage.target import DatabaseTarget

SessionFactory = sessionmaker[Session]


@dataclass(frozen=True)
class Database:
    """An open RehabMeet database.

    Attributes:
        sessions: the one session factory; services open ``with sessions.begin() as session:``.
        origin: names this connection in the changes it publishes (a window skips its own).
        schema_before: the schema found on opening, before any upgrade ran.
    """

    target: DatabaseTarget
    engine: Engine
    sessions: SessionFactory
    schema: SchemaStatus
    schema_before: SchemaStatus
    origin: str = field(default_factory=lambda: uuid.uuid4().hex)

    @property
    def encrypted(self) -> bool:
        """True for the SQLCipher file (PostgreSQL relies on the server's own protection)."""
        return self.target.is_sqlite

    def close(self) -> None:
        """Release every pooled connection."""
        self.engine.dispose()


def open_database(
    target: DatabaseTarget,
    *,
    upgrade: bool = True,
    create: bool = True,
    allow_read_only: bool = False,
    key: str | None = None,
) -> Database:
    """Open (creating if needed) the database, check its key and schema, and return it.

    Args:
        upgrade: run pending migrations; when False, an outdated schema raises instead.
        create: create a missing SQLite database; when False, a missing one raises instead.
        allow_read_only: for commands that only read (``cases``, ``db check``, ``log verify``): an
            SQLite file in a folder RehabMeet may not write to is opened read-only instead of
            refused, provided its write-ahead log holds nothing (else it could not be read whole).
            Any write then fails with the read-only sentence.
        key: the SQLCipher key when the caller already has it (the window's first read fetched it:
            the keyring or the key file's passphrase is asked once); else it is fetched here.

    Raises:
        UserFacingError: keyring, key, access or schema problems, each with one clear sentence.
    """
    if target.sqlite_path is not None:
        if not create and not database_exists(target.sqlite_path):
            raise UserFacingError(
                error_text(
                    "there is no database at {sqlite_path}; `rehabmeet demo` or `rehabmeet db upgrade` creates one",
                    sqlite_path=target.sqlite_path,
                )
            )
        read_only = allow_read_only and _read_only_folder(target.sqlite_path)
        key = key if key is not None else load_or_create_key(target.sqlite_path)
        engine = create_sqlcipher_engine(target, key, read_only=read_only)
        upgrade = upgrade and not read_only
    else:
        engine = create_postgresql_engine(target)
    try:
        verify_can_read(engine, target)
        before, schema = ensure_schema(engine, target, upgrade=upgrade)
    except BaseException:
        engine.dispose()
        raise
    origin = uuid.uuid4().hex
    sessions = sessionmaker(engine, expire_on_commit=False, info={"origin": origin})
    return Database(target=target, engine=engine, sessions=sessions, schema=schema, schema_before=before, origin=origin)


def _read_only_folder(database: Path) -> bool:
    """True when ``database`` exists in a folder this process may not write to, with an empty or no WAL."""
    import os

    wal = database.with_name(database.name + "-wal")
    return (
        database.is_file() and not os.access(database.parent, os.W_OK) and (not wal.exists() or wal.stat().st_size == 0)
    )
