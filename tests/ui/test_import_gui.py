"""Importing from the GUI: menu, drop, progress off the GUI thread, results, new versions, cancel."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot

from rehabmeet.bundles.outcome import ImportOutcome, ImportStatus
from tests.helpers.bundles import small_spec, valid_members, write_zip

from rehabmeet.ui.importing import import_controller
from rehabmeet.ui.importing.import_controller import ImportChoice
from rehabmeet.ui.importing.import_dialogs import ImportResultsDialog
from rehabmeet.ui.shared.actions import Action
from rehabmeet.ui.shell import main_window
from rehabmeet.ui.shell.main_window import MainWindow

Answers = list[list[ImportOutcome]]


@pytest.fixture
def answer_results(monkeypatch: pytest.MonkeyPatch) -> Callable[[ImportChoice], Answers]:
    """Replace the modal results dialog with a fixed choice; collect what it was shown."""

    def install(choice: ImportChoice) -> Answers:
        shown: Answers = []

        def ask(_parent: object, outcomes: list[ImportOutcome], _title: str | None) -> ImportChoice:
            shown.append(outcomes)
            return choice

        monkeypatch.setattr(import_controller, "ask_results", ask)
        return shown

    return install


def _wait_for_import(qtbot: QtBot, window: MainWindow, trigger: Callable[[], None]) -> list[ImportOutcome]:
    with qtbot.wait_signal(window.importer.import_finished, timeout=60_000) as blocker:
        trigger()
    window.tasks.wait_for_done()
    return list(blocker.args[0])  # type: ignore[index]


def test_menu_import_puts_cases_on_the_agenda(
    make_main_window: Callable[[], MainWindow],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    answer_results: Callable[[ImportChoice], Answers],
    sample_bundles: list[Path],
) -> None:
    window = make_main_window()
    monkeypatch.setattr(main_window, "ask_bundle_files", lambda _parent: sample_bundles)
    shown = answer_results(ImportChoice(add_to_agenda=True, import_as_new_versions=False))
    outcomes = _wait_for_import(qtbot, window, window.actions_[Action.IMPORT_BUNDLES].trigger)
    assert [o.status for o in outcomes] == [ImportStatus.IMPORTED] * 3
    assert shown == [outcomes]
    refs = [window.agenda.model.row_at(i).case_ref for i in range(window.agenda.model.rowCount())]
    assert refs[-3:] == ["REH-2026-0101", "REH-2026-0102", "REH-2026-0103"] and len(refs) == 10


def test_dropping_a_bundle_on_the_agenda_imports_it(
    make_main_window: Callable[[], MainWindow],
    qtbot: QtBot,
    answer_results: Callable[[ImportChoice], Answers],
    sample_bundles: list[Path],
) -> None:
    window = make_main_window()
    answer_results(ImportChoice(add_to_agenda=False, import_as_new_versions=False))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(sample_bundles[0]))])
    drop = QDropEvent(
        QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    outcomes = _wait_for_import(qtbot, window, lambda: window.agenda.dropEvent(drop))
    assert [o.case_ref for o in outcomes] == ["REH-2026-0101"]
    assert window.agenda.model.rowCount() == 7  # not put on the agenda: the user said no


def test_a_refused_bundle_is_listed_with_its_reason(
    make_main_window: Callable[[], MainWindow],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    answer_results: Callable[[ImportChoice], Answers],
    tmp_path: Path,
) -> None:
    window = make_main_window()
    broken = tmp_path / "broken.rmb.zip"
    broken.write_bytes(b"not a bundle")
    monkeypatch.setattr(main_window, "ask_bundle_files", lambda _parent: [broken])
    answer_results(ImportChoice(add_to_agenda=True, import_as_new_versions=False))
    (outcome,) = _wait_for_import(qtbot, window, window.actions_[Action.IMPORT_BUNDLES].trigger)
    dialog = ImportResultsDialog([outcome], "Demo", window)
    qtbot.add_widget(dialog)
    model = dialog.model
    assert model.data(model.index(0, 0)) == "✖ Refused"
    assert "is not a readable zip file" in model.data(model.index(0, 4))
    assert not dialog.add_to_agenda.isVisibleTo(dialog)


def test_changed_content_can_be_imported_as_a_new_version(
    make_main_window: Callable[[], MainWindow],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    answer_results: Callable[[ImportChoice], Answers],
    tmp_path: Path,
) -> None:
    window = make_main_window()
    first = write_zip(valid_members(), tmp_path / "first.rmb.zip")
    changed = write_zip(valid_members(small_spec(question_to_team="Nyt spørgsmål?")), tmp_path / "changed.rmb.zip")
    answer_results(ImportChoice(add_to_agenda=False, import_as_new_versions=False))
    _wait_for_import(qtbot, window, lambda: window.import_bundles([first]))
    shown = answer_results(ImportChoice(add_to_agenda=False, import_as_new_versions=True))
    with qtbot.wait_signals([window.importer.import_finished, window.importer.import_finished], timeout=60_000):
        window.import_bundles([changed])
    window.tasks.wait_for_done()
    qtbot.wait_until(lambda: len(shown) == 2)
    assert shown[0][0].changed_content and shown[0][0].status is ImportStatus.REFUSED
    assert (shown[1][0].status, shown[1][0].version) == (ImportStatus.IMPORTED, 2)


def test_results_dialog_offers_new_versions_only_for_changed_content(qtbot: QtBot) -> None:
    changed = ImportOutcome(path="/x/a.rmb.zip", status=ImportStatus.REFUSED, message="a: exists", changed_content=True)
    plain = ImportOutcome(path="/x/b.rmb.zip", status=ImportStatus.REFUSED, message="b: broken")
    with_changed = ImportResultsDialog([changed, plain], None)
    without = ImportResultsDialog([plain], None)
    qtbot.add_widget(with_changed)
    qtbot.add_widget(without)
    assert with_changed.new_version_button.isVisibleTo(with_changed)
    assert not without.new_version_button.isVisibleTo(without)
    assert "0 imported · 0 unchanged · 2 refused" in with_changed.summary.text()


def test_results_model_obeys_the_qt_model_contract(qtbot: QtBot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    outcome = ImportOutcome(
        path="/x/a.rmb.zip", status=ImportStatus.IMPORTED, message="a: imported", case_ref="A", pages=3
    )
    dialog = ImportResultsDialog([outcome], "Demo")
    qtbot.add_widget(dialog)
    qtmodeltester.check(dialog.model)


def test_cancelling_before_the_worker_starts_imports_nothing(
    make_main_window: Callable[[], MainWindow],
    qtbot: QtBot,
    answer_results: Callable[[ImportChoice], Answers],
    sample_bundles: list[Path],
) -> None:
    window = make_main_window()
    answer_results(ImportChoice(add_to_agenda=True, import_as_new_versions=False))
    blocker = qtbot.wait_signal(window.importer.import_finished, timeout=60_000)
    window.tasks._pool.reserveThread()  # hold the worker so the cancel lands before it starts
    window.import_bundles(sample_bundles)
    assert window.importer.handle is not None
    window.importer.handle.cancel()
    window.tasks._pool.releaseThread()
    blocker.wait()
    assert all(o.status is ImportStatus.CANCELLED for o in blocker.args[0])  # at most the bundle it had begun
    assert window.agenda.model.rowCount() == 7
    assert not [c for c in window._services.cases.list_cases() if c.case_ref.startswith("REH-")]


def test_the_ticked_agenda_option_of_the_real_results_dialog_puts_the_cases_on_the_day(
    make_main_window: Callable[[], MainWindow],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    sample_bundles: list[Path],
) -> None:
    """Issue 21: "Sæt sagerne på dagsordenen" was ticked but did nothing once the dialog had closed."""
    window = make_main_window()
    monkeypatch.setattr(main_window, "ask_bundle_files", lambda _parent: sample_bundles[:1])
    ticked: list[bool] = []

    def close_with_ok(dialog: ImportResultsDialog) -> int:
        ticked.append(dialog.add_to_agenda.isChecked())
        dialog.accept()
        return 1

    monkeypatch.setattr(ImportResultsDialog, "exec", close_with_ok)
    _wait_for_import(qtbot, window, window.actions_[Action.IMPORT_BUNDLES].trigger)
    refs = [window.agenda.model.row_at(i).case_ref for i in range(window.agenda.model.rowCount())]
    assert ticked == [True] and refs[-1] == "REH-2026-0101" and len(refs) == 8
