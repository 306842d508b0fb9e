"""``rehabmeet db upgrade|check|grant|revoke``: schema, integrity and the people's own PostgreSQL roles."""

from __future__ import annotations

import argparse
from typing import Any

from rehabmeet import secrets
from rehabmeet.context import AppContext
from rehabmeet.errors import UserFacingError
from rehabmeet.i18n import error_text
from rehabmeet.storage import roles
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
    grant = actions.add_parser(
        "grant", help="PostgreSQL: give a team member their own login role (member privileges; new password)"
    )
    grant.add_argument("--user", dest="person", metavar="NAME", required=True, help="the team member's name")
    grant.add_argument("--role", metavar="ROLE", help="the role name (default rehabmeet_<name>)")
    grant.add_argument(
        "--leader", action="store_true", help="also a leader: may open the pack passphrases kept in the database"
    )
    grant.set_defaults(handler=run_grant)
    revoke = actions.add_parser("revoke", help="PostgreSQL: remove a team member's own login role")
    revoke.add_argument("--user", dest="person", metavar="NAME", required=True, help="the team member's name")
    revoke.set_defaults(handler=run_revoke)


def run_upgrade(_args: argparse.Namespace, context: AppContext, _gui: Any) -> int:
    database = context.database(upgrade=True)
    before, after = database.schema_before, database.schema
    if before.state is SchemaState.CURRENT:
        print(f"already up to date: schema {after.current} ({context.target.display_name})")
    else:
        print(f"upgraded from schema {before.current or 'none'} to {after.current} ({context.target.display_name})")
        if roles.refresh_member_group(database.engine):
            print(f"privileges of {roles.MEMBER_GROUP} renewed on every table")
    return 0


def run_grant(args: argparse.Namespace, context: AppContext, _gui: Any) -> int:
    database = context.database(upgrade=False)
    granted = roles.grant_person(
        database.engine, args.person, granted_by=context.actor, role_name=args.role, leader=args.leader
    )
    url = database.target.url.set(username=granted.role_name, password=None)
    if "sslmode" not in url.query:
        url = url.update_query_dict({"sslmode": "verify-full"})
    groups = f"{roles.MEMBER_GROUP}, {roles.LEADER_GROUP}" if args.leader else roles.MEMBER_GROUP
    print(f"role {granted.role_name} for {granted.person} (member of {groups})")
    print(f"password (shown once; keep it in the person's ~/.pgpass): {granted.password}")
    print(f"their address: {url.render_as_string()}")
    return 0


def run_revoke(args: argparse.Namespace, context: AppContext, _gui: Any) -> int:
    database = context.database(upgrade=False)
    removed = roles.revoke_person(database.engine, args.person)
    if not removed:
        raise UserFacingError(error_text("{person!r} has no database role of their own", person=args.person))
    print(f"removed: {', '.join(removed)}")
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
    log_lines = _event_log_problems(context, database)
    if log_lines:
        for line in log_lines:
            print(error_text("problem: {line}", line=line))
        return 1
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
