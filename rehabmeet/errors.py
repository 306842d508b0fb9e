"""The two tiers of errors: problems a user can act on, and everything else (bugs)."""

from __future__ import annotations


class UserFacingError(Exception):
    """An environment or input problem a user can act on.

    The message is one sentence that names the problem and, where possible, what to do.
    The CLI prints it as ``error: <message>`` and exits 2; the GUI shows it in a message box.
    """


class KeyringUnavailableError(UserFacingError):
    """No usable OS keyring backend is available to keep the database key."""


class DatabaseKeyError(UserFacingError):
    """The database cannot be decrypted with the key at hand, or the key is missing."""


class SchemaTooNewError(UserFacingError):
    """The database was written by a newer RehabMeet than this one."""


class SchemaOutdatedError(UserFacingError):
    """The database needs `rehabmeet db upgrade` before it can be used."""


class NotFoundError(UserFacingError):
    """A case, meeting or document the user named does not exist."""
