"""The shared database stops mid-meeting: the window says so within two seconds, keeps what is typed,
and saves it when the server is back — nothing typed is lost (a real server, stopped and restarted)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from rehabmeet.context import build_context
from rehabmeet.demo.day import DemoService
from rehabmeet.services.indstilling import IndstillingService
from tests.helpers.postgres import PostgresUnavailable, RestartableServer, create_database, restartable_postgres_server

from rehabmeet.ui.app import build_main_window
from rehabmeet.ui.indstilling import indstilling_editor

FLEKSJOB_ROW = 2


@pytest.fixture
def server() -> Iterator[RestartableServer]:
    try:
        with restartable_postgres_server() as running:
            yield running
    except PostgresUnavailable as exc:
        pytest.skip(str(exc))


def test_typing_while_the_server_is_stopped_is_saved_when_it_is_back(
    server: RestartableServer, qtbot: QtBot, isolated_environment: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = create_database(server.url, "meeting")
    context = build_context(home=None, db=url, language="en", debug=False)
    DemoService(context.database().sessions, actor="leader").create()
    window = build_main_window(context)
    qtbot.add_widget(window)
    window.show()
    errors: list[str] = []
    monkeypatch.setattr(indstilling_editor, "show_error", lambda _parent, message: errors.append(message))
    window.agenda.table.selectRow(FLEKSJOB_ROW)
    window.case_tabs.setCurrentWidget(window.editor)
    editor = window.editor
    try:
        server.stop()
        qtbot.waitUntil(lambda: not window.live.reachable_now, timeout=2000)
        assert "cannot be reached" in window.statusBar().currentMessage()
        qtbot.keyClicks(editor.form.widgets["job_goal"], "Lagerarbejde")
        editor.save_now()
        assert editor.scheduler.dirty  # refused, and kept as unsaved
        assert errors == []  # the status bar says why; no message box at every pause in typing
        assert editor.form.content().job_goal == "Lagerarbejde"
        server.start()
        qtbot.waitUntil(lambda: window.live.reachable_now and not editor.scheduler.dirty, timeout=10_000)
        service = IndstillingService(context.database().sessions, actor="check")
        assert service.draft(editor.item_id).content.job_goal == "Lagerarbejde"
    finally:
        window.close()
        context.close()
