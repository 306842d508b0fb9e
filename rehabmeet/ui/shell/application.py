"""The one QApplication, created once and named: light enough for the splash to call before anything heavy."""

from __future__ import annotations

import sys

from PySide6.QtGui import QIcon
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
    return app
