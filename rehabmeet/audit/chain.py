"""Checking the event log's hash chain: every entry recomputed, every link followed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from rehabmeet.domain.chain import GENESIS, entry_hash
from rehabmeet.models import Event

BATCH = 2000


@dataclass(frozen=True, slots=True)
class ChainReport:
    """The result of a chain check.

    Attributes:
        checked: entries checked (up to and including the first broken one).
        broken_id: the first entry that does not verify, or ``None`` when the chain is whole.
        problem: why that entry fails (``edited``: its content no longer matches its hash;
            ``unlinked``: it does not point at the entry before it, so an entry was removed or inserted).
        head: the last entry's hash (quote it to prove later that nothing was appended or cut).
    """

    checked: int
    broken_id: int | None
    problem: str
    head: str

    @property
    def intact(self) -> bool:
        return self.broken_id is None


def verify_chain(sessions: Callable[[], Session]) -> ChainReport:
    """Recompute the whole chain in id order and name the first entry that breaks it."""
    columns = (
        Event.id,
        Event.occurred_at,
        Event.actor,
        Event.action,
        Event.case_id,
        Event.meeting_id,
        Event.details,
        Event.prev_hash,
        Event.entry_hash,
    )
    head, checked, last_id = GENESIS, 0, 0
    with sessions() as session:
        while True:
            rows = session.execute(select(*columns).where(Event.id > last_id).order_by(Event.id).limit(BATCH)).all()
            if not rows:
                return ChainReport(checked, None, "", head)
            for row in rows:
                checked += 1
                if row.prev_hash != head:
                    return ChainReport(checked, row.id, "unlinked", head)
                expected = entry_hash(
                    head, row.occurred_at, row.actor, row.action, row.case_id, row.meeting_id, row.details
                )
                if expected != row.entry_hash:
                    return ChainReport(checked, row.id, "edited", head)
                head = row.entry_hash
            last_id = rows[-1].id
