"""DashboardWindow: management information for a period — headline figures, four charts, every table,
exports (CSV, XLSX, PDF) and a review sample. Citizens stay pseudonymous unless explicitly included."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from rehabmeet.errors import UserFacingError
from rehabmeet.services.stats import StatsService, sample_table
from rehabmeet.stats.dashboard import Dashboard
from rehabmeet.stats.export import readable_rows
from rehabmeet.stats.filters import CaseFilter, FilterChoices
from rehabmeet.stats.labels import stat_label
from rehabmeet.stats.queries import Table

from rehabmeet.ui.dashboard import charts
from rehabmeet.ui.dashboard.drill_views import Bar, Tile
from rehabmeet.ui.shared import labels
from rehabmeet.ui.shared.colours import colour
from rehabmeet.ui.shared.dialogs import show_error
from rehabmeet.ui.shared.string_table_model import StringTableModel
from rehabmeet.ui.shared.tasks import TaskRunner


def _days(value: int | float | None) -> str:
    return "–" if value is None else labels.format_number(value)


def _percent(value: float | None) -> str:
    return "–" if value is None else labels.format_percent(value)


def _cell(value: object) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return labels.format_percent(value) if 0 <= value <= 1 else labels.format_number(value)
    if isinstance(value, date):
        return labels.format_date(value)
    return str(value)


class DashboardWindow(QWidget):
    """The manager's dashboard."""

    def __init__(self, stats: StatsService, tasks: TaskRunner, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("dashboardWindow")
        self.setWindowTitle(self.tr("Management information"))
        self._stats = stats
        self._tasks = tasks
        self.dashboard: Dashboard | None = None
        self.start = self._date(today - timedelta(days=365))
        self.start.setAccessibleName(self.tr("Period start"))
        self.end = self._date(today)
        self.end.setAccessibleName(self.tr("Period end"))
        self.caseworker = QComboBox(self)
        self.caseworker.setObjectName("filterCaseworker")
        self.caseworker.setAccessibleName(self.tr("Caseworker"))
        self.caseworker.addItem(self.tr("All caseworkers"), None)
        self.case_type = QComboBox(self)
        self.case_type.setObjectName("filterCaseType")
        self.case_type.setAccessibleName(self.tr("Case type"))
        self.case_type.addItem(self.tr("All case types"), None)
        self.refresh_button = QPushButton(self.tr("Show"), self)
        self.include_citizens = QCheckBox(self.tr("Include citizens' names and CPR in exports"), self)
        self.exports = {
            fmt: QPushButton(text, self)
            for fmt, text in (("csv", self.tr("CSV…")), ("xlsx", self.tr("Excel…")), ("pdf", self.tr("PDF report…")))
        }
        self.sample_button = QPushButton(self.tr("Review sample"), self)
        self.status = QLabel(self)
        self.tiles = QGridLayout()
        self.charts = QGridLayout()
        self.tables = QTabWidget(self)
        self.tables.setObjectName("dashboardTables")
        self._layout()
        self.refresh_button.clicked.connect(self.refresh)
        for fmt, button in self.exports.items():
            button.clicked.connect(lambda _checked=False, fmt=fmt: self.export(fmt))
        self.sample_button.clicked.connect(self._on_sample_clicked)
        self.resize(1280, 860)

    def _date(self, day: date) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day), self)
        edit.setCalendarPopup(True)
        return edit

    def _layout(self) -> None:
        bar = QHBoxLayout()
        filters: tuple[QWidget, ...] = (
            QLabel(self.tr("From")),
            self.start,
            QLabel(self.tr("to")),
            self.end,
            self.caseworker,
            self.case_type,
            self.refresh_button,
        )
        for widget in filters:
            bar.addWidget(widget)
        bar.addStretch(1)
        actions = QHBoxLayout()  # a row of its own: the filters and the exports fit 1280 px side by side
        actions.addStretch(1)
        for widget in (self.include_citizens, *self.exports.values(), self.sample_button):
            actions.addWidget(widget)
        overview = QWidget(self)
        column = QVBoxLayout(overview)
        self.charts.setColumnStretch(0, 1)
        self.charts.setColumnStretch(1, 1)
        column.addLayout(self.tiles)
        column.addLayout(self.charts)
        scroller = QScrollArea(self)
        scroller.setWidgetResizable(True)
        scroller.setWidget(overview)
        tabs = self.pages = QTabWidget(self)
        tabs.addTab(scroller, self.tr("Overview"))
        tabs.addTab(self.tables, self.tr("Tables"))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addWidget(tabs, 1)

    def period(self) -> tuple[date, date]:
        def py(edit: QDateEdit) -> date:
            value = edit.date()
            return date(value.year(), value.month(), value.day())

        return py(self.start), py(self.end)

    def where(self) -> CaseFilter:
        """The caseworker and case type chosen (``None``: all)."""
        return CaseFilter(caseworker=self.caseworker.currentData(), case_type=self.case_type.currentData())

    @Slot()
    def refresh(self) -> None:
        """Compute the dashboard for the chosen period and filters (in the background) and show it."""
        start, end = self.period()
        where = self.where()
        self.status.setText(self.tr("Computing…"))
        handle = self._tasks.start(
            lambda _progress, _cancelled: (
                self._stats.dashboard(start, end, where=where),
                self._stats.choices(start, end),
            )
        )
        handle.succeeded.connect(self._computed)
        handle.failed.connect(lambda error: (self.status.setText(""), show_error(self, str(error))))

    def _computed(self, result: tuple[Dashboard, FilterChoices]) -> None:
        self._offer(result[1])
        self.show_dashboard(result[0])

    def _offer(self, choices: FilterChoices) -> None:
        """Fill the filters with the period's caseworkers and case types, keeping the current choice."""
        for combo, values, name in (
            (self.caseworker, choices.caseworkers, str),
            (self.case_type, choices.case_types, labels.vocabulary),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value in values:
                combo.addItem(name(value), value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)
            combo.blockSignals(False)

    def show_dashboard(self, dashboard: Dashboard) -> None:
        self.dashboard = dashboard
        self.status.setText(self.tr("%n case(s) heard in the period", "", dashboard.headline.cases))
        self._show_tiles(dashboard)
        _clear(self.charts)
        # The months and the waiting bands get the whole width (their labels and legend fit 1280 px unelided);
        # the measures and the tall control-point chart share the last row.
        places = (
            (charts.cases_per_month, 0, 0, 2),
            (charts.waiting_distribution, 1, 0, 2),
            (charts.measures, 2, 0, 1),
            (charts.completeness, 2, 1, 1),
        )
        for make, row, column, span in places:
            self.charts.addWidget(make(dashboard, self, self._drill_bar), row, column, 1, span)
        self.tables.clear()
        for table in dashboard.tables:
            self.tables.addTab(self._table_view(table), stat_label(table.name))

    def _show_tiles(self, dashboard: Dashboard) -> None:
        _clear(self.tiles)
        head = dashboard.headline
        days, median = self.tr("%1 days"), self.tr("%1 (median)")
        tiles = (
            (self.tr("Cases heard"), str(head.cases), ("heard", "all")),
            *(
                (median.replace("%1", stat_label(name)), days.replace("%1", _days(value)), ("waiting", name))
                for name, value in (
                    ("signed_to_meeting", head.median_signed_to_meeting),
                    ("meeting_to_decision", head.median_meeting_to_decision),
                    ("meeting_to_first_measure", head.median_meeting_to_first_measure),
                )
            ),
            (stat_label("share_at_table"), _percent(head.share_decided_at_table), ("decisions", "at_table")),
            (self.tr("Measures started"), _percent(head.share_measures_started), ("measures", "not_started")),
            (self.tr("Control points met"), _percent(head.share_checks_met), ("completeness", "*")),
            (
                self.tr("Waited over 4 months (A17)"),
                _percent(head.share_over_4_months),
                ("waits_over", "over_4_months"),
            ),
            (
                self.tr("Waited over 6 months (A17)"),
                _percent(head.share_over_6_months),
                ("waits_over", "over_6_months"),
            ),
        )
        titles = {  # what the list behind a tile shows, where it is not the tile's own name
            ("measures", "not_started"): self.tr("measures not started"),
            ("completeness", "*"): self.tr("control points not met"),
        }
        for n, (name, value, (kind, key)) in enumerate(tiles):
            tile = Tile(name, value, Bar(titles.get((kind, key), name), kind, key), self)
            tile.setObjectName(f"tile{n}")
            tile.setStyleSheet(
                f"QLabel {{ background:{colour('panel')}; border-radius:6px; padding:6px;"
                " border: 2px solid transparent }"
                f" QLabel:focus {{ border-color: {colour('accent')} }}"
            )
            tile.activated.connect(self._drill_bar)
            self.tiles.addWidget(tile, n // 5, n % 5)

    def _table_view(self, table: Table) -> QTableView:
        view = QTableView(self)
        view.setAccessibleName(stat_label(table.name))
        rows = [[_cell(c) for c in row] for row in readable_rows(table)]
        view.setModel(StringTableModel([stat_label(h) for h in table.headings], rows, view))
        view.resizeColumnsToContents()
        view.verticalHeader().hide()
        return view

    def export(self, fmt: str) -> None:
        start, end = self.period()
        suffix = {"csv": "zip", "xlsx": "xlsx", "pdf": "pdf"}[fmt]
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export"), f"ledelsesinformation-{start}-{end}.{suffix}")
        if path:
            self.save_export(fmt, path)

    def save_export(self, fmt: str, path: str) -> None:
        from pathlib import Path

        start, end = self.period()
        include = self.include_citizens.isChecked()
        where = self.where()
        handle = self._tasks.start(
            lambda _p, _c: self._stats.export(start, end, fmt, Path(path), include_citizens=include, where=where)
        )
        handle.succeeded.connect(lambda target: self.status.setText(self.tr("Saved %1").replace("%1", str(target))))
        handle.failed.connect(lambda error: show_error(self, str(error)))

    def _drill_bar(self, bar: Bar) -> None:
        self.drill(bar.kind, bar.key, bar.text.split(": ")[0])

    def drill(self, kind: str, key: str, title: str | None = None) -> None:
        """Show the cases behind one figure (a control point not met, a month's bar, a tile …) in a tab of
        their own, named by ``title`` (the key when not given)."""
        start, end = self.period()
        include = self.include_citizens.isChecked()
        try:
            table = self._stats.cases_behind(start, end, kind, key, where=self.where(), include_citizens=include)
        except UserFacingError as error:  # a refusal is shown, never raised into Qt's event loop
            show_error(self, str(error))
            return
        title = self.tr("Cases behind %1").replace("%1", title or key)
        index = self.tables.addTab(self._table_view(table), title)
        self.tables.setCurrentIndex(index)
        self.pages.setCurrentWidget(self.tables)

    @Slot()
    def _on_sample_clicked(self) -> None:
        start, end = self.period()
        include = self.include_citizens.isChecked()
        rows = self._stats.sample(start, end, per_caseworker=2, include_citizens=include, where=self.where())
        table = sample_table(rows, include)
        index = self.tables.addTab(self._table_view(table), stat_label(table.name))
        self.tables.setCurrentIndex(index)


def _clear(layout: QGridLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item is not None and item.widget() is not None:
            item.widget().deleteLater()
