"""A keyring backend for tests: secrets in a JSON file named by ``REHABMEET_TEST_KEYRING_FILE``.

Selected through keyring's standard ``PYTHON_KEYRING_BACKEND=tests.helpers.file_keyring.FileKeyring``
so that CLI subprocesses in tests share the keyring of the test that started them.
Never use it outside tests: it keeps secrets in plain text.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

FILE_ENV = "REHABMEET_TEST_KEYRING_FILE"


class FileKeyring(KeyringBackend):
    """Plain-text JSON keyring for tests only."""

    priority = 1  # type: ignore[assignment]

    def _path(self) -> Path:
        return Path(os.environ[FILE_ENV])

    def _load(self) -> dict[str, str]:
        try:
            return dict(json.loads(self._path().read_text(encoding="utf-8")))
        except FileNotFoundError:
            return {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\x00{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data[f"{service}\x00{username}"] = password
        self._path().write_text(json.dumps(data), encoding="utf-8")

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        if data.pop(f"{service}\x00{username}", None) is None:
            raise PasswordDeleteError(username)
        self._path().write_text(json.dumps(data), encoding="utf-8")
