"""Offline preparation in the app: the leader writes packs and hands out passphrases; a member
pins notes on pages, highlights, shares and sends them; the leader brings them into the lanes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from rehabmeet.ui.packs import pack_dialogs, packs_controller, preparation_window
from rehabmeet.ui.packs.pack_dialogs import ConflictsDialog, PassphrasesDialog
from rehabmeet.ui.shell.main_window import MainWindow


def _export(window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, folder: Path) -> list[object]:
    shown: list[object] = []
    monkeypatch.setattr(packs_controller.PacksController, "preview_packs", lambda _self, _meeting: True)
    monkeypatch.setattr(packs_controller, "ask_folder", lambda _parent, _title: folder)
    monkeypatch.setattr(PassphrasesDialog, "exec", lambda self: shown.append(self._packs))
    window.packs.export_packs(window._meeting_id())
    qtbot.waitUntil(lambda: bool(shown), timeout=60_000)
    return list(shown[0])  # type: ignore[call-overload]


def test_export_then_prepare_then_import_into_the_lanes(
    make_main_window: Callable[[], MainWindow], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = make_main_window()
    packs = _export(window, qtbot, monkeypatch, tmp_path / "packs")
    assert len(packs) == len(list((tmp_path / "packs").glob("*.rmpack"))) >= 6
    health = next(p for p in packs if p.member_name == "Morten Lund")  # type: ignore[attr-defined]

    window.packs.open_pack(health.path, health.passphrase)  # type: ignore[attr-defined]
    prep = window.packs.preparation
    assert prep is not None and prep.isVisible() and prep.case_id is not None
    qtbot.waitUntil(lambda: prep.page.page_count > 0)
    monkeypatch.setattr(preparation_window, "ask_text", lambda *_args: "Uklart antal timer")
    prep.page.resize(500, 700)
    prep.page.show_page(2)
    centre = prep.page.rect().center()
    qtbot.mouseClick(prep.page, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mousePress(prep.page, Qt.MouseButton.LeftButton, pos=centre - QPoint(100, 50))
    qtbot.mouseMove(prep.page, centre + QPoint(60, 20))
    qtbot.mouseRelease(prep.page, Qt.MouseButton.LeftButton, pos=centre + QPoint(60, 20))
    kinds = {prep.model.row_at(r).kind: prep.model.row_at(r) for r in range(prep.model.rowCount())}
    assert set(kinds) == {"page_note", "highlight"} and kinds["page_note"].page == 2
    assert 0.3 < kinds["page_note"].x < 0.7 and kinds["highlight"].width > 0.1
    assert all(not note.shared for note in kinds.values())  # private by default

    prep.notes.selectRow(0)
    prep.buttons["share"].click()
    monkeypatch.setattr(preparation_window, "ask_save_document", lambda _parent, _name: tmp_path / "noter.rmpack")
    prep.send.click()
    assert "1 shared note" in prep.hint.text() and (tmp_path / "noter.rmpack").is_file()

    (result,) = window.packs.import_notes([tmp_path / "noter.rmpack"])
    assert result.added == 1 and result.conflicts == 0
    case_ref = next(c.case_ref for p in window._services.preparation.packs() for c in p.cases if c.id == prep.case_id)
    item = next(r.item_id for r in window._agenda.rows if r.case_ref == case_ref)
    lanes = window._services.lanes.lanes(item).lanes
    assert any(
        "s. 2: Uklart antal timer" in p.text for lane in lanes if lane.name == "Morten Lund" for p in lane.points
    )


def test_a_conflict_is_shown_side_by_side_and_resolved(
    make_main_window: Callable[[], MainWindow], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = make_main_window()
    packs = _export(window, qtbot, monkeypatch, tmp_path / "packs")
    pack = next(p for p in packs if p.member_name == "Birgitte Dam")  # type: ignore[attr-defined]
    prep_service = window._services.preparation
    case = prep_service.open_pack(pack.path, pack.passphrase).cases[0]  # type: ignore[attr-defined]
    note = prep_service.add(case.id, "point", "Bolig er ustabil", shared=True)
    prep_service.export_notes(pack.pack_id, tmp_path / "a.rmpack")  # type: ignore[attr-defined]
    window.packs.import_notes([tmp_path / "a.rmpack"])
    item = next(r.item_id for r in window._agenda.rows if r.case_ref == case.case_ref)
    point = next(
        p for lane in window._services.lanes.lanes(item).lanes for p in lane.points if p.text == "Bolig er ustabil"
    )
    window._services.lanes.edit_point(point.point_id, "Bolig er ustabil; flytter i marts")
    prep_service.edit(note.id, "Bolig er ustabil; bor hos sin mor")
    prep_service.export_notes(pack.pack_id, tmp_path / "b.rmpack")  # type: ignore[attr-defined]

    shown: list[ConflictsDialog] = []
    monkeypatch.setattr(ConflictsDialog, "exec", lambda self: shown.append(self))
    (result,) = window.packs.import_notes([tmp_path / "b.rmpack"])
    assert result.conflicts == 1 and shown
    dialog = shown[0]
    assert dialog.leader.toPlainText() == "Bolig er ustabil; flytter i marts"
    assert dialog.member.toPlainText() == "Bolig er ustabil; bor hos sin mor"
    dialog.edited.setPlainText("Bolig er ustabil: bor hos sin mor, flytter i marts")
    dialog.choices["edited"].click()
    assert window._services.note_merge.conflicts() == ()
    texts = [p.text for lane in window._services.lanes.lanes(item).lanes for p in lane.points]
    assert "Bolig er ustabil: bor hos sin mor, flytter i marts" in texts
    assert pack_dialogs is not None


def test_a_member_removes_an_opened_pack_from_the_preparation_window(
    make_main_window: Callable[[], MainWindow], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = make_main_window()
    packs = _export(window, qtbot, monkeypatch, tmp_path / "packs")
    uu = next(p for p in packs if p.member_name == "Sofie Krog")  # type: ignore[attr-defined]
    window.packs.open_pack(uu.path, uu.passphrase)  # type: ignore[attr-defined]
    prep = window.packs.preparation
    assert prep is not None and prep.remove.isEnabled()
    top = prep.cases.topLevelItem(0)
    assert top is not None and "Wiped from this laptop after" in top.toolTip(0)
    monkeypatch.setattr(preparation_window, "ask_yes_no", lambda *_args: True)
    prep.remove.click()
    assert prep.cases.topLevelItemCount() == 0 and not prep.remove.isEnabled()
    assert window._services.preparation.packs() == ()


def test_before_export_the_leader_reads_what_the_uu_members_pack_will_hold(
    make_main_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    from rehabmeet.ui.packs.pack_preview_dialog import PackPreviewDialog

    window = make_main_window()
    meeting_id = window._meeting_id()
    assert meeting_id is not None
    dialog = PackPreviewDialog(window._services.packs, meeting_id, window.tasks, window)
    qtbot.addWidget(dialog)
    index = next(i for i in range(dialog.member.count()) if dialog.member.itemData(i) == "Sofie Krog")
    dialog.member.setCurrentIndex(index)
    qtbot.waitUntil(lambda: "Left out: this section" in dialog.text.toPlainText(), timeout=60_000)
    assert "moderat depressiv enkeltepisode" not in dialog.text.toPlainText()
    assert "lae265" in dialog.left_out.text()
    text = dialog.text.toPlainText()
    assert "Rehabiliteringsplanens forberedende del, p. 5" in text  # the case line names the page left out
    assert "Hun er i behandling med sertralin" not in text
