"""The passphrase-protected key file: RehabMeet's secrets where no secure keyring exists.

One file, ``keys.rmvault`` in the data folder, owner-only (0600). It holds a JSON object of
the secrets (the database key, certificate and pack passphrases) encrypted with AES-256-GCM
under a key derived from the user's passphrase with scrypt (memory-hard: n=2^17, r=8, p=1,
128 MiB, the OWASP minimum for scrypt). The header (format, KDF parameters, salt, nonce) is
authenticated as associated data, so no part of the file can be changed unnoticed.

A wrong passphrase changes nothing: the file is only ever replaced atomically after a
successful decryption (or when it is first created).
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import secrets as _random
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from rehabmeet.errors import KeyringUnavailableError
from rehabmeet.i18n import error_text

VAULT_FILE_NAME = "keys.rmvault"
FORMAT = "rehabmeet-key-file"
VERSION = 1
SCRYPT = {"n": 2**17, "r": 8, "p": 1}
MIN_PASSPHRASE = 10


class WrongPassphraseError(KeyringUnavailableError):
    """The passphrase does not open the key file (nothing was changed)."""


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: Any) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text, validate=True)


def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def check_new_passphrase(passphrase: str) -> str:
    """Return ``passphrase`` if it is long enough for a new key file, else raise one clear line."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise KeyringUnavailableError(
            error_text(
                "the passphrase for the key file must have at least {count} characters",
                count=MIN_PASSPHRASE,
            )
        )
    return passphrase


@dataclass
class KeyVault:
    """An unlocked key file: its secrets in memory, the derived key to write them back."""

    path: Path
    _key: bytes = field(repr=False)
    _salt: bytes = field(repr=False)
    _kdf: dict[str, int] = field(repr=False)
    _secrets: dict[str, str] = field(default_factory=dict, repr=False)

    @classmethod
    def create(cls, path: Path, passphrase: str, secrets: dict[str, str] | None = None) -> KeyVault:
        """Create a new key file at ``path`` (refused if one exists) protected by ``passphrase``."""
        check_new_passphrase(passphrase)
        salt = _random.token_bytes(16)
        vault = cls(path, _derive(passphrase, salt, **SCRYPT), salt, dict(SCRYPT), dict(secrets or {}))
        with _locked(path):
            if path.exists():
                raise KeyringUnavailableError(error_text("a key file already exists at {path}", path=path))
            vault._write()
        return vault

    @classmethod
    def open(cls, path: Path, passphrase: str) -> KeyVault:
        """Open the key file at ``path``; a wrong passphrase or a damaged file raise one clear line."""
        header, ciphertext = _read(path)
        kdf = {name: int(header["kdf"][name]) for name in ("n", "r", "p")}
        salt = _unb64(header["salt"])
        key = _derive(passphrase, salt, **kdf)
        return cls(path, key, salt, kdf, _decrypt(path, key, header, ciphertext))

    def get(self, name: str) -> str | None:
        """Return the secret, as the file holds it now (another RehabMeet may have added it)."""
        self._reload()
        return self._secrets.get(name)

    def set(self, name: str, value: str) -> None:
        with _locked(self.path):
            self._reload()
            self._secrets[name] = value
            self._write()

    def delete(self, name: str) -> None:
        with _locked(self.path):
            self._reload()
            if self._secrets.pop(name, None) is not None:
                self._write()

    def _reload(self) -> None:
        """Take in what another RehabMeet (the GUI beside a command) wrote since this one read the file."""
        if not self.path.exists():
            return
        header, ciphertext = _read(self.path)
        if _unb64(header["salt"]) != self._salt:
            raise KeyringUnavailableError(
                error_text(
                    "the key file {path} got a new passphrase in another RehabMeet; start this one again",
                    path=self.path,
                )
            )
        self._secrets = _decrypt(self.path, self._key, header, ciphertext)

    def reread(self) -> dict[str, str]:
        """Return every secret as decrypted from the file on disk now."""
        self._reload()
        return self.items()

    def items(self) -> dict[str, str]:
        """Return a copy of every secret (for moving them into a keyring)."""
        return dict(self._secrets)

    def change_passphrase(self, new_passphrase: str) -> None:
        """Re-encrypt the key file under ``new_passphrase`` (fresh salt), replacing it atomically."""
        check_new_passphrase(new_passphrase)
        with _locked(self.path):
            self._reload()
            self._salt = _random.token_bytes(16)
            self._kdf = dict(SCRYPT)
            self._key = _derive(new_passphrase, self._salt, **self._kdf)
            self._write()

    def _write(self) -> None:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        nonce = _random.token_bytes(12)
        header = {
            "format": FORMAT,
            "version": VERSION,
            "kdf": {"name": "scrypt", **self._kdf},
            "salt": _b64(self._salt),
            "nonce": _b64(nonce),
        }
        plain = json.dumps(self._secrets, sort_keys=True).encode("utf-8")
        ciphertext = AESGCM(self._key).encrypt(nonce, plain, _header_bytes(header))
        data = json.dumps({"header": header, "ciphertext": _b64(ciphertext)}, indent=1).encode("utf-8")
        self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        temporary = self.path.with_name(f".{self.path.name}.part")
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            with os.fdopen(descriptor, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temporary, self.path)
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise


def _read(path: Path) -> tuple[dict[str, Any], bytes]:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
        header = document["header"]
        if header.get("format") != FORMAT or header.get("version") != VERSION:
            raise ValueError("not a RehabMeet key file")
        n, r = int(header["kdf"]["n"]), int(header["kdf"]["r"])
        int(header["kdf"]["p"])
        if not 2**14 <= n <= 2**22 or n & (n - 1) or not 1 <= r <= 32:
            raise ValueError("unsupported key derivation parameters")
        _unb64(header["salt"]), _unb64(header["nonce"])
        return header, _unb64(document["ciphertext"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise KeyringUnavailableError(
            error_text("the key file {path} cannot be read ({exc})", path=path, exc=exc)
        ) from exc


def _decrypt(path: Path, key: bytes, header: dict[str, Any], ciphertext: bytes) -> dict[str, str]:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        plain = AESGCM(key).decrypt(_unb64(header["nonce"]), ciphertext, _header_bytes(header))
    except InvalidTag:
        raise WrongPassphraseError(
            error_text("the passphrase does not open the key file {path}; nothing was changed", path=path)
        ) from None
    secrets = json.loads(plain.decode("utf-8"))
    return {str(k): str(v) for k, v in secrets.items()}


LockMethod = Literal["flock", "msvcrt"]
_WINDOWS_LOCK_TRIES = 12  # msvcrt's LK_LOCK tries for about 10 s each: two minutes in all


def lock_method(platform: str) -> LockMethod:
    """How the key file is locked on ``platform``: ``flock`` (POSIX) or ``msvcrt.locking`` (Windows)."""
    return "msvcrt" if platform == "win32" else "flock"


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    """Serialise read-modify-write of the key file between RehabMeet processes (an exclusive lock on a
    lock file beside it: ``flock`` on POSIX, ``msvcrt.locking`` of its first byte on Windows — the
    Windows path is not run by the tests)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    descriptor = os.open(path.with_name(f".{path.name}.lock"), os.O_RDWR | os.O_CREAT, 0o600)
    windows = lock_method(sys.platform) == "msvcrt"
    try:
        if windows:
            _lock_windows(descriptor, path)
        else:
            import fcntl

            fcntl.flock(descriptor, fcntl.LOCK_EX)
        try:
            yield
        finally:
            if windows:  # Windows may release a lock some time after the close: unlock first
                import msvcrt

                os.lseek(descriptor, 0, os.SEEK_SET)
                msvcrt.locking(descriptor, msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined,unused-ignore]
    finally:
        os.close(descriptor)  # releases the flock


def _lock_windows(descriptor: int, path: Path) -> None:
    import msvcrt

    os.lseek(descriptor, 0, os.SEEK_SET)
    for _ in range(_WINDOWS_LOCK_TRIES):
        try:
            msvcrt.locking(descriptor, msvcrt.LK_LOCK, 1)  # type: ignore[attr-defined,unused-ignore]
            return
        except OSError:  # another RehabMeet holds it for more than LK_LOCK's ten seconds
            continue
    raise KeyringUnavailableError(
        error_text("another RehabMeet keeps the key file {path} locked; close it and try again", path=path)
    )


def _header_bytes(header: dict[str, Any]) -> bytes:
    return json.dumps(header, sort_keys=True, separators=(",", ":")).encode("utf-8")
