"""The forger with the database key: edit an event-log entry and recompute every later hash (issue 16, finding 4)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import text

from rehabmeet.domain.chain import GENESIS, entry_hash
from rehabmeet.storage.database import Database


def _moment(value: Any) -> datetime:
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def rewrite_entry(database: Database, entry_id: int, **changes: Any) -> None:
    """Change ``details`` of ``entry_id`` and re-chain everything after it, as `log verify` would accept."""
    with database.engine.begin() as connection:
        connection.execute(text("DROP TRIGGER IF EXISTS event_log_no_update"))
        connection.execute(text("DROP TRIGGER IF EXISTS event_log_no_delete"))
        rows = connection.execute(
            text(
                "SELECT id, occurred_at, actor, action, case_id, meeting_id, details, prev_hash "
                "FROM event_log ORDER BY id"
            )
        ).all()
        head = GENESIS
        for row in rows:
            details = json.loads(row.details) if isinstance(row.details, str) else dict(row.details or {})
            if row.id == entry_id:
                details.update(changes)
            if row.id >= entry_id:
                digest = entry_hash(
                    head, _moment(row.occurred_at), row.actor, row.action, row.case_id, row.meeting_id, details
                )
                connection.execute(
                    text("UPDATE event_log SET details = :d, prev_hash = :p, entry_hash = :h WHERE id = :id"),
                    {"d": json.dumps(details, ensure_ascii=False), "p": head, "h": digest, "id": row.id},
                )
                head = digest
            else:
                head = connection.execute(
                    text("SELECT entry_hash FROM event_log WHERE id = :id"), {"id": row.id}
                ).scalar_one()


def cut_log(database: Database, keep: int) -> None:
    """Remove every entry after ``keep`` (a truncated history)."""
    with database.engine.begin() as connection:
        connection.execute(text("DROP TRIGGER IF EXISTS event_log_no_delete"))
        connection.execute(text("DELETE FROM event_log WHERE id > :keep"), {"keep": keep})
