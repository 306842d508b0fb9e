"""The platform's keyring is chosen directly (no scan of every backend) unless the user chose one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import keyring
import pytest
from jaraco.classes import properties
from keyring import core

from rehabmeet import secrets
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
    monkeypatch.setenv("REHABMEET_TEST_KEYRING_FILE", str(tmp_path / "keyring.json"))
    return monkeypatch


def test_without_a_configured_backend_the_platform_one_is_used(unconfigured: pytest.MonkeyPatch) -> None:
    unconfigured.setattr(secrets, "PLATFORM_BACKENDS", {})
    unconfigured.setattr(secrets, "LINUX_BACKEND", ("tests.helpers.file_keyring", "FileKeyring"))
    chosen = secrets.choose_platform_backend()
    assert isinstance(chosen, FileKeyring) and keyring.get_keyring() is chosen
    secrets.set_secret("x", "42")
    assert secrets.get_secret("x") == "42"


def test_an_unavailable_platform_keyring_leaves_the_choice_to_keyring(unconfigured: pytest.MonkeyPatch) -> None:
    unconfigured.setattr(secrets, "PLATFORM_BACKENDS", {})
    unconfigured.setattr(secrets, "LINUX_BACKEND", ("tests.unit.storage.test_keyring_choice", "Unavailable"))
    assert secrets.choose_platform_backend() is None and core._keyring_backend is None


def test_a_backend_the_user_configured_is_left_alone(unconfigured: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "keyringrc.cfg").write_text("[backend]\ndefault-keyring=tests.helpers.file_keyring.FileKeyring\n")
    assert secrets.choose_platform_backend() is None
    unconfigured.setenv("PYTHON_KEYRING_BACKEND", "tests.helpers.file_keyring.FileKeyring")
    (tmp_path / "keyringrc.cfg").unlink()
    assert secrets.choose_platform_backend() is None
