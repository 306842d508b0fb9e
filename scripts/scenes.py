"""The scenes ``screenshots.py`` photographs; each builds a state, grabs a PNG and cleans up.

``SHOT`` holds the window size and whether large text is on; ``screenshots.py`` sets it per run.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from rehabmeet.context import build_context
from rehabmeet.demo.day import DemoService
from rehabmeet.settings.preferences import Preferences, save_preferences

from rehabmeet.ui.app import build_main_window, create_application
from rehabmeet.ui.importing import import_controller
from rehabmeet.ui.importing.import_controller import ImportChoice
from rehabmeet.ui.importing.import_dialogs import ImportResultsDialog

SAMPLES = Path(__file__).resolve().parents[1] / "tests" / "data" / "samples"


@dataclass
class Shot:
    width: int = 1280
    height: int = 800
    large_text: bool = False


SHOT = Shot()
#: The demo hears three cases (moved to the top of the agenda); the row after them is DEMO-2026-003.
HEARD = 3


def _settle(widget: QWidget) -> None:
    widget.show()
    for _ in range(20):
        QApplication.processEvents()


def _demo(context) -> None:  # type: ignore[no-untyped-def]
    from rehabmeet.demo.finished import DemoFinisher

    services = context.services()
    from rehabmeet.demo.history import HistoryGenerator

    finisher = DemoFinisher(services.database.sessions, services.documents, services.certificates, "demo")
    history = HistoryGenerator(services.database.sessions)
    DemoService(services.database.sessions, actor="demo", finisher=finisher, history=history).create()


def _context(language: str):  # type: ignore[no-untyped-def]
    create_application([], language)
    context = build_context(home=None, db=None, language=language, debug=False)
    save_preferences(context.paths.config_dir, Preferences(language=language, large_text=SHOT.large_text))
    _demo(context)
    return context


def _window(language: str):  # type: ignore[no-untyped-def]
    window = build_main_window(_context(language))
    window.confirm_quit = False  # a scene closes its window with a case running
    window.resize(SHOT.width, SHOT.height)
    return window


def main_window(target: Path, language: str) -> None:
    window = _window(language)
    _settle(window)
    window.grab().save(str(target))
    window.close()


def import_results(target: Path, language: str) -> None:
    window = _window(language)
    _settle(window)
    grabbed: list[bool] = []

    def ask(parent: QWidget, outcomes: list, title: str | None) -> ImportChoice:
        dialog = ImportResultsDialog(outcomes, title, parent)
        _settle(dialog)
        dialog.grab().save(str(target))
        grabbed.append(True)
        dialog.close()
        return ImportChoice(add_to_agenda=True, import_as_new_versions=False)

    import_controller.ask_results = ask  # type: ignore[assignment]
    broken = target.with_suffix(".broken.rmb.zip")
    broken.write_bytes(b"no zip")
    window.import_bundles([*sorted(SAMPLES.glob("*.rmb.zip")), broken])
    while not grabbed:
        QApplication.processEvents()
    window.tasks.wait_for_done()
    QTimer.singleShot(0, lambda: None)
    _settle(window)
    window.grab().save(str(target.with_name(target.stem + "-after.png")))
    broken.unlink()
    window.close()


def case_documents(target: Path, language: str) -> None:
    window = _window(language)
    window.case_tabs.setCurrentWidget(window.documents)
    window.agenda.table.selectRow(3)
    _settle(window)
    documents = window.documents
    sheet = documents._meeting_sets.sheet(window.agenda.selected_case_id())
    reference = next(r for s in sheet.sections for r in s.references if r.page > 1)
    documents.open_page(reference.doc_key, reference.page)
    _settle(window)
    window.grab().save(str(target))
    documents.side.setCurrentWidget(documents.meeting_set)
    _settle(window)
    window.grab().save(str(target.with_name(target.stem + "-meeting-set.png")))
    documents.side.setCurrentWidget(documents.search)
    documents.search.field.setText("praktik")
    documents.search.run_search()
    if documents.search.model.rowCount():
        documents.search.hits.clicked.emit(documents.search.model.index(0, 0))
    for _ in range(50):  # the viewer's search marks the pages as it goes
        _settle(window)
    window.grab().save(str(target.with_name(target.stem + "-search.png")))
    window.close()


def meeting_run(target: Path, language: str) -> None:
    from rehabmeet.meeting.clock import FakeClock
    from rehabmeet.meeting.replan import day_datetime
    from rehabmeet.services.meetings import MeetingService

    context = _context(language)
    meeting = MeetingService(context.database().sessions, actor="demo").list_meetings()[0]
    # The demo's first three cases were heard this morning (about 2 h 40 min); this scene starts the fourth.
    clock = FakeClock(day_datetime(meeting.meeting_date, meeting.starts_at).timestamp() + 165 * 60)
    window = build_main_window(context, clock=clock)
    window.confirm_quit = False
    window.resize(SHOT.width, SHOT.height)
    window.agenda.table.selectRow(HEARD)  # the first cases were heard this morning
    window.case_tabs.setCurrentWidget(window.run)
    _settle(window)
    window.run.start_or_next()
    clock.advance(6 * 60)
    window.run.start_or_next()
    clock.advance(18 * 60 + 25)
    window.run.reload()
    _settle(window)
    window.grab().save(str(target))
    screen = window.run_controller.open_citizen_screen()
    screen.resize(1024, 600)
    _settle(screen)
    screen.grab().save(str(target.with_name(target.stem + "-citizen.png")))
    screen.close()
    window.close()


def editor_and_lanes(target: Path, language: str) -> None:
    from tests.helpers.indstilling import COMPLETE_FLEKSJOB

    window = _window(language)
    window.agenda.table.selectRow(HEARD)
    window.run.sync()
    window.case_tabs.setCurrentWidget(window.editor)
    _settle(window)
    editor = window.editor
    partial = COMPLETE_FLEKSJOB.with_changes(afklaret_justification="", transition_support="", special_help="")
    editor.form.set_outcomes(editor.view.outcomes)
    editor.form.set_content(partial)
    editor._on_form_changed()
    editor.save_now()
    _settle(window)
    window.grab().save(str(target))
    window.case_tabs.setCurrentWidget(window.lanes)
    _settle(window)
    lanes = window.lanes
    points = ("Borgeren har været i praktik i 12 uger", "Familien er en vigtig ressource")
    for box, text in zip(lanes.boxes, points, strict=False):
        window._services.lanes.add_point(box.lane.lane_id, text)
    window._services.lanes.set_heard(lanes.boxes[0].lane.lane_id, True, 150)
    lanes.show_item(lanes.item_id)
    _settle(window)
    window.grab().save(str(target.with_name(target.stem + "-lanes.png")))
    window.close()


def outcome(target: Path, language: str) -> None:
    from rehabmeet.ui.documents.signing_dialogs import VerifyDialog

    window = _window(language)
    window.agenda.table.selectRow(1)
    window.case_tabs.setCurrentWidget(window.outcome)
    _settle(window)
    documents = window.outcome.documents
    row = next(n for n, v in enumerate(documents.model.rows()) if (v.kind, v.format) == ("afgoerelse", "pdf"))
    documents.table.selectRow(row)
    _settle(window)
    window.grab().save(str(target))
    result = window._services.documents.verify(documents.selected().id)
    dialog = VerifyDialog(documents.selected().file_name, result, window)
    _settle(dialog)
    dialog.grab().save(str(target.with_name(target.stem + "-verify.png")))
    dialog.close()
    window.close()


def preparation(target: Path, language: str) -> None:
    import tempfile

    from rehabmeet.services.preparation import Anchor

    window = _window(language)
    services = window._services
    packs = services.packs.export(window._meeting_id(), Path(tempfile.mkdtemp(prefix="rehabmeet-packs-")))
    pack = next(p for p in packs if p.member_name == "Morten Lund")
    opened = services.preparation.open_pack(pack.path, pack.passphrase)
    case = next(c for c in opened.cases if c.case_ref == "DEMO-2026-003")
    prep = services.preparation
    prep.add(case.id, "point", "Spørg til smerter ved løft over 5 kg", shared=True)
    prep.add(case.id, "page_note", "Uklart om 12 eller 15 timer", Anchor(2, 0.55, 0.32), shared=True)
    prep.add(case.id, "highlight", "Vigtigt for skånehensyn", Anchor(2, 0.08, 0.42, 0.8, 0.06), shared=True)
    prep.add(case.id, "note", "Kun til mig: læs speciallægeerklæringen igen")
    prep_window = window.packs.show_preparation()
    prep_window.refresh(select_case=case.id)
    _settle(prep_window)
    prep_window._go(2)
    _settle(prep_window)
    prep_window.grab().save(str(target))
    prep_window.close()
    window.close()


def dashboard(target: Path, language: str) -> None:
    window = _window(language)
    board = window.show_dashboard()
    board.resize(SHOT.width, SHOT.height)
    for _ in range(200):
        if board.dashboard is not None:
            break
        QApplication.processEvents()
        window.tasks.wait_for_done(50)
    _settle(board)
    board.grab().save(str(target))
    board.tables.parentWidget().parentWidget().setCurrentIndex(1)
    _settle(board)
    board.grab().save(str(target.with_name(target.stem + "-tables.png")))
    board.close()
    window.close()


def tabs(target: Path, language: str) -> None:
    """Every case tab for the third case of the day (the one the meeting is at)."""
    window = _window(language)
    window.agenda.table.selectRow(HEARD)
    for index in range(window.case_tabs.count()):
        window.show_tab(index)
        _settle(window)
        window.grab().save(str(target.with_name(f"{target.stem}-{index + 1}.png")))
    window.close()


def dialogs(target: Path, language: str) -> None:
    """Each dialog a menu command opens: every ``QDialog.exec`` is photographed and cancelled."""
    from rehabmeet.ui.shared.actions import Action

    window = _window(language)
    window.agenda.table.selectRow(HEARD)
    _settle(window)
    shots: list[str] = []
    original = QDialog.exec

    def grab_and_cancel(dialog: QDialog) -> int:
        _settle(dialog)
        dialog.grab().save(str(target.with_name(f"{target.stem}-{shots[-1]}.png")))
        dialog.reject()
        return int(QDialog.DialogCode.Rejected)

    QDialog.exec = grab_and_cancel  # type: ignore[method-assign,assignment]
    try:
        for action in (Action.NEW_MEETING, Action.EDIT_MEETING, Action.ADD_CASES, Action.SHORTCUTS, Action.ABOUT):
            shots.append(action.name.lower())
            window.actions_[action].trigger()
            _settle(window)
            for shown in QApplication.topLevelWidgets():  # dialogs shown without exec (shortcuts)
                if isinstance(shown, QDialog) and shown.isVisible():
                    shown.grab().save(str(target.with_name(f"{target.stem}-{shots[-1]}.png")))
                    shown.close()
        shots.append("finalise")
        window.show_tab(4)
        _settle(window)
        window.editor.finalise()
        _settle(window)
    finally:
        QDialog.exec = original  # type: ignore[method-assign]
    window.close()


SCENES: dict[str, Callable[[Path, str], None]] = {
    "main-window": main_window,
    "tabs": tabs,
    "dialogs": dialogs,
    "import-results": import_results,
    "case-documents": case_documents,
    "meeting-run": meeting_run,
    "editor": editor_and_lanes,
    "outcome": outcome,
    "preparation": preparation,
    "dashboard": dashboard,
}
