"""DecisionForm: the decision made at the table — outcome, reasons, facts, legal basis, partshøring, effective date."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QDate, QDateTime, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from rehabmeet.services.decisions import PERIOD_MONTHS, DecisionDraft, DecisionView

from rehabmeet.ui.shared import labels
from rehabmeet.ui.shared.colours import colour


class DecisionForm(QWidget):
    """The fields of one decision. Read-only once the decision is final.

    Signals:
        edited(): the user changed a field.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view: DecisionView | None = None
        self._filling = False
        self.outcome = QComboBox(self)
        self.outcome.setObjectName("decisionOutcome")
        self.departs = QLabel(self)
        self.departs.setObjectName("decisionDeparts")
        self.departs.setWordWrap(True)
        self.departs.setStyleSheet(f"color: {colour('departs')}; font-weight: bold")
        self.reasons = self._text("decisionReasons", self.tr("Why the municipality decides as it does"))
        self.facts = self._text(
            "decisionFacts",
            self.tr("One per line, what each shows: 'Praktikrapport: stabilt fremmøde 12 timer om ugen'"),
        )
        self.legal_basis = QLineEdit(self)
        self.legal_basis.setObjectName("decisionLegalBasis")
        self.heard_at = QDateTimeEdit(self)
        self.heard_at.setObjectName("decisionHeardAt")
        self.heard_at.setCalendarPopup(True)
        self.heard_at.setAccessibleName(self.tr("Time the citizen was heard"))
        self.heard = QCheckBox(self.tr("Heard orally at the table"), self)
        self.heard.setObjectName("decisionHeard")
        self.heard_now = QPushButton(self.tr("Now"), self)
        self.heard_now.setToolTip(self.tr("The citizen was heard orally just now"))
        self.hearing_note = QLineEdit(self)
        self.hearing_note.setObjectName("decisionHearingNote")
        self.hearing_note.setPlaceholderText(self.tr("What the citizen said, e.g. agreed"))
        self.effective = QDateEdit(self)
        self.effective.setObjectName("decisionEffective")
        self.effective.setCalendarPopup(True)
        self.months = QSpinBox(self)
        self.months.setObjectName("decisionMonths")
        self.months.setRange(0, 60)
        self.months.setSpecialValueText(self.tr("not set"))
        self.months.setSuffix(self.tr(" months"))
        self.months.setAccessibleName(self.tr("Length of the measure in months"))
        layout = QFormLayout(self)
        layout.addRow(self.tr("Decision"), self.outcome)
        layout.addRow("", self.departs)
        layout.addRow(self.tr("Reasons"), self.reasons)
        layout.addRow(self.tr("Facts relied on"), self.facts)
        layout.addRow(self.tr("Legal basis"), self.legal_basis)
        heard = QHBoxLayout()  # below the tick box: in one row they widened the tab on a 1280×800 laptop
        heard.addWidget(self.heard_at, 1)
        heard.addWidget(self.heard_now)
        layout.addRow(self.tr("Citizen heard at"), self.heard)
        layout.addRow("", heard)
        layout.addRow(self.tr("Hearing note"), self.hearing_note)
        layout.addRow(self.tr("Takes effect"), self.effective)
        layout.addRow(self.tr("Length"), self.months)
        self._layout = layout
        for signal in (
            self.outcome.currentIndexChanged,
            self.reasons.textChanged,
            self.facts.textChanged,
            self.legal_basis.textChanged,
            self.heard_at.dateTimeChanged,
            self.heard.toggled,
            self.hearing_note.textChanged,
            self.effective.dateChanged,
            self.months.valueChanged,
        ):
            signal.connect(self._on_field_changed)
        self.heard_now.clicked.connect(self._on_heard_now_clicked)

    def _text(self, name: str, placeholder: str) -> QPlainTextEdit:
        editor = QPlainTextEdit(self)
        editor.setObjectName(name)
        editor.setPlaceholderText(placeholder)
        editor.setTabChangesFocus(True)
        editor.setMaximumHeight(90)
        return editor

    def set_view(self, view: DecisionView) -> None:
        """Show ``view``'s draft; locked when final."""
        self._view = view
        self._filling = True
        self.outcome.clear()
        for code in dict.fromkeys((*view.allowed_outcomes, view.indstilling_outcome, view.draft.outcome)):
            if code:
                self.outcome.addItem(labels.vocabulary(code), code)
        self.outcome.setCurrentIndex(max(0, self.outcome.findData(view.draft.outcome)))
        self.reasons.setPlainText(view.draft.reasons)
        self.facts.setPlainText(view.draft.facts)
        self.legal_basis.setText(view.draft.legal_basis)
        heard = view.draft.heard_at
        self.heard.setChecked(heard is not None)
        self.heard_at.setDateTime(
            QDateTime.fromSecsSinceEpoch(int(heard.timestamp())) if heard else QDateTime.currentDateTime()
        )
        effective = view.draft.effective_date or date.today()
        self.effective.setDate(QDate(effective.year, effective.month, effective.day))
        self.hearing_note.setText(view.draft.hearing_note)
        self.months.setValue(view.draft.months or 0)
        self._filling = False
        self._update_hints()
        for widget in (self.reasons, self.facts):
            widget.setReadOnly(view.final)
        for widget in (self.legal_basis, self.hearing_note):
            widget.setReadOnly(view.final)
        for other in (self.outcome, self.heard, self.heard_at, self.heard_now, self.effective, self.months):
            other.setEnabled(not view.final)
        self._update_hints()

    def draft(self) -> DecisionDraft:
        """Return what the form holds."""
        heard = self.heard_at.dateTime()
        effective = self.effective.date()
        return DecisionDraft(
            outcome=str(self.outcome.currentData() or ""),
            reasons=self.reasons.toPlainText(),
            legal_basis=self.legal_basis.text(),
            facts=self.facts.toPlainText(),
            heard_at=datetime.fromtimestamp(heard.toSecsSinceEpoch(), UTC) if self.heard.isChecked() else None,
            hearing_note=self.hearing_note.text(),
            effective_date=date(effective.year(), effective.month(), effective.day()),
            months=self.months.value() or None,
        )

    def _update_hints(self) -> None:
        view = self._view
        code = str(self.outcome.currentData() or "")
        departs = view is not None and bool(code) and code != view.indstilling_outcome
        self.departs.setText(
            self.tr("Departs from the team's indstilling: the case returns to the team.") if departs else ""
        )
        self.departs.setVisible(departs)
        period = PERIOD_MONTHS.get(code)
        self.months.setVisible(period is not None)
        self._layout.labelForField(self.months).setVisible(period is not None)
        if period is not None:
            self.months.setToolTip(self.tr("The law sets {low}–{high} months").format(low=period[0], high=period[1]))
        if view is not None:
            self.legal_basis.setPlaceholderText(view.default_basis.get(code, ""))
        editable = view is not None and not view.final
        self.heard_at.setEnabled(editable and self.heard.isChecked())

    @Slot()
    def _on_field_changed(self) -> None:
        if self._filling:
            return
        self._update_hints()
        self.edited.emit()

    @Slot()
    def _on_heard_now_clicked(self) -> None:
        self.heard.setChecked(True)
        self.heard_at.setDateTime(QDateTime.currentDateTime())
        self.heard_at.setFocus(Qt.FocusReason.OtherFocusReason)
