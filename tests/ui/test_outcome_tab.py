"""The decision and documents tab: decide at the table, write, sign, check and print documents."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from tests.helpers.db import open_home_database
from tests.helpers.indstilling import finalise_demo_fleksjob
from tests.helpers.trust import accepted

from rehabmeet.ui.documents import decision_panel, issued_documents_widget
from rehabmeet.ui.documents.signing_dialogs import SignDialog, VerifyDialog
from rehabmeet.ui.shell.main_window import MainWindow

FLEKSJOB_ROW = 2  # DEMO-2026-003 on the demo agenda


@pytest.fixture
def window(demo_home: Path, make_main_window: Callable[[], MainWindow]) -> MainWindow:
    database = open_home_database(demo_home)
    finalise_demo_fleksjob(database.sessions)
    database.close()
    window = make_main_window()
    window.agenda.table.selectRow(FLEKSJOB_ROW)
    window.case_tabs.setCurrentWidget(window.outcome)
    return window


def _write(window: MainWindow, qtbot: QtBot, kind: str, fmt: str = "pdf") -> None:
    documents = window.outcome.documents
    documents.kind.setCurrentIndex(documents.kind.findData(kind))
    documents.format.setCurrentIndex(documents.format.findData(fmt))
    before = documents.model.rowCount()
    documents.write.click()
    qtbot.waitUntil(lambda: documents.model.rowCount() == before + 1, timeout=10_000)


def test_the_decision_is_typed_autosaved_and_made(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = window.outcome.decision
    asked: list[str] = []
    monkeypatch.setattr(decision_panel, "ask_yes_no", lambda _p, _t, question: asked.append(question) or True)
    assert panel.isEnabled() and not panel.view.exists
    assert not panel.form.months.isVisibleTo(panel.form)  # fleksjob has no length to decide
    qtbot.keyClicks(panel.form.reasons, "Din arbejdsevne er varigt nedsat.")
    qtbot.keyClicks(panel.form.facts, "Praktikrapport: stabilt fremmøde 12 timer om ugen")
    panel.form.heard_now.click()
    qtbot.waitUntil(lambda: not panel.scheduler.dirty and panel.view.exists, timeout=3000)
    panel.make.click()
    assert asked == ["Make the decision? It is final; reopening it needs a reason, which is logged."]
    assert panel.view.final and not panel.make.isEnabled() and panel.reopen.isEnabled()
    assert panel.form.reasons.isReadOnly()
    assert "Decided (version 1)" in panel.status.text()


def test_a_departing_decision_asks_first_and_warns_that_the_case_returns(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    form = window.outcome.decision.form
    form.outcome.setCurrentIndex(form.outcome.findData("ressourceforloeb"))
    assert form.departs.isVisibleTo(form) and "returns to the team" in form.departs.text()
    assert form.months.isVisibleTo(form)  # a ressourceforløb is decided with its length
    asked: list[str] = []
    monkeypatch.setattr(decision_panel, "ask_yes_no", lambda _p, _t, question: asked.append(question) or False)
    window.outcome.decision.make.click()
    assert asked and not window.outcome.decision.view.final


def test_write_sign_check_and_print_the_indstilling(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    documents = window.outcome.documents
    _write(window, qtbot, "indstilling")
    assert documents.selected().kind == "indstilling" and documents.viewer.document.pageCount() >= 2

    certificate = accepted(window._services.certificates, "Anna Leder", role="Mødeleder")
    monkeypatch.setattr(SignDialog, "exec", lambda self: True)
    monkeypatch.setattr(SignDialog, "chosen", lambda self: (certificate.id, "Mødeleder"))
    documents.buttons["sign"].click()
    qtbot.waitUntil(
        lambda: documents.selected() is not None and documents.selected().status == "signed", timeout=10_000
    )
    assert "Anna Leder (Mødeleder)" in documents.model.data(documents.model.index(0, 4))

    verdicts: list[str] = []
    monkeypatch.setattr(VerifyDialog, "exec", lambda self: verdicts.append(self.verdict.text()))
    documents.buttons["verify"].click()
    qtbot.waitUntil(lambda: bool(verdicts), timeout=10_000)
    assert verdicts[0].startswith("✔ Every signature is intact")

    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    monkeypatch.setattr(issued_documents_widget, "ask_printer", lambda _parent, _title: printer)
    documents.buttons["print"].click()
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == documents.selected().pages


def test_a_signed_document_is_corrected_only_with_a_reason(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    documents = window.outcome.documents
    _write(window, qtbot, "indstilling")
    certificate = accepted(window._services.certificates, "Anna Leder", role="Mødeleder")
    window._services.documents.sign(documents.selected().id, certificate.id)
    documents.show_item(documents.item_id)
    monkeypatch.setattr(issued_documents_widget, "ask_text", lambda *_args: None)
    documents.write.click()  # cancelled at the reason question: nothing is written
    assert documents.model.rowCount() == 1
    monkeypatch.setattr(issued_documents_widget, "ask_text", lambda *_args: "Forkert dato")
    documents.buttons["correct"].click()
    qtbot.waitUntil(lambda: documents.model.rowCount() == 2, timeout=10_000)
    statuses = [documents.model.row_at(r).status for r in range(2)]
    assert statuses == ["draft", "signed"]  # the correction is current only once signed (issue 16)


def test_the_hand_out_in_large_type_and_the_word_copy(window: MainWindow, qtbot: QtBot) -> None:
    documents = window.outcome.documents
    documents.kind.setCurrentIndex(documents.kind.findData("haandud"))
    assert documents.large_type.isVisibleTo(documents)
    documents.large_type.setChecked(True)
    _write(window, qtbot, "haandud")
    assert documents.selected().large_type and documents.selected().pages == 1
    _write(window, qtbot, "indstilling", "docx")
    assert documents.selected().format == "docx" and not documents.buttons["sign"].isEnabled()
    assert "Word copy" in documents.hint.text()


def test_check_signatures_names_an_overlay_added_after_signing(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, demo_home: Path
) -> None:
    import hashlib

    from sqlalchemy import text

    from tests.helpers.forgery import overlay_in_unsigned_field

    documents = window.outcome.documents
    _write(window, qtbot, "indstilling")
    certificate = accepted(window._services.certificates, "Anna Leder", role="Mødeleder")
    signed = window._services.documents.sign(documents.selected().id, certificate.id)
    forged = overlay_in_unsigned_field(window._services.documents.content(signed.id)[1])
    with window._services.database.engine.begin() as connection:  # a forger with the database key
        connection.execute(
            text("UPDATE issued_document SET content = :c, sha256 = :h, size = :s WHERE id = :id"),
            {"c": forged, "h": hashlib.sha256(forged).hexdigest(), "s": len(forged), "id": signed.id},
        )
    documents.show_item(documents.item_id)
    verdicts: list[str] = []
    monkeypatch.setattr(VerifyDialog, "exec", lambda self: verdicts.append(self.verdict.text()))
    documents.buttons["verify"].click()
    qtbot.waitUntil(lambda: bool(verdicts), timeout=10_000)
    assert verdicts[0].startswith("✖ Not verified:")
    assert "changed after signing: revision 4: new signature field 'Overlay' on page 1" in verdicts[0]
