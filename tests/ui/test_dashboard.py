"""The management dashboard and the follow-through section, in the app."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCharts import QChartView
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from tests.helpers.db import open_home_database
from tests.helpers.history import KnownCase, write_known_history
from tests.helpers.indstilling import finalise_demo_fleksjob

from rehabmeet.ui.dashboard import charts
from rehabmeet.ui.documents import follow_through_widget
from rehabmeet.ui.shared import labels
from rehabmeet.ui.shell.main_window import MainWindow


def test_the_dashboard_shows_headline_charts_and_tables(
    demo_home: Path, make_main_window: Callable[[], MainWindow], qtbot: QtBot, tmp_path: Path
) -> None:
    database = open_home_database(demo_home)
    write_known_history(
        database,
        date.today(),
        [
            KnownCase(
                "fleksjob", "fleksjob", 60, 5, informed_after=2, measures=(("mentor", 20, None),), checks={"C13": True}
            )
        ],
    )
    database.close()
    window = make_main_window()
    dashboard = window.show_dashboard()
    qtbot.waitUntil(lambda: dashboard.dashboard is not None, timeout=10_000)
    assert dashboard.dashboard.headline.cases == 1
    assert "60 days" in dashboard.findChild(type(dashboard.status), "tile1").text()
    assert len(dashboard.findChildren(QChartView)) == 4 and dashboard.tables.count() == 12
    dashboard.save_export("csv", str(tmp_path / "mi.zip"))
    qtbot.waitUntil(lambda: (tmp_path / "mi.zip").exists(), timeout=10_000)
    dashboard.close()


def test_follow_through_records_the_citizen_told_and_a_measure_started(
    demo_home: Path, make_main_window: Callable[[], MainWindow], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = open_home_database(demo_home)
    finalise_demo_fleksjob(database.sessions)
    database.close()
    window = make_main_window()
    window.agenda.table.selectRow(2)
    window.case_tabs.setCurrentWidget(window.outcome)
    follow = window.outcome.follow
    assert follow.isEnabled() and follow.measures.rowCount() == 1
    follow.save_informed.click()
    assert follow.view.informed_on == date.today() and follow.informed_state.text().startswith("✔")
    follow.measures.selectRow(0)
    follow.started.click()
    assert follow.view.measures[0].started_on == date.today()
    monkeypatch.setattr(follow_through_widget, "ask_text", lambda *_args: "Borgeren flyttede")
    follow.measures.selectRow(0)
    follow.dropped.click()  # a measure recorded as dropped is no longer started
    assert (follow.view.measures[0].started_on, follow.view.measures[0].dropped_reason) == (None, "Borgeren flyttede")


def test_the_dashboard_filters_by_caseworker_and_case_type(
    demo_home: Path, make_main_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    database = open_home_database(demo_home)
    write_known_history(
        database,
        date.today(),
        [
            KnownCase("fleksjob", "fleksjob", 60, 5, caseworker="Anne Holm"),
            KnownCase("ressourceforloeb", "ressourceforloeb", 30, 5, caseworker="Bo Nielsen"),
        ],
    )
    database.close()
    window = make_main_window()
    dashboard = window.show_dashboard()
    qtbot.waitUntil(lambda: dashboard.dashboard is not None, timeout=10_000)
    assert dashboard.dashboard.headline.cases == 2
    assert [dashboard.caseworker.itemText(n) for n in range(1, dashboard.caseworker.count())] == [
        "Anne Holm",
        "Bo Nielsen",
    ]
    assert dashboard.case_type.count() == 3
    dashboard.caseworker.setCurrentIndex(2)
    dashboard.dashboard = None
    dashboard.refresh_button.click()
    qtbot.waitUntil(lambda: dashboard.dashboard is not None, timeout=10_000)
    assert dashboard.dashboard.headline.cases == 1 and dashboard.caseworker.currentText() == "Bo Nielsen"
    dashboard.close()


def test_a_control_point_bar_drills_down_to_its_cases(
    demo_home: Path, make_main_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    from PySide6.QtCharts import QHorizontalBarSeries

    database = open_home_database(demo_home)
    write_known_history(
        database,
        date.today(),
        [
            KnownCase("fleksjob", "fleksjob", 60, 5, checks={"C13": False, "C2": True}),
            KnownCase("fleksjob", "fleksjob", 30, 5, checks={"C13": True, "C2": True}),
        ],
    )
    database.close()
    window = make_main_window()
    dashboard = window.show_dashboard()
    qtbot.waitUntil(lambda: dashboard.dashboard is not None, timeout=10_000)
    view = dashboard.findChild(QChartView, "chartCompleteness")
    (series,) = [s for s in view.chart().series() if isinstance(s, QHorizontalBarSeries)]
    series.clicked.emit(0, series.barSets()[0])  # the bottom bar: C13, the last in natural order
    assert dashboard.tables.tabText(dashboard.tables.currentIndex()) == "Cases behind C13"
    model = dashboard.tables.currentWidget().model()
    assert model.rowCount() == 1 and model.index(0, 0).data().startswith("P-")
    dashboard.close()


def _two_months(demo_home: Path) -> None:
    today = date.today()
    earlier = date(today.year, today.month, 1) - timedelta(days=20)  # last month
    database = open_home_database(demo_home)
    write_known_history(database, today, [KnownCase("fleksjob", "fleksjob", 60, 0, at_table=True)] * 2)
    write_known_history(database, earlier, [KnownCase("ressourceforloeb", "ressourceforloeb", 200, 3)], "EARLIER")
    database.close()


def _cases_tab(dashboard: object) -> tuple[str, list[str]]:
    tables = dashboard.tables  # type: ignore[attr-defined]
    model = tables.currentWidget().model()
    return tables.tabText(tables.currentIndex()), [model.index(r, 0).data() for r in range(model.rowCount())]


def test_a_tile_opens_the_cases_behind_it_by_click_and_by_keyboard(
    demo_home: Path, make_main_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    _two_months(demo_home)
    dashboard = make_main_window().show_dashboard()
    qtbot.waitUntil(lambda: dashboard.dashboard is not None, timeout=10_000)
    heard, at_table = (dashboard.findChild(QLabel, name) for name in ("tile0", "tile4"))
    qtbot.mouseClick(heard, Qt.MouseButton.LeftButton)
    title, cases = _cases_tab(dashboard)
    assert title == "Cases behind Cases heard" and len(cases) == dashboard.dashboard.headline.cases >= 3
    assert all(case.startswith("P-") for case in cases)  # pseudonyms: citizens were not asked for
    at_table.setFocus()
    qtbot.keyClick(at_table, Qt.Key.Key_Space)
    title, cases = _cases_tab(dashboard)
    assert title.startswith("Cases behind ") and len(cases) == dashboard.dashboard.table("decisions").rows[0][2]
    dashboard.close()


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")  # the offscreen menu
def test_a_month_bar_opens_its_cases_by_click_and_by_keyboard(
    demo_home: Path, make_main_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    from PySide6.QtCharts import QStackedBarSeries

    _two_months(demo_home)
    dashboard = make_main_window().show_dashboard()
    qtbot.waitUntil(lambda: dashboard.dashboard is not None, timeout=10_000)
    per_month = dashboard.dashboard.table("cases_per_month").rows
    months = sorted({row[0] for row in per_month})
    view = dashboard.findChild(QChartView, "chartCasesPerMonth")
    (series,) = [s for s in view.chart().series() if isinstance(s, QStackedBarSeries)]
    resource = next(s for s in series.barSets() if s.label() == labels.short_case_type("ressourceforloeb"))
    series.clicked.emit(months.index(months[-2]), resource)  # last month's ressourceforløb segment
    title, cases = _cases_tab(dashboard)
    assert title.endswith(f", {labels.vocabulary('ressourceforloeb')}") and len(cases) == 1

    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Return)  # the list of the chart's bars, the first month active
    menu = view.bar_menu
    assert menu is not None and [a.text().split(":")[0] for a in menu.actions()] == [
        charts.month_name(m) for m in months
    ]
    qtbot.keyClick(menu, Qt.Key.Key_Down)
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    title, cases = _cases_tab(dashboard)
    second = sum(row[2] for row in per_month if row[0] == months[1])
    assert title == f"Cases behind {charts.month_name(months[1])}" and len(cases) == second
    dashboard.close()


def test_month_and_control_point_labels_are_whole_at_1280_by_800(
    demo_home: Path, make_main_window: Callable[[], MainWindow], qtbot: QtBot
) -> None:
    from PySide6.QtCharts import QBarCategoryAxis

    dashboard = make_main_window().show_dashboard()
    dashboard.resize(1280, 800)
    qtbot.waitUntil(lambda: dashboard.dashboard is not None, timeout=10_000)
    views = {v.objectName(): v for v in dashboard.findChildren(QChartView)}
    for view in views.values():  # QtCharts would elide "12/25" or "C10" to "…"
        axes = [a for a in view.chart().axes() if isinstance(a, QBarCategoryAxis)]
        assert axes and not any(a.truncateLabels() for a in axes), view.objectName()
    qtbot.waitUntil(lambda: views["chartCasesPerMonth"].width() > 0)
    months, waiting = views["chartCasesPerMonth"], views["chartWaiting"]
    assert months.width() > 2 * views["chartMeasures"].width() - 40  # thirteen months get the whole width
    assert waiting.width() == months.width()
    completeness = views["chartCompleteness"]
    rules = len(dashboard.dashboard.table("completeness").rows)
    assert completeness.height() >= charts.ROW_PIXELS * rules  # a line of text per control point
    dashboard.close()
