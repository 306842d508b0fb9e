"""Per-person login roles on the shared PostgreSQL database (``rehabmeet db grant``).

Every person's role is a member of one group role, ``rehabmeet_member``, that holds the least the
application needs: read and write the application's tables (no DDL — the tables belong to the
administrator's role), the event log insert-only, the schema version and the role list read-only. Leaders are also in
``rehabmeet_leader``, which may read the key of the pack passphrases kept in the database.
Who a role belongs to is kept in ``database_role``, so a person logged in with their own role is
named in the event log, the documents and the other laptops whatever the laptop's setting says.
"""

from __future__ import annotations

import logging
import re
import secrets as random
import unicodedata
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from rehabmeet.errors import UserFacingError
from rehabmeet.i18n import error_text
from rehabmeet.storage.lane_policy import apply_lane_policy

MEMBER_GROUP = "rehabmeet_member"
LEADER_GROUP = "rehabmeet_leader"  # a member who may also read the pack key (imports members' notes)
ROLE_PREFIX = "rehabmeet_"
# Tables a member reads but never changes: the schema version, who each role is.
READ_ONLY_TABLES = ("alembic_version", "database_role")
# Tables a member only appends to (PostgreSQL triggers refuse changes as well).
APPEND_ONLY_TABLES = ("event_log",)
# Tables only the leaders' group reads: the key of the pack passphrases kept in the database.
LEADER_TABLES = ("pack_key",)
log = logging.getLogger(__name__)
_TRANSLITERATE = str.maketrans({"æ": "ae", "ø": "oe", "å": "aa", "Æ": "ae", "Ø": "oe", "Å": "aa"})


@dataclass(frozen=True, slots=True)
class GrantedRole:
    """A login role made for one person; ``password`` is shown once (``None`` when kept unchanged)."""

    role_name: str
    person: str
    password: str | None


def role_name_for(person: str) -> str:
    """``Jonas Bech`` → ``rehabmeet_jonas_bech`` (ASCII, lower case, at most 63 bytes)."""
    ascii_name = unicodedata.normalize("NFKD", person.translate(_TRANSLITERATE)).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "_", ascii_name.lower()).strip("_")
    if not slug:
        raise UserFacingError(error_text("{person!r} cannot be made into a database role name", person=person))
    return (ROLE_PREFIX + slug)[:63]


def grant_person(
    engine: Engine, person: str, *, granted_by: str, role_name: str | None = None, leader: bool = False
) -> GrantedRole:
    """Create (or refresh) the groups and ``person``'s own login role, with a new password; ``leader``
    also puts it in the leaders' group (reads the pack passphrases kept in the database).

    Run with the administrator's role (the one that owns the tables). ``person`` must be an active
    team member, by name, so a typo does not make a role for nobody.
    """
    from rehabmeet.models import DatabaseRole, TeamMember

    _require_postgresql(engine)
    role = role_name or role_name_for(person)
    password = random.token_urlsafe(18)
    with engine.begin() as connection:
        session = Session(bind=connection)
        known = session.scalar(select(TeamMember.name).where(TeamMember.name == person, TeamMember.active.is_(True)))
        if known is None:
            raise UserFacingError(
                error_text("there is no active team member named {person!r}; check the spelling", person=person)
            )
        ensure_member_group(connection)
        exists = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first()
        verb = "ALTER" if exists else "CREATE"
        connection.exec_driver_sql(f"{verb} ROLE {_quote(connection, role)} LOGIN PASSWORD {_literal(password)}")
        connection.exec_driver_sql(f"GRANT {MEMBER_GROUP} TO {_quote(connection, role)}")
        verb = "GRANT" if leader else "REVOKE"
        connection.exec_driver_sql(f"{verb} {LEADER_GROUP} {'TO' if leader else 'FROM'} {_quote(connection, role)}")
        session.merge(DatabaseRole(role_name=role, person=person, granted_by=granted_by))
        session.flush()
    return GrantedRole(role, person, password)


def revoke_person(engine: Engine, person: str) -> tuple[str, ...]:
    """Remove every login role made for ``person``; return their names (none: nothing to do)."""
    _require_postgresql(engine)
    with engine.begin() as connection:
        roles = tuple(
            connection.execute(text("SELECT role_name FROM database_role WHERE person = :p"), {"p": person}).scalars()
        )
        for role in roles:
            connection.exec_driver_sql(f"DROP ROLE IF EXISTS {_quote(connection, role)}")
        connection.execute(text("DELETE FROM database_role WHERE person = :p"), {"p": person})
    return roles


def ensure_member_group(connection: Connection) -> None:
    """Create ``rehabmeet_member`` if missing and give it exactly the member's privileges on today's tables
    (called again after an upgrade, so new tables are covered)."""
    for group in (MEMBER_GROUP, LEADER_GROUP):
        exists = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": group}).first()
        if not exists:
            connection.exec_driver_sql(f"CREATE ROLE {group} NOLOGIN")
    database = connection.execute(text("SELECT current_database()")).scalar_one()
    tables = ", ".join(_quote(connection, t) for t in _app_tables() if t not in LEADER_TABLES)
    leader_tables = ", ".join(LEADER_TABLES)
    _revoke_create_on_public(connection)
    statements = [
        f"GRANT CONNECT ON DATABASE {_quote(connection, database)} TO {MEMBER_GROUP}",
        f"GRANT USAGE ON SCHEMA public TO {MEMBER_GROUP}",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {MEMBER_GROUP}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON {tables} TO {MEMBER_GROUP}",
        f"REVOKE INSERT, UPDATE, DELETE ON {', '.join(READ_ONLY_TABLES)} FROM {MEMBER_GROUP}",
        f"REVOKE UPDATE, DELETE ON {', '.join(APPEND_ONLY_TABLES)} FROM {MEMBER_GROUP}",
        f"GRANT SELECT ON {', '.join(READ_ONLY_TABLES)} TO {MEMBER_GROUP}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {MEMBER_GROUP}",
        f"GRANT {MEMBER_GROUP} TO {LEADER_GROUP}",
        f"REVOKE ALL ON {leader_tables} FROM {LEADER_GROUP}",
        f"GRANT SELECT, INSERT ON {leader_tables} TO {LEADER_GROUP}",
    ]
    for statement in statements:
        connection.exec_driver_sql(statement)
    apply_lane_policy(connection, MEMBER_GROUP)  # a member writes only their own lane's points


def _revoke_create_on_public(connection: Connection) -> None:
    """Nobody but the owner creates tables in ``public`` (PostgreSQL 15's default). On 13 and 14 the
    schema belongs to the superuser, and the database owner may not change it: then the README's
    statement is for the superuser, and the rest of the grant goes on."""
    try:
        with connection.begin_nested():
            connection.exec_driver_sql("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    except DBAPIError:
        log.warning("could not revoke CREATE on schema public (not its owner); run it as the superuser")


def refresh_member_group(engine: Engine) -> bool:
    """After ``db upgrade`` on PostgreSQL: re-grant the member group on the tables (if the group exists)."""
    if engine.dialect.name != "postgresql":
        return False
    with engine.begin() as connection:
        if not connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": MEMBER_GROUP}).first():
            return False
        ensure_member_group(connection)
    return True


def person_of_role(engine: Engine) -> str | None:
    """The person whose own role this connection uses (``None``: not a person's role, or SQLite)."""
    if engine.dialect.name != "postgresql":
        return None
    with engine.connect() as connection:
        return connection.execute(
            text("SELECT person FROM database_role WHERE role_name = current_user")
        ).scalar_one_or_none()


def _app_tables() -> list[str]:
    from rehabmeet.models import Base

    return sorted(set(Base.metadata.tables) | set(READ_ONLY_TABLES))


def _require_postgresql(engine: Engine) -> None:
    if engine.dialect.name != "postgresql":
        raise UserFacingError(
            error_text("database roles are for the shared PostgreSQL database; the SQLite file has one key")
        )


def _quote(connection: Connection, name: str) -> str:
    return connection.dialect.identifier_preparer.quote_identifier(name)


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"
