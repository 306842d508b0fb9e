"""Shared fixtures: every test gets its own data folder, keyring and language; Qt runs offscreen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from rehabmeet import i18n, secrets
from tests.helpers.file_keyring import FILE_ENV, FileKeyring

SAMPLES = Path(__file__).resolve().parent / "data" / "samples"
PROJECT_ROOT = Path(__file__).resolve().parents[1]
GUI_FIXTURES = {"qtbot", "qapp", "qtmodeltester"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that uses Qt as ``gui`` so ``-m "not gui"`` is the fast headless run."""
    for item in items:
        if GUI_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point RehabMeet at a fresh home folder and a fresh test keyring; English messages."""
    home = tmp_path / "home"
    monkeypatch.setenv("REHABMEET_HOME", str(home))
    monkeypatch.delenv("REHABMEET_DB", raising=False)
    monkeypatch.setenv("REHABMEET_LANG", "en")
    monkeypatch.setenv("REHABMEET_USER", "test-user")
    monkeypatch.setenv(FILE_ENV, str(tmp_path / "keyring.json"))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.helpers.file_keyring.FileKeyring")
    monkeypatch.setenv("PYTHONPATH", str(PROJECT_ROOT))
    monkeypatch.delenv(secrets.PASSPHRASE_FILE_ENV, raising=False)
    previous = keyring.get_keyring()
    keyring.set_keyring(FileKeyring())
    secrets.configure(vault_path=None)
    secrets.set_passphrase_prompt(None)
    i18n.set_language("en")
    yield home
    keyring.set_keyring(previous)
    secrets.configure(vault_path=None)
    secrets.set_passphrase_prompt(None)
    i18n.set_language("en")


@pytest.fixture
def sample_bundles() -> list[Path]:
    """The three valid sample bundles shipped with the bundle format."""
    paths = sorted(SAMPLES.glob("*.rmb.zip"))
    assert len(paths) == 3, f"sample bundles missing from {SAMPLES}"
    return paths


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A home folder and keyring with the demo day, built once per test session."""
    from rehabmeet.context import build_context
    from rehabmeet.demo.day import DemoService

    root = tmp_path_factory.mktemp("demo-template")
    saved = {k: os.environ.get(k) for k in ("REHABMEET_HOME", FILE_ENV, "PYTHON_KEYRING_BACKEND")}
    os.environ[FILE_ENV] = str(root / "keyring.json")
    os.environ["PYTHON_KEYRING_BACKEND"] = "tests.helpers.file_keyring.FileKeyring"  # chosen explicitly
    previous = keyring.get_keyring()
    keyring.set_keyring(FileKeyring())
    try:
        context = build_context(home=str(root / "home"), db=None, language="en", debug=False)
        DemoService(context.database().sessions, actor="demo-template").create()
        context.close()
    finally:
        keyring.set_keyring(previous)
        secrets.configure(vault_path=None)
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    return root


@pytest.fixture
def demo_home(demo_template: Path, isolated_environment: Path, tmp_path: Path) -> Path:
    """This test's own copy of the demo home folder and keyring."""
    shutil.copytree(demo_template / "home", isolated_environment)
    shutil.copy(demo_template / "keyring.json", tmp_path / "keyring.json")
    return isolated_environment


@pytest.fixture(scope="session")
def postgres_base_url() -> Iterator[str]:
    """A real PostgreSQL server for this test session (skipped, with the reason, when none can start)."""
    from tests.helpers.postgres import PostgresUnavailable, postgres_server

    try:
        with postgres_server() as url:
            yield url
    except PostgresUnavailable as exc:
        pytest.skip(str(exc))


@pytest.fixture
def postgres_url(postgres_base_url: str, request: pytest.FixtureRequest) -> str:
    """A fresh, empty database on the session's PostgreSQL server."""
    import re
    import uuid

    from tests.helpers.postgres import create_database

    name = re.sub(r"[^a-z0-9]+", "_", request.node.name.lower())[:40] + "_" + uuid.uuid4().hex[:6]
    return create_database(postgres_base_url, name)
