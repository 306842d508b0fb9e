"""Which database to open, from ``--db``/``REHABMEET_DB`` or the default file in the data directory."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from rehabmeet.errors import UserFacingError
from rehabmeet.i18n import error_text
from rehabmeet.paths import AppPaths

DB_ENV = "REHABMEET_DB"


def _supported_hint() -> str:
    """The one sentence, in the user's language, on which database addresses work."""
    return error_text("use a file path, sqlite:///PATH or postgresql+psycopg://USER@HOST/DB")


@dataclass(frozen=True, slots=True)
class DatabaseTarget:
    """A database to open.

    Attributes:
        url: the SQLAlchemy URL without any key (safe to show).
        sqlite_path: the file for an encrypted SQLite database, else ``None``.
    """

    url: URL
    sqlite_path: Path | None

    @property
    def is_sqlite(self) -> bool:
        return self.sqlite_path is not None

    @property
    def display_name(self) -> str:
        """A name for messages: the file path, or the URL with any password hidden."""
        if self.sqlite_path is not None:
            return str(self.sqlite_path)
        return self.url.render_as_string(hide_password=True)


def resolve_target(paths: AppPaths, db: str | None = None) -> DatabaseTarget:
    """Return the database to open: ``db`` (or ``$REHABMEET_DB``), else the default encrypted file."""
    chosen = db if db is not None else os.environ.get(DB_ENV) or None
    if chosen is None:
        return _sqlite_target(paths.database_file)
    if "://" not in chosen:
        return _sqlite_target(Path(chosen))
    try:
        url = make_url(chosen)
    except ArgumentError as exc:
        raise UserFacingError(
            error_text(
                "the database URL {chosen!r} is not valid; {supported_hint}",
                chosen=chosen,
                supported_hint=_supported_hint(),
            )
        ) from exc
    if url.get_backend_name() == "sqlite":
        if not url.database or url.database == ":memory:":
            raise UserFacingError(
                error_text(
                    "an in-memory SQLite database cannot hold RehabMeet's data; {supported_hint}",
                    supported_hint=_supported_hint(),
                )
            )
        if url.password:
            raise UserFacingError(error_text("do not put a database key in the URL; RehabMeet keeps it in the keyring"))
        return _sqlite_target(Path(url.database))
    if url.get_backend_name() == "postgresql":
        if url.get_driver_name() not in ("psycopg", "postgresql"):
            raise UserFacingError(
                error_text(
                    "the PostgreSQL driver {value!r} is not supported; {supported_hint}",
                    value=url.get_driver_name(),
                    supported_hint=_supported_hint(),
                )
            )
        return DatabaseTarget(url=url.set(drivername="postgresql+psycopg"), sqlite_path=None)
    raise UserFacingError(
        error_text(
            "the database kind {value!r} is not supported; {supported_hint}",
            value=url.get_backend_name(),
            supported_hint=_supported_hint(),
        )
    )


def _sqlite_target(path: Path) -> DatabaseTarget:
    resolved = path.expanduser().resolve()
    return DatabaseTarget(url=URL.create("sqlite+pysqlcipher", database=str(resolved)), sqlite_path=resolved)
