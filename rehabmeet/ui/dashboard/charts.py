"""Charts for the dashboard (QtCharts): cases per month, waiting times, completeness, measures."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

from rehabmeet.stats.dashboard import Dashboard
from rehabmeet.stats.labels import stat_label

from rehabmeet.ui.shared import labels

PALETTE = ("#1f5fa8", "#2f8f5b", "#c2410c", "#7c3aed", "#0e7490", "#9a6700", "#6b7280")


def _view(chart: QChart, parent: QWidget, name: str) -> QChartView:
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    view = QChartView(chart, parent)
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


def cases_per_month(dashboard: Dashboard, parent: QWidget) -> QChartView:
    rows = dashboard.table("cases_per_month").rows
    months = sorted({r[0] for r in rows})
    types = sorted({r[1] for r in rows})
    counts = {(r[0], r[1]): r[2] for r in rows}
    series = QStackedBarSeries()
    for n, case_type in enumerate(types):
        series.append(
            _bars(
                labels.short_case_type(case_type),
                [counts.get((m, case_type), 0) for m in months],
                PALETTE[n % len(PALETTE)],
            )
        )
    chart = QChart()
    chart.setTitle(stat_label("cases_per_month"))
    chart.addSeries(series)
    # Month numbers fit under thirteen bars at 1280 px ("25/12" did not); the years go in the axis title.
    # A month number that recurs (December to December) keeps its year: the axis merges equal names.
    numbers = [m[5:] for m in months]
    names = [n if numbers.count(n) == 1 else f"{n}/{m[2:4]}" for n, m in zip(numbers, months, strict=True)]
    years = sorted({m[:4] for m in months})
    _axes(chart, series, names, title="–".join(dict.fromkeys((years[0], years[-1]))) if years else "")
    return _view(chart, parent, "chartCasesPerMonth")


def waiting_distribution(dashboard: Dashboard, parent: QWidget) -> QChartView:
    rows = dashboard.table("waiting_buckets").rows
    buckets = list(dict.fromkeys(r[1] for r in sorted(rows, key=lambda r: int(str(r[1]).split("–")[0].rstrip("+")))))
    measures = ("signed_to_meeting", "meeting_to_decision", "meeting_to_first_measure")
    counts = {(r[0], r[1]): r[2] for r in rows}
    series = QBarSeries()
    for n, measure in enumerate(measures):
        series.append(_bars(stat_label(measure), [counts.get((measure, b), 0) for b in buckets], PALETTE[n]))
    chart = QChart()
    chart.setTitle(QCoreApplication.translate("Dashboard", "Waiting times (days)"))
    chart.addSeries(series)
    _axes(chart, series, buckets)
    return _view(chart, parent, "chartWaiting")


def completeness(dashboard: Dashboard, parent: QWidget, on_pick: Callable[[str], None] | None = None) -> QChartView:
    """Share met per control point; clicking a bar calls ``on_pick`` with its control point (drill-down)."""
    rows = list(reversed(dashboard.table("completeness").rows))  # natural order, C1 at the top
    series = QHorizontalBarSeries()
    if on_pick is not None:
        series.clicked.connect(lambda index, _bars: on_pick(rows[index][0]))
    series.append(_bars(stat_label("share_met"), [100 * (r[4] or 0) for r in rows], PALETTE[1]))
    chart = QChart()
    chart.setTitle(stat_label("completeness"))
    chart.addSeries(series)
    chart.legend().hide()
    _axes(chart, series, [r[0] for r in rows], horizontal=True, maximum=100)
    view = _view(chart, parent, "chartCompleteness")
    view.setMinimumHeight(360)
    return view


def measures(dashboard: Dashboard, parent: QWidget) -> QChartView:
    rows = dashboard.table("measures").rows
    series = QBarSeries()
    series.append(_bars(stat_label("recommended"), [r[1] for r in rows], PALETTE[0]))
    series.append(_bars(stat_label("started"), [r[2] for r in rows], PALETTE[1]))
    chart = QChart()
    chart.setTitle(stat_label("measures"))
    chart.addSeries(series)
    _axes(chart, series, [labels.vocabulary(r[0]) for r in rows])
    return _view(chart, parent, "chartMeasures")
