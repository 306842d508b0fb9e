"""The database key: random, created on first run, kept only in the OS keyring.

Beside the database lies ``<db>.keyid``: a random, non-secret id that names the key's keyring
entry, so the database and its key stay paired when the folder is moved or backed up.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

from rehabmeet.errors import DatabaseKeyError
from rehabmeet.i18n import error_text
from rehabmeet.secrets import (
    SERVICE,
    database_key_name,
    get_secret,
    insecure_backend_holding,
    new_database_key,
    set_secret,
)

KEY_ID_SUFFIX = ".keyid"
KEY_ID_PREFIX = "rehabmeet-db-key-id:"


def key_id_file(database: Path) -> Path:
    """Return the sidecar file that names the keyring entry of ``database``."""
    return database.with_name(database.name + KEY_ID_SUFFIX)


def _read_key_id(database: Path) -> str | None:
    sidecar = key_id_file(database)
    try:
        text = sidecar.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as exc:
        raise DatabaseKeyError(
            error_text("the key id file {sidecar} cannot be read ({exc})", sidecar=sidecar, exc=exc)
        ) from exc
    if not text.startswith(KEY_ID_PREFIX):
        raise DatabaseKeyError(error_text("the key id file {sidecar} is not a RehabMeet key id file", sidecar=sidecar))
    return text.removeprefix(KEY_ID_PREFIX).strip()


def _write_key_id(database: Path, key_id: str) -> None:
    sidecar = key_id_file(database)
    temporary = sidecar.with_name(sidecar.name + ".tmp")
    temporary.write_text(f"{KEY_ID_PREFIX} {key_id}\n", encoding="utf-8")
    os.replace(temporary, sidecar)


def database_exists(database: Path) -> bool:
    """Return whether ``database`` holds data (an empty file counts as absent)."""
    return database.is_file() and database.stat().st_size > 0


def load_or_create_key(database: Path) -> str:
    """Return the key of ``database``; for a new database, create one and store it in the keyring.

    Raises:
        DatabaseKeyError: the database exists but its key is not in the keyring.
        KeyringUnavailableError: no usable keyring.
    """
    key_id = _read_key_id(database)
    if database_exists(database):
        if key_id is None:
            raise DatabaseKeyError(
                error_text(
                    "the database {database} has no key id file beside it ({name}); restore it from "
                    "the same backup as the database",
                    database=database,
                    name=key_id_file(database).name,
                )
            )
        return _existing_key(database, key_id)
    if key_id is not None:
        existing = get_secret(database_key_name(key_id))
        if existing is not None:
            return existing
    key_id = str(uuid.uuid4())
    key = new_database_key()
    set_secret(database_key_name(key_id), key)
    database.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    _write_key_id(database, key_id)
    # SQLite keeps an existing file's permissions (and gives its -wal/-shm files the same):
    # create the file owner-only before SQLCipher writes the first page.
    database.touch(mode=0o600, exist_ok=True)
    database.chmod(0o600)
    return key


def _existing_key(database: Path, key_id: str) -> str:
    key = get_secret(database_key_name(key_id))
    if key is None:
        insecure = insecure_backend_holding(database_key_name(key_id))
        if insecure is not None:
            raise DatabaseKeyError(
                error_text(
                    "the key of the database {database} is in the insecure keyring {backend}, which RehabMeet no "
                    "longer uses unasked: set PYTHON_KEYRING_BACKEND={backend} and run `rehabmeet key to-passphrase` "
                    "to move it into a passphrase-protected key file",
                    database=database,
                    backend=insecure,
                )
            )
        raise DatabaseKeyError(
            error_text(
                "the key of the database {database} is not in this keyring (service {service}, "
                "entry {key_id}); restore the keyring or open RehabMeet with another --home",
                database=database,
                service=SERVICE,
                key_id=database_key_name(key_id),
            )
        )
    return key


def database_key_secret_name(database: Path) -> str:
    """Return the secret's name of the key of ``database`` (from its key id file)."""
    key_id = _read_key_id(database)
    if key_id is None:
        raise DatabaseKeyError(error_text("the database {database} has no key id file beside it", database=database))
    return database_key_name(key_id)
