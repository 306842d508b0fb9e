"""IndstillingForm: one widget per field of the indstilling, grouped as the law groups them.

The form reads and writes :class:`IndstillingContent`; it knows nothing of saving. Each field's
widget can be found by its content name, so the checklist can jump to it.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QDate, QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rehabmeet.recommendation.content import Dissent, IndstillingContent, Intervention, InterventionType

from rehabmeet.ui.shared import labels
from rehabmeet.ui.shared.appearance import text_scale
from rehabmeet.ui.shared.rows_table_model import ColumnSpec, RowsTableModel

NO_DATE = QDate(2000, 1, 1)

# (field, kind, group) in form order; labels come from field_label() so lupdate sees every string.
FIELDS: tuple[tuple[str, str, str], ...] = (
    ("outcome", "outcome", "core"),
    ("prospects", "text", "core"),
    ("job_goal", "line", "core"),
    ("emphasised_factors", "text", "fleksjob"),
    ("afklaret_justification", "text", "fleksjob"),
    ("job_functions", "text", "fleksjob"),
    ("special_considerations", "text", "fleksjob"),
    ("transition_support", "line", "fleksjob"),
    ("special_help", "line", "fleksjob"),
    ("concrete_job", "bool", "fleksjob"),
    ("concrete_job_confirmed", "bool", "fleksjob"),
    ("fastholdelsesfleksjob", "bool", "fleksjob"),
    ("can_find_job_alone", "line", "fleksjob"),
    ("hours_per_week", "hours", "fleksjob"),
    ("intensity", "line", "fleksjob"),
    ("very_limited_capacity", "bool", "fleksjob"),
    ("lab116_justification", "text", "fleksjob"),
    ("progression", "text", "progress"),
    ("progression_deadline", "date", "progress"),
    ("professional_explanation", "text", "foertidspension"),
    ("interventions", "interventions", "measures"),
    ("no_interventions_reason", "line", "measures"),
    ("no_need_employment", "line", "measures"),
    ("no_need_social", "line", "measures"),
    ("no_need_health", "line", "measures"),
    ("no_need_education", "line", "measures"),
    ("follow_up", "text", "measures"),
    ("citizen_view", "text", "voices"),
    ("dissent", "dissent", "voices"),
)


def field_label(name: str) -> str:
    """Return the form label of a content field."""
    tr = {
        "outcome": QCoreApplication.translate("IndstillingForm", "Recommended outcome"),
        "prospects": QCoreApplication.translate("IndstillingForm", "Prospects for work or education (§ 9)"),
        "job_goal": QCoreApplication.translate("IndstillingForm", "Concrete job goal"),
        "emphasised_factors": QCoreApplication.translate(
            "IndstillingForm", "Employment, social and health factors emphasised"
        ),
        "afklaret_justification": QCoreApplication.translate(
            "IndstillingForm", "Why afklaret, and why not on ordinary terms"
        ),
        "job_functions": QCoreApplication.translate("IndstillingForm", "Types of flex job or job functions"),
        "special_considerations": QCoreApplication.translate("IndstillingForm", "Special considerations (skånehensyn)"),
        "transition_support": QCoreApplication.translate(
            "IndstillingForm", "Support in a transition period (also 'no')"
        ),
        "special_help": QCoreApplication.translate("IndstillingForm", "Special help: personal assistance, aids"),
        "concrete_job": QCoreApplication.translate("IndstillingForm", "A concrete flex job is in view"),
        "concrete_job_confirmed": QCoreApplication.translate(
            "IndstillingForm", "The company has confirmed it (med forbehold)"
        ),
        "fastholdelsesfleksjob": QCoreApplication.translate(
            "IndstillingForm", "With the current or last employer (fastholdelse)"
        ),
        "can_find_job_alone": QCoreApplication.translate(
            "IndstillingForm", "Can the citizen find a job alone, or is help needed?"
        ),
        "hours_per_week": QCoreApplication.translate("IndstillingForm", "Hours per week (1–37)"),
        "intensity": QCoreApplication.translate("IndstillingForm", "Intensity"),
        "very_limited_capacity": QCoreApplication.translate(
            "IndstillingForm", "Very limited work capacity (LAB § 116, stk. 2)"
        ),
        "lab116_justification": QCoreApplication.translate(
            "IndstillingForm", "Why capacity can develop within a reasonable period"
        ),
        "progression": QCoreApplication.translate("IndstillingForm", "Expected progression"),
        "progression_deadline": QCoreApplication.translate("IndstillingForm", "Progression deadline"),
        "professional_explanation": QCoreApplication.translate(
            "IndstillingForm", "Professional explanation (førtidspension)"
        ),
        "interventions": QCoreApplication.translate("IndstillingForm", "Measures"),
        "no_interventions_reason": QCoreApplication.translate(
            "IndstillingForm", "If no measures: the concrete assessment"
        ),
        "no_need_employment": QCoreApplication.translate("IndstillingForm", "No employment measure needed, because …"),
        "no_need_social": QCoreApplication.translate("IndstillingForm", "No social measure needed, because …"),
        "no_need_health": QCoreApplication.translate("IndstillingForm", "No health measure needed, because …"),
        "no_need_education": QCoreApplication.translate("IndstillingForm", "No education measure needed, because …"),
        "follow_up": QCoreApplication.translate("IndstillingForm", "Follow-up, including mentor support"),
        "citizen_view": QCoreApplication.translate("IndstillingForm", "The citizen's own view"),
        "dissent": QCoreApplication.translate("IndstillingForm", "Dissenting views (by name)"),
    }
    return tr.get(name, name)


def group_title(group: str) -> str:
    titles = {
        "core": QCoreApplication.translate("IndstillingForm", "The recommendation"),
        "fleksjob": QCoreApplication.translate("IndstillingForm", "Fleksjob"),
        "progress": QCoreApplication.translate("IndstillingForm", "Progression"),
        "foertidspension": QCoreApplication.translate("IndstillingForm", "Førtidspension"),
        "measures": QCoreApplication.translate("IndstillingForm", "Measures and follow-up (§ 11)"),
        "voices": QCoreApplication.translate("IndstillingForm", "The citizen and dissent"),
    }
    return titles[group]


class IndstillingForm(QWidget):
    """All fields. Signals:
    changed(): any field changed (typing, ticking, choosing)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.widgets: dict[str, QWidget] = {}
        self._models: dict[str, RowsTableModel] = {}
        self.groups: dict[str, QGroupBox] = {}
        self._loading = False
        layout = QVBoxLayout(self)
        forms: dict[str, QFormLayout] = {}
        for name, kind, group in FIELDS:
            if group not in forms:
                box = QGroupBox(group_title(group), self)
                forms[group] = QFormLayout(box)
                forms[group].setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
                self.groups[group] = box
                layout.addWidget(box)
            widget = self._make(name, kind)
            widget.setObjectName(f"field_{name}")
            widget.setAccessibleName(field_label(name))
            self.widgets[name] = widget
            forms[group].addRow(field_label(name), widget)
        layout.addStretch(1)
        self._forms = tuple(forms.values())
        self._wrap_rows()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._wrap_rows()

    def _wrap_rows(self) -> None:
        """With large text a question goes above its field (beside it, the form scrolled sideways on a
        1280×800 laptop); in normal text it stays beside it."""
        wrap = QFormLayout.RowWrapPolicy.WrapAllRows if text_scale() > 1.1 else QFormLayout.RowWrapPolicy.DontWrapRows
        for form in self._forms:
            form.setRowWrapPolicy(wrap)

    def _make(self, name: str, kind: str) -> QWidget:
        if kind == "text":
            widget = QPlainTextEdit(self)
            widget.setTabChangesFocus(True)
            widget.setMinimumHeight(56)
            widget.textChanged.connect(self._emit)
            return widget
        if kind == "line":
            line = QLineEdit(self)
            line.textChanged.connect(self._emit)
            return line
        if kind == "bool":
            box = QCheckBox(self)
            box.toggled.connect(self._emit)
            return box
        if kind == "hours":
            spin = QSpinBox(self)
            spin.setRange(0, 37)
            spin.setSpecialValueText(QCoreApplication.translate("IndstillingForm", "not set"))
            spin.valueChanged.connect(self._emit)
            return spin
        if kind == "date":
            edit = QDateEdit(self)
            edit.setCalendarPopup(True)
            edit.setMinimumDate(NO_DATE)
            edit.setSpecialValueText(QCoreApplication.translate("IndstillingForm", "not set"))
            edit.setDate(NO_DATE)
            edit.dateChanged.connect(self._emit)
            return edit
        if kind == "outcome":
            combo = QComboBox(self)
            combo.currentIndexChanged.connect(self._emit)
            return combo
        return self._rows_editor(name)

    def _rows_editor(self, name: str) -> QWidget:
        if name == "interventions":
            columns = [
                ColumnSpec("type", QCoreApplication.translate("IndstillingForm", "Type"), labels.vocabulary),
                ColumnSpec("description", QCoreApplication.translate("IndstillingForm", "What")),
                ColumnSpec("responsible", QCoreApplication.translate("IndstillingForm", "Responsible")),
                ColumnSpec("coordination", QCoreApplication.translate("IndstillingForm", "Coordination")),
                ColumnSpec("start", QCoreApplication.translate("IndstillingForm", "Start")),
                ColumnSpec("mentor_support", QCoreApplication.translate("IndstillingForm", "Mentor")),
            ]
            model = RowsTableModel(Intervention, columns, self)
        else:
            columns = [
                ColumnSpec("name", QCoreApplication.translate("IndstillingForm", "Name")),
                ColumnSpec(
                    "discipline", QCoreApplication.translate("IndstillingForm", "Discipline"), labels.vocabulary
                ),
                ColumnSpec("text", QCoreApplication.translate("IndstillingForm", "Disagreement")),
            ]
            model = RowsTableModel(Dissent, columns, self)
        container = QWidget(self)
        table = QTableView(container)
        table.setModel(model)
        table.setMinimumHeight(90)
        table.setAccessibleName(
            QCoreApplication.translate("IndstillingForm", "Measures")
            if name == "interventions"
            else QCoreApplication.translate("IndstillingForm", "Dissenting views")
        )
        table.horizontalHeader().setStretchLastSection(True)
        if name == "interventions":
            table.setItemDelegateForColumn(0, _TypeDelegate(table))
        add = QPushButton(QCoreApplication.translate("IndstillingForm", "Add"), container)
        remove = QPushButton(QCoreApplication.translate("IndstillingForm", "Remove"), container)
        add.clicked.connect(model.add_row)
        remove.clicked.connect(lambda: model.remove_row(table.currentIndex().row()))
        model.rows_changed.connect(lambda _rows: self._emit())
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        box = QVBoxLayout(container)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(table)
        box.addLayout(buttons)
        self._models[name] = model
        return container

    def model(self, name: str) -> RowsTableModel:
        return self._models[name]

    def _emit(self) -> None:
        if not self._loading:
            self.changed.emit()

    def set_outcomes(self, outcomes: tuple[str, ...]) -> None:
        combo: QComboBox = self.widgets["outcome"]  # type: ignore[assignment]
        self._loading = True
        combo.clear()
        combo.addItem(QCoreApplication.translate("IndstillingForm", "(choose)"), "")
        for outcome in outcomes:
            combo.addItem(labels.vocabulary(outcome), outcome)
        self._loading = False

    def set_content(self, content: IndstillingContent) -> None:
        """Show ``content`` without emitting ``changed``."""
        self._loading = True
        for name, kind, _group in FIELDS:
            _write(self.widgets[name], kind, getattr(content, name), self)
        self._loading = False
        self.show_groups_for(content.outcome)

    def set_fields(self, content: IndstillingContent, names: tuple[str, ...]) -> None:
        """Show ``content``'s value of the fields ``names`` only (someone else's merged changes)."""
        self._loading = True
        for name, kind, _group in FIELDS:
            if name in names:
                _write(self.widgets[name], kind, getattr(content, name), self)
        self._loading = False
        self.show_groups_for(self.content().outcome)

    def content(self) -> IndstillingContent:
        """Return what the form holds."""
        values = {name: _read(self.widgets[name], kind, self, name) for name, kind, _group in FIELDS}
        return IndstillingContent(**values)

    def show_groups_for(self, outcome: str) -> None:
        """Show the fleksjob and førtidspension groups only for their outcome."""
        self.groups["fleksjob"].setVisible(outcome == "fleksjob")
        self.groups["foertidspension"].setVisible(outcome == "foertidspension")

    def set_read_only(self, read_only: bool) -> None:
        for name, kind, _group in FIELDS:
            widget = self.widgets[name]
            if isinstance(widget, QPlainTextEdit | QLineEdit):
                widget.setReadOnly(read_only)
            elif kind in ("interventions", "dissent"):
                self._models[name].read_only = read_only
                for button in widget.findChildren(QPushButton):
                    button.setEnabled(not read_only)
            else:
                widget.setEnabled(not read_only)


def _write(widget: QWidget, kind: str, value: object, form: IndstillingForm) -> None:
    if isinstance(widget, QPlainTextEdit):
        widget.setPlainText(str(value or ""))
    elif isinstance(widget, QLineEdit):
        widget.setText(str(value or ""))
    elif isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QSpinBox):
        widget.setValue(int(value) if isinstance(value, int) else 0)
    elif isinstance(widget, QDateEdit):
        widget.setDate(QDate(value.year, value.month, value.day) if isinstance(value, date) else NO_DATE)
    elif isinstance(widget, QComboBox):
        index = widget.findData(value or "")
        widget.setCurrentIndex(max(index, 0))
    elif kind in ("interventions", "dissent"):
        form.model("interventions" if kind == "interventions" else "dissent").set_rows(tuple(value or ()))  # type: ignore[arg-type]


def _read(widget: QWidget, kind: str, form: IndstillingForm, name: str) -> object:
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QSpinBox):
        return widget.value() or None
    if isinstance(widget, QDateEdit):
        return None if widget.date() == NO_DATE else widget.date().toPython()
    if isinstance(widget, QComboBox):
        return widget.currentData() or ""
    return form.model(name).rows()


class _TypeDelegate(QStyledItemDelegate):
    """A combo box of intervention types for the type column."""

    def createEditor(self, parent: QWidget, _option: QStyleOptionViewItem, _index: QModelIndex) -> QWidget:
        combo = QComboBox(parent)
        for kind in InterventionType:
            combo.addItem(labels.vocabulary(kind.value), kind.value)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
