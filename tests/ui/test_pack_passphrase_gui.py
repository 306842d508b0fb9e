"""Importing a member's notes on a leader's laptop whose keyring never saw the pack and that cannot
open the copy the database keeps (a pack written before it kept them): the passphrase is asked for (typed any way: lower case, spaces) and the notes reach the lane."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import keyring
import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from rehabmeet.models import PackIssue
from rehabmeet.secrets import SERVICE
from rehabmeet.services.packs import pack_secret_name

from rehabmeet.ui.packs import packs_controller
from rehabmeet.ui.packs.pack_dialogs import PassphrasesDialog
from rehabmeet.ui.shell.main_window import MainWindow


def test_the_passphrase_is_asked_for_when_this_keyring_does_not_have_it(
    make_main_window: Callable[[], MainWindow], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = make_main_window()
    shown: list[object] = []
    monkeypatch.setattr(packs_controller, "ask_folder", lambda _parent, _title: tmp_path / "packs")
    monkeypatch.setattr(PassphrasesDialog, "exec", lambda self: shown.append(self._packs))
    monkeypatch.setattr(packs_controller.PacksController, "preview_packs", lambda _self, _meeting: True)
    window.packs.export_packs(window._meeting_id())
    qtbot.waitUntil(lambda: bool(shown), timeout=60_000)
    pack = next(p for p in shown[0] if p.member_name == "Birgitte Dam")  # type: ignore[attr-defined]
    prep = window._services.preparation
    case = prep.open_pack(pack.path, pack.passphrase).cases[0]
    prep.add(case.id, "point", "Bolig er ustabil", shared=True)
    prep.export_notes(pack.pack_id, tmp_path / "noter.rmpack")
    keyring.get_keyring().delete_password(SERVICE, pack_secret_name(pack.pack_id))  # another leader's laptop
    with window._services.database.sessions.begin() as session:  # that cannot open the copy the database keeps
        session.execute(update(PackIssue).values(sealed_passphrase=None))

    asked: list[str] = []

    def type_it(_parent: object, file_name: str) -> str:
        asked.append(file_name)
        return pack.passphrase.lower().replace("-", " ")

    monkeypatch.setattr(packs_controller, "ask_passphrase", type_it)
    (result,) = window.packs.import_notes([tmp_path / "noter.rmpack"])
    assert asked == ["noter.rmpack"] and result.added == 1
