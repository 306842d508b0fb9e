"""The one QApplication, created once and named: light enough for the splash to call before anything heavy."""

from __future__ import annotations

import sys

from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from rehabmeet import APP_ID, APP_NAME, __version__
from rehabmeet.resources import resource_path


def named_application(argv: list[str]) -> QApplication:
    """Return the QApplication (creating it once) with RehabMeet's name, version, app id and icon.

    The app id matters from the first window on: Wayland names and icons windows by it.
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication([sys.argv[0] if sys.argv else APP_NAME, *argv])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(resource_path("icons", "rehabmeet.svg"))))
    add_shipped_fonts()
    return app


#: The fonts shipped with the app; every symbol the UI uses is in DejaVu Sans (tested), and Qt falls
#: back to it where the system font lacks one (no empty boxes for "❚❚ pause").
SHIPPED_FONTS = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf")


def add_shipped_fonts() -> None:
    """Make the shipped fonts available to Qt (once; adding them again is harmless)."""
    if QFontDatabase.applicationFontFamilies(0):
        return
    for name in SHIPPED_FONTS:
        QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
