"""DecisionPanel: the decision at the table — autosaved draft, "Make the decision", reopen with a reason."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from rehabmeet.errors import UserFacingError
from rehabmeet.services.decisions import DecisionDraft, DecisionService, DecisionView, StaleDecisionError

from rehabmeet.ui.documents.decision_form import DecisionForm
from rehabmeet.ui.shared import labels
from rehabmeet.ui.shared.autosave import SaveScheduler
from rehabmeet.ui.shared.conflict_dialog import ConflictDialog
from rehabmeet.ui.shared.dialogs import ask_text, ask_yes_no, show_error


class DecisionPanel(QGroupBox):
    """The decision of the selected agenda item.

    Signals:
        decided(): the decision became final (or was reopened); the documents list may change.
    """

    decided = Signal()

    def __init__(self, service: DecisionService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Decision at the table"))
        self.setObjectName("decisionPanel")
        self._service = service
        self.item_id: int | None = None
        self.view: DecisionView | None = None
        self.form = DecisionForm(self)
        self.status = QLabel(self)
        self.status.setObjectName("decisionStatus")
        self.status.setWordWrap(True)
        self.make = QPushButton(self.tr("Make the decision"), self)
        self.make.setObjectName("makeDecision")
        self.make.setToolTip(self.tr("Lock the decision; it can then go into the decision letter"))
        self.reopen = QPushButton(self.tr("Reopen…"), self)
        self.reopen.setObjectName("reopenDecision")
        self.scheduler = SaveScheduler(self._write, self)
        self.scheduler.failed.connect(lambda message: show_error(self, message))
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.reopen)
        buttons.addWidget(self.make)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addLayout(buttons)
        self.form.edited.connect(self.scheduler.changed)
        self.make.clicked.connect(self._on_make_clicked)
        self.reopen.clicked.connect(self._on_reopen_clicked)

    def show_item(self, item_id: int | None) -> None:
        """Show the decision of ``item_id`` (saving what was typed for the previous one first)."""
        self.scheduler.flush()
        self.item_id = item_id
        self.view = self._service.decision(item_id) if item_id is not None else None
        self._refresh()

    def save_now(self) -> None:
        self.scheduler.flush()

    def _refresh(self) -> None:
        view = self.view
        self.setEnabled(view is not None and view.indstilling_final)
        if view is None:
            self.status.setText("")
            return
        self.form.set_view(view)
        if not view.indstilling_final:
            self.status.setText(self.tr("The municipality decides on the finalised indstilling; finalise it first."))
        elif view.final:
            decided = self.tr("Decided (version %1) by %2.")
            self.status.setText(decided.replace("%1", str(view.version)).replace("%2", view.decided_by))
        else:
            self.status.setText(self.tr("Draft, saved as you type."))
        self.make.setEnabled(view.indstilling_final and not view.final)
        self.reopen.setEnabled(view.final)

    def _write(self) -> None:
        if self.item_id is None or self.view is None or self.view.final or not self.view.indstilling_final:
            return
        mine = self.form.draft()
        try:
            self.view = self._service.save(self.item_id, mine, base=self.view.draft)
        except StaleDecisionError as clash:  # someone changed the same field: both texts, choose per field
            self._resolve_conflict(clash, mine)

    def _resolve_conflict(self, clash: StaleDecisionError, mine: DecisionDraft) -> None:
        """Show both texts of each clashing field side by side and save the choice; their other fields
        and my other changes are kept."""
        for _attempt in range(3):  # someone may save again while the dialog is open
            keep = ConflictDialog.choose(self, _shown(clash))
            draft, base = clash.resolved(mine, keep)
            try:
                self.view = self._service.save(self.item_id, draft, base=base)  # type: ignore[arg-type]
                break
            except StaleDecisionError as again:
                clash, mine = again, draft
        else:
            self.view = self._service.decision(self.item_id)  # type: ignore[arg-type]
        self._refresh()

    @Slot()
    def _on_make_clicked(self) -> None:
        if self.item_id is None:
            return
        self.scheduler.flush()
        draft = self.form.draft()
        question = self.tr("Make the decision? It is final; reopening it needs a reason, which is logged.")
        if self.view is not None and draft.outcome != self.view.indstilling_outcome:
            question = self.tr(
                "The decision departs from the indstilling. Unless the team has heard the case again (§ 11 stk. 2),"
                " it is refused and the case returns to the team. Continue?"
            )
        if not ask_yes_no(self, self.tr("Make the decision"), question):
            return
        try:
            self.view = self._service.finalise(self.item_id)
        except UserFacingError as exc:
            show_error(self, str(exc))
            return
        self._refresh()
        self.decided.emit()

    @Slot()
    def _on_reopen_clicked(self) -> None:
        if self.item_id is None:
            return
        reason = ask_text(self, self.tr("Reopen the decision"), self.tr("Why is the decision reopened? (logged)"))
        if reason is None:
            return
        try:
            self.view = self._service.reopen(self.item_id, reason)
        except UserFacingError as exc:
            show_error(self, str(exc))
            return
        self._refresh()
        self.decided.emit()


@dataclass(frozen=True, slots=True)
class _ShownClash:
    field: str
    label: str
    mine: str
    theirs: str


@dataclass(frozen=True, slots=True)
class _ShownConflict:
    updated_by: str
    clashes: tuple[_ShownClash, ...]


def _shown(clash: StaleDecisionError) -> _ShownConflict:
    """The clash as the person reads it: the form's labels, the outcome's name, Danish dates."""
    return _ShownConflict(
        clash.updated_by,
        tuple(
            _ShownClash(
                c.field,
                c.label,  # the form's label, translated
                _text(c.field, c.mine),
                _text(c.field, c.theirs),
            )
            for c in clash.clashes
        ),
    )


def _text(field: str, value: object) -> str:
    if value is None or value == "":
        return "—"
    if field == "outcome":
        return str(labels.vocabulary(str(value)))
    if isinstance(value, datetime):
        return f"{labels.format_date(value.date())} {labels.format_time(value.time())}"
    if isinstance(value, date):
        return str(labels.format_date(value))
    return str(value)
