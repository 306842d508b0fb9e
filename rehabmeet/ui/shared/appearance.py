"""Appearance the user chooses: large text for the leader's screen, and a light or dark theme
(following the system by default)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from rehabmeet.settings.preferences import Preferences

LARGE_TEXT_FACTOR = 1.35
_BASE_POINT_SIZE: dict[str, float] = {}
_SCHEMES = {"system": Qt.ColorScheme.Unknown, "light": Qt.ColorScheme.Light, "dark": Qt.ColorScheme.Dark}


def apply_appearance(app: QApplication, preferences: Preferences) -> None:
    """Apply large text and the theme to the whole application, at once."""
    font = QFont(app.font())
    base = _BASE_POINT_SIZE.setdefault("size", font.pointSizeF() if font.pointSizeF() > 0 else 10.0)
    font.setPointSizeF(base * (LARGE_TEXT_FACTOR if preferences.large_text else 1.0))
    app.setFont(font)
    hints = QGuiApplication.styleHints()
    if hasattr(hints, "setColorScheme"):  # Qt 6.8+: Unknown means "follow the system"
        hints.setColorScheme(_SCHEMES[preferences.theme])
    app.setPalette(_palette_for(app, preferences.theme))


class ScaledFont(QObject):
    """Keeps a widget's text at ``point_size`` in normal text and grows it with large text like
    everything else (the timer's digits, the read-aloud view)."""

    def __init__(self, widget: QWidget, point_size: float, *, bold: bool = False) -> None:
        super().__init__(widget)
        self._widget = widget
        self._point_size = point_size
        self._bold = bold
        app = QApplication.instance()
        if isinstance(app, QApplication):  # a widget whose own font was set hears nothing of a new app font
            app.fontChanged.connect(self.apply)
        self.apply()

    @Slot()
    def apply(self) -> None:
        font = QFont(self._widget.font())
        font.setPointSizeF(self._point_size * text_scale())
        font.setBold(self._bold)
        self._widget.setFont(font)


def text_scale() -> float:
    """How much larger than the platform's own the application's text is now (1.0, or the large-text factor)."""
    base = _BASE_POINT_SIZE.get("size")
    now = QApplication.font().pointSizeF()
    return now / base if base and now > 0 else 1.0


def _palette_for(app: QApplication, theme: str) -> QPalette:
    """The style's own palette, unless the platform could not switch to the chosen light or dark scheme."""
    palette = app.style().standardPalette()
    dark_now = palette.color(QPalette.ColorRole.Window).lightness() < 128
    if theme == "dark" and not dark_now:
        return _dark_palette()
    if theme == "light" and dark_now:
        return _light_palette()
    return palette


def _dark_palette() -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b3036",  # light enough that Fusion's darker outlines (check boxes) show
        QPalette.ColorRole.WindowText: "#e8ebef",
        QPalette.ColorRole.Base: "#474f59",
        QPalette.ColorRole.AlternateBase: "#3f464f",
        QPalette.ColorRole.Text: "#e8ebef",
        QPalette.ColorRole.Button: "#3a4149",
        QPalette.ColorRole.ButtonText: "#e8ebef",
        QPalette.ColorRole.ToolTipBase: "#2a3038",
        QPalette.ColorRole.ToolTipText: "#e8ebef",
        QPalette.ColorRole.Highlight: "#3d7fd1",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#8dbcf2",
        QPalette.ColorRole.PlaceholderText: "#8a939d",
        QPalette.ColorRole.Mid: "#4a525c",
        # Bevels and frames: QPalette() starts from light values, which draw white edges in the dark
        QPalette.ColorRole.Light: "#565e68",
        QPalette.ColorRole.Midlight: "#474f58",
        QPalette.ColorRole.Dark: "#1f2328",
        QPalette.ColorRole.Shadow: "#141619",
        QPalette.ColorRole.BrightText: "#ff8a80",
        QPalette.ColorRole.LinkVisited: "#c3a6f0",
    }
    for role, value in roles.items():
        palette.setColor(role, QColor(value))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#737b85"))
    return palette


def _light_palette() -> QPalette:
    palette = QPalette(QColor("#f0f0f0"))  # Qt derives the other roles from the button colour
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#1f2933"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#1f2933"))
    return palette
