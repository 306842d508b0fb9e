"""Helpers for tests that open databases."""

from __future__ import annotations

from pathlib import Path

from rehabmeet.paths import resolve_paths
from rehabmeet.storage.database import Database, open_database
from rehabmeet.storage.target import resolve_target


def open_home_database(home: Path, **kwargs: bool) -> Database:
    """Open (creating if needed) the default encrypted database under ``home``."""
    paths = resolve_paths(home).ensure()
    return open_database(resolve_target(paths), **kwargs)


def database_file(home: Path) -> Path:
    """Return the default database file under ``home``."""
    return resolve_paths(home).database_file
