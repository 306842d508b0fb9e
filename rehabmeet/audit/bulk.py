"""Appending many events at once (generated history, imports of old data), chained like any other."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session

from rehabmeet.domain.chain import GENESIS, entry_hash
from rehabmeet.models import Event
from rehabmeet.models.event import CHAIN_LOCK_ID


def append_events(session: Session, entries: Iterable[dict[str, Any]], batch: int = 5000) -> int:
    """Insert ``entries`` (occurred_at, actor, action, case_id, meeting_id, details) in order, chained.

    Returns how many were written. Runs inside the caller's transaction.
    """
    session.flush()
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": CHAIN_LOCK_ID})
    head = session.scalar(select(Event.entry_hash).order_by(Event.id.desc()).limit(1)) or GENESIS
    rows: list[dict[str, Any]] = []
    written = 0
    for entry in entries:
        occurred: datetime = entry["occurred_at"]
        details = entry.get("details") or {}
        digest = entry_hash(
            head, occurred, entry["actor"], entry["action"], entry.get("case_id"), entry.get("meeting_id"), details
        )
        rows.append(
            {
                "occurred_at": occurred,
                "actor": entry["actor"],
                "action": entry["action"],
                "case_id": entry.get("case_id"),
                "meeting_id": entry.get("meeting_id"),
                "details": details,
                "prev_hash": head,
                "entry_hash": digest,
            }
        )
        head = digest
        if len(rows) >= batch:
            session.execute(insert(Event), rows)
            written, rows = written + len(rows), []
    if rows:
        session.execute(insert(Event), rows)
        written += len(rows)
    return written
