"""FollowThroughWidget: after the meeting — the decision, when the citizen was told, what became of each measure."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from rehabmeet.errors import UserFacingError
from rehabmeet.services.follow_through import CHANNELS, FollowThroughService, FollowView

from rehabmeet.ui.shared import labels
from rehabmeet.ui.shared.colours import colour
from rehabmeet.ui.shared.dialogs import ask_text, show_error


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class FollowThroughWidget(QGroupBox):
    """The follow-through of the selected agenda item.

    Signals:
        changed(): something was recorded (the return queue may change).
    """

    changed = Signal()

    def __init__(self, service: FollowThroughService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("After the meeting"))
        self.setObjectName("followThrough")
        self._service = service
        self.item_id: int | None = None
        self.view: FollowView | None = None
        self.decision_date = self._date_edit("followDecisionDate", self.tr("Date of the decision"))
        self.decision_outcome = QComboBox(self)
        self.decision_outcome.setAccessibleName(self.tr("The municipality's decision"))
        self.save_decision = QPushButton(self.tr("Record the decision"), self)
        self.decision_note = QLabel(self)
        self.informed_date = self._date_edit("followInformedDate", self.tr("Date the citizen was told"))
        self.channel = QComboBox(self)
        self.channel.setAccessibleName(self.tr("How the citizen was told"))
        for code, text in zip(CHANNELS, self._channel_names(), strict=True):
            self.channel.addItem(text, code)
        self.save_informed = QPushButton(self.tr("Record"), self)
        self.informed_state = QLabel(self)
        self.informed_state.setObjectName("followInformedState")
        self.measures = QTableWidget(0, 3, self)
        self.measures.setObjectName("followMeasures")
        self.measures.setHorizontalHeaderLabels([self.tr("Measure"), self.tr("Started"), self.tr("Dropped because")])
        self.measures.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.measures.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.measures.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.measures.verticalHeader().hide()
        self.measures.setMaximumHeight(130)
        self.measures.setAccessibleName(self.tr("Recommended measures"))
        self.started = QPushButton(self.tr("Started on the date above"), self)
        self.dropped = QPushButton(self.tr("Dropped…"), self)
        self.measure_date = self._date_edit("followMeasureDate", self.tr("Date the measure started"))
        self._layout()
        self.save_decision.clicked.connect(self._on_save_decision_clicked)
        self.save_informed.clicked.connect(self._on_save_informed_clicked)
        self.started.clicked.connect(self._on_started_clicked)
        self.dropped.clicked.connect(self._on_dropped_clicked)

    def _channel_names(self) -> list[str]:
        return [self.tr("At the meeting"), self.tr("Letter"), self.tr("Digital Post"), self.tr("Phone")]

    def _date_edit(self, name: str, accessible: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        edit.setDate(QDate.currentDate())
        return edit

    def _layout(self) -> None:
        """Labels above their fields and each button under its fields: side by side they made the tab
        scroll sideways with large text on a 1280×800 laptop."""
        decision, decision_button = QHBoxLayout(), QHBoxLayout()
        for widget in (self.decision_date, self.decision_outcome):
            decision.addWidget(widget)
        decision.addStretch(1)
        decision_button.addWidget(self.save_decision)
        decision_button.addStretch(1)
        informed, informed_button = QHBoxLayout(), QHBoxLayout()
        for widget in (self.informed_date, self.channel):
            informed.addWidget(widget)
        informed.addStretch(1)
        informed_button.addWidget(self.save_informed)
        informed_button.addStretch(1)
        measure_buttons = QGridLayout()  # the date above its two buttons
        measure_buttons.addWidget(self.measure_date, 0, 0)
        measure_buttons.addWidget(self.started, 1, 0)
        measure_buttons.addWidget(self.dropped, 1, 1)
        measure_buttons.setColumnStretch(2, 1)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.tr("Municipality's decision"), decision)
        form.addRow(decision_button)
        form.addRow(self.decision_note)
        form.addRow(self.tr("Citizen told on"), informed)
        form.addRow(informed_button)
        form.addRow(self.informed_state)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Recommended measures")))
        layout.addWidget(self.measures)
        layout.addLayout(measure_buttons)

    def show_item(self, item_id: int | None) -> None:
        self.item_id = item_id
        try:
            self.view = self._service.view(item_id) if item_id is not None else None
        except UserFacingError:
            self.view = None
        self._refresh()

    def _refresh(self) -> None:
        view = self.view
        self.setEnabled(view is not None and bool(view.outcome))
        if view is None:
            self.measures.setRowCount(0)
            return
        self.decision_outcome.clear()
        for code in dict.fromkeys((view.outcome, "ressourceforloeb", "fleksjob", "foertidspension", "anden_indsats")):
            self.decision_outcome.addItem(labels.vocabulary(code), code)
        if view.decision_outcome:
            self.decision_outcome.setCurrentIndex(max(0, self.decision_outcome.findData(view.decision_outcome)))
        self.decision_date.setDate(_qdate(view.decision_date or date.today()))
        at_table = view.decided_at_table
        for widget in (self.decision_date, self.decision_outcome, self.save_decision):
            widget.setEnabled(not at_table)
        if at_table:
            self.decision_note.setText(self.tr("Decided at the table on the meeting day."))
        elif view.follows_indstilling is False:
            self.decision_note.setText(self.tr("⚠ Departs from the indstilling: the case returns to the team."))
        else:
            self.decision_note.setText("" if view.decision_date else self.tr("No decision recorded yet."))
        self.informed_date.setDate(_qdate(view.informed_on or date.today()))
        if view.informed_channel:
            self.channel.setCurrentIndex(max(0, self.channel.findData(view.informed_channel)))
        days = view.informed_days
        state = (
            self.tr("told after %n day(s)", "", days)
            if view.informed_on
            else self.tr("not told yet, %n day(s) after", "", days)
        )
        symbol = {"ok": "✔", "warning": "⚠", "alert": "✖"}[view.informed_state]
        waiting = view.informed_on is None and view.informed_state == "ok"  # not done yet: no green tick
        self.informed_state.setText(f"{'○' if waiting else symbol} {state}")
        self.informed_state.setStyleSheet("" if waiting else f"color: {colour(view.informed_state)}")
        self.measures.setRowCount(len(view.measures))
        for row, measure in enumerate(view.measures):
            text = labels.vocabulary(measure.type) + (f": {measure.description}" if measure.description else "")
            started = labels.format_date(measure.started_on) if measure.started_on else ""
            for column, value in enumerate((text, started, measure.dropped_reason or "")):
                self.measures.setItem(row, column, QTableWidgetItem(value))

    def _record(self, action: object) -> None:
        try:
            self.view = action()  # type: ignore[operator]
        except UserFacingError as exc:
            show_error(self, str(exc))
            return
        self._refresh()
        self.changed.emit()

    @Slot()
    def _on_save_decision_clicked(self) -> None:
        if self.item_id is not None:
            item_id, day = self.item_id, _pydate(self.decision_date.date())
            outcome = str(self.decision_outcome.currentData())
            self._record(lambda: self._service.record_decision(item_id, day, outcome))

    @Slot()
    def _on_save_informed_clicked(self) -> None:
        if self.item_id is not None:
            item_id, day, channel = self.item_id, _pydate(self.informed_date.date()), str(self.channel.currentData())
            self._record(lambda: self._service.record_informed(item_id, day, channel))

    def _selected_measure(self) -> int | None:
        rows = self.measures.selectionModel().selectedRows()
        if not rows or self.view is None:
            return None
        return self.view.measures[rows[0].row()].id

    @Slot()
    def _on_started_clicked(self) -> None:
        measure = self._selected_measure()
        if measure is not None:
            day = _pydate(self.measure_date.date())
            self._record(lambda: self._service.set_measure(measure, started_on=day))

    @Slot()
    def _on_dropped_clicked(self) -> None:
        measure = self._selected_measure()
        if measure is None:
            return
        reason = ask_text(self, self.tr("Measure dropped"), self.tr("Why will the measure not start?"))
        if reason:
            self._record(lambda: self._service.set_measure(measure, dropped_reason=reason))
        self.measures.setFocus(Qt.FocusReason.OtherFocusReason)
