"""Engine set-up in exactly one place: SQLCipher keying and pragmas, or PostgreSQL."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError, OperationalError

from rehabmeet.errors import DatabaseKeyError, UserFacingError
from rehabmeet.i18n import error_text
from rehabmeet.storage.failures import explain
from rehabmeet.storage.target import DatabaseTarget


def create_sqlcipher_engine(target: DatabaseTarget, key_hex: str, *, read_only: bool = False) -> Engine:
    """Return an engine for an encrypted SQLite file keyed with a raw 256-bit key.

    The raw-key form ``x'…'`` skips SQLCipher's passphrase derivation, so connections open fast;
    the key comes from the keyring and is never written to disk by RehabMeet.

    ``read_only`` opens the file as SQLite's immutable read-only URI (``mode=ro&immutable=1``):
    for a data folder nobody can write to, where SQLite could not create its WAL index; only
    safe when no write-ahead log holds content (see :func:`rehabmeet.storage.database.open_database`).
    """
    if len(key_hex) != 64 or any(c not in "0123456789abcdef" for c in key_hex):
        raise DatabaseKeyError(error_text("the database key in the keyring is malformed; it must be 64 hex digits"))
    url = target.url.set(password=f"x'{key_hex}'")
    if read_only and target.sqlite_path is not None:
        url = url.set(database=f"file:{target.sqlite_path}", query={"mode": "ro", "immutable": "1", "uri": "true"})
    # hide_parameters: an error must never carry a CPR number or a name into a message or the log
    engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 10}, hide_parameters=True)
    event.listen(engine, "connect", _on_read_only_connect if read_only else _on_sqlite_connect)
    event.listen(engine, "begin", _on_read_only_begin if read_only else _on_sqlite_begin)
    return engine


PAGE_CACHE_KIB = 65_536


def _on_read_only_connect(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
    finally:
        cursor.close()


def _on_read_only_begin(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy, not the driver, decide where transactions begin (SQLAlchemy's
    # documented recipe for correct SAVEPOINT and transactional DDL with pysqlite).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA busy_timeout=10000")
        # Up to 64 MiB of decrypted pages: the dashboard scans the heard cases' summary rows once per KPI
        # (15 MiB at 100,000 cases), which with the default 2 MiB are read and decrypted again each time.
        cursor.execute(f"PRAGMA cache_size=-{PAGE_CACHE_KIB}")
    finally:
        cursor.close()


def _on_sqlite_begin(connection: Any) -> None:
    # IMMEDIATE takes the write lock at the start (waiting up to busy_timeout for another writer),
    # so a transaction that reads and then writes never fails because another thread committed
    # in between (SQLITE_BUSY_SNAPSHOT in WAL mode). Transactions are one short user action each.
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def create_postgresql_engine(target: DatabaseTarget) -> Engine:
    """Return an engine for a shared team database on PostgreSQL."""
    return create_engine(target.url, pool_pre_ping=True, hide_parameters=True)


def verify_can_read(engine: Engine, target: DatabaseTarget) -> None:
    """Open one connection and read the schema, turning key and access problems into clear errors."""
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT count(*) FROM sqlite_master" if target.is_sqlite else "SELECT 1"))
    except DatabaseError as exc:
        if target.is_sqlite and "not a database" in str(exc.orig):
            raise DatabaseKeyError(
                error_text(
                    "the database {display_name} cannot be decrypted with the key from the keyring "
                    "(wrong key, or not a RehabMeet database)",
                    display_name=target.display_name,
                )
            ) from exc
        if isinstance(exc, OperationalError):
            reason = explain(exc) or _first_line(exc)
            raise UserFacingError(
                error_text(
                    "the database {display_name} cannot be opened: {reason}",
                    display_name=target.display_name,
                    reason=reason,
                )
            ) from exc
        raise


def _first_line(exc: DatabaseError) -> str:
    return str(exc.orig).strip().splitlines()[0] if str(exc.orig).strip() else type(exc.orig).__name__
