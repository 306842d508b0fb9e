"""The triggers that mark a heard case's summary row (``case_fact``) for recomputation, shared by the
revisions that create or drop them.

Each changed row of a table the KPIs read puts its agenda item(s) into ``case_fact_dirty``; the
dashboard recomputes those rows before it reads (``rehabmeet.stats.facts.refresh_facts``).
"""

from __future__ import annotations

from alembic import op

# The agenda items a row concerns (as ``a.id``), each marked unless already marked: no unique key, so
# two writers on PostgreSQL never wait for each other's marks (see ``CaseFactDirty``).
ONE = "SELECT {key} WHERE NOT EXISTS (SELECT 1 FROM case_fact_dirty d WHERE d.item_id = {key})"
MANY = (
    "SELECT a.id FROM agenda_item a WHERE a.{column} = {{row}}.{key} "
    "AND NOT EXISTS (SELECT 1 FROM case_fact_dirty d WHERE d.item_id = a.id)"
)
BY_ITEM = ONE.format(key="{row}.agenda_item_id")
BY_CASE = MANY.format(column="case_id", key="case_id")
# table → (the operations, the agenda items of a row, a condition on the new row)
MARKS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "agenda_item": (("INSERT", "UPDATE", "DELETE"), ONE.format(key="{row}.id"), ""),
    "meeting": (("UPDATE",), MANY.format(column="meeting_id", key="id"), ""),
    "case_version": (("INSERT", "UPDATE", "DELETE"), BY_CASE, ""),
    "indstilling": (("INSERT", "UPDATE", "DELETE"), BY_ITEM, ""),
    "indstilling_check": (("INSERT", "UPDATE", "DELETE"), BY_ITEM, ""),
    "follow_through": (("INSERT", "UPDATE", "DELETE"), BY_ITEM, ""),
    "intervention_follow": (("INSERT", "UPDATE", "DELETE"), BY_ITEM, ""),
    "attendance": (("INSERT", "UPDATE", "DELETE"), BY_ITEM, ""),
    "event_log": (("INSERT",), BY_CASE, "NEW.action IN ('timer.start', 'timer.finish') AND NEW.case_id IS NOT NULL"),
}


def create_fact_triggers() -> None:
    """Create the marking triggers on every table of :data:`MARKS`."""
    dialect = op.get_bind().dialect.name
    for table, (operations, items, condition) in MARKS.items():
        if dialect == "sqlite":
            for operation in operations:
                rows = ("OLD",) if operation == "DELETE" else ("NEW",) if operation == "INSERT" else ("OLD", "NEW")
                body = " ".join(f"INSERT INTO case_fact_dirty (item_id) {items.format(row=r)};" for r in rows)
                when = f" WHEN {condition}" if condition else ""
                op.execute(
                    f"CREATE TRIGGER case_fact_mark_{table}_{operation.lower()} AFTER {operation} ON {table}"
                    f"{when} BEGIN {body} END"
                )
        elif dialect == "postgresql":
            mark = "INSERT INTO case_fact_dirty (item_id) {items};"
            old, new = (mark.format(items=items.format(row=r)) for r in ("OLD", "NEW"))
            op.execute(
                f"CREATE FUNCTION case_fact_mark_{table}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                f"IF TG_OP <> 'INSERT' THEN {old} END IF; IF TG_OP <> 'DELETE' THEN {new} END IF; "
                "RETURN NULL; END $$"
            )
            when = f" WHEN ({condition})" if condition else ""
            op.execute(
                f"CREATE TRIGGER case_fact_mark_{table} AFTER {' OR '.join(operations)} ON {table} "
                f"FOR EACH ROW{when} EXECUTE FUNCTION case_fact_mark_{table}()"
            )


def drop_fact_triggers() -> None:
    """Drop what :func:`create_fact_triggers` made."""
    dialect = op.get_bind().dialect.name
    for table, (operations, _items, _condition) in MARKS.items():
        if dialect == "sqlite":
            for operation in operations:
                op.execute(f"DROP TRIGGER IF EXISTS case_fact_mark_{table}_{operation.lower()}")
        elif dialect == "postgresql":
            op.execute(f"DROP TRIGGER IF EXISTS case_fact_mark_{table} ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS case_fact_mark_{table}()")
