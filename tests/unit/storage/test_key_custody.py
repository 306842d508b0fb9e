"""Key custody: a secure keyring or a passphrase-protected key file, never a plain file unasked."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import keyring
import keyring.backend
import pytest

from rehabmeet import secrets
from rehabmeet.context import build_context
from rehabmeet.errors import KeyringUnavailableError
from tests.helpers.file_keyring import FILE_ENV, FileKeyring

TEST_BACKEND = "tests.helpers.file_keyring.FileKeyring"


class InstalledPlaintextKeyring(FileKeyring):
    """Stands for keyrings.alt's PlaintextKeyring: installed, high priority, insecure."""

    priority = 10  # type: ignore[assignment]


def _cli(*args: str, backend: str = "keyring.backends.fail.Keyring") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": backend}
    return subprocess.run(
        [sys.executable, "-m", "rehabmeet", *args], capture_output=True, text=True, timeout=120, check=False, env=env
    )


def _one_error_line(result: subprocess.CompletedProcess[str], expected: str) -> None:
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 2 and len(lines) == 1, result.stderr
    assert lines[0].startswith("error: ") and expected in lines[0], lines[0]


def _write(path: Path, text: str) -> str:
    path.write_text(text + "\n", encoding="utf-8")
    return str(path)


def test_an_installed_plaintext_keyring_is_not_used_unasked(
    isolated_environment: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND")
    monkeypatch.setattr(keyring.backend, "get_all_keyring", lambda: [InstalledPlaintextKeyring()])
    passphrase = _write(tmp_path / "pass.txt", "a long enough passphrase")
    context = build_context(home=None, db=None, language="en", debug=False, passphrase_file=passphrase)
    context.database()
    context.close()
    assert not Path(os.environ[FILE_ENV]).exists(), "the plaintext keyring received the database key"
    where = secrets.custody()
    assert where.kind == "key-file" and where.secure
    vault = isolated_environment / "data" / "keys.rmvault"
    assert vault.stat().st_mode & 0o777 == 0o600
    assert "database-key" not in vault.read_text(encoding="utf-8")


def test_an_explicitly_chosen_insecure_backend_is_named_as_such(
    isolated_environment: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from rehabmeet.cli import main

    assert main(["db", "upgrade"]) == 0
    assert main(["db", "check"]) == 0
    out = capsys.readouterr().out
    assert f"key: INSECURE keyring {TEST_BACKEND} (chosen explicitly" in out


def test_a_bogus_backend_name_is_one_line(isolated_environment: Path) -> None:
    result = _cli("cases", backend="no.such.module.Keyring")
    _one_error_line(result, "PYTHON_KEYRING_BACKEND names no.such.module.Keyring, which is not a keyring backend")


def test_without_a_keyring_or_passphrase_the_user_is_told_how(isolated_environment: Path) -> None:
    result = _cli("db", "upgrade")
    _one_error_line(result, "give --passphrase-file FILE or set REHABMEET_PASSPHRASE_FILE")
    assert not (isolated_environment / "data" / "rehabmeet.db").exists()


def test_the_passphrase_path_end_to_end(isolated_environment: Path, tmp_path: Path, sample_bundles: list[Path]) -> None:
    old = _write(tmp_path / "old.txt", "first passphrase here")
    new = _write(tmp_path / "new.txt", "second passphrase here")
    wrong = _write(tmp_path / "wrong.txt", "not the passphrase at all")
    vault = isolated_environment / "data" / "keys.rmvault"

    created = _cli("--passphrase-file", old, "import", str(sample_bundles[0]))
    assert created.returncode == 0, created.stderr
    assert vault.is_file()
    check = _cli("--passphrase-file", old, "db", "check")
    assert check.returncode == 0 and "key: passphrase-protected key file" in check.stdout, check.stderr

    before = vault.read_bytes()
    _one_error_line(_cli("--passphrase-file", wrong, "cases"), "the passphrase does not open the key file")
    assert vault.read_bytes() == before, "a wrong passphrase changed the key file"

    short = _write(tmp_path / "short.txt", "short")
    _one_error_line(
        _cli("--passphrase-file", old, "key", "passphrase", "--new-passphrase-file", short), "at least 10 characters"
    )
    assert vault.read_bytes() == before
    changed = _cli("--passphrase-file", old, "key", "passphrase", "--new-passphrase-file", new)
    assert changed.returncode == 0, changed.stderr
    _one_error_line(_cli("--passphrase-file", old, "cases"), "the passphrase does not open the key file")
    cases = _cli("--passphrase-file", new, "cases", "--json")
    assert cases.returncode == 0 and len(json.loads(cases.stdout)) == 1, cases.stderr

    moved = _cli("--passphrase-file", new, "key", "to-keyring", backend=TEST_BACKEND)
    assert moved.returncode == 0, moved.stderr
    assert not vault.exists()
    entries = json.loads(Path(os.environ[FILE_ENV]).read_text(encoding="utf-8"))
    assert any("database-key:" in name for name in entries)
    after = _cli("cases", "--json", backend=TEST_BACKEND)
    assert after.returncode == 0 and len(json.loads(after.stdout)) == 1, after.stderr


def test_moving_with_no_keyring_leaves_the_key_file(isolated_environment: Path, tmp_path: Path) -> None:
    passphrase = _write(tmp_path / "pass.txt", "a long enough passphrase")
    assert _cli("--passphrase-file", passphrase, "db", "upgrade").returncode == 0
    _one_error_line(_cli("--passphrase-file", passphrase, "key", "to-keyring"), "no keyring to move the keys into")
    assert (isolated_environment / "data" / "keys.rmvault").is_file()


def test_a_damaged_key_file_is_one_clear_error(isolated_environment: Path, tmp_path: Path) -> None:
    vault = tmp_path / "keys.rmvault"
    vault.write_text("{not json", encoding="utf-8")
    from rehabmeet.keyvault import KeyVault

    with pytest.raises(KeyringUnavailableError, match="cannot be read"):
        KeyVault.open(vault, "whatever passphrase")


def test_the_prompt_gets_three_tries_and_a_new_passphrase_is_asked_for_once(
    isolated_environment: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from keyring.backends import fail

    from rehabmeet.keyvault import WrongPassphraseError

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    keyring.set_keyring(fail.Keyring())  # the conftest's fixture restores its own afterwards
    vault = isolated_environment / "data" / "keys.rmvault"
    asked: list[str] = []
    answers = iter(["the right passphrase"])
    secrets.configure(vault_path=vault)
    secrets.set_passphrase_prompt(lambda purpose, _where: asked.append(purpose) or next(answers))
    secrets.set_secret("example", "value")
    secrets.set_secret("other", "value 2")
    assert asked == ["create"]

    answers = iter(["wrong one here", "wrong two here", "the right passphrase"])
    secrets.configure(vault_path=vault)  # a new process: locked again
    assert secrets.get_secret("example") == "value"
    assert asked == ["create", "unlock", "retry", "retry"]  # the prompt says the one before was wrong

    answers = iter(["wrong one here"] * 3)
    secrets.configure(vault_path=vault)
    with pytest.raises(WrongPassphraseError, match="nothing was changed"):
        secrets.get_secret("example")

    secrets.configure(vault_path=vault)
    secrets.set_passphrase_prompt(lambda _purpose, _where: None)  # the dialog was cancelled
    with pytest.raises(KeyringUnavailableError, match="no passphrase was given"):
        secrets.get_secret("example")


def test_the_entry_point_asks_in_a_window_only_when_one_opens(monkeypatch: pytest.MonkeyPatch) -> None:
    import rehabmeet.__main__ as entry

    from rehabmeet.ui.shell.key_prompt import ask_key_passphrase

    chosen: list[object] = []
    monkeypatch.setattr(secrets, "set_passphrase_prompt", chosen.append)
    monkeypatch.setattr(entry.sys, "stdin", None)
    entry._register_passphrase_prompt([])
    entry._register_passphrase_prompt(["demo"])
    entry._register_passphrase_prompt(["demo", "--no-gui"])
    entry._register_passphrase_prompt(["cases"])
    assert chosen == [ask_key_passphrase, ask_key_passphrase]


def test_two_rehabmeets_adding_secrets_to_one_key_file_keep_both(tmp_path: Path) -> None:
    """The window and a command beside it each hold the file open; neither overwrites the other's secret."""
    from rehabmeet.keyvault import KeyVault

    path = tmp_path / "keys.rmvault"
    KeyVault.create(path, "a long enough passphrase", {"database-key:1": "k" * 64})
    window = KeyVault.open(path, "a long enough passphrase")
    command = KeyVault.open(path, "a long enough passphrase")
    command.set("certificate:1", "from the command")
    assert window.get("certificate:1") == "from the command"  # seen without reopening
    window.set("pack-passphrase:1", "from the window")
    again = KeyVault.open(path, "a long enough passphrase")
    assert again.items() == {
        "database-key:1": "k" * 64,
        "certificate:1": "from the command",
        "pack-passphrase:1": "from the window",
    }
    command.change_passphrase("a brand new passphrase")
    with pytest.raises(KeyringUnavailableError, match="got a new passphrase in another RehabMeet"):
        window.set("pack-passphrase:2", "lost?")
    assert KeyVault.open(path, "a brand new passphrase").get("pack-passphrase:1") == "from the window"


def test_a_key_left_in_an_installed_plaintext_keyring_is_named_with_the_way_forward(
    isolated_environment: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """RehabMeet 0.1 used keyrings.alt unasked; after the upgrade the user learns where the key is."""
    from rehabmeet.errors import DatabaseKeyError
    from tests.helpers.db import open_home_database

    open_home_database(isolated_environment).close()  # key written to the test keyring (as 0.1 did)
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND")
    monkeypatch.setattr(keyring.backend, "get_all_keyring", lambda: [InstalledPlaintextKeyring()])
    secrets.configure(vault_path=isolated_environment / "data" / "keys.rmvault", passphrase_file=None)
    with pytest.raises(
        DatabaseKeyError, match=r"insecure keyring .*InstalledPlaintextKeyring.*set PYTHON_KEYRING.*key to-passphrase"
    ):
        open_home_database(isolated_environment)
    assert not (isolated_environment / "data" / "keys.rmvault").exists()


def test_keys_move_from_an_insecure_keyring_into_a_key_file(isolated_environment: Path, tmp_path: Path) -> None:
    """The way out of a plain-text keyring: every RehabMeet secret moves, the keyring forgets them."""
    passphrase = _write(tmp_path / "pass.txt", "a long enough passphrase")
    assert _cli("demo", "--no-gui", backend=TEST_BACKEND).returncode == 0
    keyring_file = Path(os.environ[FILE_ENV])
    before = json.loads(keyring_file.read_text(encoding="utf-8"))
    assert any("database-key:" in name for name in before) and any("signing-passphrase:" in n for n in before)

    moved = _cli("--passphrase-file", passphrase, "key", "to-passphrase", backend=TEST_BACKEND)
    assert moved.returncode == 0, moved.stderr
    assert json.loads(keyring_file.read_text(encoding="utf-8")) == {}
    check = _cli("--passphrase-file", passphrase, "db", "check", backend=TEST_BACKEND)
    assert check.returncode == 0 and "key: passphrase-protected key file" in check.stdout, check.stderr
    _one_error_line(_cli("--passphrase-file", passphrase, "key", "to-passphrase"), "already in a passphrase-protected")


def test_the_terminal_says_when_the_passphrase_before_was_wrong(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import getpass

    monkeypatch.setattr(getpass, "getpass", lambda _prompt: "typed again")
    assert secrets.terminal_prompt("unlock", "/x/keys.rmvault") == "typed again"
    assert capsys.readouterr().out == ""
    assert secrets.terminal_prompt("retry", "/x/keys.rmvault") == "typed again"
    assert capsys.readouterr().out == "the passphrase does not open the key file; nothing was changed. Try again.\n"
