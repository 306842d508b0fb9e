"""Every user path (data, config, logs) in one place, built on platformdirs.

``--home DIR`` or ``REHABMEET_HOME`` puts everything under one folder, which is what tests,
trials and portable installs want.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from rehabmeet import APP_NAME

HOME_ENV = "REHABMEET_HOME"
DB_FILE_NAME = "rehabmeet.db"


@dataclass(frozen=True, slots=True)
class AppPaths:
    """Where RehabMeet keeps its files.

    Attributes:
        data_dir: the encrypted database and document store.
        config_dir: user preferences (never secrets).
        log_dir: log files.
    """

    data_dir: Path
    config_dir: Path
    log_dir: Path

    @property
    def database_file(self) -> Path:
        return self.data_dir / DB_FILE_NAME

    @property
    def templates_dir(self) -> Path:
        """The municipality's own letter templates (override ``resources/templates/default``)."""
        return self.config_dir / "templates"

    @property
    def certificates_dir(self) -> Path:
        """Signing certificates (PKCS#12 files, encrypted; their passphrases sit in the keyring)."""
        return self.data_dir / "certificates"

    def ensure(self) -> AppPaths:
        """Create the folders (owner-only where the OS allows it) and return self."""
        for folder in (self.data_dir, self.config_dir, self.log_dir):
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        return self


def resolve_paths(home: str | os.PathLike[str] | None = None) -> AppPaths:
    """Return the app's folders: under ``home`` (or ``$REHABMEET_HOME``) if given, else the OS defaults."""
    chosen = home if home is not None else os.environ.get(HOME_ENV) or None
    if chosen is not None:
        root = Path(chosen).expanduser().resolve()
        return AppPaths(data_dir=root / "data", config_dir=root / "config", log_dir=root / "logs")
    return AppPaths(
        data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
    )
