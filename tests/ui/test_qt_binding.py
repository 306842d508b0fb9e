"""Guard against a Qt binding that leaks references to None/True/False (PySide6 6.12.0 on Python 3.11).

Such a binding crashes the app after some hours of use ("deallocating None"); a meeting day would
end in a crash, so the suite refuses it.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot


class _Emitter(QObject):
    changed = Signal(float, str)


def test_calls_and_signals_keep_singleton_reference_counts(qtbot: QtBot, qapp: QApplication) -> None:
    label = QLabel()
    qtbot.add_widget(label)
    emitter = _Emitter()
    emitter.changed.connect(lambda _fraction, _text: None)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(2000):
        QCoreApplication.processEvents()
        label.setText("x")
        emitter.changed.emit(0.5, "x")
    assert sys.getrefcount(None) - none_before > -100
    assert sys.getrefcount(True) - true_before > -100
