"""Secrets (the database key, later signing passphrases) live only in the OS keyring.

keyring honours its standard ``PYTHON_KEYRING_BACKEND`` variable, so a user or a test can pick
a backend; RehabMeet never writes a secret anywhere else.
"""

from __future__ import annotations

import hashlib
import secrets as _random

import keyring
import keyring.errors
from keyring.backend import KeyringBackend
from keyring.backends import fail

from rehabmeet import APP_ID
from rehabmeet.errors import KeyringUnavailableError
from rehabmeet.i18n import error_text

SERVICE = APP_ID
KEY_BYTES = 32


def no_keyring_message() -> str:
    """The one sentence, in the user's language, saying there is no keyring and what to do."""
    return error_text(
        "no usable keyring was found to keep the database key: unlock your desktop keyring "
        "(GNOME Keyring, KWallet, Windows Credential Manager, macOS Keychain) or set "
        "PYTHON_KEYRING_BACKEND to a keyring backend you trust, then start RehabMeet again"
    )


PLATFORM_BACKENDS = {
    "win32": ("keyring.backends.Windows", "WinVaultKeyring"),
    "darwin": ("keyring.backends.macOS", "Keyring"),
}
LINUX_BACKEND = ("keyring.backends.SecretService", "Keyring")


def choose_platform_backend() -> KeyringBackend | None:
    """Set keyring's backend to the platform's own when the user configured none, and return it.

    keyring's own detection imports every installed backend through their entry points and asks each
    for its priority (160 ms on the benchmark machine, before the window can show). When neither
    ``PYTHON_KEYRING_BACKEND`` nor a ``keyringrc.cfg`` names a backend and none is set yet, only the
    platform's keyring is asked (Windows Credential Locker, macOS Keychain, the Secret Service on
    Linux); ``None`` (keyring's detection then runs as before) when it is not available.
    """
    import os
    import sys
    from importlib import import_module

    from keyring import core

    if core._keyring_backend is not None or os.environ.get("PYTHON_KEYRING_BACKEND"):
        return None
    try:
        if core._config_path().exists():  # type: ignore[no-untyped-call]
            return None
        module, name = PLATFORM_BACKENDS.get(sys.platform, LINUX_BACKEND)
        backend_class = getattr(import_module(module), name)
        if backend_class.priority <= 0:  # a property that raises when the backend cannot work here
            return None
        backend: KeyringBackend = backend_class()
    except Exception:  # any failure means: let keyring detect as usual
        return None
    keyring.set_keyring(backend)
    return backend


def _usable_backend() -> KeyringBackend:
    """Return the active keyring backend, or raise if it cannot store secrets."""
    choose_platform_backend()
    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        raise KeyringUnavailableError(no_keyring_message())
    return backend


def database_key_name(database_id: str) -> str:
    """Return the keyring user name for the key of the database identified by ``database_id``."""
    digest = hashlib.sha256(database_id.encode("utf-8")).hexdigest()[:16]
    return f"database-key:{digest}"


def get_secret(name: str) -> str | None:
    """Return the secret stored under ``name``, or ``None`` if there is none."""
    backend = _usable_backend()
    try:
        return backend.get_password(SERVICE, name)
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailableError(
            error_text("the keyring refused to give out a secret ({exc}); unlock it and try again", exc=exc)
        ) from exc


def set_secret(name: str, value: str) -> None:
    """Store ``value`` under ``name`` and check it reads back (some backends fail silently)."""
    backend = _usable_backend()
    try:
        backend.set_password(SERVICE, name, value)
        stored = backend.get_password(SERVICE, name)
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailableError(
            error_text("the keyring refused to store a secret ({exc}); unlock it and try again", exc=exc)
        ) from exc
    if stored != value:
        raise KeyringUnavailableError(
            error_text("the keyring did not keep the secret it was given; choose another keyring backend")
        )


def new_database_key() -> str:
    """Return a fresh random 256-bit key as 64 hex digits."""
    return _random.token_hex(KEY_BYTES)
