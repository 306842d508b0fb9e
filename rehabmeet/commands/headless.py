"""Shared by ``rehabmeet indstilling`` and ``rehabmeet decision``: the case's agenda item and JSON input."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from sqlalchemy import select

from rehabmeet.errors import NotFoundError, UserFacingError
from rehabmeet.i18n import error_text
from rehabmeet.storage.database import SessionFactory


def newest_item(sessions: SessionFactory, case_ref: str) -> int:
    """The agenda item of ``case_ref`` on its newest meeting (where the indstilling is written).

    Raises:
        NotFoundError: the case is on no agenda.
    """
    from rehabmeet.models import AgendaItem, Case, Meeting

    with sessions.begin() as session:
        item = session.scalar(
            select(AgendaItem.id)
            .join(Case, Case.id == AgendaItem.case_id)
            .join(Meeting, Meeting.id == AgendaItem.meeting_id)
            .where(Case.case_ref == case_ref)
            .order_by(Meeting.meeting_date.desc(), AgendaItem.id.desc())
            .limit(1)
        )
    if item is None:
        raise NotFoundError(error_text("case {case_ref} is on no meeting's agenda", case_ref=case_ref))
    return int(item)


def read_object(path: Path) -> dict[str, Any]:
    """The JSON object in ``path`` (``-``: standard input).

    Raises:
        UserFacingError: the file cannot be read or is not a JSON object.
    """
    import sys

    try:
        text = sys.stdin.read() if str(path) == "-" else path.read_text(encoding="utf-8")
        data = json.loads(text)
    except OSError as exc:
        raise UserFacingError(
            error_text("cannot read {path}: {reason}", path=str(path), reason=exc.strerror or str(exc))
        ) from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UserFacingError(
            error_text("{path} is not valid JSON: {reason}", path=str(path), reason=str(exc))
        ) from exc
    if not isinstance(data, dict):
        raise UserFacingError(error_text("{path} must hold a JSON object of fields", path=str(path)))
    return data


def unknown_keys(data: dict[str, Any], known: set[str]) -> None:
    """Refuse keys that are not fields, naming them (a typo must not be silently dropped)."""
    unknown = sorted(set(data) - known)
    if unknown:
        raise UserFacingError(
            error_text(
                "unknown field(s): {value}; known: {known}", value=", ".join(unknown), known=", ".join(sorted(known))
            )
        )
