"""Writes that two laptops may do at once on the shared database, made safe by construction.

Every write of a shared record first takes a row lock (``SELECT … FOR UPDATE``) on the record it
belongs to, so two clients' read-modify-write steps on one agenda item run one after the other
instead of interleaving (PostgreSQL runs at READ COMMITTED, where a plain read-then-write loses
updates). SQLite needs no row lock: every transaction starts with ``BEGIN IMMEDIATE``
(:mod:`rehabmeet.storage.engine`), which already serialises writers; ``FOR UPDATE`` renders as
nothing there. Creating a record that two clients may create at once is an insert-or-get on its
unique key (``INSERT … ON CONFLICT DO NOTHING``), never a check-then-insert.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Table, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from rehabmeet.models import AgendaItem, InputLane, Meeting


def lock_agenda_item(session: Session, item_id: int) -> bool:
    """Lock one agenda item's row until the transaction ends; False when there is no such item."""
    return session.scalar(select(AgendaItem.id).where(AgendaItem.id == item_id).with_for_update()) is not None


def lock_meeting(session: Session, meeting_id: int) -> bool:
    """Lock one meeting's row until the transaction ends (timer commands, the plan)."""
    return session.scalar(select(Meeting.id).where(Meeting.id == meeting_id).with_for_update()) is not None


def lock_lane(session: Session, lane_id: int) -> bool:
    """Lock one input lane's row (adding points keeps one order of its points)."""
    return session.scalar(select(InputLane.id).where(InputLane.id == lane_id).with_for_update()) is not None


def insert_if_absent(session: Session, table: Table, values: dict[str, Any], key: list[str]) -> bool:
    """Insert ``values`` unless a row with the same unique ``key`` exists (committed or being committed).

    On PostgreSQL a concurrent insert of the same key waits for the other transaction and then
    does nothing, so neither client sees a ``UniqueViolation``. Returns True when this call inserted.
    """
    dialect = session.get_bind().dialect.name
    module: Any = postgresql if dialect == "postgresql" else sqlite
    statement = module.insert(table).values(**values).on_conflict_do_nothing(index_elements=key)
    result = session.execute(statement)
    return bool(getattr(result, "rowcount", 0))
