"""Named colours that stay readable in the light and the dark theme.

Colour is never the only carrier of information (each state also has a word or a sign); these
colours only reinforce it. Widgets ask for a colour when they draw, so a theme change takes
effect at the next refresh.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QPalette

_LIGHT = {
    "text": "#1f2933",
    "muted": "#505a66",
    "idle": "#6b7480",
    "accent": "#1f5fa8",
    "link": "#1f4e8c",
    "ok": "#1b7f3b",
    "warning": "#9a6700",
    "alert": "#b42318",
    "departs": "#9a3412",
    "panel": "#f1f4f8",
    "quote": "#eef3fa",
}
_DARK = {
    "text": "#e8ebef",
    "muted": "#aab3bd",
    "idle": "#9aa4ae",
    "accent": "#7fb2f0",
    "link": "#8dbcf2",
    "ok": "#5cc483",
    "warning": "#e6b84a",
    "alert": "#f4857c",
    "departs": "#f5a06b",
    "panel": "#3a4149",
    "quote": "#2f3d4d",
}


def is_dark() -> bool:
    """Return whether the application's current palette is a dark one."""
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def colour(name: str) -> str:
    """Return the ``#rrggbb`` colour for ``name`` (text, muted, idle, accent, link, ok, warning, alert,
    departs, panel, quote) in the current theme."""
    return (_DARK if is_dark() else _LIGHT)[name]
