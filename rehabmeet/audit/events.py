"""Writing to the append-only event log, inside the caller's transaction."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from rehabmeet.models import Event


def record_event(
    session: Session,
    actor: str,
    action: str,
    *,
    case_id: int | None = None,
    meeting_id: int | None = None,
    **details: Any,
) -> Event:
    """Append an event; it commits (or rolls back) with the action it describes."""
    event = Event(actor=actor, action=action, case_id=case_id, meeting_id=meeting_id, details=details)
    session.add(event)
    return event


def record_item_event(session: Session, actor: str, action: str, item_id: int, **details: Any) -> Event:
    """Append an event about one agenda item, filing it under that item's case and meeting."""
    from rehabmeet.models import AgendaItem

    item = session.get(AgendaItem, item_id)
    return record_event(
        session,
        actor,
        action,
        case_id=item.case_id if item else None,
        meeting_id=item.meeting_id if item else None,
        item_id=item_id,
        **details,
    )
