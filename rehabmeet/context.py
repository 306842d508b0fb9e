"""What every entry point needs before it does anything: paths, database target, user, language.

Built once from the command line by ``rehabmeet.cli`` and handed to the GUI's composition root.
"""

from __future__ import annotations

import getpass
import logging
import logging.handlers
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from rehabmeet import i18n, secrets
from rehabmeet.keyvault import VAULT_FILE_NAME
from rehabmeet.paths import AppPaths, resolve_paths
from rehabmeet.redact import RedactingFormatter
from rehabmeet.scratch import sweep_leftovers
from rehabmeet.settings.app_config import AppConfig, load_app_config
from rehabmeet.settings.preferences import load_preferences

if TYPE_CHECKING:  # imported when used: the window's first paint comes before SQLAlchemy loads
    from rehabmeet.meeting.clock import Clock
    from rehabmeet.services.registry import Services
    from rehabmeet.storage.database import Database
    from rehabmeet.storage.target import DatabaseTarget

USER_ENV = "REHABMEET_USER"


@dataclass
class AppContext:
    """Resolved start-up choices.

    Attributes:
        actor: who the event log names for this user's actions; on PostgreSQL with a person's own
            login role (``rehabmeet db grant``), that role's person once the database is open.
        select_meeting_id: a meeting the GUI should open (the demo sets it).
        database_key: the SQLCipher key when the window's first read already fetched it (asked once).
        actor_source: where ``actor`` came from — ``option`` (``--user``), ``environment``
            (``REHABMEET_USER``), ``laptop`` (Who am I), ``role`` (a person's own database role) or
            ``system`` (the operating-system account: nobody chose; the window asks at start).
    """

    paths: AppPaths
    target: DatabaseTarget
    actor: str
    language: str
    debug: bool = False
    actor_source: str = "option"
    select_meeting_id: int | None = None
    database_key: str | None = field(default=None, repr=False)
    _database: Database | None = field(default=None, repr=False)

    def database(self, *, upgrade: bool = True, create: bool = True, allow_read_only: bool = False) -> Database:
        """Open the database on first use and return it (``allow_read_only``: see ``open_database``)."""
        if self._database is None:
            from rehabmeet.storage.database import open_database
            from rehabmeet.storage.roles import person_of_role

            self.paths.ensure()
            self._database = open_database(
                self.target, upgrade=upgrade, create=create, allow_read_only=allow_read_only, key=self.database_key
            )
            role_person = person_of_role(self._database.engine)
            if role_person:
                self.actor, self.actor_source = role_person, "role"
        return self._database

    def services(self, clock: Clock | None = None) -> Services:
        """Return the core services on this context's database, paths and settings."""
        from rehabmeet.services.registry import build_services

        database = self.database()  # first: a person's own database role decides the actor
        return build_services(
            database,
            actor=self.actor,
            config=self.config(),
            clock=clock,
            certificates_dir=self.paths.certificates_dir,
            templates_dir=self.paths.templates_dir,
        )

    def config(self) -> AppConfig:
        """Return this installation's settings (``config.json`` in the config folder)."""
        return load_app_config(self.paths.config_dir)

    def close(self) -> None:
        """Close the database if it was opened."""
        if self._database is not None:
            self._database.close()
            self._database = None


def current_user(user: str | None = None, config_dir: Path | None = None) -> str:
    """Return the person the event log, the documents and the other laptops name for this user:
    ``--user``, else ``$REHABMEET_USER``, else the person chosen on this laptop (Preferences → Who
    am I), else the operating-system account."""
    return resolve_person(user, config_dir)[0]


def resolve_person(user: str | None = None, config_dir: Path | None = None) -> tuple[str, str]:
    """Return ``(person, source)``: see :func:`current_user`; the source as in ``AppContext.actor_source``."""
    if (user or "").strip():
        return (user or "").strip(), "option"
    if os.environ.get(USER_ENV, "").strip():
        return os.environ[USER_ENV].strip(), "environment"
    if config_dir is not None and load_preferences(config_dir).person.strip():
        return load_preferences(config_dir).person.strip(), "laptop"
    try:
        return getpass.getuser(), "system"
    except (KeyError, OSError):
        return "unknown", "system"


def build_context(
    *,
    home: str | None,
    db: str | None,
    language: str | None,
    debug: bool,
    passphrase_file: str | None = None,
    user: str | None = None,
) -> AppContext:
    """Resolve paths, database target, user and language, and where the keys are kept.

    The language: ``--lang``, else ``$REHABMEET_LANG``, else the user's saved preference, else the system.
    The key file (used where no secure keyring exists) is ``keys.rmvault`` in the data folder; its
    passphrase comes from ``passphrase_file`` or ``$REHABMEET_PASSPHRASE_FILE`` (see :mod:`rehabmeet.secrets`).
    """
    paths, chosen_language = first_choices(home=home, language=language, passphrase_file=passphrase_file)
    return finish_context(paths, chosen_language, db=db, debug=debug, user=user)


def first_choices(*, home: str | None, language: str | None, passphrase_file: str | None) -> tuple[AppPaths, str]:
    """The part of :func:`build_context` the window's first paint needs: paths, key custody, language
    (no database library imported)."""
    paths = resolve_paths(home)
    secrets.configure(vault_path=paths.data_dir / VAULT_FILE_NAME, passphrase_file=passphrase_file)
    sweep_leftovers()  # plain text a killed RehabMeet left in the temp folder
    if language is None and not os.environ.get(i18n.LANG_ENV):
        language = load_preferences(paths.config_dir).language or None
    return paths, i18n.set_language(language)


def finish_context(paths: AppPaths, language: str, *, db: str | None, debug: bool, user: str | None) -> AppContext:
    """The rest of :func:`build_context`, after :func:`first_choices`: the database target and the user."""
    from rehabmeet.storage.target import resolve_target

    actor, actor_source = resolve_person(user, paths.config_dir)
    return AppContext(
        paths=paths,
        target=resolve_target(paths, db),
        actor=actor,
        actor_source=actor_source,
        language=language,
        debug=debug,
    )


def configure_logging(context: AppContext) -> None:
    """Log to a rotating file in the log folder (and to stderr with --debug).

    No case data is logged: engines hide SQL parameters, and every line passes :func:`rehabmeet.redact.redact`.
    """
    configure_logging_in(context.paths, debug=context.debug)


def configure_logging_in(paths: AppPaths, *, debug: bool) -> None:
    """:func:`configure_logging` before the context is complete (the window's first paint)."""
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    try:
        paths.log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            paths.log_dir / "rehabmeet.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()
    formatter = RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    handler.setFormatter(formatter)
    root.addHandler(handler)
    if debug:
        stream = logging.StreamHandler()
        stream.setFormatter(RedactingFormatter("%(levelname)s %(name)s: %(message)s"))
        root.addHandler(stream)
