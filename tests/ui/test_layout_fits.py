"""Nothing essential is cut off on a 1280×800 laptop with large text: every tab of the case, every
visible label, button and check box, the agenda's citizen names and case numbers, and the words in
the meeting's attendance and day-plan tables are whole, and no tab's form scrolls sideways."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QScrollArea,
    QStyle,
    QTabBar,
    QTableView,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from rehabmeet.ui.agenda.agenda_table_model import Column
from rehabmeet.ui.shell.main_window import MainWindow

#: What a push button or check box draws around its text (bevel, indicator), in pixels at most.
BUTTON_PADDING = 6


@pytest.fixture
def large_window(make_main_window: Callable[[], MainWindow], qtbot: QtBot) -> Iterator[MainWindow]:
    window = make_main_window()
    window.preferences.large_text.trigger()
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.width() == 1280)
    try:
        yield window
    finally:
        window.preferences.large_text.trigger()


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _cut_tabs(bar: QTabBar) -> list[str]:
    metrics = bar.fontMetrics()
    cut = []
    for index in range(bar.count()):
        rect, text = bar.tabRect(index), _plain(bar.tabText(index))
        if not bar.rect().contains(rect) or rect.width() < metrics.horizontalAdvance(text):
            cut.append(text)
    return cut


def _is_shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) and widget.isVisible() and widget.width() > 0


def _cut_texts(window: QWidget) -> list[str]:
    """The texts of shown labels, buttons and check boxes that their widget is too narrow for."""
    cut = []
    for label in window.findChildren(QLabel):
        if not _is_shown(label, window) or label.wordWrap() or not label.text() or "<" in label.text():
            continue
        widest = max(label.fontMetrics().horizontalAdvance(line) for line in _plain(label.text()).split("\n"))
        if widest > label.contentsRect().width():
            cut.append(label.text())
    for button in window.findChildren(QAbstractButton):
        if isinstance(button, QToolButton) or not _is_shown(button, window) or not button.text():
            continue
        text = _plain(button.text())
        needed = button.fontMetrics().horizontalAdvance(text) + BUTTON_PADDING
        if button.icon().isNull() is False:
            needed += button.iconSize().width()
        if needed > button.width():
            cut.append(text)
    return cut


def _cut_case_words(window: MainWindow) -> list[str]:
    """Words of the agenda's case column (names, case numbers) wider than the column."""
    table = window.agenda.table
    width = table.columnWidth(Column.CASE) - _cell_margins(table)
    model, metrics = table.model(), table.fontMetrics()
    words = {w for r in range(model.rowCount()) for w in str(model.index(r, Column.CASE).data()).split()}
    return sorted(w for w in words if metrics.horizontalAdvance(w) > width)


def _cell_margins(table: QTableView) -> int:
    """What a view item keeps free left and right of its text (as Qt's styles lay it out)."""
    return 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)


def _cut_cell_words(window: MainWindow) -> list[str]:
    """Words in the shown cells of the meeting's tables (attendance, the day's plan) wider than their column."""
    cut = []
    for table in (window.run.attendance.table, window.run.plan.table):
        if not _is_shown(table, window):
            continue
        model, metrics = table.model(), table.fontMetrics()
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                text = model.index(row, column).data()
                room = table.columnWidth(column) - _cell_margins(table)
                cut += [w for w in str(text or "").split() if metrics.horizontalAdvance(w) > room]
    return sorted(set(cut))


def _sideways_scrolling_forms(window: MainWindow) -> list[str]:
    """Forms in a scroll area that only fit by scrolling sideways (their buttons then look cut off)."""
    return [
        area.widget().objectName() or type(area.widget()).__name__
        for area in window.findChildren(QScrollArea)
        if _is_shown(area, window) and area.widget() is not None and area.horizontalScrollBar().maximum() > 0
    ]


def test_every_tab_label_and_button_fits_at_1280x800_with_large_text(large_window: MainWindow) -> None:
    window = large_window
    window.agenda.table.selectRow(2)
    problems: dict[str, list[str]] = {}
    for index in range(window.case_tabs.count()):
        window.show_tab(index)
        for _ in range(5):
            QApplication.processEvents()
        name = window.case_tabs.tabText(index)
        if window.width() > 1280:  # a pane's minimum width pushed the window off the laptop's screen
            problems.setdefault(name, []).append(f"window {window.width()} px wide")
        for bar in window.findChildren(QTabBar):
            if _is_shown(bar, window) and (cut := _cut_tabs(bar)):
                problems.setdefault(name, []).extend(f"tab {t!r}" for t in cut)
        problems.setdefault(name, []).extend(_cut_texts(window))
        problems[name].extend(f"agenda {w!r}" for w in _cut_case_words(window))
        problems[name].extend(f"table {w!r}" for w in _cut_cell_words(window))
        problems[name].extend(f"scrolls sideways: {f}" for f in _sideways_scrolling_forms(window))
    found = {tab: cut for tab, cut in problems.items() if cut}
    assert not found, "\n".join(f"{tab}: {cut}" for tab, cut in found.items())
