"""The first window a user sees: shown before the database libraries load, closed when the main window is up.

Opening the encrypted database needs SQLAlchemy, keyring and SQLCipher, whose imports alone take several
times as long as Qt's own start (``benchmarks/startup.py``). Without a splash, a double-click shows
nothing for most of a second. The splash has no words, so it needs no translation and no settings.
"""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QElapsedTimer, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QLabel

from rehabmeet import APP_NAME, __version__
from rehabmeet.resources import resource_path

from rehabmeet.ui.shell.application import named_application

STARTUP_PROBE_ENV = "REHABMEET_STARTUP_PROBE"
_WIDTH, _HEIGHT, _ICON = 420, 220, 96
EXPOSE_WAIT_MS = 200
_shown: list[QLabel] = []


def show_splash(argv: list[str]) -> None:
    """Create the application and show the splash at once (painted before this returns)."""
    app = named_application(argv)
    splash = QLabel()  # not QSplashScreen: its show() waits a whole second on some platforms
    splash.setWindowFlags(Qt.WindowType.SplashScreen | Qt.WindowType.FramelessWindowHint)
    splash.setPixmap(_picture(app.devicePixelRatio()))
    splash.setAccessibleName(APP_NAME)
    splash.adjustSize()
    screen = app.primaryScreen()
    if screen is not None:  # centred, as the window system would place a splash
        splash.move(screen.availableGeometry().center() - splash.rect().center())
    splash.show()
    _paint_now(app, splash)
    _shown.append(splash)
    if os.environ.get(STARTUP_PROBE_ENV):
        print(f"{STARTUP_PROBE_ENV} splash_at={time.time():.6f}", flush=True)


def close_splash() -> None:
    """Close the splash: once the main window is shown, or before an error message."""
    while _shown:
        _shown.pop().close()


def splash_is_showing() -> bool:
    return any(splash.isVisible() for splash in _shown)


def _paint_now(app: QApplication, splash: QLabel) -> None:
    """Wait (briefly) until the window system maps the splash, then paint it: the imports that follow
    keep the event loop busy, so a splash not painted now would be an empty frame."""
    waited = QElapsedTimer()
    waited.start()
    window = splash.windowHandle()
    while window is not None and not window.isExposed() and waited.elapsed() < EXPOSE_WAIT_MS:
        app.processEvents()
    splash.repaint()
    app.processEvents()


def _picture(ratio: float) -> QPixmap:
    pixmap = QPixmap(int(_WIDTH * ratio), int(_HEIGHT * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(QColor("#f4f6f8"))
    painter = QPainter(pixmap)
    try:
        icon = QPixmap(str(resource_path("icons", "rehabmeet-256.png")))
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawPixmap(32, (_HEIGHT - _ICON) // 2, _ICON, _ICON, icon)
        painter.setPen(QColor("#1f2933"))
        title = QFont()
        title.setPointSize(22)
        title.setBold(True)
        painter.setFont(title)
        middle_left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(150, 70, _WIDTH - 170, 50, middle_left, APP_NAME)
        painter.setFont(QFont())
        painter.setPen(QColor("#52606d"))
        painter.drawText(150, 120, _WIDTH - 170, 30, Qt.AlignmentFlag.AlignLeft, __version__)
        painter.setPen(QColor("#c2cad3"))
        painter.drawRect(0, 0, _WIDTH - 1, _HEIGHT - 1)
    finally:
        painter.end()
    return pixmap
