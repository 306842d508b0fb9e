"""Changes to shared records, announced to every open window on the same database.

A service that changes a shared record calls :func:`publish` inside its transaction. The change is
written to the change feed and, on PostgreSQL, announced with ``NOTIFY`` — which PostgreSQL
delivers only when the transaction commits, so a change that was rolled back is never shown.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from rehabmeet.models import AgendaItem, Case, ChangeFeed
from rehabmeet.models.base import utc_now

CHANNEL = "rehabmeet_changes"
KEEP_FOR = timedelta(days=1)
PRUNE_EVERY = 200  # rows


@dataclass(frozen=True, slots=True)
class Change:
    """One change: who (the person at the keyboard), what, when, on which case.

    Attributes:
        what: ``indstilling``, ``indstilling.finalised``, ``indstilling.reopened``, ``decision``,
            ``decision.made``, ``decision.reopened``, ``lanes``, ``attendance``, ``note``, ``timer``, ``agenda``.
        fields: the indstilling fields changed (their keys), or the timer command.
        origin: the database connection (window) it came from, so a window skips its own changes.
        feed_id: the change feed row (increasing).
    """

    at: str
    person: str
    what: str
    item_id: int | None = None
    meeting_id: int | None = None
    case_ref: str = ""
    fields: tuple[str, ...] = ()
    origin: str = ""
    feed_id: int = 0

    def to_json(self) -> str:
        data = asdict(self)
        data["fields"] = list(self.fields)
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> Change:
        data = json.loads(text)
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        known["fields"] = tuple(known.get("fields", ()))
        return cls(**known)

    @property
    def when(self) -> datetime:
        return datetime.fromisoformat(self.at)


def publish(
    session: Session,
    person: str,
    what: str,
    *,
    item_id: int | None = None,
    meeting_id: int | None = None,
    fields: tuple[str, ...] = (),
) -> Change:
    """Record ``what`` ``person`` changed in this transaction; it is announced when it commits."""
    case_ref = ""
    if item_id is not None:
        found = session.execute(
            select(AgendaItem.meeting_id, Case.case_ref)
            .join(Case, Case.id == AgendaItem.case_id)
            .where(AgendaItem.id == item_id)
        ).first()
        if found is not None:
            meeting_id, case_ref = found[0], found[1]
    row = ChangeFeed(at=utc_now(), payload="{}")
    session.add(row)
    session.flush()
    change = Change(
        at=row.at.isoformat(),
        person=person,
        what=what,
        item_id=item_id,
        meeting_id=meeting_id,
        case_ref=case_ref,
        fields=fields,
        origin=str(session.info.get("origin", "")),
        feed_id=row.id,
    )
    row.payload = change.to_json()
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(func.pg_notify(CHANNEL, row.payload)))
    if row.id % PRUNE_EVERY == 0:
        session.execute(delete(ChangeFeed).where(ChangeFeed.at < utc_now() - KEEP_FOR))
    return change


def changes_after(session: Session, feed_id: int) -> list[Change]:
    """The changes recorded after feed row ``feed_id``, oldest first."""
    rows = session.scalars(select(ChangeFeed.payload).where(ChangeFeed.id > feed_id).order_by(ChangeFeed.id))
    return [Change.from_json(payload) for payload in rows]


def last_feed_id(session: Session) -> int:
    return session.scalar(select(func.max(ChangeFeed.id))) or 0
