"""IndstillingEditor: write the indstilling live — checklist on every change, autosave within a second,
finalise (reasons for unmet law points), reopen, history, read aloud."""

from __future__ import annotations

import time
from dataclasses import replace
from html import escape

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from rehabmeet.errors import UserFacingError
from rehabmeet.recommendation.checklist import evaluate_checklist
from rehabmeet.recommendation.content import IndstillingContent
from rehabmeet.services.indstilling import DraftView, IndstillingService, StaleDraftError

from rehabmeet.ui.indstilling.checklist_widget import ChecklistWidget
from rehabmeet.ui.indstilling.conflict_dialog import ConflictDialog
from rehabmeet.ui.indstilling.indstilling_dialogs import FinaliseDialog, HistoryDialog, ReadAloudWindow
from rehabmeet.ui.indstilling.indstilling_form import IndstillingForm, field_label
from rehabmeet.ui.shared import labels
from rehabmeet.ui.shared.autosave import SaveScheduler
from rehabmeet.ui.shared.colours import colour
from rehabmeet.ui.shared.dialogs import ask_text, show_error


class IndstillingEditor(QWidget):
    """The secretary's editor for one agenda item's indstilling.

    Signals:
        saved(float): seconds from the last keystroke to the save being committed.
        finalised(): the indstilling was locked as a new version.
    """

    saved = Signal(float)
    finalised = Signal()

    def __init__(self, service: IndstillingService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self.item_id: int | None = None
        self.view: DraftView | None = None
        self.citizen = ""
        self._last_change = 0.0
        self.scheduler = SaveScheduler(self._write, self)
        self.form = IndstillingForm(self)
        self.checklist = ChecklistWidget(self)
        self.caseworker = QTextBrowser(self)
        self.caseworker.setObjectName("caseworkerRecommendation")
        self.caseworker.setAccessibleName(self.tr("The caseworker's recommendation"))
        self.status = QLabel(self)
        self.status.setObjectName("indstillingStatus")
        self.read_aloud_window: ReadAloudWindow | None = None
        self._build()
        self.form.changed.connect(self._on_form_changed)
        self.scheduler.failed.connect(lambda message: show_error(self, message))
        self.checklist.field_requested.connect(self.focus_field)

    def _build(self) -> None:
        self.template_button = QPushButton(self.tr("Use the outcome's template"), self)
        self.history_button = QPushButton(self.tr("Versions…"), self)
        self.read_button = QPushButton(self.tr("Read aloud"), self)
        self.finalise_button = QPushButton(self.tr("Finalise…"), self)
        self.reopen_button = QPushButton(self.tr("Reopen for a new version…"), self)
        tools = QToolBar(self)  # overflows into a menu on a narrow screen instead of widening the window
        self.tool_actions = {
            button: tools.addWidget(button)
            for button in (
                self.template_button,
                self.history_button,
                self.read_button,
                self.reopen_button,
                self.finalise_button,
            )
        }
        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        bar.addWidget(tools)
        self.template_button.clicked.connect(self.apply_template)
        self.history_button.clicked.connect(self.show_history)
        self.read_button.clicked.connect(self.read_aloud)
        self.finalise_button.clicked.connect(self.finalise)
        self.reopen_button.clicked.connect(self.reopen)
        scroll = QScrollArea(self)
        scroll.setWidget(self.form)
        scroll.setWidgetResizable(True)
        side = QSplitter(Qt.Orientation.Vertical, self)
        side.addWidget(self.checklist)
        side.addWidget(self.caseworker)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(scroll)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

    def show_item(self, item_id: int | None, citizen: str = "") -> None:
        """Edit the indstilling of agenda item ``item_id`` (saving what is pending first)."""
        self.save_now()
        self.item_id, self.citizen = item_id, citizen
        self._show(self._service.draft(item_id) if item_id is not None else None)

    def _show(self, view: DraftView | None) -> None:
        self.view = view
        self.scheduler.dirty = False
        if view is None:
            self.status.setText(self.tr("Select a case on the agenda."))
            return
        self.form.set_outcomes(view.outcomes)
        self.form.set_content(view.content)
        self.form.set_read_only(view.final)
        self.checklist.show_items(view.checklist)
        self.caseworker.setHtml(self._caseworker_html(view))
        self.finalise_button.setEnabled(not view.final)
        # In a toolbar it is the widget's action that is shown or hidden, not the widget.
        self.tool_actions[self.reopen_button].setVisible(view.final)

        self.tool_actions[self.finalise_button].setVisible(not view.final)
        self._update_template_button()
        self._status()

    def _status(self, note: str = "") -> None:
        view = self.view
        if view is None:
            return
        if view.final:
            text = "✔ " + self.tr("Finalised, version %1").replace("%1", str(view.version))
        else:
            state = self.tr("unsaved changes") if self.scheduler.dirty else (note or self.tr("saved"))
            text = self.tr("Draft") + " · " + state
        self.status.setText(text)

    def _caseworker_html(self, view: DraftView) -> str:
        advice = view.caseworker
        heading, hint = self.tr("The caseworker recommends"), self.tr("named most often in the text")
        parts = [f"<h3>{escape(heading)}</h3>"]
        if advice.named_outcome:
            named = labels.vocabulary(advice.named_outcome)
            parts.append(f"<p><b>{escape(named)}</b> <i>({escape(hint)})</i></p>")
            chosen = view.content.outcome
            if chosen and chosen != advice.named_outcome:
                departs = self.tr("The team departs from it: it recommends %1.").replace(
                    "%1", labels.vocabulary(chosen)
                )
                parts.append(f"<p style='color:{colour('warning')}'>⚠ {escape(departs)}</p>")
        body = advice.text or self.tr("The bundle holds no recommendation from the caseworker.")
        parts.extend(f"<p>{escape(p)}</p>" for p in body.split("\n\n"))
        return "".join(parts)

    @Slot()
    def _on_form_changed(self) -> None:
        if self.view is None or self.view.final:
            return
        self._last_change = time.perf_counter()
        content = self.form.content()
        self.form.show_groups_for(content.outcome)
        self._update_template_button()
        self.checklist.show_items(evaluate_checklist(self.view.rules, content, self.view.context))  # type: ignore[arg-type]
        self.scheduler.changed()
        self._status()

    @Slot()
    def save_now(self) -> None:
        """Write the draft now if it has unsaved changes."""
        self.scheduler.flush()

    def _write(self) -> None:
        if self.view is None or self.item_id is None:
            return
        content = self.form.content()
        try:
            view = self._service.save(
                self.item_id, content, expected_revision=self.view.revision, base=self.view.content
            )
        except StaleDraftError as exc:
            self._resolve_conflict(exc, content)
            return
        # Any other error propagates: the scheduler keeps the text unsaved and shows the message.
        self.view = view
        self.scheduler.dirty = False
        self.checklist.show_items(view.checklist)
        if view.merged_fields:  # someone else saved other fields meanwhile: show theirs too
            self.form.set_fields(view.content, view.merged_fields)
        self._status(self.tr("saved %1").replace("%1", time.strftime("%H:%M:%S")))
        self.saved.emit(time.perf_counter() - self._last_change)

    def _resolve_conflict(self, conflict: StaleDraftError, mine: IndstillingContent) -> None:
        """Someone else saved the same field(s): show both texts, let the person choose per field, and
        save that — their other fields and all my other changes are kept."""
        base = self.view.content if self.view is not None else mine
        for _attempt in range(3):  # someone may save again while the dialog is open
            keep = ConflictDialog.choose(self, conflict) if conflict.clashes else []
            content, merge_base, expected = conflict.resolved(mine, base, keep)
            try:
                view = self._service.save(self.item_id, content, expected_revision=expected, base=merge_base)  # type: ignore[arg-type]
            except StaleDraftError as again:
                conflict, mine, base = again, content, merge_base
                continue
            self._show(view)
            self._status(self.tr("saved %1").replace("%1", time.strftime("%H:%M:%S")))
            return
        # Still racing: keep the resolved text unsaved, based on their latest save; the next autosave merges.
        if self.view is not None:
            self.view = replace(self.view, content=conflict.theirs, revision=conflict.revision)
        self.form.set_content(content)
        self.scheduler.changed()

    def show_change_elsewhere(self, message: str) -> None:
        """Someone on another laptop changed this indstilling (``message`` says who and what).

        Shown at once unless something typed here is not saved yet (the next save merges theirs in);
        finalised elsewhere, the editor turns read-only at once, keeping any unsaved text in view.
        """
        if self.item_id is None:
            return
        fresh = self._service.draft(self.item_id)
        typed = self.form.content() if self.scheduler.dirty else None
        if fresh.final:
            self._show(fresh)
            if typed is not None and typed != fresh.content:
                self.form.set_content(typed)
                message += " · " + self.tr("your unsaved changes are not in it; reopen it to add them")
            self.status.setText("✔ " + message)
        elif typed is None:
            self._show(fresh)
            self.status.setText(message)
        else:
            self.status.setText(message + " · " + self.tr("unsaved changes"))

    def focus_field(self, name: str) -> None:
        widget = self.form.widgets.get(name)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            scroll = self.form.parentWidget().parentWidget()  # the scroll area's viewport, then the area
            if isinstance(scroll, QScrollArea):
                scroll.ensureWidgetVisible(widget)

    def apply_template(self) -> None:
        """Fill the empty fields from the chosen outcome's template (never overwriting text)."""
        if self.view is None:
            return
        content = self.form.content()
        template = (self.view.templates or {}).get(content.outcome, {})
        changes = {name: text for name, text in template.items() if not str(getattr(content, name, "")).strip()}
        if changes:
            self.form.set_content(content.with_changes(**changes))
            self._on_form_changed()
        else:
            text = self.tr("every field of the template already has text")
            self.status.setText(self.status.text().split(" · ")[0] + " · " + text)

    def _update_template_button(self) -> None:
        """Usable once an outcome with a template is chosen; else its tooltip says what to choose first."""
        view = self.view
        outcome = self.form.content().outcome if view is not None else ""
        has_template = view is not None and bool((view.templates or {}).get(outcome))
        self.template_button.setEnabled(view is not None and not view.final and has_template)
        if not outcome:
            tip = self.tr("Choose “%1” first: the template is the chosen outcome's").replace(
                "%1", field_label("outcome")
            )
        elif not has_template:
            tip = self.tr("There is no template for %1").replace("%1", labels.vocabulary(outcome))
        else:
            tip = self.tr("Fill the empty fields with the template for %1").replace("%1", labels.vocabulary(outcome))
        self.template_button.setToolTip(tip)
        self.template_button.setStatusTip(tip)

    def finalise(self) -> None:
        if self.view is None or self.item_id is None:
            return
        self.save_now()
        missing = tuple(
            i for i in evaluate_checklist(self.view.rules, self.form.content(), self.view.context) if i.blocks
        )  # type: ignore[arg-type]
        reasons = FinaliseDialog.ask(self, missing) if missing else {}
        if reasons is None:
            return
        try:
            self._show(self._service.finalise(self.item_id, reasons))
        except UserFacingError as exc:
            show_error(self, str(exc))
            return
        self.finalised.emit()

    def reopen(self) -> None:
        if self.item_id is None:
            return
        reason = ask_text(self, self.tr("Reopen the indstilling"), self.tr("Why is the finalised indstilling changed?"))
        if reason:
            self._show(self._service.reopen(self.item_id, reason))

    def show_history(self) -> HistoryDialog | None:
        if self.item_id is None:
            return None
        dialog = HistoryDialog(self._service.history(self.item_id), self)
        dialog.open()
        return dialog

    def read_aloud(self) -> ReadAloudWindow:
        if self.read_aloud_window is None:
            self.read_aloud_window = ReadAloudWindow()
        self.read_aloud_window.show_content(self.form.content(), self.citizen)
        self.read_aloud_window.show()
        return self.read_aloud_window
