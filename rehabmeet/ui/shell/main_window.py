"""MainWindow: composes the agenda, the case facts, menus and status bar. No feature logic here."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QSplitter, QTabWidget, QWidget

from rehabmeet.bundles.outcome import ImportOutcome, ImportStatus
from rehabmeet.bundles.readiness import ReadinessState, Severity
from rehabmeet.errors import UserFacingError
from rehabmeet.meeting.timer import TimerStatus
from rehabmeet.secrets import Custody, custody
from rehabmeet.services.agenda_rows import PAST_MEETINGS_SHOWN
from rehabmeet.services.meetings import Agenda, AgendaRow
from rehabmeet.services.registry import Services
from rehabmeet.services.warmup import warm_up

from rehabmeet.ui.agenda.agenda_widget import AgendaWidget
from rehabmeet.ui.agenda.meeting_controller import MeetingController
from rehabmeet.ui.agenda.meeting_selector import MeetingSelector
from rehabmeet.ui.case.case_documents_widget import CaseDocumentsWidget
from rehabmeet.ui.case.case_facts_widget import CaseFactsWidget
from rehabmeet.ui.case.summary_export import SummaryExportController
from rehabmeet.ui.documents.outcome_tab import OutcomeTab
from rehabmeet.ui.importing.import_controller import ImportChoice, ImportController
from rehabmeet.ui.indstilling.indstilling_editor import IndstillingEditor
from rehabmeet.ui.input.lanes_widget import LanesWidget
from rehabmeet.ui.meeting.meeting_run_widget import MeetingRunWidget
from rehabmeet.ui.meeting.run_controller import RunController
from rehabmeet.ui.packs.packs_controller import PacksController
from rehabmeet.ui.shared.actions import TAB_ACTIONS, Action, ActionRegistry
from rehabmeet.ui.shared.dialogs import ask_bundle_files, ask_bundle_folder, ask_yes_no, show_error
from rehabmeet.ui.shared.fitting_tabs import FittingTabLabels
from rehabmeet.ui.shared.tasks import TaskRunner
from rehabmeet.ui.shared.undo import EditUndo
from rehabmeet.ui.shell.about_dialog import custody_label, show_about
from rehabmeet.ui.shell.menus import build_menus, build_toolbar
from rehabmeet.ui.shell.preferences_menu import PreferencesMenu
from rehabmeet.ui.shell.shortcuts_dialog import show_shortcuts
from rehabmeet.ui.shell.window_state import WindowState

if TYPE_CHECKING:
    from rehabmeet.ui.dashboard.dashboard_window import DashboardWindow
    from rehabmeet.ui.shell.help_window import HelpWindow

WARM_UP_DELAY_MS = 2000


class MainWindow(QMainWindow):
    """The meeting leader's main window: agenda on the left, the selected case on the right."""

    def __init__(self, services: Services, state: WindowState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._state = state
        self._agenda: Agenda | None = None
        self.confirm_quit = True  # ask before quitting while a case runs (tests switch it off)
        self.setObjectName("mainWindow")
        self.setWindowTitle(f"RehabMeet — {services.actor}")  # who works here, also in the status bar
        self.undo_stack = QUndoStack(self)  # before the actions: it goes first when the window is deleted
        self.actions_ = ActionRegistry(self)
        self.meeting_selector = MeetingSelector(self)
        self.agenda = AgendaWidget(self)
        self.facts = CaseFactsWidget(self)
        self.documents = CaseDocumentsWidget(services.meeting_sets, services.search, self)
        self.case_tabs = QTabWidget(self)
        self.case_tabs.setObjectName("caseTabs")
        self.case_tabs.addTab(self.facts, self.tr("Facts"))
        self.case_tabs.addTab(self.documents, self.tr("Summary and documents"))
        self.run = MeetingRunWidget(services.run, services.attendance, services.clock, self)
        self.case_tabs.addTab(self.run, self.tr("Running the meeting"))
        self.lanes = LanesWidget(services.lanes, self, self.undo_stack)
        self.case_tabs.addTab(self.lanes, self.tr("The team's input"))
        self.editor = IndstillingEditor(services.indstilling, self)
        self.case_tabs.addTab(self.editor, self.tr("Indstilling"))
        self.tasks = TaskRunner(self)
        self.outcome = OutcomeTab(services, self.tasks, self)
        self.case_tabs.addTab(self.outcome, self.tr("Decision and documents"))
        self.tab_labels = FittingTabLabels(self.case_tabs, self._tab_labels())
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.agenda)
        self.splitter.addWidget(self.case_tabs)
        self.splitter.setStretchFactor(0, 0)  # the agenda as wide as its names need; the rest for the case
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)
        self.menus = build_menus(self, self.actions_)
        self.preferences = PreferencesMenu(self.menus[3], state.config_dir, self, members=self._member_names)
        self.preferences.appearance_changed.connect(self._on_refresh_triggered)
        self.addActions(self.actions_.all())  # shortcuts work wherever the focus is in the window
        build_toolbar(self, self.actions_, self.meeting_selector)
        self.run_controller = RunController(self.run, self.actions_, services.clock, self, prepare=self._show_run_tab)
        self.planner = MeetingController(services, self, self.undo_stack)
        self.run.undo_stack = self.undo_stack
        self.run.attendance.undo_stack = self.undo_stack
        self.run.may_start = self._may_start
        self.importer = ImportController(services.make_importer, self.tasks, self)
        self.summary_export = SummaryExportController(services.meeting_sets, services.cases, self.tasks, self)
        self.packs = PacksController(services, self.tasks, self)
        self.dashboard: DashboardWindow | None = None
        self.help: HelpWindow | None = None
        self._status_label = QLabel(self)
        self.statusBar().addPermanentWidget(self._status_label)
        self._connect_signals()
        self.resize(1280, 800)

    def _connect_undo(self) -> None:
        """Edit → Undo / Redo follow the window's undo stack, or the typing in the text field with the
        keyboard; their tooltips name the change."""
        self.edit_undo = EditUndo(self.actions_[Action.UNDO], self.actions_[Action.REDO], self.undo_stack, self)

    def _connect_keyboard(self) -> None:
        """Alt+1 … Alt+6 show a case tab, Ctrl+Tab / Ctrl+PgDn the next one from anywhere, Alt+0 the agenda."""
        for index, action in enumerate(TAB_ACTIONS):
            self.actions_[action].triggered.connect(lambda _checked=False, i=index: self.show_tab(i))
        count = self.case_tabs.count()
        self.actions_[Action.NEXT_TAB].triggered.connect(
            lambda: self.show_tab((self.case_tabs.currentIndex() + 1) % count)
        )
        self.actions_[Action.PREVIOUS_TAB].triggered.connect(
            lambda: self.show_tab((self.case_tabs.currentIndex() - 1) % count)
        )
        self.actions_[Action.FOCUS_AGENDA].triggered.connect(
            lambda: self.agenda.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        )
        self.actions_[Action.SHORTCUTS].triggered.connect(lambda: show_shortcuts(self, self.actions_))

    def show_tab(self, index: int) -> None:
        """Show case tab ``index`` and put the keyboard in it (its first control that takes focus)."""
        self.case_tabs.setCurrentIndex(index)
        page = self.case_tabs.currentWidget()
        target = next(
            (
                w
                for w in page.findChildren(QWidget)
                if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
            ),
            page,
        )
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _connect_signals(self) -> None:
        self._connect_undo()
        self._connect_keyboard()
        self.actions_[Action.QUIT].triggered.connect(self.close)
        self.actions_[Action.REFRESH].triggered.connect(self._on_refresh_triggered)
        self.actions_[Action.ABOUT].triggered.connect(self._on_about_triggered)
        self.outcome.documents.busy.connect(lambda message: self.statusBar().showMessage(message, 30_000))
        self.actions_[Action.MANAGEMENT_INFO].triggered.connect(self.show_dashboard)
        self.actions_[Action.HELP].triggered.connect(self.show_help)
        self.actions_[Action.OPEN_PACK].triggered.connect(lambda: self.packs.open_pack())
        self.actions_[Action.EXPORT_PACKS].triggered.connect(lambda: self.packs.export_packs(self._meeting_id()))
        self.actions_[Action.IMPORT_NOTES].triggered.connect(lambda: self.packs.import_notes())
        self.actions_[Action.NOTE_CONFLICTS].triggered.connect(self.packs.show_conflicts)
        self.packs.status.connect(lambda message: self.statusBar().showMessage(message, 30_000))
        self.run.plan_changed.connect(lambda _meeting: self._on_refresh_triggered())
        self.run_controller.message.connect(lambda message: self.statusBar().showMessage(message, 10_000))
        self.packs.lanes_changed.connect(lambda: self.lanes.show_item(self.lanes.item_id))
        self.meeting_selector.meeting_chosen.connect(self._on_meeting_selector_meeting_chosen)
        self.agenda.case_selected.connect(self._on_agenda_case_selected)
        self.agenda.bundles_dropped.connect(self._on_agenda_bundles_dropped)
        self.actions_[Action.IMPORT_BUNDLES].triggered.connect(self._on_import_bundles_triggered)
        self.actions_[Action.IMPORT_FOLDER].triggered.connect(self._on_import_folder_triggered)
        self.importer.import_finished.connect(self._on_importer_import_finished)
        self.case_tabs.currentChanged.connect(self._on_case_tabs_current_changed)
        self.actions_[Action.EXPORT_SUMMARY].triggered.connect(self._on_export_summary_triggered)
        self.actions_[Action.NEW_MEETING].triggered.connect(self.planner.new_meeting)
        self.actions_[Action.EDIT_MEETING].triggered.connect(lambda: self.planner.edit_meeting(self._meeting_id()))
        self.actions_[Action.DELETE_MEETING].triggered.connect(
            lambda: self.planner.delete_meeting(self._meeting_id(), self.meeting_selector.currentText())
        )
        self.planner.meeting_deleted.connect(lambda: self._show_meetings(None, None))
        self.actions_[Action.ADD_CASES].triggered.connect(
            lambda: self.planner.add_cases(self._meeting_id(), {r.case_id for r in self._agenda_rows()})
        )
        self.actions_[Action.POSTPONE_CASE].triggered.connect(
            lambda: self.planner.postpone(self._meeting_id(), self.agenda.selected_item_id())
        )
        self.actions_[Action.REMOVE_CASE].triggered.connect(
            lambda: self.planner.remove(self._meeting_id(), self.agenda.selected_item_id(), self._selected_label())
        )
        self.agenda.model.move_requested.connect(
            lambda item_id, row: self.planner.move(self._meeting_id(), item_id, row) if self._meeting_id() else None
        )
        self.planner.meeting_changed.connect(self._on_planner_meeting_changed)

    def load(self, meeting_id: int | None = None) -> None:
        """Fill the window from the database, selecting ``meeting_id`` or the last one used."""
        # Load the PDF libraries in the background once the window is up (not during start-up, where
        # the worker would compete with the GUI thread for the interpreter).
        QTimer.singleShot(
            WARM_UP_DELAY_MS, self.tasks, lambda: self.tasks.start(lambda _progress, _cancelled: warm_up())
        )

        self._update_status()
        if self._state.geometry() is not None:
            self.restoreGeometry(self._state.geometry())
        if self._state.splitter() is not None:
            self.splitter.restoreState(self._state.splitter())
        self._show_meetings(meeting_id or self._state.meeting_id(), self._state.case_id())

    def _show_meetings(self, meeting_id: int | None, case_id: int | None) -> None:
        # Upcoming days and the newest past ones: a long history should not fill the chooser (or the start-up).
        meetings = self._services.meetings.list_meetings(past_limit=PAST_MEETINGS_SHOWN)
        self.meeting_selector.set_meetings(meetings, meeting_id)
        self._show_meeting(self.meeting_selector.current_meeting_id(), case_id)

    def _show_meeting(self, meeting_id: int | None, case_id: int | None = None) -> None:
        self._agenda = self._services.meetings.agenda(meeting_id) if meeting_id is not None else None
        self.agenda.show_agenda(self._agenda)
        self.agenda.show_warnings(self._agenda.warnings if self._agenda is not None else None)

        if not self.agenda.select_case(case_id):
            self.facts.show_case(None)
            self.documents.show_case(None)

    def _tab_labels(self) -> list[tuple[str, str]]:
        """Each case tab's full label and the short one used when the full ones do not fit (large text)."""
        return [
            (self.tr("Facts"), self.tr("Facts")),
            (self.tr("Summary and documents"), self.tr("Summary", "short tab label")),
            (self.tr("Running the meeting"), self.tr("Meeting", "short tab label")),
            (self.tr("The team's input"), self.tr("Input", "short tab label")),
            (self.tr("Indstilling"), self.tr("Indstilling")),
            (self.tr("Decision and documents"), self.tr("Decision", "short tab label")),
        ]

    def _key_custody(self) -> Custody | None:
        try:
            return custody()
        except UserFacingError:
            return None

    def _member_names(self) -> list[str]:
        team = self._services.team.team()
        return [m.name for m in team.members] if team is not None else []

    def _update_status(self) -> None:
        database = self._services.database
        team = self._services.team.team()
        storage = self.tr("Encrypted database") if database.encrypted else self.tr("Shared database")
        if database.encrypted:
            storage = f"{storage} ({custody_label(self._key_custody())})"
        parts = [storage, self.tr("User: %1").replace("%1", self._services.actor)]
        if team is not None:
            parts.insert(0, team.name)
        self._status_label.setText(" · ".join(parts))  # the database's location would not fit: a tooltip
        self._status_label.setToolTip(" · ".join([*parts[:-1], database.target.display_name, parts[-1]]))

    @Slot(int)
    def _on_meeting_selector_meeting_chosen(self, meeting_id: int) -> None:
        self._show_meeting(meeting_id)

    @Slot(int)
    def _on_agenda_case_selected(self, case_id: int) -> None:
        on = self._agenda.meeting.meeting_date if self._agenda is not None else None
        try:
            self.facts.show_case(self._services.cases.case_detail(case_id, on=on))
            self._show_documents_if_visible()
        except UserFacingError as exc:
            show_error(self, str(exc))

    def _show_documents_if_visible(self) -> None:
        """The reading material loads only when its tab is shown; the run view always follows the agenda."""
        current = self.case_tabs.currentWidget()
        if current is self.documents:
            self.documents.show_case(self.agenda.selected_case_id())
        elif current is self.lanes and self.lanes.item_id != self.agenda.selected_item_id():
            self.lanes.show_item(self.agenda.selected_item_id())
        elif current is self.editor and self.editor.item_id != self.agenda.selected_item_id():
            self.editor.show_item(self.agenda.selected_item_id(), self._selected_citizen())
        elif current is self.outcome:
            self.outcome.show_item(self.agenda.selected_item_id())
        self.run.follow(self._meeting_id(), self.agenda.selected_item_id())  # the timer keys act on it from any tab
        self.run_controller.refresh_actions()

    def _show_run_tab(self) -> None:
        """Timer shortcuts act on the selected case in the run view; bring it up to date first."""
        self.run.follow(self._meeting_id(), self.agenda.selected_item_id())
        self.case_tabs.setCurrentWidget(self.run)
        self.run.sync()

    def _may_start(self, item_id: int) -> bool:
        """Starting a case that is not ready asks first, naming what is missing."""
        row = next((r for r in self._agenda_rows() if r.item_id == item_id), None)
        if row is None or row.readiness is not ReadinessState.NOT_READY:
            return True
        missing = "\n".join(f"• {f.message}" for f in row.findings if f.severity is Severity.BLOCKING)
        question = (
            self.tr("%1 is not ready:\n%2\n\nStart the case anyway?")
            .replace("%1", f"{row.case_ref} · {row.citizen_name}")
            .replace("%2", missing)
        )
        return ask_yes_no(self, self.tr("Start a case that is not ready"), question)

    def _selected_label(self) -> str:
        item_id = self.agenda.selected_item_id()
        return next((f"{r.case_ref} · {r.citizen_name}" for r in self._agenda_rows() if r.item_id == item_id), "")

    def _selected_citizen(self) -> str:
        item_id = self.agenda.selected_item_id()
        return next((r.citizen_name for r in self._agenda_rows() if r.item_id == item_id), "")

    def _meeting_id(self) -> int | None:
        return self._agenda.meeting.meeting_id if self._agenda is not None else None

    def _agenda_rows(self) -> tuple[AgendaRow, ...]:
        return self._agenda.rows if self._agenda is not None else ()

    @Slot(int)
    def _on_planner_meeting_changed(self, meeting_id: int) -> None:
        self._show_meetings(meeting_id, self.agenda.selected_case_id())

    @Slot(int)
    def _on_case_tabs_current_changed(self, _index: int) -> None:
        self._show_documents_if_visible()

    @Slot()
    def _on_export_summary_triggered(self) -> None:
        case_id = self.agenda.selected_case_id()
        if case_id is None:
            show_error(self, self.tr("Select a case on the agenda first."))
            return
        self.summary_export.start(case_id)

    def import_bundles(self, paths: list[Path]) -> None:
        """Import ``paths`` in the background (menu, toolbar and drops all come here)."""
        title = self._agenda.meeting.title if self._agenda is not None else None
        self.importer.start(paths, meeting_title=title)

    @Slot()
    def _on_import_bundles_triggered(self) -> None:
        self.import_bundles(ask_bundle_files(self))

    @Slot()
    def _on_import_folder_triggered(self) -> None:
        self.import_bundles(ask_bundle_folder(self))

    @Slot(list)
    def _on_agenda_bundles_dropped(self, paths: list[str]) -> None:
        self.import_bundles([Path(p) for p in paths])

    @Slot(object, object)
    def _on_importer_import_finished(self, outcomes: list[ImportOutcome], choice: ImportChoice) -> None:
        imported = [o.case_id for o in outcomes if o.case_id is not None and o.status is ImportStatus.IMPORTED]
        if choice.add_to_agenda and self._agenda is not None:
            ids = [o.case_id for o in outcomes if o.case_id is not None]
            try:
                self._services.planning.add_cases(self._agenda.meeting.meeting_id, ids)
            except UserFacingError as exc:
                show_error(self, str(exc))
        self.statusBar().showMessage(self.tr("%n case(s) imported", "", len(imported)), 10_000)
        self._on_refresh_triggered()

    @Slot()
    def _on_refresh_triggered(self) -> None:
        self._show_meetings(self.meeting_selector.current_meeting_id(), self.agenda.selected_case_id())

    @Slot()
    def show_dashboard(self) -> DashboardWindow:
        """Open (or raise) the management information window."""
        if self.dashboard is None:
            from rehabmeet.ui.dashboard.dashboard_window import DashboardWindow  # charts load when first opened

            self.dashboard = DashboardWindow(self._services.stats, self.tasks, date.today(), self)
            self.dashboard.refresh()
        self.dashboard.show()
        return self.dashboard

    @Slot()
    def show_help(self) -> HelpWindow:
        """Open the user guide."""
        if self.help is None:
            from rehabmeet.ui.shell.help_window import HelpWindow

            self.help = HelpWindow(self)
        self.help.show()
        return self.help

    @Slot()
    def _on_about_triggered(self) -> None:
        show_about(self, self._services.database)

    def _running_case(self) -> str | None:
        """The case whose timer runs or is paused on the shown day, as "ref · name"."""
        meeting_id = self._meeting_id()
        if meeting_id is None:
            return None
        try:
            day = self._services.run.day(meeting_id)
        except UserFacingError:
            return None
        busy = (i for i in day.items if i.timer.status in (TimerStatus.RUNNING, TimerStatus.PAUSED))
        item = next(busy, None)
        return f"{item.case_ref} · {item.citizen_name}" if item is not None else None

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask first while a case runs; then save what is typed, close the citizen screen, stop
        background work, remember the window."""
        running = self._running_case() if self.confirm_quit else None
        if running is not None:
            question = self.tr("%1 is still running. Quit RehabMeet anyway? The timer keeps its time.").replace(
                "%1", running
            )
            if not ask_yes_no(self, self.tr("Quit during the meeting"), question):
                event.ignore()
                return
        self.run.autosave.flush()
        self.editor.save_now()
        self.outcome.save_now()
        self.run_controller.close()
        self.tasks.shutdown()
        self._state.save(
            geometry=self.saveGeometry(),
            splitter=self.splitter.saveState(),
            meeting_id=self.meeting_selector.current_meeting_id(),
            case_id=self.agenda.selected_case_id(),
        )
        super().closeEvent(event)
