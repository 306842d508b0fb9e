"""The passphrase prompt at start (issue 18): where the key is in a passphrase-protected file, the window
asks for the passphrase before the database opens. Typed with key events, as a user would."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from rehabmeet import secrets
from rehabmeet.context import AppContext, build_context
from rehabmeet.errors import KeyringUnavailableError

from rehabmeet.ui.app import build_main_window
from rehabmeet.ui.shell.key_prompt import UnlockDialog, ask_key_passphrase

PASSPHRASE = "et langt og rigtigt kodeord"


@pytest.fixture
def key_file_home(isolated_environment: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A home whose database key is in a passphrase-protected key file (no keyring on this computer)."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    keyring.set_keyring(fail.Keyring())  # the autouse fixture restores its own afterwards
    given = tmp_path / "pass.txt"
    given.write_text(PASSPHRASE + "\n", encoding="utf-8")
    context = build_context(home=None, db=None, language="en", debug=False, passphrase_file=str(given))
    context.database()
    context.close()
    assert (isolated_environment / "data" / "keys.rmvault").is_file()
    yield isolated_environment


def _fingerprint(home: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in (home / "data").iterdir() if p.is_file()}


@pytest.fixture
def answer_prompts(qtbot: QtBot) -> Iterator[Callable[[list[str]], list[UnlockDialog]]]:
    """Answer each passphrase dialog as it opens: type the next answer and press Enter (Escape when none left)."""
    timer = QTimer()

    def start(answers: list[str]) -> list[UnlockDialog]:
        seen: list[UnlockDialog] = []

        def answer() -> None:
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, UnlockDialog) or dialog in seen:
                return
            field = dialog.focusWidget()
            if field is not dialog.field:  # not focused yet (a busy machine): look again at the next tick;
                return  # a prompt that never focuses its field is never answered, and the test fails
            seen.append(dialog)
            if answers:
                qtbot.keyClicks(field, answers.pop(0))
                qtbot.keyClick(field, Qt.Key.Key_Return)
            else:
                qtbot.keyClick(field, Qt.Key.Key_Escape)

        timer.timeout.connect(answer)
        timer.start(50)
        return seen

    yield start
    timer.stop()


def _context_asking_in_a_window() -> AppContext:
    secrets.set_passphrase_prompt(ask_key_passphrase)  # as the entry point does when a window opens
    return build_context(home=None, db=None, language="en", debug=False)


def test_the_typed_passphrase_opens_the_window(
    key_file_home: Path, qtbot: QtBot, answer_prompts: Callable[[list[str]], list[UnlockDialog]]
) -> None:
    seen = answer_prompts([PASSPHRASE])
    context = _context_asking_in_a_window()
    try:
        window = build_main_window(context)
        qtbot.addWidget(window)
        window.show()
        assert window.isVisible() and len(seen) == 1
        assert "key in a passphrase-protected file" in window._status_label.text()
    finally:
        context.close()


def test_a_wrong_passphrase_says_so_in_one_line_and_changes_nothing(
    key_file_home: Path, answer_prompts: Callable[[list[str]], list[UnlockDialog]]
) -> None:
    before = _fingerprint(key_file_home)
    seen = answer_prompts(["forkert kodeord her"])  # then Escape at the second prompt
    context = _context_asking_in_a_window()
    try:
        with pytest.raises(KeyringUnavailableError, match="no passphrase was given; nothing was changed"):
            build_main_window(context)
    finally:
        context.close()
    assert len(seen) == 2
    message = seen[1].problem.text()
    assert message == "The passphrase does not open the key file; nothing was changed. Try again."
    assert seen[1].problem.isVisibleTo(seen[1]) and not seen[0].problem.isVisibleTo(seen[0])
    assert seen[1].field.text() == ""  # the wrong passphrase is not shown again
    assert _fingerprint(key_file_home) == before


def test_the_refusal_after_three_wrong_passphrases_is_a_sentence(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QMessageBox

    from rehabmeet.ui.shared.dialogs import show_error

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    show_error(None, "the passphrase does not open the key file /x/keys.rmvault; nothing was changed")
    assert shown == ["The passphrase does not open the key file /x/keys.rmvault; nothing was changed."]
