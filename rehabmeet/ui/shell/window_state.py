"""Window geometry and the last selected meeting, in an INI file in the config folder (never secrets)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings


class WindowState:
    """QSettings-backed UI state, kept apart from settings and data (style rule 18)."""

    def __init__(self, config_dir: Path) -> None:
        self.config_dir = config_dir
        self._settings = QSettings(str(config_dir / "window-state.ini"), QSettings.Format.IniFormat)

    def geometry(self) -> QByteArray | None:
        value = self._settings.value("main_window/geometry")
        return value if isinstance(value, QByteArray) else None

    def splitter(self) -> QByteArray | None:
        value = self._settings.value("main_window/splitter")
        return value if isinstance(value, QByteArray) else None

    def meeting_id(self) -> int | None:
        return self._int("main_window/meeting_id")

    def case_id(self) -> int | None:
        return self._int("main_window/case_id")

    def _int(self, key: str) -> int | None:
        value = self._settings.value(key)
        try:
            return int(value) if value is not None else None
        except (TypeError, ValueError):
            return None

    def save(self, *, geometry: QByteArray, splitter: QByteArray, meeting_id: int | None, case_id: int | None) -> None:
        self._settings.setValue("main_window/geometry", geometry)
        self._settings.setValue("main_window/splitter", splitter)
        for key, value in (("meeting_id", meeting_id), ("case_id", case_id)):
            if value is None:
                self._settings.remove(f"main_window/{key}")
            else:
                self._settings.setValue(f"main_window/{key}", value)
        self._settings.sync()
