"""Dates, numbers and shares are written the way the interface language writes them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from rehabmeet.ui.shared import labels
from rehabmeet.ui.shell.translations import install_translators


@pytest.fixture
def interface_language(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    previous = QLocale()
    installed: list[QTranslator] = []

    def choose(language: str) -> None:
        installed.extend(install_translators(qapp, language))

    yield choose
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(previous)


def test_the_danish_interface_writes_dates_numbers_and_shares_the_danish_way(
    interface_language: Callable[[str], None],
) -> None:
    interface_language("da")
    assert labels.format_date(date(2026, 11, 26)) == "26.11.2026"
    assert labels.format_long_date(date(2026, 11, 26)) == "torsdag 26. november 2026"
    assert labels.format_number(12.5) == "12,5" and labels.format_number(1234.0) == "1.234"
    assert labels.format_percent(0.45) == "45 %"


def test_the_english_interface_writes_them_the_english_way(interface_language: Callable[[str], None]) -> None:
    interface_language("en")
    assert labels.format_number(12.5) == "12.5" and labels.format_number(1234.0) == "1,234"
    assert labels.format_percent(0.45) == "45%"
    assert labels.format_long_date(date(2026, 11, 26)) == "Thursday, 26 November 2026"


@pytest.mark.parametrize(("language", "one", "seven"), [("en", "1 case", "7 cases"), ("da", "1 sag", "7 sager")])
def test_counts_are_written_in_singular_and_plural(
    interface_language: Callable[[str], None], language: str, one: str, seven: str
) -> None:
    interface_language(language)
    assert QCoreApplication.translate("AgendaWidget", "%n case(s)", "", 1) == one
    assert QCoreApplication.translate("AgendaWidget", "%n case(s)", "", 7) == seven
