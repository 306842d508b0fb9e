"""RunController: wires the timer actions, the citizen screen and the timing report to the run view."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QWidget

from rehabmeet.meeting.clock import Clock
from rehabmeet.meeting.timer import TimerCommand
from rehabmeet.services.meeting_run import RunDay
from rehabmeet.services.timing_report import timing_report

from rehabmeet.ui.meeting.citizen_screen_window import CitizenScreenWindow
from rehabmeet.ui.meeting.meeting_run_widget import MeetingRunWidget
from rehabmeet.ui.meeting.timing_report_dialog import TimingReportDialog
from rehabmeet.ui.shared.actions import Action, ActionRegistry


class RunController(QObject):
    """Owns the citizen screen; keeps the timer actions enabled only when they apply.

    A timer key pressed while its command does not apply is not silent: ``message`` says why
    (a stand-in shortcut takes the key only while the action is disabled, so they never clash).

    Signals:
        message(str): a one-line explanation for the status bar.
    """

    message = Signal(str)

    def __init__(
        self,
        run: MeetingRunWidget,
        actions: ActionRegistry,
        clock: Clock,
        parent: QWidget,
        prepare: Callable[[], None] = lambda: None,
    ) -> None:
        super().__init__(parent)
        self.run = run
        self._actions = actions
        self._parent = parent
        self.citizen_window: CitizenScreenWindow | None = None
        self._clock = clock
        handlers = {
            Action.TIMER_START_NEXT: run.start_or_next,
            Action.TIMER_PAUSE_RESUME: run.pause_or_resume,
            Action.TIMER_SKIP: lambda: run.command(TimerCommand.SKIP),
            Action.TIMER_EXTEND_1: lambda: run.command(TimerCommand.EXTEND, 1),
            Action.TIMER_EXTEND_5: lambda: run.command(TimerCommand.EXTEND, 5),
            Action.TIMER_BACK: lambda: run.command(TimerCommand.BACK),
            Action.TIMER_DECIDE: lambda: run.command(TimerCommand.DECIDE_AT_TABLE, 10),
            Action.TIMER_FINISH: lambda: run.command(TimerCommand.FINISH),
        }
        for action, handler in handlers.items():
            actions[action].triggered.connect(lambda _checked=False, h=handler: (prepare(), h()))
        self._stand_ins: dict[Action, list[QShortcut]] = {}
        for action in handlers:
            stand_ins = []
            for key in actions[action].shortcuts():
                shortcut = QShortcut(key, parent)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.activated.connect(lambda a=action: self._explain(a))
                stand_ins.append(shortcut)
            self._stand_ins[action] = stand_ins
        actions[Action.CITIZEN_SCREEN].triggered.connect(self.open_citizen_screen)
        actions[Action.TIMING_REPORT].triggered.connect(self.open_timing_report)
        run.day_changed.connect(self._on_run_day_changed)
        self._on_run_day_changed(None)

    @Slot()
    def open_citizen_screen(self) -> CitizenScreenWindow:
        if self.citizen_window is None:
            self.citizen_window = CitizenScreenWindow(self._clock)
            self.citizen_window.setWindowIcon(self._parent.windowIcon())
        self.citizen_window.show_day(self.run.day)
        self.citizen_window.place_on_second_screen()
        return self.citizen_window

    @Slot()
    def open_timing_report(self) -> TimingReportDialog | None:
        if self.run.day is None:
            return None
        dialog = TimingReportDialog(timing_report(self.run.day), self._parent)
        dialog.open()
        return dialog

    def _explain(self, action: Action) -> None:
        """Say why a timer key did nothing."""
        name = self._actions[action].text().replace("&", "")
        item = self.run._item()
        if item is None:
            why = self.tr("“%1” needs a case: select one on the agenda first.").replace("%1", name)
        else:
            why = (
                self.tr("“%1” does not apply to %2 now (%3).")
                .replace("%1", name)
                .replace("%2", item.case_ref)
                .replace("%3", self.run.plan.model.status_text(item.timer.status))
            )
        self.message.emit(why)

    def close(self) -> None:
        if self.citizen_window is not None:
            self.citizen_window.close()
            self.citizen_window.deleteLater()
            self.citizen_window = None

    def refresh_actions(self) -> None:
        """Enable the timer actions that apply to the case the run view follows."""
        self._on_run_day_changed(self.run.day)

    @Slot(object)
    def _on_run_day_changed(self, day: RunDay | None) -> None:

        checks = {
            Action.TIMER_START_NEXT: self.run.can(TimerCommand.START) or self.run.can(TimerCommand.NEXT),
            Action.TIMER_PAUSE_RESUME: self.run.can(TimerCommand.PAUSE) or self.run.can(TimerCommand.RESUME),
            Action.TIMER_SKIP: self.run.can(TimerCommand.SKIP),
            Action.TIMER_EXTEND_1: self.run.can(TimerCommand.EXTEND),
            Action.TIMER_EXTEND_5: self.run.can(TimerCommand.EXTEND),
            Action.TIMER_BACK: self.run.can(TimerCommand.BACK),
            Action.TIMER_DECIDE: self.run.can(TimerCommand.DECIDE_AT_TABLE),
            Action.TIMER_FINISH: self.run.can(TimerCommand.FINISH),
        }
        for action, enabled in checks.items():
            self._actions[action].setEnabled(enabled)
            for shortcut in self._stand_ins.get(action, ()):
                shortcut.setEnabled(not enabled)
        self._actions[Action.TIMING_REPORT].setEnabled(day is not None)
        if self.citizen_window is not None:
            self.citizen_window.show_day(day)
