"""The encrypted pack file: a readable header, then the payload sealed with AES-256-GCM.

Scheme (format 1), documented in ``docs/packs.md``::

    RMPACK1\\n <header JSON> \\n <ciphertext>

- The key is derived from the pack's passphrase with scrypt (``cryptography``; n=2^14, r=8, p=1,
  a random 16-byte salt per file) into 64 bytes: 32 for AES-256-GCM, 32 for a key check.
- ``check`` in the header is HMAC-SHA256(check key, "rehabmeet-pack-key-check"): a wrong
  passphrase is told apart from a changed file.
- The ciphertext is AES-256-GCM over the payload with a random 96-bit nonce; the magic line and
  the header are its associated data, so any change to header or payload fails authentication.

The header names the pack (``pack_id``, ``kind``), never the citizen.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
from dataclasses import dataclass
from typing import Any

from rehabmeet.errors import UserFacingError
from rehabmeet.i18n import error_text

MAGIC = b"RMPACK1\n"
FORMAT = 1
SCRYPT = {"n": 2**14, "r": 8, "p": 1}
CHECK_LABEL = b"rehabmeet-pack-key-check"
MAX_HEADER = 4096


class PackError(UserFacingError):
    """A pack cannot be opened: not a pack, foreign, changed, or the wrong passphrase."""


@dataclass(frozen=True, slots=True)
class PackHeader:
    kind: str
    pack_id: str
    created: str
    sender: str
    raw: dict[str, Any]


def seal(payload: bytes, passphrase: str, *, kind: str, pack_id: str, created: str, sender: str) -> bytes:
    """Return the pack file for ``payload``."""
    if not passphrase:
        raise PackError(error_text("a pack needs a passphrase"))
    salt, nonce = os.urandom(16), os.urandom(12)
    encryption_key, check_key = _keys(canonical_passphrase(passphrase), salt, SCRYPT)
    header = {
        "format": FORMAT,
        "kind": kind,
        "pack_id": pack_id,
        "created": created,
        "sender": sender,
        "kdf": {"name": "scrypt", "salt": _b64(salt), **SCRYPT},
        "cipher": "AES-256-GCM",
        "nonce": _b64(nonce),
        "check": _b64(hmac.new(check_key, CHECK_LABEL, hashlib.sha256).digest()),
    }
    header_bytes = json.dumps(header, sort_keys=True).encode("utf-8")
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    ciphertext = AESGCM(encryption_key).encrypt(nonce, payload, MAGIC + header_bytes)
    return MAGIC + header_bytes + b"\n" + ciphertext


def read_header(data: bytes) -> PackHeader:
    """Return the header of a pack file (without decrypting), or raise naming what is wrong."""
    if not data.startswith(MAGIC):
        raise PackError(error_text("the file is not a RehabMeet pack"))
    end = data.find(b"\n", len(MAGIC), len(MAGIC) + MAX_HEADER)
    if end < 0:
        raise PackError(error_text("the pack's header is damaged"))
    try:
        raw = json.loads(data[len(MAGIC) : end])
        header = PackHeader(str(raw["kind"]), str(raw["pack_id"]), str(raw["created"]), str(raw["sender"]), raw)
    except (ValueError, KeyError, TypeError) as exc:
        raise PackError(error_text("the pack's header is damaged")) from exc
    if raw.get("format") != FORMAT:
        raise PackError(
            error_text("the pack was written by a newer RehabMeet (pack format {value})", value=raw.get("format"))
        )
    return header


def unseal(data: bytes, passphrase: str) -> tuple[PackHeader, bytes]:
    """Return (header, payload).

    Raises:
        PackError: "wrong passphrase" when the key check fails, "changed" when authentication fails.
    """
    header = read_header(data)
    end = data.index(b"\n", len(MAGIC))
    try:
        kdf = header.raw["kdf"]
        params = {"n": int(kdf["n"]), "r": int(kdf["r"]), "p": int(kdf["p"])}
        n, r, p = params["n"], params["r"], params["p"]
        if kdf.get("name") != "scrypt" or not 2 <= n <= 2**20 or n & (n - 1) or not 1 <= r <= 16 or not 1 <= p <= 4:
            raise ValueError("unsupported key derivation")
        salt, nonce, check = _unb64(kdf["salt"]), _unb64(header.raw["nonce"]), _unb64(header.raw["check"])
        if len(salt) < 8 or len(nonce) != 12:
            raise ValueError("bad salt or nonce")
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise PackError(error_text("the pack's header is damaged")) from exc
    for candidate in dict.fromkeys((canonical_passphrase(passphrase), passphrase)):  # as typed, for older packs
        encryption_key, check_key = _keys(candidate, salt, params)
        if hmac.compare_digest(hmac.new(check_key, CHECK_LABEL, hashlib.sha256).digest(), check):
            break
    else:
        raise PackError(error_text("the passphrase does not open this pack"))
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        payload = AESGCM(encryption_key).decrypt(nonce, data[end + 1 :], data[:end])
    except (InvalidTag, ValueError) as exc:
        raise PackError(error_text("the pack was changed after it was written (it fails its integrity check)")) from exc
    return header, payload


def _keys(passphrase: str, salt: bytes, params: dict[str, int]) -> tuple[bytes, bytes]:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    derived = Scrypt(salt=salt, length=64, n=params["n"], r=params["r"], p=params["p"]).derive(
        passphrase.encode("utf-8")
    )
    return derived[:32], derived[32:]


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


PASSPHRASE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I to misread


def canonical_passphrase(text: str) -> str:
    """Return a generated passphrase however it was typed: any case, with or without spaces and
    dashes ("abcd efgh-…" is "ABCD-EFGH-…"). Any other passphrase is returned as typed (trimmed)."""
    letters = "".join(c for c in text.upper() if not c.isspace() and c not in "-–—")
    if len(letters) == 20 and all(c in PASSPHRASE_ALPHABET for c in letters):
        return "-".join(letters[i : i + 4] for i in range(0, 20, 4))
    return text.strip()


def new_passphrase() -> str:
    """Return a random passphrase to read out or hand over: five groups of four letters and digits."""
    alphabet = PASSPHRASE_ALPHABET
    raw = [alphabet[b % len(alphabet)] for b in os.urandom(20)]
    return "-".join("".join(raw[i : i + 4]) for i in range(0, 20, 4))
