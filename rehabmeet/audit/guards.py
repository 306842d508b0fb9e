"""Are the event log's append-only triggers still there, and still refusing? (issue 16, cold review).

Migration 0001 puts triggers on ``event_log`` that refuse UPDATE and DELETE
(``rehabmeet/migrations/guards.py``). Someone with the database key can drop them and delete the
log's tail; the hash chain cannot see a cut tail, so ``db check`` and ``log verify`` name a missing,
disabled or altered trigger.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

from rehabmeet.i18n import error_text

SQLITE_TRIGGERS = {"event_log_no_update": "UPDATE", "event_log_no_delete": "DELETE"}
POSTGRES_TRIGGER = "event_log_append_only"
POSTGRES_FUNCTION = "event_log_refuse_change"


def guard_problems(session: Session) -> list[str]:
    """One translated line per append-only trigger that is missing, disabled or no longer refuses."""
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        return _sqlite(session)
    if dialect == "postgresql":
        return _postgres(session)
    return []


def _sqlite(session: Session) -> list[str]:
    rows = session.execute(
        text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'event_log'")
    ).all()
    found = {str(row.name): " ".join(str(row.sql or "").upper().split()) for row in rows}
    problems = []
    for name, verb in SQLITE_TRIGGERS.items():
        sql = found.get(name)
        if sql is None:
            problems.append(_missing(name, verb))
        elif f"BEFORE {verb} ON EVENT_LOG" not in sql or "RAISE(ABORT" not in sql.replace(" ", ""):
            problems.append(_altered(name, verb))
    return problems


def _postgres(session: Session) -> list[str]:
    row = session.execute(
        text(
            "SELECT t.tgenabled AS enabled, t.tgtype AS kind, p.proname AS function, p.prosrc AS body "
            "FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid "
            "WHERE c.relname = 'event_log' AND t.tgname = :name AND NOT t.tgisinternal"
        ),
        {"name": POSTGRES_TRIGGER},
    ).first()
    if row is None:
        return [_missing(POSTGRES_TRIGGER, "UPDATE/DELETE")]
    before_row = 1 | 2  # TRIGGER_TYPE_ROW | TRIGGER_TYPE_BEFORE
    update_delete = 8 | 16  # TRIGGER_TYPE_DELETE | TRIGGER_TYPE_UPDATE
    kind = int(row.kind)
    refuses = row.function == POSTGRES_FUNCTION and "RAISE EXCEPTION" in str(row.body).upper()
    if str(row.enabled) == "D":
        return [error_text("the event log's append-only trigger {name} is disabled", name=POSTGRES_TRIGGER)]
    if kind & before_row != before_row or kind & update_delete != update_delete or not refuses:
        return [_altered(POSTGRES_TRIGGER, "UPDATE/DELETE")]
    return []


def _missing(name: str, verb: str) -> str:
    return error_text(
        "the event log's append-only trigger {name} is missing: {verb} of log entries is not refused "
        "(someone with the database key removed it)",
        name=name,
        verb=verb,
    )


def _altered(name: str, verb: str) -> str:
    return error_text(
        "the event log's append-only trigger {name} was altered: it no longer refuses {verb}", name=name, verb=verb
    )
