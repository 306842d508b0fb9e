"""Secrets (the database key, certificate and pack passphrases): where they are kept, and nowhere else.

Key custody, with no silent downgrade:

1. A passphrase-protected key file (:mod:`rehabmeet.keyvault`) once it exists in the data folder.
2. Otherwise a keyring backend chosen explicitly — keyring's standard ``PYTHON_KEYRING_BACKEND`` variable
   or its ``keyringrc.cfg`` setting — even an insecure one, which RehabMeet then names as such
   (status bar, About box, ``rehabmeet db check``).
3. Otherwise the best *secure* keyring found: Secret Service (GNOME Keyring, KWallet's Secret Service),
   KWallet, Windows Credential Manager, macOS Keychain. A plain-text or "encrypted with a default
   password" backend that merely happens to be installed (``keyrings.alt``) is never used unasked.
4. Otherwise a new passphrase-protected key file, created on the first secret stored.

The passphrase comes from ``--passphrase-file`` / ``REHABMEET_PASSPHRASE_FILE``, else from the prompt
the entry point registered (the GUI's dialog, or the terminal), else the user is told in one line.
"""

from __future__ import annotations

import hashlib
import os
import secrets as _random
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import keyring
import keyring.errors
from keyring.backend import KeyringBackend
from keyring.backends import fail

from rehabmeet import APP_ID
from rehabmeet.errors import KeyringUnavailableError
from rehabmeet.i18n import error_text
from rehabmeet.keyvault import KeyVault, WrongPassphraseError

SERVICE = APP_ID
KEY_BYTES = 32
BACKEND_ENV = "PYTHON_KEYRING_BACKEND"
PASSPHRASE_FILE_ENV = "REHABMEET_PASSPHRASE_FILE"

# Backends that keep secrets encrypted under the user's login or a platform store.
SECURE_BACKENDS = frozenset(
    {
        "keyring.backends.SecretService.Keyring",
        "keyring.backends.libsecret.Keyring",
        "keyring.backends.kwallet.DBusKeyring",
        "keyring.backends.kwallet.DBusKeyringKWallet4",
        "keyring.backends.Windows.WinVaultKeyring",
        "keyring.backends.macOS.Keyring",
    }
)

Purpose = Literal["unlock", "retry", "create"]
"""``retry``: unlock again, the passphrase typed before was wrong (the prompt says so)."""
PassphrasePrompt = Callable[[Purpose, str], "str | None"]


@dataclass(frozen=True)
class Custody:
    """Where the secrets are kept.

    Attributes:
        kind: ``"keyring"`` or ``"key-file"`` (passphrase-protected).
        backend: the keyring backend's full class name, or the key file's path.
        secure: False for an insecure backend chosen explicitly (plain text, a fixed password).
        explicit: the backend was named by ``PYTHON_KEYRING_BACKEND`` or keyring's settings file.
    """

    kind: Literal["keyring", "key-file"]
    backend: str
    secure: bool
    explicit: bool = False

    def describe(self) -> str:
        """One line for ``db check`` and ``key status``."""
        if self.kind == "key-file":
            return f"passphrase-protected key file {self.backend}"
        if self.secure:
            return f"keyring {self.backend}"
        return f"INSECURE keyring {self.backend} (chosen explicitly; never use it with real cases)"


def backend_name(backend: KeyringBackend) -> str:
    """Return ``module.Class`` of a keyring backend."""
    return f"{type(backend).__module__}.{type(backend).__name__}"


def is_secure(backend: KeyringBackend) -> bool:
    """True for a backend in :data:`SECURE_BACKENDS` (a chainer only if every link is)."""
    links = getattr(backend, "backends", None)
    if backend_name(backend) == "keyring.backends.chainer.ChainerBackend" and links is not None:
        return bool(links) and all(is_secure(link) for link in links)
    return backend_name(backend) in SECURE_BACKENDS


def no_keyring_message() -> str:
    """The one sentence, in the user's language, saying there is no keyring and what to do."""
    return error_text(
        "no secure keyring was found to keep the database key: unlock your desktop keyring "
        "(GNOME Keyring, KWallet, Windows Credential Manager, macOS Keychain), or protect the key "
        "with a passphrase: give --passphrase-file FILE or set REHABMEET_PASSPHRASE_FILE"
    )


class _State:
    """The process's custody choice: the key file's path, the passphrase sources, the unlocked file."""

    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.vault_path: Path | None = None
        self.passphrase_file: Path | None = None
        self.prompt: PassphrasePrompt | None = None
        self.vault: KeyVault | None = None


_state = _State()


def configure(*, vault_path: Path | None, passphrase_file: str | os.PathLike[str] | None = None) -> None:
    """Set where the key file lives and where its passphrase comes from (the CLI does, once per run)."""
    with _state.lock:
        chosen = passphrase_file or os.environ.get(PASSPHRASE_FILE_ENV) or None
        _state.vault_path = vault_path
        _state.passphrase_file = Path(chosen).expanduser() if chosen else None
        _state.vault = None


def set_passphrase_prompt(prompt: PassphrasePrompt | None) -> None:
    """Register how to ask the user for the passphrase (the GUI's dialog; None for no prompt)."""
    with _state.lock:
        _state.prompt = prompt


def vault_path() -> Path | None:
    """Return the configured key file's path (it need not exist)."""
    return _state.vault_path


def _explicit_backend() -> KeyringBackend | None:
    """Return the backend the user named (env variable or keyring's settings), None when none was named."""
    name = os.environ.get(BACKEND_ENV, "").strip()
    if name:
        try:
            backend = keyring.get_keyring()
        except Exception as exc:  # keyring imports the named module: any error means a bad name
            raise KeyringUnavailableError(
                error_text(
                    "PYTHON_KEYRING_BACKEND names {name}, which is not a keyring backend that can be "
                    "loaded here ({reason}); correct or unset it",
                    name=name,
                    reason=type(exc).__name__,
                )
            ) from None
        return backend
    try:
        from keyring.core import load_config

        return load_config()
    except Exception as exc:
        raise KeyringUnavailableError(
            error_text("keyring's settings file names a backend that cannot be loaded ({reason})", reason=exc)
        ) from None


PLATFORM_BACKENDS = {
    "win32": ("keyring.backends.Windows", "WinVaultKeyring"),
    "darwin": ("keyring.backends.macOS", "Keyring"),
}
LINUX_BACKEND = ("keyring.backends.SecretService", "Keyring")


def platform_backend() -> KeyringBackend | None:
    """Return the platform's own secure keyring (Windows Credential Locker, macOS Keychain, the Secret
    Service elsewhere), asked directly, or None when it cannot work here.

    keyring's own detection imports every installed backend through their entry points and asks each for
    its priority (160 ms on the benchmark machine, before the window can show); this asks one.
    """
    import sys
    from importlib import import_module

    try:
        module, name = PLATFORM_BACKENDS.get(sys.platform, LINUX_BACKEND)
        backend_class = getattr(import_module(module), name)
        if backend_class.priority <= 0:  # a property that raises when the backend cannot work here
            return None
        backend: KeyringBackend = backend_class()
    except Exception:  # any failure means: look through every installed backend instead
        return None
    return backend


def _secure_backend() -> KeyringBackend | None:
    """Return the platform's keyring when it works, else the highest-priority secure backend, or None."""
    from keyring.backend import get_all_keyring

    direct = platform_backend()
    if direct is not None:
        return direct

    candidates: list[KeyringBackend] = []
    for backend in get_all_keyring():
        links = getattr(backend, "backends", None)
        candidates.extend(links if links is not None else [backend])
    secure = [b for b in candidates if not isinstance(b, fail.Keyring) and is_secure(b)]
    return max(secure, key=lambda b: b.priority) if secure else None


def _keyring_custody() -> tuple[KeyringBackend, Custody] | None:
    explicit = _explicit_backend()
    if explicit is not None and not isinstance(explicit, fail.Keyring):
        return explicit, Custody("keyring", backend_name(explicit), is_secure(explicit), explicit=True)
    if explicit is not None:  # fail.Keyring named explicitly: the user said "no keyring"
        return None
    found = _secure_backend()
    if found is None:
        return None
    return found, Custody("keyring", backend_name(found), True)


def custody() -> Custody:
    """Return where secrets are (or will be) kept, without asking for any passphrase."""
    path = _state.vault_path
    if path is not None and path.exists():
        return Custody("key-file", str(path), True)
    chosen = _keyring_custody()
    if chosen is not None:
        return chosen[1]
    if path is not None:
        return Custody("key-file", str(path), True)
    raise KeyringUnavailableError(no_keyring_message())


def _read_passphrase(purpose: Purpose) -> str:
    source = _state.passphrase_file
    where = str(_state.vault_path)
    if source is not None:
        try:
            text = source.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise KeyringUnavailableError(
                error_text("the passphrase file {path} cannot be read ({exc})", path=source, exc=exc)
            ) from exc
        return text.rstrip("\r\n")
    if _state.prompt is not None:
        answer = _state.prompt(purpose, where)
        if answer is None:
            raise KeyringUnavailableError(error_text("no passphrase was given; nothing was changed"))
        return answer
    if purpose == "create":
        raise KeyringUnavailableError(no_keyring_message())
    raise KeyringUnavailableError(
        error_text(
            "the keys are in the passphrase-protected key file {path}: give --passphrase-file FILE "
            "or set REHABMEET_PASSPHRASE_FILE",
            path=where,
        )
    )


def terminal_prompt(purpose: Purpose, where: str) -> str | None:
    """Ask on the terminal (hidden); a new passphrase is typed twice."""
    import getpass

    try:
        if purpose == "retry":
            print("the passphrase does not open the key file; nothing was changed. Try again.")
        if purpose != "create":
            return getpass.getpass(f"passphrase of the key file {where}: ")
        print(f"no secure keyring found: the database key will be kept in {where}, protected by a passphrase")
        first = getpass.getpass("new passphrase: ")
        if getpass.getpass("the same again: ") != first:
            raise KeyringUnavailableError(error_text("the two passphrases differ; nothing was changed"))
        return first
    except EOFError:
        return None


def _vault(*, create: bool) -> KeyVault | None:
    """Return the unlocked key file (asking for the passphrase once per process), None if absent.

    A prompt gets three tries at a wrong passphrase; a passphrase file one.
    """
    with _state.lock:
        if _state.vault is not None:
            return _state.vault
        path = _state.vault_path
        if path is None:
            return None
        if path.exists():
            tries = 3 if _state.passphrase_file is None and _state.prompt is not None else 1
            for attempt in range(tries):
                try:
                    _state.vault = KeyVault.open(path, _read_passphrase("unlock" if attempt == 0 else "retry"))
                    break
                except WrongPassphraseError:
                    if attempt == tries - 1:
                        raise
        elif create:
            _state.vault = KeyVault.create(path, _read_passphrase("create"))
        return _state.vault


def _store() -> KeyringBackend | Literal["key-file"]:
    path = _state.vault_path
    if path is not None and path.exists():
        return "key-file"
    chosen = _keyring_custody()
    if chosen is not None:
        return chosen[0]
    if path is not None:
        return "key-file"
    raise KeyringUnavailableError(no_keyring_message())


def insecure_backend_holding(name: str) -> str | None:
    """Return the name of an installed but unchosen backend that holds ``name`` (RehabMeet 0.1 used one unasked)."""
    from keyring.backend import get_all_keyring

    if os.environ.get(BACKEND_ENV, "").strip():
        return None
    for backend in get_all_keyring():
        if isinstance(backend, fail.Keyring) or is_secure(backend) or getattr(backend, "backends", None) is not None:
            continue
        try:
            if backend.get_password(SERVICE, name) is not None:
                return backend_name(backend)
        except Exception:  # a broken optional backend is simply not the one holding it
            continue
    return None


def database_key_name(database_id: str) -> str:
    """Return the keyring user name for the key of the database identified by ``database_id``."""
    digest = hashlib.sha256(database_id.encode("utf-8")).hexdigest()[:16]
    return f"database-key:{digest}"


def get_secret(name: str) -> str | None:
    """Return the secret stored under ``name``, or ``None`` if there is none."""
    store = _store()
    if store == "key-file":
        vault = _vault(create=False)
        return vault.get(name) if vault is not None else None
    try:
        return store.get_password(SERVICE, name)
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailableError(
            error_text("the keyring refused to give out a secret ({exc}); unlock it and try again", exc=exc)
        ) from exc


def set_secret(name: str, value: str) -> None:
    """Store ``value`` under ``name`` and check it reads back (some backends fail silently)."""
    store = _store()
    if store == "key-file":
        vault = _vault(create=True)
        assert vault is not None
        vault.set(name, value)
        return
    _set_in_keyring(store, name, value)


def _set_in_keyring(backend: KeyringBackend, name: str, value: str) -> None:
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


def change_passphrase(new_passphrase: str) -> Path:
    """Re-encrypt the key file under ``new_passphrase`` (the current one is asked for first)."""
    vault = _vault(create=False)
    if vault is None:
        raise KeyringUnavailableError(
            error_text("there is no passphrase-protected key file; the keys are in the keyring")
        )
    vault.change_passphrase(new_passphrase)
    return vault.path


def move_to_keyring() -> Custody:
    """Copy every secret from the key file into the keyring (checked), then remove the key file."""
    vault = _vault(create=False)
    if vault is None:
        raise KeyringUnavailableError(
            error_text("there is no passphrase-protected key file; the keys are already in the keyring")
        )
    chosen = _keyring_custody()
    if chosen is None:
        raise KeyringUnavailableError(
            error_text(
                "no keyring to move the keys into: unlock your desktop keyring or name one with "
                "PYTHON_KEYRING_BACKEND; the key file was left as it was"
            )
        )
    backend, where = chosen
    for name, value in vault.items().items():
        _set_in_keyring(backend, name, value)
    with _state.lock:
        vault.path.unlink()
        _state.vault = None
    return where


def new_database_key() -> str:
    """Return a fresh random 256-bit key as 64 hex digits."""
    return _random.token_hex(KEY_BYTES)


def delete_secret(name: str) -> None:
    """Forget the secret stored under ``name`` (nothing happens when there is none)."""
    store = _store()
    if store == "key-file":
        vault = _vault(create=False)
        if vault is not None:
            vault.delete(name)
        return
    try:
        store.delete_password(SERVICE, name)
    except keyring.errors.PasswordDeleteError:
        return
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailableError(
            error_text("the keyring refused to forget a secret ({exc}); unlock it and try again", exc=exc)
        ) from exc


def move_to_key_file(names: list[str]) -> Path:
    """Copy the named secrets from the keyring into a new passphrase-protected key file, then forget them there.

    Used to leave an insecure keyring (``rehabmeet key to-passphrase``). The key file is written and read
    back before anything is deleted from the keyring.
    """
    path = _state.vault_path
    store = _store()
    if path is None or store == "key-file":
        raise KeyringUnavailableError(error_text("the keys are already in a passphrase-protected key file"))
    values = {}
    for name in names:
        value = get_secret(name)
        if value is not None:
            values[name] = value
    with _state.lock:
        vault = KeyVault.create(path, _read_passphrase("create"), values)
        if vault.reread() != values:  # decrypted from the disk, before the keyring forgets anything
            raise KeyringUnavailableError(
                error_text("the key file {path} did not keep the keys; the keyring was left as it was", path=path)
            )
        _state.vault = vault
    for name in values:
        try:
            store.delete_password(SERVICE, name)
        except keyring.errors.PasswordDeleteError:
            continue
    return path
