"""Charts for the dashboard (QtCharts): cases per month, waiting times, completeness, measures."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QHorizontalBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from rehabmeet.stats.dashboard import Dashboard
from rehabmeet.stats.labels import stat_label

from rehabmeet.ui.dashboard.drill_views import Bar, DrillChartView, Pick
from rehabmeet.ui.shared import labels

ROW_PIXELS = 22  # a category label's line at the default font, with the gap QtCharts keeps
PALETTE = ("#1f5fa8", "#2f8f5b", "#c2410c", "#7c3aed", "#0e7490", "#9a6700", "#6b7280")


def _view(chart: QChart, parent: QWidget, name: str) -> DrillChartView:
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    view = DrillChartView(chart, parent)
    view.setObjectName(name)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(220)
    view.setAccessibleName(chart.title())
    return view


def _bars(name: str, values: Sequence[float], colour: str) -> QBarSet:
    bar_set = QBarSet(name)
    bar_set.append([float(v) for v in values])
    bar_set.setColor(QColor(colour))
    return bar_set


def _axes(
    chart: QChart,
    series: object,
    categories: list[str],
    horizontal: bool = False,
    maximum: float | None = None,
    title: str = "",
) -> None:
    category_axis = QBarCategoryAxis()
    category_axis.append(categories)
    category_axis.setTruncateLabels(False)  # "C10", "12/25" in full: the layout gives them the room
    if title:
        category_axis.setTitleText(title)
    value_axis = QValueAxis()
    value_axis.setLabelFormat("%.0f")
    if maximum is not None:
        value_axis.setRange(0, maximum)
        value_axis.setTitleText("%")
    chart.addAxis(category_axis, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(value_axis, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(category_axis)  # type: ignore[attr-defined]
    series.attachAxis(value_axis)  # type: ignore[attr-defined]
    if maximum is None and categories:
        value_axis.applyNiceNumbers()
    elif maximum is None:
        value_axis.setRange(0, 1)  # an empty period: an empty chart, not a broken axis


def month_name(month: str) -> str:
    """``2026-10`` as the UI language says it (oktober 2026)."""
    return QLocale().toString(QDate(int(month[:4]), int(month[5:7]), 1), "MMMM yyyy")


def _on_click(series: QAbstractBarSeries, pick: Pick | None, bar_of: Callable[[int, QBarSet], Bar | None]) -> None:
    if pick is not None:
        series.clicked.connect(lambda index, bar_set: (bar := bar_of(index, bar_set)) is not None and pick(bar))


def cases_per_month(dashboard: Dashboard, parent: QWidget, pick: Pick | None = None) -> DrillChartView:
    """Heard cases per month, stacked by case type; a segment drills into its month and case type."""
    rows = dashboard.table("cases_per_month").rows
    months = sorted({r[0] for r in rows})
    types = sorted({r[1] for r in rows})
    counts = {(r[0], r[1]): r[2] for r in rows}
    series = QStackedBarSeries()
    for n, case_type in enumerate(types):
        values = [counts.get((m, case_type), 0) for m in months]
        series.append(_bars(labels.short_case_type(case_type), values, PALETTE[n % len(PALETTE)]))
    type_of = {labels.short_case_type(t): t for t in types}  # a bar set is known by its label

    def segment(index: int, bar_set: QBarSet) -> Bar:
        case_type = type_of.get(bar_set.label(), "")
        text = f"{month_name(months[index])}, {labels.vocabulary(case_type)}"
        return Bar(text, "month", f"{months[index]}:{case_type}" if case_type else months[index])

    _on_click(series, pick, segment)
    chart = QChart()
    chart.setTitle(stat_label("cases_per_month"))
    chart.addSeries(series)
    # Month numbers fit under thirteen bars at 1280 px ("25/12" did not); the years go in the axis title.
    # A month number that recurs (December to December) keeps its year: the axis merges equal names.
    numbers = [m[5:] for m in months]
    names = [n if numbers.count(n) == 1 else f"{n}/{m[2:4]}" for n, m in zip(numbers, months, strict=True)]
    years = sorted({m[:4] for m in months})
    _axes(chart, series, names, title="–".join(dict.fromkeys((years[0], years[-1]))) if years else "")
    view = _view(chart, parent, "chartCasesPerMonth")
    per_month = {m: sum(counts.get((m, t), 0) for t in types) for m in months}
    view.offer([Bar(f"{month_name(m)}: {per_month[m]}", "month", m) for m in months], pick)
    return view


def waiting_distribution(dashboard: Dashboard, parent: QWidget, pick: Pick | None = None) -> DrillChartView:
    """Waiting times in bands of days per measure; a bar drills into the cases of its measure and band."""
    rows = dashboard.table("waiting_buckets").rows
    buckets = list(dict.fromkeys(r[1] for r in sorted(rows, key=lambda r: int(str(r[1]).split("–")[0].rstrip("+")))))
    measures = ("signed_to_meeting", "meeting_to_decision", "meeting_to_first_measure")
    counts = {(r[0], r[1]): r[2] for r in rows}
    series = QBarSeries()
    for n, measure in enumerate(measures):
        series.append(_bars(stat_label(measure), [counts.get((measure, b), 0) for b in buckets], PALETTE[n]))
    measure_of = {stat_label(m): m for m in measures}

    def band(index: int, bar_set: QBarSet) -> Bar | None:
        measure = measure_of.get(bar_set.label())
        if measure is None:
            return None
        return Bar(f"{stat_label(measure)}, {buckets[index]}", "waiting", f"{measure}:{buckets[index]}")

    _on_click(series, pick, band)
    chart = QChart()
    chart.setTitle(QCoreApplication.translate("Dashboard", "Waiting times (days)"))
    chart.addSeries(series)
    _axes(chart, series, buckets)
    view = _view(chart, parent, "chartWaiting")
    view.setMinimumHeight(300)
    entries = [
        Bar(f"{stat_label(m)}, {b}: {counts[(m, b)]}", "waiting", f"{m}:{b}")
        for m in measures
        for b in buckets
        if counts.get((m, b))
    ]
    view.offer(entries, pick)
    return view


def completeness(dashboard: Dashboard, parent: QWidget, pick: Pick | None = None) -> DrillChartView:
    """Share met per control point; a bar drills into the cases where its control point was not met."""
    rows = list(reversed(dashboard.table("completeness").rows))  # natural order, C1 at the top
    series = QHorizontalBarSeries()
    _on_click(series, pick, lambda index, _bars: Bar(rows[index][0], "completeness", rows[index][0]))
    series.append(_bars(stat_label("share_met"), [100 * (r[4] or 0) for r in rows], PALETTE[1]))
    chart = QChart()
    chart.setTitle(stat_label("completeness"))
    chart.addSeries(series)
    chart.legend().hide()
    _axes(chart, series, [r[0] for r in rows], horizontal=True, maximum=100)
    view = _view(chart, parent, "chartCompleteness")
    # A line of text per control point, or QtCharts elides the axis labels to "…" (26 control points).
    view.setMinimumHeight(max(360, ROW_PIXELS * len(rows) + 110))
    entries = [
        Bar(f"{r[0]} {r[1]}: {labels.format_percent(r[4])}".replace("  ", " "), "completeness", r[0])
        for r in reversed(rows)
        if r[4] is not None
    ]
    view.offer(entries, pick)
    return view


def measures(dashboard: Dashboard, parent: QWidget, pick: Pick | None = None) -> DrillChartView:
    """Measures recommended and started per type, as horizontal bars (the types' names are long);
    a bar drills into the cases with a measure of the type."""
    rows = list(reversed(dashboard.table("measures").rows))  # the most recommended at the top
    series = QHorizontalBarSeries()
    series.append(_bars(stat_label("recommended"), [r[1] for r in rows], PALETTE[0]))
    series.append(_bars(stat_label("started"), [r[2] for r in rows], PALETTE[1]))
    _on_click(series, pick, lambda index, _bars: Bar(labels.vocabulary(rows[index][0]), "measures", rows[index][0]))
    chart = QChart()
    chart.setTitle(stat_label("measures"))
    chart.addSeries(series)
    _axes(chart, series, [labels.vocabulary(r[0]) for r in rows], horizontal=True)
    view = _view(chart, parent, "chartMeasures")
    view.offer([Bar(f"{labels.vocabulary(r[0])}: {r[1]}", "measures", r[0]) for r in reversed(rows)], pick)
    return view
