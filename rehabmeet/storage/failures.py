"""Database failures the user can act on (disk full, read-only folder, locked), as one clear sentence."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rehabmeet.errors import UserFacingError
from rehabmeet.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from sqlalchemy.exc import DBAPIError

_CONTEXT = "StorageFailures"
_DISK_FULL = QT_TRANSLATE_NOOP(
    "StorageFailures", "the disk is full: free some space and try again (nothing of this step was saved)"
)
_READ_ONLY = QT_TRANSLATE_NOOP(
    "StorageFailures",
    "the data folder is read-only, so RehabMeet cannot save there (nothing was changed): "
    "ask for write access to it, or start RehabMeet with --home on a folder you may write to",
)
_REFUSED_VALUE = QT_TRANSLATE_NOOP(
    "StorageFailures", "the database refused a value ({reason}); nothing of this step was saved"
)
_EXPLANATIONS = (
    ("database or disk is full", _DISK_FULL),
    ("file too large", _DISK_FULL),
    ("readonly database", _READ_ONLY),
    ("read-only", _READ_ONLY),
    (
        "disk i/o error",
        QT_TRANSLATE_NOOP(
            "StorageFailures", "the disk failed while saving (disk full or removed?); nothing of this step was saved"
        ),
    ),
    (
        "unable to open database file",
        QT_TRANSLATE_NOOP(
            "StorageFailures", "the database file cannot be opened: check that the data folder is there and readable"
        ),
    ),
    (
        "database is locked",
        QT_TRANSLATE_NOOP(
            "StorageFailures", "the database is busy in another program for too long; try again in a moment"
        ),
    ),
)


def explain(exc: BaseException) -> UserFacingError | None:
    """Return a user-facing error for a known database failure, else ``None`` (a bug: show it as one)."""
    from sqlalchemy.exc import DataError, DBAPIError

    if not isinstance(exc, DBAPIError | OSError):
        return None
    text = str(exc.orig if isinstance(exc, DBAPIError) else exc).lower()
    for needle, message in _EXPLANATIONS:
        if needle in text:
            return UserFacingError(translate(_CONTEXT, message))
    if isinstance(exc, OSError) and exc.errno == 28:  # ENOSPC
        return UserFacingError(translate(_CONTEXT, _DISK_FULL))
    if isinstance(exc, DataError):
        return UserFacingError(translate(_CONTEXT, _REFUSED_VALUE).format(reason=database_reason(exc)))
    return None


def database_reason(exc: DBAPIError) -> str:
    """The driver's first line, with quoted values and CPR numbers removed (it may quote the data)."""
    from rehabmeet.redact import redact, without_values

    lines = str(exc.orig).strip().splitlines()
    return redact(without_values(lines[0])) if lines else type(exc.orig).__name__


def read_only_folder() -> UserFacingError:
    """The error for a data folder RehabMeet may not write to."""
    return UserFacingError(translate(_CONTEXT, _READ_ONLY))
