"""The database is encrypted at rest; its key lives only in the keyring."""

from __future__ import annotations

import json
import os
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from sqlalchemy import text

from rehabmeet.errors import DatabaseKeyError, KeyringUnavailableError
from rehabmeet.secrets import SERVICE
from rehabmeet.storage.keys import key_id_file
from tests.helpers.db import database_file, open_home_database
from tests.helpers.file_keyring import FILE_ENV


def _keyring_entries() -> dict[str, str]:
    return json.loads(Path(os.environ[FILE_ENV]).read_text(encoding="utf-8"))


def test_first_open_creates_a_random_key_in_the_keyring(isolated_environment: Path) -> None:
    database = open_home_database(isolated_environment)
    database.close()
    entries = _keyring_entries()
    assert len(entries) == 1
    ((name, key),) = entries.items()
    assert name.startswith(f"{SERVICE}\x00database-key:")
    assert len(key) == 64 and int(key, 16) > 0
    assert key not in key_id_file(database_file(isolated_environment)).read_text(encoding="utf-8")


def test_reopening_reuses_the_same_key_and_sees_the_data(isolated_environment: Path) -> None:
    first = open_home_database(isolated_environment)
    with first.engine.begin() as connection:
        connection.execute(text("INSERT INTO case_file (case_ref, created_at) VALUES ('KEEP-1', '2026-01-01')"))
    first.close()
    key_before = _keyring_entries()
    second = open_home_database(isolated_environment)
    with second.engine.connect() as connection:
        refs = connection.execute(text("SELECT case_ref FROM case_file")).scalars().all()
    second.close()
    assert refs == ["KEEP-1"]
    assert _keyring_entries() == key_before


def test_file_on_disk_is_not_plain_sqlite_and_hides_its_content(isolated_environment: Path) -> None:
    database = open_home_database(isolated_environment)
    with database.engine.begin() as connection:
        connection.execute(
            text("INSERT INTO case_file (case_ref, created_at) VALUES ('SECRET-CASE-REF', '2026-01-01')")
        )
    folder = database_file(isolated_environment).parent
    files_while_open = {p.name: p.read_bytes() for p in folder.iterdir()}
    database.close()
    raw = database_file(isolated_environment).read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    for name, content in {**files_while_open, "closed": raw}.items():
        assert b"SECRET-CASE-REF" not in content, name
        assert b"case_file" not in content, name


def test_plain_sqlite_cannot_read_the_file(isolated_environment: Path) -> None:
    import sqlite3

    open_home_database(isolated_environment).close()
    connection = sqlite3.connect(database_file(isolated_environment))
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        connection.execute("SELECT count(*) FROM sqlite_master").fetchall()
    connection.close()


def test_database_file_is_readable_by_its_owner_only(isolated_environment: Path) -> None:
    open_home_database(isolated_environment).close()
    assert database_file(isolated_environment).stat().st_mode & 0o077 == 0


def test_wrong_key_fails_with_a_clear_message(isolated_environment: Path) -> None:
    open_home_database(isolated_environment).close()
    entries = _keyring_entries()
    ((name, _key),) = entries.items()
    service, user = name.split("\x00")
    keyring.set_password(service, user, "0" * 64)
    with pytest.raises(DatabaseKeyError, match="cannot be decrypted with the key from the keyring"):
        open_home_database(isolated_environment)


def test_missing_key_names_the_keyring_entry(isolated_environment: Path) -> None:
    open_home_database(isolated_environment).close()
    ((name, _key),) = _keyring_entries().items()
    service, user = name.split("\x00")
    keyring.delete_password(service, user)
    with pytest.raises(DatabaseKeyError, match=r"not in this keyring .*entry database-key:"):
        open_home_database(isolated_environment)


def test_missing_key_id_file_is_explained(isolated_environment: Path) -> None:
    open_home_database(isolated_environment).close()
    key_id_file(database_file(isolated_environment)).unlink()
    with pytest.raises(DatabaseKeyError, match="no key id file beside it"):
        open_home_database(isolated_environment)


def test_no_usable_keyring_says_so_and_creates_nothing(isolated_environment: Path) -> None:
    keyring.set_keyring(fail.Keyring())
    with pytest.raises(KeyringUnavailableError, match="no secure keyring was found") as caught:
        open_home_database(isolated_environment)
    assert "--passphrase-file" in str(caught.value)
    assert not database_file(isolated_environment).exists()


def test_a_keyring_that_forgets_is_refused(isolated_environment: Path) -> None:
    from keyring.backends import null

    keyring.set_keyring(null.Keyring())
    with pytest.raises(KeyringUnavailableError, match="did not keep the secret"):
        open_home_database(isolated_environment)


def test_sqlite_runs_with_wal_and_foreign_keys(isolated_environment: Path) -> None:
    database = open_home_database(isolated_environment)
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    database.close()
