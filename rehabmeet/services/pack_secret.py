"""Agenda-pack passphrases kept in the shared database, encrypted, so any leader's laptop can open a
member's notes without the passphrase being typed in.

Each passphrase is sealed with AES-256-GCM under a key derived (HKDF-SHA256, the pack id as info)
from the team's pack key — 32 random bytes in ``pack_key``, made on first use. On PostgreSQL only
the leaders' group role (``rehabmeet db grant --leader``) and the tables' owner may read that
table: a member's role, or anyone holding a copy of the data tables without it, sees only sealed
passphrases. A laptop that cannot read the key falls back on its keyring and the typed passphrase.
On the SQLCipher file the key lives inside the encrypted database.
"""

from __future__ import annotations

import base64
import logging
import os

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from rehabmeet.models import PackIssue, PackKey
from rehabmeet.models.base import utc_now
from rehabmeet.storage.locks import insert_if_absent

log = logging.getLogger(__name__)
KEY_ROW = 1
NONCE_BYTES = 12


def seal_passphrase(session: Session, pack_id: str, passphrase: str) -> str | None:
    """The passphrase sealed for ``pack_issue.sealed_passphrase``; ``None`` when this role may not read
    the pack key (the passphrase then stays in this laptop's keyring only)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    key = _team_key(session, create=True)
    if key is None:
        return None
    nonce = os.urandom(NONCE_BYTES)
    sealed = AESGCM(_derive(key, pack_id)).encrypt(nonce, passphrase.encode("utf-8"), pack_id.encode("ascii"))
    return base64.b64encode(nonce + sealed).decode("ascii")


def open_passphrase(session: Session, issue: PackIssue) -> str | None:
    """The passphrase kept for ``issue`` in the database, or ``None`` (none kept, key not readable here,
    or the sealed copy does not open: then the person types it)."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if not issue.sealed_passphrase:
        return None
    key = _team_key(session, create=False)
    if key is None:
        return None
    try:
        raw = base64.b64decode(issue.sealed_passphrase, validate=True)
        opened = AESGCM(_derive(key, issue.pack_id)).decrypt(
            raw[:NONCE_BYTES], raw[NONCE_BYTES:], issue.pack_id.encode("ascii")
        )
    except (ValueError, InvalidTag):
        log.warning("the passphrase kept for pack %s does not open; it has to be typed", issue.pack_id)
        return None
    return opened.decode("utf-8")


def keep_passphrase(session: Session, issue: PackIssue, passphrase: str) -> None:
    """Keep a typed passphrase that opened the pack in the database too (packs written before 0014)."""
    if not issue.sealed_passphrase:
        issue.sealed_passphrase = seal_passphrase(session, issue.pack_id, passphrase)


def _team_key(session: Session, *, create: bool) -> bytes | None:
    """The team's pack key (made once, race-free); ``None`` when this database role may not read it."""
    if session.get_bind().dialect.name != "postgresql":  # the SQLCipher file has no roles
        return _read_or_make_key(session, create)
    try:
        with session.begin_nested():  # a refused SELECT must not abort the caller's transaction
            return _read_or_make_key(session, create)
    except DBAPIError as exc:
        log.info("the pack key cannot be read with this database role (%s)", type(exc.orig).__name__)
        return None


def _read_or_make_key(session: Session, create: bool) -> bytes | None:
    key = session.scalar(select(PackKey.key).where(PackKey.id == KEY_ROW))
    if key is None and create:
        values = {"id": KEY_ROW, "key": os.urandom(32), "created_at": utc_now()}
        insert_if_absent(session, PackKey.__table__, values, ["id"])  # type: ignore[arg-type]
        key = session.scalar(select(PackKey.key).where(PackKey.id == KEY_ROW))
    return bytes(key) if key is not None else None


def _derive(key: bytes, pack_id: str) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=b"rehabmeet-pack-passphrase", info=pack_id.encode()).derive(
        key
    )
