"""``rehabmeet db upgrade`` and ``rehabmeet db check``."""

from __future__ import annotations

import argparse
from typing import Any

from rehabmeet import secrets
from rehabmeet.context import AppContext
from rehabmeet.errors import UserFacingError
from rehabmeet.i18n import error_text
from rehabmeet.storage.database import Database
from rehabmeet.storage.schema import SchemaState


def register(sub: argparse._SubParsersAction[Any]) -> None:
    parser = sub.add_parser("db", help="database maintenance")
    actions = parser.add_subparsers(dest="db_action", metavar="ACTION", required=True)
    actions.add_parser("upgrade", help="create the database or bring its schema up to date").set_defaults(
        handler=run_upgrade
    )
    actions.add_parser("check", help="check the key, the schema and the integrity; changes nothing").set_defaults(
        handler=run_check
    )


def run_upgrade(_args: argparse.Namespace, context: AppContext, _gui: Any) -> int:
    database = context.database(upgrade=True)
    before, after = database.schema_before, database.schema
    if before.state is SchemaState.CURRENT:
        print(f"already up to date: schema {after.current} ({context.target.display_name})")
    else:
        print(f"upgraded from schema {before.current or 'none'} to {after.current} ({context.target.display_name})")
    return 0


def run_check(_args: argparse.Namespace, context: AppContext, _gui: Any) -> int:
    from sqlalchemy import text

    database = context.database(upgrade=False, create=False, allow_read_only=True)
    problems = _integrity_problems(database)
    if problems:
        raise UserFacingError(
            error_text(
                "the database {display_name} is damaged: {value}",
                display_name=context.target.display_name,
                value=problems[0],
            )
        )
    with database.sessions.begin() as session:
        cases = session.execute(text("SELECT count(*) FROM case_file")).scalar_one()
    kind = error_text("SQLCipher-encrypted SQLite") if database.encrypted else "PostgreSQL"
    print(
        error_text(
            "ok: {display_name} ({kind}), schema {schema}, {cases} cases, integrity ok",
            display_name=context.target.display_name,
            kind=kind,
            schema=database.schema.current,
            cases=cases,
        )
    )
    kind = "SQLCipher-encrypted SQLite" if database.encrypted else "PostgreSQL"
    log_lines = _event_log_problems(context, database)
    if log_lines:
        for line in log_lines:
            print(error_text("problem: {line}", line=line))
        return 1
    print(f"ok: {context.target.display_name} ({kind}), schema {database.schema.current}, {cases} cases, integrity ok")
    if database.encrypted:
        print(_custody_line(secrets.custody()))
    return 0


def _event_log_problems(context: AppContext, database: Database) -> list[str]:
    """The event log's append-only triggers, and whether it is behind the newest local checkpoint."""
    from rehabmeet.commands.log import guard_lines, local_problems
    from rehabmeet.signing.certificates import CertificateStore

    _newest, behind = local_problems(context, database, CertificateStore(context.paths.certificates_dir))
    return [*guard_lines(database), *behind]


def _integrity_problems(database: Database) -> list[str]:
    if not database.encrypted:
        return []
    with database.engine.connect() as connection:
        cipher = [row[0] for row in connection.exec_driver_sql("PRAGMA cipher_integrity_check")]
        plain = [row[0] for row in connection.exec_driver_sql("PRAGMA integrity_check")]
    return cipher + [p for p in plain if p != "ok"]


def _custody_line(custody: secrets.Custody) -> str:
    """Where the key is, in the user's language (``Custody.describe`` in English for logs)."""
    if custody.kind == "key-file":
        return error_text("key: passphrase-protected key file {file}", file=custody.backend)
    if custody.secure:
        return error_text("key: keyring {backend}", backend=custody.backend)
    return error_text(
        "key: INSECURE keyring {backend} (chosen explicitly; never use it with real cases)", backend=custody.backend
    )
