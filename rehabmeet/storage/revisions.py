"""The schema revisions this RehabMeet ships, read from file names: no database library, no Alembic.

The window's first paint (:mod:`rehabmeet.services.first_read`) compares the database's stamped
revision with :func:`head_revision` before SQLAlchemy is imported.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from rehabmeet import migrations

MIGRATIONS_DIR = Path(migrations.__file__).resolve().parent
VERSION_TABLE = "alembic_version"


@cache
def known_revisions() -> tuple[str, ...]:
    """Return the shipped revision ids in order, oldest first."""
    names = sorted(p.name for p in (MIGRATIONS_DIR / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"))
    return tuple(name.split("_", 1)[0] for name in names)


def head_revision() -> str:
    """Return the newest shipped revision id."""
    return known_revisions()[-1]
