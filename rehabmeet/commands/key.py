"""``rehabmeet key status|passphrase|to-keyring``: where the keys are kept, and moving them."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from rehabmeet import secrets
from rehabmeet.context import AppContext
from rehabmeet.errors import UserFacingError
from rehabmeet.i18n import error_text


def register(sub: argparse._SubParsersAction[Any]) -> None:
    parser = sub.add_parser("key", help="where the database key is kept: keyring or passphrase-protected key file")
    actions = parser.add_subparsers(dest="key_action", metavar="ACTION", required=True)
    actions.add_parser("status", help="say where the keys are kept (and whether that is secure)").set_defaults(
        handler=run_status
    )
    change = actions.add_parser(
        "passphrase", help="change the key file's passphrase (the old one from --passphrase-file)"
    )
    change.add_argument("--new-passphrase-file", metavar="FILE", required=True, help="file holding the new passphrase")
    change.set_defaults(handler=run_change)
    actions.add_parser(
        "to-passphrase",
        help="move the keys from the keyring (e.g. an insecure one) into a passphrase-protected key file",
    ).set_defaults(handler=run_to_key_file)
    actions.add_parser(
        "to-keyring", help="move every key from the key file into the keyring, then remove the key file"
    ).set_defaults(handler=run_move)


def run_status(_args: argparse.Namespace, _context: AppContext, _gui: Any) -> int:
    print(f"keys: {secrets.custody().describe()}")
    return 0


def run_change(args: argparse.Namespace, _context: AppContext, _gui: Any) -> int:
    source = Path(args.new_passphrase_file).expanduser()
    try:
        new = source.read_text(encoding="utf-8").rstrip("\r\n")
    except (OSError, UnicodeDecodeError) as exc:
        raise UserFacingError(
            error_text("the passphrase file {path} cannot be read ({exc})", path=source, exc=exc)
        ) from exc
    path = secrets.change_passphrase(new)
    print(f"passphrase changed: {path}")
    return 0


def run_move(_args: argparse.Namespace, _context: AppContext, _gui: Any) -> int:
    where = secrets.move_to_keyring()
    print(f"keys moved into the {where.describe()}; the key file was removed")
    return 0


def run_to_key_file(_args: argparse.Namespace, context: AppContext, _gui: Any) -> int:
    from sqlalchemy import select

    from rehabmeet.models import PackIssue, PrepPack
    from rehabmeet.services.packs import pack_secret_name
    from rehabmeet.services.stats import SALT_NAME
    from rehabmeet.signing.certificates import CertificateStore, secret_name
    from rehabmeet.storage.keys import database_key_secret_name

    database = context.database(upgrade=False, create=False)
    names = [SALT_NAME]
    if context.target.sqlite_path is not None:
        names.append(database_key_secret_name(context.target.sqlite_path))
    names += [secret_name(info.id) for info in CertificateStore(context.paths.certificates_dir).all()]
    with database.sessions.begin() as session:
        names += [pack_secret_name(p) for p in session.scalars(select(PackIssue.pack_id))]
        names += [pack_secret_name(p) for p in session.scalars(select(PrepPack.pack_id))]
    path = secrets.move_to_key_file(names)
    print(f"keys moved into the passphrase-protected key file {path}; the keyring no longer holds them")
    return 0
