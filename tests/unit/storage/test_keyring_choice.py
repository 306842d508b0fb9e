"""The platform's keyring is asked directly (no scan of every backend) unless the user chose one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import keyring.backend
import pytest
from jaraco.classes import properties
from keyring import core

from rehabmeet import secrets
from rehabmeet.errors import KeyringUnavailableError
from tests.helpers.file_keyring import FileKeyring


class Unavailable(FileKeyring):
    @properties.classproperty
    def priority(cls) -> float:  # type: ignore[override]
        raise RuntimeError("no Secret Service here")


@pytest.fixture
def unconfigured(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Any:
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.setattr(core, "_keyring_backend", None)
    monkeypatch.setattr(core, "_config_path", lambda: tmp_path / "keyringrc.cfg")
    monkeypatch.setattr(secrets._state, "vault_path", None)
    monkeypatch.setenv("REHABMEET_TEST_KEYRING_FILE", str(tmp_path / "keyring.json"))
    monkeypatch.setattr(secrets, "PLATFORM_BACKENDS", {})
    scans: list[int] = []

    def scan() -> list[Any]:
        scans.append(1)
        return []

    monkeypatch.setattr(keyring.backend, "get_all_keyring", scan)
    monkeypatch.scans = scans  # type: ignore[attr-defined]
    return monkeypatch


def test_without_a_configured_backend_the_platform_one_is_used_without_a_scan(unconfigured: Any) -> None:
    unconfigured.setattr(secrets, "LINUX_BACKEND", ("tests.helpers.file_keyring", "FileKeyring"))
    assert secrets.custody().backend == "tests.helpers.file_keyring.FileKeyring"
    secrets.set_secret("x", "42")
    assert secrets.get_secret("x") == "42"
    assert unconfigured.scans == []


def test_an_unavailable_platform_keyring_falls_back_to_the_scan(unconfigured: Any) -> None:
    unconfigured.setattr(secrets, "LINUX_BACKEND", ("tests.unit.storage.test_keyring_choice", "Unavailable"))
    with pytest.raises(KeyringUnavailableError):
        secrets.custody()
    assert unconfigured.scans == [1]


def test_a_backend_the_user_configured_is_used_as_configured(unconfigured: Any, tmp_path: Path) -> None:
    unconfigured.setattr(secrets, "LINUX_BACKEND", ("tests.unit.storage.test_keyring_choice", "Unavailable"))
    (tmp_path / "keyringrc.cfg").write_text("[backend]\ndefault-keyring=tests.helpers.file_keyring.FileKeyring\n")
    chosen = secrets.custody()
    assert chosen.explicit and chosen.backend == "tests.helpers.file_keyring.FileKeyring" and not chosen.secure
