"""The event log's append-only guards, shared by the revisions that create or lift them.

Revisions call these by name; the SQL must stay what revision 0001 created, since later
revisions drop exactly these triggers.
"""

from __future__ import annotations

from alembic import op

APPEND_ONLY_MESSAGE = "event_log is append-only"


def make_event_log_append_only() -> None:
    """Refuse UPDATE and DELETE on the event log in the database itself, not only in the app."""
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER event_log_no_{verb.lower()} BEFORE {verb} ON event_log "
                f"BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY_MESSAGE}'); END"
            )
    elif dialect == "postgresql":
        op.execute(
            "CREATE FUNCTION event_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS "
            f"$$ BEGIN RAISE EXCEPTION '{APPEND_ONLY_MESSAGE}'; END $$"
        )
        op.execute(
            "CREATE TRIGGER event_log_append_only BEFORE UPDATE OR DELETE ON event_log "
            "FOR EACH ROW EXECUTE FUNCTION event_log_refuse_change()"
        )


def drop_event_log_guards() -> None:
    """Lift the guards (for a migration's backfill or a downgrade)."""
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS event_log_no_update")
        op.execute("DROP TRIGGER IF EXISTS event_log_no_delete")
    elif dialect == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS event_log_append_only ON event_log")
        op.execute("DROP FUNCTION IF EXISTS event_log_refuse_change()")
