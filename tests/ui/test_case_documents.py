"""The case view's reading material: source links open their page, the budget meter, search."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QUrl
from pytestqt.qtbot import QtBot

from rehabmeet.ui.case import meeting_set_widget
from rehabmeet.ui.case.case_documents_widget import CaseDocumentsWidget
from rehabmeet.ui.shell.main_window import MainWindow


def _documents(window: MainWindow, row: int = 0) -> CaseDocumentsWidget:
    window.case_tabs.setCurrentWidget(window.documents)
    window.agenda.table.selectRow(row)
    return window.documents


def test_opening_the_tab_shows_the_sheet_and_the_first_document(make_main_window: Callable[[], MainWindow]) -> None:
    documents = _documents(make_main_window())
    assert "Question to the team" in documents.sheet.toPlainText()
    assert documents.viewer.document.pageCount() > 0
    assert documents.viewer.current_page() == 1


def test_a_source_link_opens_its_document_at_its_page(make_main_window: Callable[[], MainWindow], qtbot: QtBot) -> None:
    documents = _documents(make_main_window(), row=3)
    sheet = documents._meeting_sets.sheet(documents._set.case_id)  # type: ignore[union-attr]
    reference = next(r for s in sheet.sections for r in s.references if r.page > 1)
    with qtbot.wait_signal(documents.page_opened) as opened:
        documents.sheet.anchorClicked.emit(QUrl(f"page:{reference.doc_key}/{reference.page}"))
    assert opened.args[:2] == [reference.doc_key, reference.page]
    assert documents.viewer.doc_key == reference.doc_key
    assert documents.viewer.current_page() == reference.page
    assert f"Page {reference.page} of" in documents.viewer.position.text()


def test_excluding_a_document_lowers_the_budget_meter(make_main_window: Callable[[], MainWindow]) -> None:
    documents = _documents(make_main_window())
    meter = documents.meeting_set
    before = meter.view_
    assert before is not None and meter.meter.format() == f"{before.used} of 50 pages"
    doc = before.documents[-1]
    index = meter.model.index_of(doc.doc_key)
    assert meter.model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    meter.model.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    after = meter.view_
    assert after is not None and after.used == before.used - doc.pages
    assert meter.meter.format() == f"{after.used} of 50 pages"
    assert meter.model.data(index, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    page_text = meter.model.data(meter.model.index_of(doc.doc_key, 1), Qt.ItemDataRole.DisplayRole)
    assert page_text == "Page 1 (not in the meeting set)"


def test_over_cap_include_is_refused_without_a_reason_and_kept_with_one(
    make_main_window: Callable[[], MainWindow], monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    from rehabmeet.services.meeting_sets import MeetingSetView

    window = make_main_window()
    documents = _documents(window, row=3)
    meter = documents.meeting_set
    view = meter.view_
    assert view is not None
    # shrink the cap for this case so that re-including an excluded page passes it
    out = view.documents[-1]
    meter.apply(out.doc_key, 1, out.pages, include=False)
    from sqlalchemy import update

    from rehabmeet.models import MeetingSet

    with window._services.database.sessions.begin() as session:
        session.execute(update(MeetingSet).values(page_cap=meter.view_.used))  # type: ignore[union-attr]
    refused: list[str] = []
    monkeypatch.setattr(meeting_set_widget, "ask_text", lambda _p, _t, prompt: refused.append(prompt) or None)
    assert not meter.apply(out.doc_key, 1, 1, include=True)
    assert "over the cap" in refused[0]
    monkeypatch.setattr(meeting_set_widget, "ask_text", lambda *_a: "Lægen ønsker siden læst")
    with qtbot.wait_signal(meter.changed) as changed:
        assert meter.apply(out.doc_key, 1, 1, include=True)
    new_view: MeetingSetView = changed.args[0]
    assert new_view.used == new_view.cap + 1 and new_view.over_cap_reason == "Lægen ønsker siden læst"
    assert meter.meter_text.text() == "Over the cap by 1 pages. Reason: Lægen ønsker siden læst"


def test_search_lists_hits_by_document_and_page_and_opens_them(
    make_main_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    documents = _documents(make_main_window())
    search = documents.search
    name = documents.sheet.toPlainText().splitlines()[0].split()[0]
    search.field.setText(name)
    search.run_search()
    assert search.model.rowCount() > 1
    assert search.status.text().startswith("Found on ")
    first = search.model.data(search.model.index(1, 0))
    assert ", p. " in first and name.casefold() in first.casefold()
    hit = search.model.hit_at(1)
    with qtbot.wait_signal(documents.page_opened):
        search.hits.clicked.emit(search.model.index(1, 0))
    assert (documents.viewer.doc_key, documents.viewer.current_page()) == (hit.doc_key, hit.page)
    search.field.setText("zzzyyyxxx")
    search.run_search()
    assert search.model.rowCount() == 0 and search.status.text() == "Not found."


def test_meeting_set_tree_obeys_the_qt_model_contract(
    make_main_window: Callable[[], MainWindow], qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    documents = _documents(make_main_window())
    qtmodeltester.check(documents.meeting_set.model)


def test_a_search_hit_is_highlighted_on_its_page(make_main_window: Callable[[], MainWindow], qtbot: QtBot) -> None:
    from PySide6.QtPdf import QPdfSearchModel

    documents = _documents(make_main_window())
    search, viewer = documents.search, documents.viewer
    name = documents.sheet.toPlainText().splitlines()[0].split()[0]
    search.field.setText(name)
    search.run_search()
    hit = search.model.hit_at(1)
    search.hits.clicked.emit(search.model.index(1, 0))
    model = viewer.view.searchModel()
    assert model is not None and model.searchString() == name  # the viewer marks every hit on the pages
    qtbot.wait_until(lambda: viewer.view.currentSearchResultIndex() >= 0)
    current = model.index(viewer.view.currentSearchResultIndex(), 0)
    assert model.data(current, QPdfSearchModel.Role.Page.value) == hit.page - 1  # the current one on the hit's page
    assert viewer.current_page() == hit.page
    documents.sheet.source_clicked.emit(hit.doc_key, 1)  # a page opened otherwise: no marks left
    assert model.searchString() == ""
